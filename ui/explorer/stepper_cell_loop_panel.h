#pragma once
// StepperCellLoopPanel: an nn.LSTMCell loop next to nn.LSTM for the stepper's layer and direction
// — the loop's PyTorch code, per step the max |h_cell − h_t| and whether every float is equal
// (compareCellLoop), the overall max difference — and the picture of W·[x; h] cut into the four
// gate blocks (GateChunkDiagram) at the current step and unit.
#include <QWidget>
#include <memory>

#include "ui/explorer/cell_loop.h"
#include "ui/explorer/stepper_step_values.h"

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace lstmviz::ui {

class GateChunkDiagram;

class StepperCellLoopPanel : public QWidget {
  Q_OBJECT

 public:
  explicit StepperCellLoopPanel(QWidget* parent = nullptr);
  // The loop for sel's layer and direction, recomputed when they or the snapshot change — and
  // only while the panel is shown (or asked for): a whole layer re-run cell by cell is too slow
  // for the GUI thread on every snapshot of a large model.
  void setData(std::shared_ptr<const ExplorerSnapshot> snapshot, const StepSelection& sel);
  // The chunk picture for the current step's values.
  void setStep(const StepValues& values, const StepSelection& sel);

  // Each computes a pending loop first.
  const CellLoopComparison& comparison();
  QTableWidget* table();
  QString summaryText();
  GateChunkDiagram* chunkDiagram() const { return chunks_; }

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void recompute();  // if pending
  bool pending_ = false;
  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  int64_t layer_ = -1, direction_ = -1;
  CellLoopComparison comparison_;
  QPlainTextEdit* code_;
  QLabel* summary_;
  QTableWidget* table_;
  GateChunkDiagram* chunks_;
};

}  // namespace lstmviz::ui
