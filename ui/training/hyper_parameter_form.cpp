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
#include <cmath>
#include <limits>

#include "ui/common/exact_double_spin_box.h"

namespace lstmviz::ui {

namespace {

using Weights = core::LstmInitScheme::Weights;
using Bias = core::LstmInitScheme::Bias;

constexpr double kLargest = std::numeric_limits<double>::max();
constexpr int kLargestInt = std::numeric_limits<int>::max();

// Fields take every value the engine accepts (TrainerOptions::validate, ReduceLrOnPlateau,
// EarlyStopping); what an int cannot hold is kept by LoadedValues and named under the form.
QDoubleSpinBox* makeDouble(double min, double max, double step, const char* name, QWidget* parent) {
  auto* box = new ExactDoubleSpinBox(parent);
  box->setRange(min, max);
  box->setSingleStep(step);
  box->setObjectName(QString::fromLatin1(name));
  return box;
}

QSpinBox* makeInt(int min, int max, const char* name, QWidget* parent) {
  auto* box = new QSpinBox(parent);
  box->setRange(min, max);
  box->setObjectName(QString::fromLatin1(name));
  return box;
}

// The weight_ih initialisation the "Weight init" box gives with recurrent (orthogonal applies to
// the square-per-gate W_hh only).
Weights inputWeightsFor(Weights recurrent) {
  return recurrent == Weights::kOrthogonal ? Weights::kXavierUniform : recurrent;
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
  optimizer_->setObjectName(QStringLiteral("formOptimizer"));
  for (auto kind : {core::OptimizerKind::kAdam, core::OptimizerKind::kAdamW,
                    core::OptimizerKind::kSgd, core::OptimizerKind::kRmsprop})
    optimizer_->addItem(core::optimizerKindName(kind), static_cast<int>(kind));
  form->addRow(tr("Optimizer"), optimizer_);

  lr_ = makeDouble(0.0, kLargest, 0.001, "formLearningRate", this);
  lr_->setToolTip(tr("Initial learning rate (optimizer lr)"));
  form->addRow(tr("Learning rate"), lr_);
  batchSize_ = makeInt(1, kLargestInt, "formBatchSize", this);
  form->addRow(tr("Batch size"), batchSize_);
  epochs_ = makeInt(1, kLargestInt, "formEpochs", this);
  form->addRow(tr("Epochs"), epochs_);

  clipNorm_ = makeDouble(0.0, kLargest, 0.1, "formClipNorm", this);
  clipNorm_->setSpecialValueText(tr("off"));
  clipNorm_->setToolTip(tr("clip_grad_norm_(max_norm); 0 = off"));
  form->addRow(tr("Clip grad norm"), clipNorm_);
  clipValue_ = makeDouble(0.0, kLargest, 0.1, "formClipValue", this);
  clipValue_->setSpecialValueText(tr("off"));
  clipValue_->setToolTip(
      tr("clip_grad_value_(clip_value); 0 = off. Used only without norm "
         "clipping"));
  form->addRow(tr("Clip grad value"), clipValue_);

  plateauOn_ = new QCheckBox(tr("on"), this);
  plateauOn_->setToolTip(tr("ReduceLROnPlateau on the validation loss"));
  plateauFactor_ = makeDouble(-kLargest, std::nextafter(1.0, 0.0), 0.05, "formPlateauFactor", this);
  plateauFactor_->setPrefix(tr("factor "));
  form->addRow(tr("LR on plateau"), pair(plateauOn_, plateauFactor_, this));
  plateauPatience_ = makeInt(0, kLargestInt, "formPlateauPatience", this);
  plateauPatience_->setSuffix(tr(" epochs"));
  form->addRow(tr("  patience"), plateauPatience_);

  earlyStopOn_ = new QCheckBox(tr("on"), this);
  earlyStopPatience_ = makeInt(1, kLargestInt, "formEarlyStopPatience", this);
  earlyStopPatience_->setPrefix(tr("patience "));
  form->addRow(tr("Early stopping"), pair(earlyStopOn_, earlyStopPatience_, this));

  weightInit_ = new QComboBox(this);
  weightInit_->setObjectName(QStringLiteral("formWeightInit"));
  weightInit_->addItem(tr("torch default U(±1/√H)"), static_cast<int>(Weights::kTorchDefault));
  weightInit_->addItem(tr("Xavier uniform"), static_cast<int>(Weights::kXavierUniform));
  weightInit_->addItem(tr("Xavier normal"), static_cast<int>(Weights::kXavierNormal));
  weightInit_->addItem(tr("Kaiming uniform"), static_cast<int>(Weights::kKaimingUniform));
  weightInit_->addItem(tr("Kaiming normal"), static_cast<int>(Weights::kKaimingNormal));
  weightInit_->addItem(tr("orthogonal (W_hh)"), static_cast<int>(Weights::kOrthogonal));
  form->addRow(tr("Weight init"), weightInit_);
  biasInit_ = new QComboBox(this);
  biasInit_->setObjectName(QStringLiteral("formBiasInit"));
  biasInit_->addItem(tr("torch default"), static_cast<int>(Bias::kTorchDefault));
  biasInit_->addItem(tr("zeros (forget bias 0)"), static_cast<int>(Bias::kZeros));
  biasInit_->addItem(tr("forget gate bias 1"), static_cast<int>(Bias::kForgetGateOne));
  form->addRow(tr("Bias init"), biasInit_);
  seed_ = makeInt(0, kLargestInt, "formSeed", this);
  form->addRow(tr("Seed"), seed_);
  runsFolder_ = new QLineEdit(this);
  runsFolder_->setObjectName("runsFolder");
  runsFolder_->setPlaceholderText(tr("not saved"));
  runsFolder_->setToolTip(
      tr("Each run gets its own folder here: config.json, metrics.csv, "
         "events, histograms, best and last weights (open one with "
         "\"Compare run…\")"));
  auto* browse = new QPushButton(tr("Browse…"), this);
  connect(browse, &QPushButton::clicked, this, [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Save runs in"), runsFolder_->text());
    if (!dir.isEmpty()) runsFolder_->setText(dir);
  });
  form->addRow(tr("Save runs in"), pair(runsFolder_, browse, this));
  lastRun_ = new QLabel(this);
  lastRun_->setObjectName("lastRun");
  lastRun_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  form->addRow(QString(), lastRun_);
  notShown_ = new QLabel(this);
  notShown_->setObjectName(QStringLiteral("formNotShown"));
  notShown_->setWordWrap(true);
  notShown_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  notShown_->setStyleSheet(QStringLiteral("color: #7a4b00;"));
  notShown_->hide();
  form->addRow(notShown_);

  connect(plateauOn_, &QCheckBox::toggled, this, &HyperParameterForm::updateEnabled);
  connect(earlyStopOn_, &QCheckBox::toggled, this, &HyperParameterForm::updateEnabled);
  connect(clipNorm_, &QDoubleSpinBox::valueChanged, this, &HyperParameterForm::updateEnabled);
  for (QSpinBox* box : {batchSize_, epochs_, plateauPatience_, earlyStopPatience_, seed_})
    connect(box, &QSpinBox::valueChanged, this, &HyperParameterForm::updateNotShown);
  for (QDoubleSpinBox* box : {lr_, clipNorm_, clipValue_, plateauFactor_})
    connect(box, &QDoubleSpinBox::valueChanged, this, &HyperParameterForm::updateNotShown);
  for (QComboBox* box : {optimizer_, weightInit_, biasInit_})
    connect(box, &QComboBox::currentIndexChanged, this, &HyperParameterForm::updateNotShown);
  setConfig(base_);
}

void HyperParameterForm::setConfig(const core::ExperimentConfig& config) {
  base_ = config;
  loaded_.clear();
  const core::TrainerOptions& t = config.training;
  loaded_.show(optimizer_, static_cast<int>(t.optimizer), "training.optimizer",
               QString::fromUtf8(core::optimizerKindName(t.optimizer)));
  loaded_.show(lr_, t.lr, "training.lr");
  loaded_.show(batchSize_, t.batchSize, "training.batch_size");
  loaded_.show(epochs_, t.epochs, "training.epochs");
  loaded_.show(clipNorm_, t.clipGradNorm, "training.clip_grad_norm");
  loaded_.show(clipValue_, t.clipGradValue, "training.clip_grad_value");
  const core::PlateauOptions plateau = t.plateau.value_or(core::PlateauOptions{});
  plateauOn_->setChecked(t.plateau.has_value());
  loaded_.show(plateauFactor_, plateau.factor, "training.plateau.factor");
  loaded_.show(plateauPatience_, plateau.patience, "training.plateau.patience");
  earlyStopOn_->setChecked(t.earlyStopping.has_value());
  loaded_.show(earlyStopPatience_, t.earlyStopping.value_or(core::EarlyStoppingOptions{}).patience,
               "training.early_stopping.patience");
  const core::LstmInitScheme& init = config.init;
  loaded_.show(weightInit_, static_cast<int>(init.recurrentWeights), "init.recurrent",
               QString::fromUtf8(core::initWeightsName(init.recurrentWeights)));
  // One box for both: weight_ih's scheme is named when it is not the one the box implies.
  if (init.inputWeights != inputWeightsFor(init.recurrentWeights))
    loaded_.notShown(weightInit_, "init.weights",
                     QString::fromUtf8(core::initWeightsName(init.inputWeights)));
  loaded_.show(biasInit_, static_cast<int>(init.bias), "init.bias",
               QString::fromUtf8(core::initBiasName(init.bias)));
  loaded_.show(seed_, init.seed, "init.seed");
  updateEnabled();
  updateNotShown();
}

core::ExperimentConfig HyperParameterForm::config() const {
  // Each value is the loaded one until its field is changed (LoadedValues).
  core::ExperimentConfig c = base_;
  core::TrainerOptions& t = c.training;
  const core::TrainerOptions& b = base_.training;
  t.optimizer =
      static_cast<core::OptimizerKind>(loaded_.take(optimizer_, static_cast<int>(b.optimizer)));
  t.lr = loaded_.take(lr_, b.lr);
  t.batchSize = loaded_.take(batchSize_, b.batchSize);
  t.epochs = loaded_.take(epochs_, b.epochs);
  t.clipGradNorm = loaded_.take(clipNorm_, b.clipGradNorm);
  t.clipGradValue = t.clipGradNorm > 0 ? 0.0 : loaded_.take(clipValue_, b.clipGradValue);
  const core::PlateauOptions plateau = b.plateau.value_or(core::PlateauOptions{});
  if (plateauOn_->isChecked()) {
    core::PlateauOptions p = plateau;
    p.factor = loaded_.take(plateauFactor_, plateau.factor);
    p.patience = loaded_.take(plateauPatience_, plateau.patience);
    t.plateau = p;
  } else {
    t.plateau.reset();
  }
  const core::EarlyStoppingOptions early = b.earlyStopping.value_or(core::EarlyStoppingOptions{});
  if (earlyStopOn_->isChecked()) {
    core::EarlyStoppingOptions e = early;
    e.patience = loaded_.take(earlyStopPatience_, early.patience);
    t.earlyStopping = e;
  } else {
    t.earlyStopping.reset();
  }
  if (!loaded_.unchanged(weightInit_)) {
    const auto weights = static_cast<Weights>(weightInit_->currentData().toInt());
    c.init.inputWeights = inputWeightsFor(weights);
    c.init.recurrentWeights = weights;
  }
  c.init.bias = static_cast<Bias>(loaded_.take(biasInit_, static_cast<int>(base_.init.bias)));
  c.init.seed = loaded_.take(seed_, base_.init.seed);
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

void HyperParameterForm::updateNotShown() {
  const QString text = loaded_.notShownText();
  notShown_->setText(text);
  notShown_->setVisible(!text.isEmpty());
}

void HyperParameterForm::updateEnabled() {
  plateauFactor_->setEnabled(plateauOn_->isChecked());
  plateauPatience_->setEnabled(plateauOn_->isChecked());
  earlyStopPatience_->setEnabled(earlyStopOn_->isChecked());
  clipValue_->setEnabled(clipNorm_->value() <= 0);
}

}  // namespace lstmviz::ui
