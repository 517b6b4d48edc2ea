#include "ui/whatif/state_edit_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include "core/nn/lstm_edits.h"
#include "ui/common/exact_double_spin_box.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

// tensor[index] (row-major, torch's order); 0 when the index does not fit.
double valueAt(const core::Tensor<float>& tensor, const std::vector<int64_t>& index) {
  if (index.size() != tensor.shape.size()) return 0.0;
  int64_t flat = 0;
  for (size_t d = 0; d < index.size(); ++d) {
    if (index[d] < 0 || index[d] >= tensor.shape[d]) return 0.0;
    flat = flat * tensor.shape[d] + index[d];
  }
  return tensor.data[flat];
}

}  // namespace

StateEditForm::StateEditForm(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  target_ = new QComboBox;
  target_->addItem(tr("input x"), kInput);
  target_->addItem(QStringLiteral("h_0"), kH0);
  target_->addItem(QStringLiteral("c_0"), kC0);
  sample_ = new QSpinBox;
  step_ = new QSpinBox;
  layer_ = new QSpinBox;
  reverse_ = new QCheckBox(tr("reverse direction"));
  featureLabel_ = new QLabel(tr("Feature:"));
  feature_ = new QSpinBox;
  value_ = new ExactDoubleSpinBox;  // the value to the bit: an unchanged one edits nothing
  value_->setRange(-1e6, 1e6);
  value_->setSingleStep(0.1);
  current_ = new QLabel;
  current_->setWordWrap(true);
  current_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  add_ = new QPushButton(tr("Set this value"));
  form->addRow(tr("Tensor:"), target_);
  form->addRow(tr("Sample:"), sample_);
  form->addRow(tr("Step:"), step_);
  form->addRow(tr("Layer:"), layer_);
  form->addRow(QString(), reverse_);
  form->addRow(featureLabel_, feature_);
  form->addRow(current_);
  form->addRow(tr("New value:"), value_);
  form->addRow(add_);
  connect(target_, &QComboBox::currentIndexChanged, this, [this] { updateRanges(); });
  for (QSpinBox* box : {sample_, step_, layer_, feature_})
    connect(box, &QSpinBox::valueChanged, this, [this] { updateValue(); });
  connect(reverse_, &QCheckBox::toggled, this, [this] { updateValue(); });
  connect(add_, &QPushButton::clicked, this, [this] {
    const QString text = editText();
    if (!text.isEmpty()) emit editProposed(text);
  });
}

void StateEditForm::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  updateRanges();
}

void StateEditForm::updateRanges() {
  if (!snapshot_) return;
  const auto& c = snapshot_->config;
  const bool input = target_->currentData().toInt() == kInput;
  const QSignalBlocker b1(sample_), b2(step_), b3(layer_), b4(feature_), b5(reverse_);
  sample_->setRange(0, static_cast<int>(snapshot_->batch() - 1));
  sample_->setEnabled(!c.unbatched);
  step_->setRange(0, static_cast<int>(snapshot_->steps() - 1));
  step_->setEnabled(input);
  layer_->setRange(0, static_cast<int>(c.lstm.numLayers - 1));
  layer_->setEnabled(!input);
  reverse_->setEnabled(!input && c.lstm.bidirectional);
  if (!c.lstm.bidirectional) reverse_->setChecked(false);
  const int64_t width = input                                   ? c.lstm.inputSize
                        : target_->currentData().toInt() == kH0 ? c.lstm.outputSize()
                                                                : c.lstm.hiddenSize;
  featureLabel_->setText(input ? tr("Feature:") : tr("Unit:"));
  feature_->setRange(0, static_cast<int>(width - 1));
  updateValue();
}

std::vector<int64_t> StateEditForm::index() const {
  const auto& c = snapshot_->config;
  const int64_t n = sample_->value(), t = step_->value(), f = feature_->value();
  if (target_->currentData().toInt() == kInput) {
    if (c.unbatched) return {t, f};
    return c.lstm.batchFirst ? std::vector<int64_t>{n, t, f} : std::vector<int64_t>{t, n, f};
  }
  const int64_t k = layer_->value() * c.lstm.numDirections() + (reverse_->isChecked() ? 1 : 0);
  return c.unbatched ? std::vector<int64_t>{k, f} : std::vector<int64_t>{k, n, f};
}

void StateEditForm::updateValue() {
  if (!snapshot_) return;
  const ExplorerSnapshot& original = snapshot_->unedited();
  const std::vector<int64_t> i = index();
  double value = 0.0;  // h_0, c_0 default to zeros (torch's default)
  const int target = target_->currentData().toInt();
  if (target == kInput)
    value = valueAt(original.input, i);
  else if (original.initial)
    value = valueAt(target == kH0 ? original.initial->h : original.initial->c, i);
  const std::string text = editText().toStdString();
  current_->setText(tr("%1 is %2 in the original run.")
                        .arg(QString::fromStdString(text.substr(0, text.rfind('='))))
                        .arg(value, 0, 'g', 6));
  value_->setFloatValue(static_cast<float>(value));  // value is a float32 of the run
}

QString StateEditForm::editText() const {
  if (!snapshot_) return QString();
  core::ValueEdit e;
  const int target = target_->currentData().toInt();
  e.target = target == kInput ? core::EditTarget::kInput
             : target == kH0  ? core::EditTarget::kH0
                              : core::EditTarget::kC0;
  e.index = index();
  e.value = value_->value();
  return QString::fromStdString(core::formatValueEdit(e));
}

}  // namespace lstmviz::ui
