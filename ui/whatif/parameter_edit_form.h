#pragma once
// ParameterEditForm: the what-if form for one weight or bias element (issue 16). The learner picks
// the parameter by its state_dict name, then the gate (i, f, g, o) and unit of its row — or the
// projection's row —, and the column; the form shows the resulting [row, col] and the element's
// value in the unedited run, and proposes the edit NAME[row,col]=V.
#include <QWidget>
#include <memory>

#include "ui/common/exact_double_spin_box.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lstmviz::ui {

struct ExplorerSnapshot;

class ParameterEditForm : public QWidget {
  Q_OBJECT

 public:
  explicit ParameterEditForm(QWidget* parent = nullptr);
  // Ranges and names from the snapshot's nn.LSTM; keeps the choice when it still exists.
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);
  // Chooses parameter[row, column] (column ignored for a bias) with its current value.
  // Returns false when the parameter does not exist or the element is out of range.
  bool choose(const QString& parameter, int row, int column);
  // The edit the form describes now (canonical text), "" without a snapshot.
  QString editText() const;

  QComboBox* parameterBox() const { return parameter_; }
  QComboBox* gateBox() const { return gate_; }
  QSpinBox* unitBox() const { return unit_; }
  QSpinBox* columnBox() const { return column_; }
  ExactDoubleSpinBox* valueBox() const { return value_; }
  QPushButton* addButton() const { return add_; }

 signals:
  void editProposed(const QString& text);

 private:
  void updateRanges();
  void updateElement();
  int64_t row() const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  QComboBox* parameter_;
  QComboBox* gate_;
  QLabel* unitLabel_;
  QSpinBox* unit_;
  QSpinBox* column_;
  ExactDoubleSpinBox* value_;
  QLabel* element_;
  QPushButton* add_;
};

}  // namespace lstmviz::ui
