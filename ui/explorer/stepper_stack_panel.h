#pragma once
// StepperStackPanel: "what does num_layers ≥ 2 look like, and which row of h_n is which?" — the
// stack at the current step (StepperStackDiagram) beside a table of h_n's rows under their own
// names: h_n[r] and its negative alias, the (layer, direction) it belongs to in torch's order
// r = layer·D + direction, the step it was taken at, whether the same numbers are in output, and
// the values for the chosen sample, each row checked against the trace (describeHnRows).
#include <QWidget>
#include <memory>

#include "ui/explorer/hn_rows.h"
#include "ui/explorer/stepper_step_values.h"

class QLabel;
class QTableWidget;

namespace lstmviz::ui {

class StepperStackDiagram;

class StepperStackPanel : public QWidget {
  Q_OBJECT

 public:
  explicit StepperStackPanel(QWidget* parent = nullptr);
  // Shows the stack and h_n's rows for sel. While the panel is hidden (another tab in front) the
  // data is kept and drawn when the panel is shown or read through the accessors below, so that
  // stepping through time or a new snapshot does not rebuild a table nobody sees.
  void setData(std::shared_ptr<const ExplorerSnapshot> snapshot, const StepSelection& sel);

  StepperStackDiagram* diagram() {
    applyPending();
    return diagram_;
  }
  QTableWidget* hnTable() {
    applyPending();
    return table_;
  }
  const std::vector<HnRow>& rows() {
    applyPending();
    return rows_;
  }

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void applyPending();
  void apply(const std::shared_ptr<const ExplorerSnapshot>& snapshot, const StepSelection& sel);

  bool pending_ = false;
  std::shared_ptr<const ExplorerSnapshot> pendingSnapshot_;
  StepSelection pendingSel_;
  StepperStackDiagram* diagram_;
  QTableWidget* table_;
  QLabel* note_;
  std::vector<HnRow> rows_;
};

}  // namespace lstmviz::ui
