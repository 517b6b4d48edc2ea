#include "ui/whatif/parameter_edit_form.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_gates.h"
#include "ui/common/exact_double_spin_box.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

const core::LstmParamSpec* specNamed(const ExplorerSnapshot* s, const QString& name) {
  return s ? s->lstm.findSpec(name.toStdString()) : nullptr;
}

bool gated(const core::LstmParamSpec& spec) { return spec.kind != core::LstmParamKind::kWeightHr; }

}  // namespace

ParameterEditForm::ParameterEditForm(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  parameter_ = new QComboBox;
  parameter_->setObjectName(QStringLiteral("whatIfParameter"));
  gate_ = new QComboBox;
  for (const char* letter : core::kGateLetters) gate_->addItem(QString::fromLatin1(letter));
  unitLabel_ = new QLabel(tr("Unit:"));
  unit_ = new QSpinBox;
  column_ = new QSpinBox;
  value_ = new ExactDoubleSpinBox;  // the value to the bit: an unchanged one edits nothing
  value_->setRange(-1e6, 1e6);
  value_->setSingleStep(0.1);
  element_ = new QLabel;
  element_->setWordWrap(true);
  element_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  add_ = new QPushButton(tr("Set this weight"));
  form->addRow(tr("Parameter:"), parameter_);
  form->addRow(tr("Gate:"), gate_);
  form->addRow(unitLabel_, unit_);
  form->addRow(tr("Column:"), column_);
  form->addRow(element_);
  form->addRow(tr("New value:"), value_);
  form->addRow(add_);
  connect(parameter_, &QComboBox::currentIndexChanged, this, [this] { updateRanges(); });
  for (QSpinBox* box : {unit_, column_})
    connect(box, &QSpinBox::valueChanged, this, [this] { updateElement(); });
  connect(gate_, &QComboBox::currentIndexChanged, this, [this] { updateElement(); });
  connect(add_, &QPushButton::clicked, this, [this] {
    const QString text = editText();
    if (!text.isEmpty()) emit editProposed(text);
  });
}

void ParameterEditForm::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  const QString chosen = parameter_->currentText();
  {
    const QSignalBlocker block(parameter_);
    parameter_->clear();
    if (snapshot_)
      for (const core::LstmParamSpec& spec : snapshot_->lstm.specs())
        parameter_->addItem(QString::fromStdString(spec.name));
    const int index = parameter_->findText(chosen);
    parameter_->setCurrentIndex(index >= 0 ? index : 0);
  }
  updateRanges();
}

int64_t ParameterEditForm::row() const {
  const core::LstmParamSpec* spec = specNamed(snapshot_.get(), parameter_->currentText());
  if (!spec || !gated(*spec)) return unit_->value();
  return static_cast<int64_t>(gate_->currentIndex()) * snapshot_->config.lstm.hiddenSize +
         unit_->value();
}

void ParameterEditForm::updateRanges() {
  const core::LstmParamSpec* spec = specNamed(snapshot_.get(), parameter_->currentText());
  if (!spec) return;
  const QSignalBlocker blockUnit(unit_), blockColumn(column_);
  const bool isGated = gated(*spec);
  gate_->setEnabled(isGated);
  unitLabel_->setText(isGated ? tr("Unit:") : tr("Row (h_t unit):"));
  unit_->setRange(
      0, static_cast<int>(isGated ? snapshot_->config.lstm.hiddenSize - 1 : spec->shape[0] - 1));
  const bool matrix = spec->shape.size() == 2;
  column_->setEnabled(matrix);
  column_->setRange(0, matrix ? static_cast<int>(spec->shape[1] - 1) : 0);
  updateElement();
}

void ParameterEditForm::updateElement() {
  const core::LstmParamSpec* spec = specNamed(snapshot_.get(), parameter_->currentText());
  if (!spec) {
    element_->clear();
    return;
  }
  const bool matrix = spec->shape.size() == 2;
  const int64_t r = row();
  const int64_t flat = spec->offset + (matrix ? r * spec->shape[1] + column_->value() : r);
  const auto& now = snapshot_->unedited().lstm.parameters();
  const double value = flat < static_cast<int64_t>(now.size()) ? now[flat] : 0.0;
  const QString where =
      matrix
          ? QStringLiteral("%1[%2, %3]").arg(parameter_->currentText()).arg(r).arg(column_->value())
          : QStringLiteral("%1[%2]").arg(parameter_->currentText()).arg(r);
  element_->setText(tr("%1 is %2 in the original model.").arg(where).arg(value, 0, 'g', 6));
  value_->setFloatValue(static_cast<float>(value));  // value is a float32 of the run
}

QString ParameterEditForm::editText() const {
  const core::LstmParamSpec* spec = specNamed(snapshot_.get(), parameter_->currentText());
  if (!spec) return QString();
  core::ValueEdit e;
  e.target = core::EditTarget::kParameter;
  e.parameter = spec->name;
  e.index = {row()};
  if (spec->shape.size() == 2) e.index.push_back(column_->value());
  e.value = value_->value();
  return QString::fromStdString(core::formatValueEdit(e));
}

bool ParameterEditForm::choose(const QString& parameter, int row, int column) {
  const core::LstmParamSpec* spec = specNamed(snapshot_.get(), parameter);
  if (!spec || row < 0 || row >= spec->shape[0] ||
      (spec->shape.size() == 2 && (column < 0 || column >= spec->shape[1])))
    return false;
  {
    const QSignalBlocker block(parameter_);
    parameter_->setCurrentIndex(parameter_->findText(parameter));
  }
  updateRanges();
  const QSignalBlocker blockGate(gate_), blockUnit(unit_), blockColumn(column_);
  if (gated(*spec)) {
    const int64_t h = snapshot_->config.lstm.hiddenSize;
    gate_->setCurrentIndex(static_cast<int>(row / h));
    unit_->setValue(static_cast<int>(row % h));
  } else {
    unit_->setValue(row);
  }
  if (spec->shape.size() == 2) column_->setValue(column);
  updateElement();
  return true;
}

}  // namespace lstmviz::ui
