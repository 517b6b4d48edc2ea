#include "ui/training/hyper_parameter_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lstmviz::ui {

namespace {

using Weights = core::LstmInitScheme::Weights;
using Bias = core::LstmInitScheme::Bias;

QDoubleSpinBox* makeDouble(double min, double max, int decimals, double step, QWidget* parent) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(min, max);
  box->setDecimals(decimals);
  box->setSingleStep(step);
  return box;
}

QSpinBox* makeInt(int min, int max, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(min, max);
  return box;
}

QWidget* pair(QWidget* a, QWidget* b, QWidget* parent) {
  auto* w = new QWidget(parent);
  auto* l = new QHBoxLayout(w);
  l->setContentsMargins(0, 0, 0, 0);
  l->addWidget(a);
  l->addWidget(b, 1);
  return w;
}

}  // namespace

HyperParameterForm::HyperParameterForm(QWidget* parent) : QWidget(parent) {
  auto* form = new QFormLayout(this);
  form->setContentsMargins(0, 0, 0, 0);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

  optimizer_ = new QComboBox(this);
  for (auto kind : {core::OptimizerKind::kAdam, core::OptimizerKind::kAdamW,
                    core::OptimizerKind::kSgd, core::OptimizerKind::kRmsprop})
    optimizer_->addItem(core::optimizerKindName(kind), static_cast<int>(kind));
  form->addRow(tr("Optimizer"), optimizer_);

  lr_ = makeDouble(0.00001, 10.0, 5, 0.001, this);
  lr_->setToolTip(tr("Initial learning rate (optimizer lr)"));
  form->addRow(tr("Learning rate"), lr_);
  batchSize_ = makeInt(1, 4096, this);
  form->addRow(tr("Batch size"), batchSize_);
  epochs_ = makeInt(1, 10000, this);
  form->addRow(tr("Epochs"), epochs_);

  clipNorm_ = makeDouble(0.0, 1000.0, 3, 0.1, this);
  clipNorm_->setSpecialValueText(tr("off"));
  clipNorm_->setToolTip(tr("clip_grad_norm_(max_norm); 0 = off"));
  form->addRow(tr("Clip grad norm"), clipNorm_);
  clipValue_ = makeDouble(0.0, 1000.0, 3, 0.1, this);
  clipValue_->setSpecialValueText(tr("off"));
  clipValue_->setToolTip(tr("clip_grad_value_(clip_value); 0 = off. Used only without norm "
                            "clipping"));
  form->addRow(tr("Clip grad value"), clipValue_);

  plateauOn_ = new QCheckBox(tr("on"), this);
  plateauOn_->setToolTip(tr("ReduceLROnPlateau on the validation loss"));
  plateauFactor_ = makeDouble(0.01, 0.99, 2, 0.05, this);
  plateauFactor_->setPrefix(tr("factor "));
  form->addRow(tr("LR on plateau"), pair(plateauOn_, plateauFactor_, this));
  plateauPatience_ = makeInt(0, 1000, this);
  plateauPatience_->setSuffix(tr(" epochs"));
  form->addRow(tr("  patience"), plateauPatience_);

  earlyStopOn_ = new QCheckBox(tr("on"), this);
  earlyStopPatience_ = makeInt(1, 1000, this);
  earlyStopPatience_->setPrefix(tr("patience "));
  form->addRow(tr("Early stopping"), pair(earlyStopOn_, earlyStopPatience_, this));

  weightInit_ = new QComboBox(this);
  weightInit_->addItem(tr("torch default U(±1/√H)"), static_cast<int>(Weights::kTorchDefault));
  weightInit_->addItem(tr("Xavier uniform"), static_cast<int>(Weights::kXavierUniform));
  weightInit_->addItem(tr("Kaiming uniform"), static_cast<int>(Weights::kKaimingUniform));
  weightInit_->addItem(tr("orthogonal (W_hh)"), static_cast<int>(Weights::kOrthogonal));
  form->addRow(tr("Weight init"), weightInit_);
  biasInit_ = new QComboBox(this);
  biasInit_->addItem(tr("torch default"), static_cast<int>(Bias::kTorchDefault));
  biasInit_->addItem(tr("zeros (forget bias 0)"), static_cast<int>(Bias::kZeros));
  biasInit_->addItem(tr("forget gate bias 1"), static_cast<int>(Bias::kForgetGateOne));
  form->addRow(tr("Bias init"), biasInit_);
  seed_ = makeInt(0, 1000000, this);
  form->addRow(tr("Seed"), seed_);
  runsFolder_ = new QLineEdit(this);
  runsFolder_->setObjectName("runsFolder");
  runsFolder_->setPlaceholderText(tr("not saved"));
  runsFolder_->setToolTip(tr("Each run gets its own folder here: config.json, metrics.csv, "
                             "events, histograms, best and last weights (open one with "
                             "\"Compare run…\")"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Save runs in"),
                                                          runsFolder_->text());
    if (!dir.isEmpty()) runsFolder_->setText(dir);
  });
  form->addRow(tr("Save runs in"), pair(runsFolder_, browse, this));
  lastRun_ = new QLabel(this);
  lastRun_->setObjectName("lastRun");
  lastRun_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(QString(), lastRun_);

  connect(plateauOn_, &QCheckBox::toggled, this, &HyperParameterForm::updateEnabled);
  connect(earlyStopOn_, &QCheckBox::toggled, this, &HyperParameterForm::updateEnabled);
  connect(clipNorm_, &QDoubleSpinBox::valueChanged, this, &HyperParameterForm::updateEnabled);
  setConfig(base_);
}

void HyperParameterForm::setConfig(const core::ExperimentConfig& config) {
  base_ = config;
  const core::TrainerOptions& t = config.training;
  optimizer_->setCurrentIndex(optimizer_->findData(static_cast<int>(t.optimizer)));
  lr_->setValue(t.lr);
  batchSize_->setValue(static_cast<int>(t.batchSize));
  epochs_->setValue(static_cast<int>(t.epochs));
  clipNorm_->setValue(t.clipGradNorm);
  clipValue_->setValue(t.clipGradValue);
  const core::PlateauOptions plateau = t.plateau.value_or(core::PlateauOptions{});
  plateauOn_->setChecked(t.plateau.has_value());
  plateauFactor_->setValue(plateau.factor);
  plateauPatience_->setValue(static_cast<int>(plateau.patience));
  earlyStopOn_->setChecked(t.earlyStopping.has_value());
  earlyStopPatience_->setValue(
      static_cast<int>(t.earlyStopping.value_or(core::EarlyStoppingOptions{}).patience));
  const int w = weightInit_->findData(static_cast<int>(config.init.recurrentWeights));
  weightInit_->setCurrentIndex(w >= 0 ? w : 0);
  biasInit_->setCurrentIndex(biasInit_->findData(static_cast<int>(config.init.bias)));
  seed_->setValue(static_cast<int>(config.init.seed));
  updateEnabled();
}

core::ExperimentConfig HyperParameterForm::config() const {
  core::ExperimentConfig c = base_;
  core::TrainerOptions& t = c.training;
  t.optimizer = static_cast<core::OptimizerKind>(optimizer_->currentData().toInt());
  t.lr = lr_->value();
  t.batchSize = batchSize_->value();
  t.epochs = epochs_->value();
  t.clipGradNorm = clipNorm_->value();
  t.clipGradValue = t.clipGradNorm > 0 ? 0.0 : clipValue_->value();
  if (plateauOn_->isChecked()) {
    core::PlateauOptions p = t.plateau.value_or(core::PlateauOptions{});
    p.factor = plateauFactor_->value();
    p.patience = plateauPatience_->value();
    t.plateau = p;
  } else {
    t.plateau.reset();
  }
  if (earlyStopOn_->isChecked()) {
    core::EarlyStoppingOptions e = t.earlyStopping.value_or(core::EarlyStoppingOptions{});
    e.patience = earlyStopPatience_->value();
    t.earlyStopping = e;
  } else {
    t.earlyStopping.reset();
  }
  const auto weights = static_cast<Weights>(weightInit_->currentData().toInt());
  c.init.inputWeights = weights == Weights::kOrthogonal ? Weights::kXavierUniform : weights;
  c.init.recurrentWeights = weights;
  c.init.bias = static_cast<Bias>(biasInit_->currentData().toInt());
  c.init.seed = static_cast<uint64_t>(seed_->value());
  return c;
}

QString HyperParameterForm::runsFolder() const { return runsFolder_->text().trimmed(); }

void HyperParameterForm::setRunsFolder(const QString& folder) { runsFolder_->setText(folder); }

QString HyperParameterForm::newRunDirectory() {
  const QString folder = runsFolder();
  if (folder.isEmpty()) return QString();
  const QString stem =
      QStringLiteral("run_") + QDateTime::currentDateTime().toString("yyyy-MM-dd_HH-mm-ss");
  QString name = stem;
  for (int k = 2; QDir(folder).exists(name); ++k) name = stem + QStringLiteral("_%1").arg(k);
  lastRun_->setText(tr("this run: %1").arg(name));
  return QDir(folder).filePath(name);
}

void HyperParameterForm::updateEnabled() {
  plateauFactor_->setEnabled(plateauOn_->isChecked());
  plateauPatience_->setEnabled(plateauOn_->isChecked());
  earlyStopPatience_->setEnabled(earlyStopOn_->isChecked());
  clipValue_->setEnabled(clipNorm_->value() <= 0);
}

}  // namespace lstmviz::ui
