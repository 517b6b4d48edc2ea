#include "ui/whatif/gate_clamp_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include "core/nn/gate_clamp.h"
#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_gates.h"
#include "ui/common/exact_double_spin_box.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

GateClampForm::GateClampForm(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  gate_ = new QComboBox;
  for (const char* letter : core::kGateLetters) gate_->addItem(QString::fromLatin1(letter));
  gate_->setCurrentIndex(static_cast<int>(core::LstmGate::kForget));
  layer_ = new QSpinBox;
  reverse_ = new QCheckBox(tr("reverse direction"));
  unit_ = new QSpinBox;
  first_ = new QSpinBox;
  last_ = new QSpinBox;
  sample_ = new QSpinBox;
  sample_->setMinimum(-1);
  sample_->setSpecialValueText(tr("every sample"));
  sample_->setValue(-1);
  value_ = new ExactDoubleSpinBox;  // the clamp value as typed, not rounded to decimals
  value_->setRange(-1e6, 1e6);
  value_->setSingleStep(0.1);
  value_->setValue(1.0);
  auto* steps = new QHBoxLayout;
  steps->addWidget(first_);
  steps->addWidget(last_);
  form->addRow(tr("Layer:"), layer_);
  form->addRow(QString(), reverse_);
  form->addRow(tr("Unit:"), unit_);
  form->addRow(tr("Steps (from, to):"), steps);
  form->addRow(tr("Sample:"), sample_);
  form->addRow(tr("Gate:"), gate_);
  form->addRow(tr("Value:"), value_);
  add_ = new QPushButton(tr("Clamp the gate"));
  form->addRow(add_);

  // The classic clamps, each one click: {gate, value, label}.
  struct Quick {
    core::LstmGate gate;
    double value;
    QString label;
  };
  const Quick quick[4] = {
      {core::LstmGate::kForget, 1.0, tr("f = 1: remember everything")},
      {core::LstmGate::kForget, 0.0, tr("f = 0: forget")},
      {core::LstmGate::kInput, 0.0, tr("i = 0: write nothing")},
      {core::LstmGate::kOutput, 1.0, tr("o = 1: show the whole cell")},
  };
  auto* grid = new QGridLayout;
  for (int k = 0; k < 4; ++k) {
    quick_[k] = new QPushButton(quick[k].label);
    grid->addWidget(quick_[k], k / 2, k % 2);
    const core::LstmGate gate = quick[k].gate;
    const double value = quick[k].value;
    connect(quick_[k], &QPushButton::clicked, this, [this, gate, value] {
      gate_->setCurrentIndex(static_cast<int>(gate));
      value_->setValue(value);
      if (snapshot_) emit editProposed(clampText());
    });
  }
  form->addRow(grid);
  knockout_ = new QPushButton(tr("Knock the unit out (h = 0)"));
  knockout_->setToolTip(
      tr("o = 0 at every step: the unit's cell still runs, but nothing of it "
         "reaches h_t."));
  form->addRow(knockout_);
  connect(add_, &QPushButton::clicked, this, [this] {
    if (snapshot_) emit editProposed(clampText());
  });
  connect(knockout_, &QPushButton::clicked, this, [this] {
    if (snapshot_) emit editProposed(knockoutText());
  });
}

void GateClampForm::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  if (!snapshot_) return;
  const auto& c = snapshot_->config;
  const bool wasFull = last_->value() == last_->maximum();
  layer_->setRange(0, static_cast<int>(c.lstm.numLayers - 1));
  reverse_->setEnabled(c.lstm.bidirectional);
  if (!c.lstm.bidirectional) reverse_->setChecked(false);
  unit_->setRange(0, static_cast<int>(c.lstm.hiddenSize - 1));
  const int lastStep = static_cast<int>(snapshot_->steps() - 1);
  first_->setRange(0, lastStep);
  last_->setRange(0, lastStep);
  if (wasFull) last_->setValue(lastStep);
  sample_->setRange(-1, static_cast<int>(snapshot_->batch() - 1));
}

QString GateClampForm::clampText() const {
  core::GateClamp k;
  k.gate = static_cast<core::LstmGate>(gate_->currentIndex());
  k.layer = layer_->value();
  k.direction = reverse_->isChecked() ? 1 : 0;
  k.unit = unit_->value();
  k.firstStep = first_->value();
  k.lastStep = last_->value();
  k.sample = sample_->value() < 0 ? core::GateClamp::kAllSamples : sample_->value();
  k.value = value_->value();
  return QString::fromStdString(core::formatGateClamp(k));
}

QString GateClampForm::knockoutText() const {
  core::UnitKnockout k;
  k.layer = layer_->value();
  k.direction = reverse_->isChecked() ? 1 : 0;
  k.unit = unit_->value();
  k.sample = sample_->value() < 0 ? core::GateClamp::kAllSamples : sample_->value();
  return QString::fromStdString(core::formatKnockout(k));
}

}  // namespace lstmviz::ui
