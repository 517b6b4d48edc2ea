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
  void setData(std::shared_ptr<const ExplorerSnapshot> snapshot, const StepSelection& sel);

  StepperStackDiagram* diagram() const { return diagram_; }
  QTableWidget* hnTable() const { return table_; }
  const std::vector<HnRow>& rows() const { return rows_; }

 private:
  StepperStackDiagram* diagram_;
  QTableWidget* table_;
  QLabel* note_;
  std::vector<HnRow> rows_;
};

}  // namespace lstmviz::ui
