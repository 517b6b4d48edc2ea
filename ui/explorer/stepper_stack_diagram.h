#pragma once
// StepperStackDiagram: the stacked LSTM at one time step t, drawn as a stack — x[t] enters layer 0
// at the bottom, layer k reads layer k−1's h[t] (both directions concatenated, D·H_out values,
// when bidirectional), and only the top layer's h[t] is output[t]. Each (layer, direction) box
// shows h[t][u] for the chosen unit and, on its right, the row of h_n it ends in
// ("→ h_n[2] = h_n[-2]"), in torch's row order r = layer·D + direction. The box the stepper
// shows is outlined and marked "◀ shown" (colour is never the only mark).
#include <QWidget>
#include <memory>

#include "ui/explorer/stepper_step_values.h"

namespace lstmviz::ui {

class StepperStackDiagram : public QWidget {
  Q_OBJECT

 public:
  explicit StepperStackDiagram(QWidget* parent = nullptr);
  void setData(std::shared_ptr<const ExplorerSnapshot> snapshot, const StepSelection& sel);

  // The text drawn between layer k and k+1 (or above the top layer), for tests.
  QString connectionLabel(int64_t layer) const;

  QSize sizeHint() const override { return {460, 320}; }
  QSize minimumSizeHint() const override { return {300, 200}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  StepSelection sel_;
};

}  // namespace lstmviz::ui
