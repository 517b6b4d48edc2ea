#pragma once
// PackingView: a batch of sequences with different lengths, as pack_padded_sequence(...,
// enforce_sorted=False) runs it — a grid of which steps the LSTM computes for each sample (forward
// and, if bidirectional, reverse), where each sequence's h_n comes from (forward: its true last
// step; reverse: t = 0), and what the naive output[:, -1] returns instead (the padding at t = L−1,
// zeros), with the numbers side by side — and h_n WITHOUT packing beside h_n with packing (the
// zero padding run through the LSTM: UnpackedRun). Without lengths in the configuration the view
// shows a demo with lengths L, L−3, L−6, … of the same nn.LSTM.
#include <QWidget>
#include <memory>

#include "ui/model/explorer_snapshot.h"

class QLabel;
class QTableWidget;

namespace lstmviz::ui {

class PackingGridWidget;

class PackingView : public QWidget {
  Q_OBJECT

 public:
  explicit PackingView(QWidget* parent = nullptr);
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);

  // The snapshot drawn: the given one when it has lengths, else the demo built from it (a second
  // forward pass, computed while the view is shown or on the first call that needs it).
  const ExplorerSnapshot* shownSnapshot();
  // True iff the naive output[:, -1] equals sample n's forward final state exactly.
  bool naiveMatchesHn(int sample);
  // The last layer's forward h_n of sample n, unit j, when the zero-padded batch is run without
  // packing; and whether it equals the packed h_n exactly for every unit. That run and the table
  // are computed while the view is shown, or on the first of these calls.
  float unpackedHn(int sample, int unit);
  bool unpackedMatchesPacked(int sample);
  QTableWidget* table();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  std::shared_ptr<const ExplorerSnapshot> given_;  // set, not yet shown (showGiven)
  std::shared_ptr<const ExplorerSnapshot> shown_;
  void showGiven();  // if a snapshot is given: its demo (if needed), header and grid
  void fillTable();  // if pending: the run without packing and the table
  bool tablePending_ = false;
  core::LstmOutput<float> unpacked_;  // shown_'s batch, zero padded, run without lengths
  QLabel* header_;
  PackingGridWidget* grid_;
  QTableWidget* table_;
};

}  // namespace lstmviz::ui
