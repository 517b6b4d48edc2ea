#pragma once
// GateChunkDiagram: "how do the four gates come out of one matrix product?" — W = [W_ih | W_hh]
// (4H × (H_in + H_out)) times [x_t; h_{t−1}] plus b gives one vector a_t of 4H pre-activations,
// cut into four blocks of H rows, chunk(4) in torch's order: rows [0, H) i, [H, 2H) f,
// [2H, 3H) g, [3H, 4H) o; then σ, σ, tanh, σ. The chosen unit u's row in each block is marked
// with its live pre-activation and gate value. Each block carries its letter and row range, so
// colour never carries the meaning alone.
#include <QWidget>

#include "ui/explorer/stepper_step_values.h"

namespace lstmviz::ui {

class GateChunkDiagram : public QWidget {
  Q_OBJECT

 public:
  explicit GateChunkDiagram(QWidget* parent = nullptr);
  // hidden H, the layer's input width and H_out; values at the stepper's selection.
  void setValues(int64_t hidden, int64_t inputWidth, int64_t hiddenOut, const StepValues& values,
                 int64_t unit);
  // The row range label of block k (0 i, 1 f, 2 g, 3 o), e.g. "f: rows 12…23", for tests.
  QString blockLabel(int block) const;

  QSize sizeHint() const override { return {520, 300}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  int64_t hidden_ = 0, inputWidth_ = 0, hiddenOut_ = 0, unit_ = 0;
  StepValues values_;
  bool valid_ = false;
};

}  // namespace lstmviz::ui
