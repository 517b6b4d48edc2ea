#pragma once
// StepperCellDiagram: the LSTM cell of one step, drawn with QPainter in the familiar layout (cell
// state running along the top through ⊗ f and ⊕ i·g, the four gates fed by [h_{t−1}, x_t] below,
// tanh(c_t) ⊗ o giving h_t), with the live values of the chosen unit on every wire and each gate
// box coloured on its fixed scale. With proj_size a W_hr box sits on the h_t wire. A padded step
// is drawn greyed with "not computed".
#include "ui/explorer/stepper_step_values.h"

#include <QWidget>

namespace lstmviz::ui {

class StepperCellDiagram : public QWidget {
  Q_OBJECT

 public:
  explicit StepperCellDiagram(QWidget* parent = nullptr);

  void setValues(const StepValues& values, const StepSelection& sel, bool reverse,
                 const QString& caption);
  void clear();

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
};

}  // namespace lstmviz::ui
