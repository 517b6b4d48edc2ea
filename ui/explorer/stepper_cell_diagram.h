#pragma once
// StepperCellDiagram: the LSTM cell of one step, drawn with QPainter in the familiar layout (cell
// state running along the top through ⊗ f and ⊕ i·g, the four gates fed by [h_{t−1}, x_t] below,
// tanh(c_t) ⊗ o giving h_t), with the live values of the chosen unit on every wire and each gate
// box coloured on its fixed scale. With proj_size a W_hr box sits on the h_t wire. A padded step
// is drawn greyed with "not computed". In a stack, h_t of layer k < num_layers − 1 is labelled as
// layer k+1's input (only the top layer's h_t is output[t]), and layer k > 0's x_t as layer
// k−1's h_t.
#include <QWidget>

#include "ui/explorer/stepper_step_values.h"

namespace lstmviz::ui {

class StepperCellDiagram : public QWidget {
  Q_OBJECT

 public:
  explicit StepperCellDiagram(QWidget* parent = nullptr);

  void setValues(const StepValues& values, const StepSelection& sel, bool reverse,
                 const QString& caption);
  void clear();
  // Where the drawn cell sits: layer k of num_layers, direction 0 (forward) or 1 (reverse) of D.
  void setStackPosition(int64_t layer, int64_t numLayers, int64_t direction, int64_t directions);
  // Where h_t goes ("output[t]" for the top layer, "layer k+1's x[t]" below it) and what x_t is.
  QString outputLabel() const;
  QString inputLabel() const;

  QSize sizeHint() const override { return {640, 360}; }
  QSize minimumSizeHint() const override { return {420, 240}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;  // one-sentence tooltip per gate, cell and hidden wire

 private:
  QTransform canvasTransform() const;

  bool valid_ = false;
  StepValues values_;
  StepSelection sel_;
  bool reverse_ = false;
  QString caption_;
  int64_t layer_ = 0;
  int64_t numLayers_ = 1;
  int64_t direction_ = 0;
  int64_t directions_ = 1;
};

}  // namespace lstmviz::ui
