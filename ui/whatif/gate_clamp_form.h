#pragma once
// GateClampForm: the what-if form that forces a gate of one unit over a range of steps
// (core/nn/gate_clamp.h) — with quick buttons for the four classic clamps: f = 1 "remember
// everything", f = 0 "forget", i = 0 "write nothing", o = 1 "show the whole cell" — or knocks the
// unit out (o = 0 at every step). Ranges come from the snapshot's configuration.
#include <QWidget>
#include <memory>

#include "ui/common/exact_double_spin_box.h"

class QCheckBox;
class QComboBox;
class QPushButton;
class QSpinBox;

namespace lstmviz::ui {

struct ExplorerSnapshot;

class GateClampForm : public QWidget {
  Q_OBJECT

 public:
  explicit GateClampForm(QWidget* parent = nullptr);
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);
  // The clamp and the knock-out the form describes now (canonical texts).
  QString clampText() const;
  QString knockoutText() const;

  QComboBox* gateBox() const { return gate_; }
  QSpinBox* layerBox() const { return layer_; }
  QCheckBox* reverseBox() const { return reverse_; }
  QSpinBox* unitBox() const { return unit_; }
  QSpinBox* firstStepBox() const { return first_; }
  QSpinBox* lastStepBox() const { return last_; }
  // -1 = every sample.
  QSpinBox* sampleBox() const { return sample_; }
  ExactDoubleSpinBox* valueBox() const { return value_; }
  QPushButton* addButton() const { return add_; }
  QPushButton* knockoutButton() const { return knockout_; }
  // The quick clamps in the order f = 1, f = 0, i = 0, o = 1: each sets gate and value and adds.
  QPushButton* quickButton(int index) const { return quick_[index]; }

 signals:
  void editProposed(const QString& text);

 private:
  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  QComboBox* gate_;
  QSpinBox* layer_;
  QCheckBox* reverse_;
  QSpinBox* unit_;
  QSpinBox* first_;
  QSpinBox* last_;
  QSpinBox* sample_;
  ExactDoubleSpinBox* value_;
  QPushButton* add_;
  QPushButton* knockout_;
  QPushButton* quick_[4];
};

}  // namespace lstmviz::ui
