#pragma once
// PackingView: a batch of sequences with different lengths, as pack_padded_sequence(...,
// enforce_sorted=False) runs it — a grid of which steps the LSTM computes for each sample (forward
// and, if bidirectional, reverse), where each sequence's h_n comes from (forward: its true last
// step; reverse: t = 0), and what the naive output[:, -1] returns instead (the padding at t = L−1,
// zeros), with the numbers side by side — and h_n WITHOUT packing beside h_n with packing (the
// zero padding run through the LSTM: UnpackedRun). Without lengths in the configuration the view
// shows a demo with lengths L, L−3, L−6, … of the same nn.LSTM.
//
// The demo and the run without packing are two more forward passes: computed only while the view
// is shown (or when an accessor below needs them), at once when small (kSynchronousFlops), else on
// a worker (BackgroundJob) while the view says "Computing…" — opening a large configuration never
// waits for them (issue 17).
#include <QWidget>
#include <cstdint>
#include <memory>

#include "ui/common/background_job.h"
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
  // True while the worker computes the demo or the unpacked run (drawn when it arrives).
  bool computing() const { return working_; }

  // Forward-pass FLOPs (explorerForwardFlops of the demo, twice) up to which the view computes on
  // the GUI thread.
  static constexpr double kSynchronousFlops = 1e8;

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Runs {                                     // what the view draws for one given snapshot
    std::shared_ptr<const ExplorerSnapshot> shown;  // the given one, or the demo built from it
    bool demo = false;
    bool editsLeftOut = false;         // a demo of an edited run: the edits are not in it
    core::LstmOutput<float> unpacked;  // shown's batch, zero padded, run without lengths
    QString error;                     // what a forward pass threw (out of memory), or ""
  };
  static std::shared_ptr<const Runs> computeRuns(std::shared_ptr<const ExplorerSnapshot> given);
  // The demo configuration for a snapshot without lengths: lengths L, L−3, L−6, … (N ≥ 4 when
  // unbatched).
  static core::ExperimentConfig demoConfig(const core::ExperimentConfig& config);
  void startWorker();  // computes given_'s runs on the worker
  void onRunsComputed(uint64_t generation, std::shared_ptr<const Runs> runs);
  void ensureShown();  // completes given_ now: waits for the worker or computes on this thread
  void draw(std::shared_ptr<const Runs> runs);
  // The header above the grid for snapshot s (the given one: the demo has its layout and
  // directions), demo or the configuration's own lengths.
  static QString headerText(const ExplorerSnapshot& s, bool demo, bool editsLeftOut);
  void fillTable();

  std::shared_ptr<const ExplorerSnapshot> given_;  // set, not yet drawn
  std::shared_ptr<const Runs> drawn_;              // the runs drawn (null before the first)
  // The snapshot drawn: drawn_'s, null before the first and when its runs failed.
  const ExplorerSnapshot* shown() const { return drawn_ ? drawn_->shown.get() : nullptr; }
  BackgroundJob worker_;
  uint64_t generation_ = 0;  // counts given snapshots; an older worker result is dropped
  bool working_ = false;
  QLabel* header_;
  PackingGridWidget* grid_;
  QTableWidget* table_;
};

}  // namespace lstmviz::ui
