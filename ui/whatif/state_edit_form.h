#pragma once
// StateEditForm: the what-if form for one value of what nn.LSTM is given (issue 16) — the input
// x[n, t, f], or h_0 / c_0 of a layer, direction, sample and unit. The learner chooses them by
// meaning (sample, step, feature); the form writes the index in the tensor's own layout (x is
// (L, N, H_in) seq-first, (N, L, H_in) batch_first, (L, H_in) unbatched) and shows the value the
// unedited run had.
#include <QWidget>
#include <memory>

#include "ui/common/exact_double_spin_box.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lstmviz::ui {

struct ExplorerSnapshot;

class StateEditForm : public QWidget {
  Q_OBJECT

 public:
  enum Target { kInput = 0, kH0 = 1, kC0 = 2 };

  explicit StateEditForm(QWidget* parent = nullptr);
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);
  // The edit the form describes now (canonical text), "" without a snapshot.
  QString editText() const;

  QComboBox* targetBox() const { return target_; }
  QSpinBox* sampleBox() const { return sample_; }
  QSpinBox* stepBox() const { return step_; }
  QSpinBox* layerBox() const { return layer_; }
  QCheckBox* reverseBox() const { return reverse_; }
  QSpinBox* featureBox() const { return feature_; }
  ExactDoubleSpinBox* valueBox() const { return value_; }
  QPushButton* addButton() const { return add_; }

 signals:
  void editProposed(const QString& text);

 private:
  void updateRanges();
  void updateValue();
  std::vector<int64_t> index() const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  QComboBox* target_;
  QSpinBox* sample_;
  QSpinBox* step_;
  QSpinBox* layer_;
  QCheckBox* reverse_;
  QLabel* featureLabel_;
  QSpinBox* feature_;
  ExactDoubleSpinBox* value_;
  QLabel* current_;
  QPushButton* add_;
};

}  // namespace lstmviz::ui
