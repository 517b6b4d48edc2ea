#include "ui/app/config_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

#include "core/data/dataset_registry.h"
#include "ui/common/exact_double_spin_box.h"
#include "ui/model/explorer_lstm.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

using Weights = core::LstmInitScheme::Weights;
using Bias = core::LstmInitScheme::Bias;

constexpr int kLargestInt = std::numeric_limits<int>::max();
constexpr double kLargest = std::numeric_limits<double>::max();

// Every control allows values torch refuses (0, proj_size ≥ hidden_size): the panel explains
// them rather than clamping. The sizes go as far as an int: what is too large to run is refused
// in words by the size guards (lstm_config, the trace budget), and what an int cannot hold is kept
// by LoadedValues and named under the controls.
QSpinBox* makeSpin(int minimum, int maximum, const QString& tip) {
  auto* box = new QSpinBox;
  box->setRange(minimum, maximum);
  box->setToolTip(tip);
  box->setKeyboardTracking(false);
  return box;
}

QCheckBox* makeCheck(const QString& text, const QString& tip) {
  auto* box = new QCheckBox(text);
  box->setToolTip(tip);
  return box;
}

void addWeights(QComboBox* box) {
  box->addItem(QObject::tr("torch default U(−1/√H, 1/√H)"), int(Weights::kTorchDefault));
  box->addItem(QObject::tr("Xavier uniform"), int(Weights::kXavierUniform));
  box->addItem(QObject::tr("Xavier normal"), int(Weights::kXavierNormal));
  box->addItem(QObject::tr("Kaiming uniform"), int(Weights::kKaimingUniform));
  box->addItem(QObject::tr("Kaiming normal"), int(Weights::kKaimingNormal));
  box->addItem(QObject::tr("orthogonal"), int(Weights::kOrthogonal));
}

// Selects the entry whose data is value (none found: unchanged).
void selectData(QComboBox* box, int value) {
  const int index = box->findData(value);
  if (index >= 0) box->setCurrentIndex(index);
}

}  // namespace

ConfigPanel::ConfigPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 8);

  // nn.LSTM(...) arguments.
  auto* lstmGroup = new QGroupBox(tr("nn.LSTM"));
  auto* lstmForm = new QFormLayout(lstmGroup);
  inputSize_ =
      makeSpin(0, kLargestInt, tr("input_size (H_in): the number of features in each step of x."));
  hiddenSize_ = makeSpin(0, kLargestInt,
                         tr("hidden_size (H): the number of units in the cell state c_t "
                            "and, without projection, in h_t."));
  numLayers_ = makeSpin(0, kLargestInt,
                        tr("num_layers: how many LSTMs are stacked; layer k reads layer "
                           "k−1's output."));
  bias_ = makeCheck(tr("bias"), tr("bias: add the biases b_ih and b_hh inside every gate."));
  batchFirst_ = makeCheck(tr("batch_first"), tr("batch_first: input and output are (N, L, ·) "
                                                "instead of (L, N, ·); h_n and c_n never change."));
  dropout_ = new ExactDoubleSpinBox;
  dropout_->setObjectName(QStringLiteral("configDropout"));
  dropout_->setRange(0.0, 1.0);
  dropout_->setSingleStep(0.1);
  dropout_->setKeyboardTracking(false);
  dropout_->setToolTip(
      tr("dropout: probability of zeroing each output of every layer but the "
         "last, in training mode only."));
  bidirectional_ = makeCheck(tr("bidirectional"),
                             tr("bidirectional: a second LSTM reads the sequence backwards; D = 2 "
                                "and output concatenates both directions."));
  projSize_ = makeSpin(0, kLargestInt,
                       tr("proj_size (P): if > 0, h_t = W_hr (o_t ⊙ tanh(c_t)) has P "
                          "units instead of H; must be smaller than hidden_size."));
  lstmForm->addRow(tr("input_size"), inputSize_);
  lstmForm->addRow(tr("hidden_size"), hiddenSize_);
  lstmForm->addRow(tr("num_layers"), numLayers_);
  lstmForm->addRow(tr("dropout"), dropout_);
  lstmForm->addRow(tr("proj_size"), projSize_);
  lstmForm->addRow(bias_);
  lstmForm->addRow(batchFirst_);
  lstmForm->addRow(bidirectional_);
  layout->addWidget(lstmGroup);

  // The example batch.
  auto* batchGroup = new QGroupBox(tr("Example batch"));
  auto* batchForm = new QFormLayout(batchGroup);
  batch_ = makeSpin(0, kLargestInt, tr("Batch size N: how many sequences are fed at once."));
  unbatched_ = makeCheck(tr("unbatched (L, H_in)"),
                         tr("Feed one sequence without the batch axis: every N axis disappears."));
  seqLen_ = makeSpin(0, kLargestInt, tr("seq_len L: the number of timesteps in each sequence."));
  variableLengths_ = makeCheck(tr("variable lengths (packing)"),
                               tr("Give the samples lengths L, L−3, L−6, … as with "
                                  "pack_padded_sequence; steps past a length are padding."));
  lengthsLabel_ = new QLabel;
  lengthsLabel_->setWordWrap(true);
  lengthsLabel_->setStyleSheet(QStringLiteral("color: palette(mid);"));
  lengthsLabel_->setToolTip(tr("The true length of each sample, in batch order."));
  batchForm->addRow(tr("batch N"), batch_);
  batchForm->addRow(tr("seq_len L"), seqLen_);
  batchForm->addRow(unbatched_);
  batchForm->addRow(variableLengths_);
  batchForm->addRow(lengthsLabel_);
  layout->addWidget(batchGroup);

  // Architecture, head, data, initialisation.
  auto* modelGroup = new QGroupBox(tr("Head, data and initialisation"));
  auto* modelForm = new QFormLayout(modelGroup);
  architecture_ = new QComboBox;
  architecture_->setObjectName(QStringLiteral("architectureBox"));
  for (core::Architecture a : {core::Architecture::kManyToOne, core::Architecture::kManyToMany,
                               core::Architecture::kOneToMany, core::Architecture::kSeq2Seq,
                               core::Architecture::kAutoencoder})
    architecture_->addItem(QString::fromLatin1(core::architectureName(a)), int(a));
  architecture_->setToolTip(
      tr("The model the training dashboard builds and trains (core/nn/*_model.h): an LSTM with a "
         "Linear head (many_to_one, many_to_many), RepeatVector + decoder (one_to_many), "
         "encoder–decoder (seq2seq) or the LSTM autoencoder."));
  horizon_ = makeSpin(1, kLargestInt, tr("K: the future steps seq2seq and one_to_many predict."));
  horizon_->setObjectName(QStringLiteral("horizonBox"));
  modelNote_ = new QLabel;
  modelNote_->setObjectName(QStringLiteral("explorerLstmNote"));
  modelNote_->setWordWrap(true);
  modelNote_->setStyleSheet(QStringLiteral("color: #555;"));
  head_ = new QComboBox;
  head_->addItem(tr("output[:, -1]  (last step)"), int(core::HeadKind::kLast));
  head_->addItem(tr("h_n[-1]  (final state)"), int(core::HeadKind::kHn));
  head_->addItem(tr("Flatten  output.reshape(N, -1)"), int(core::HeadKind::kFlatten));
  head_->addItem(tr("mean over steps"), int(core::HeadKind::kMean));
  head_->addItem(tr("every step (many-to-many)"), int(core::HeadKind::kSeq));
  head_->setToolTip(tr("Which part of the LSTM's result the Linear head reads."));
  dataset_ = new QComboBox;
  dataset_->setObjectName(QStringLiteral("configDataset"));
  for (const core::DatasetInfo& d : core::datasetRegistry())
    dataset_->addItem(QString::fromStdString(d.name), QString::fromStdString(d.name));
  dataset_->setToolTip(
      tr("The data the training dashboard fits. The explorer's example batch is the built-in "
         "sine (or your CSV); with copy or adding it is the task's first N sequences as "
         "training draws them, and input_size follows the task's features."));
  initWeights_ = new QComboBox;
  addWeights(initWeights_);
  initWeights_->setToolTip(tr("How weight_ih (and weight_hr) are drawn at the start."));
  initRecurrent_ = new QComboBox;
  addWeights(initRecurrent_);
  initRecurrent_->setToolTip(tr("How weight_hh is drawn; orthogonal is applied per gate block."));
  initBias_ = new QComboBox;
  initBias_->addItem(tr("torch default U(−1/√H, 1/√H)"), int(Bias::kTorchDefault));
  initBias_->addItem(tr("zeros"), int(Bias::kZeros));
  initBias_->addItem(tr("forget gate 1, others 0"), int(Bias::kForgetGateOne));
  initBias_->setToolTip(tr("How bias_ih and bias_hh start; 'forget gate 1' sets b_ih_f = 1."));
  initGain_ = new ExactDoubleSpinBox;
  initGain_->setObjectName(QStringLiteral("configGain"));
  initGain_->setRange(-kLargest, kLargest);
  initGain_->setSingleStep(0.1);
  initGain_->setKeyboardTracking(false);
  initGain_->setToolTip(tr("Gain of the Xavier and orthogonal initialisations."));
  initSeed_ = makeSpin(0, kLargestInt,
                       tr("Seed of the initialisation: the same seed gives the same "
                          "weights."));
  initSeed_->setObjectName(QStringLiteral("configSeed"));
  modelForm->addRow(tr("architecture"), architecture_);
  modelForm->addRow(tr("horizon K"), horizon_);
  modelForm->addRow(modelNote_);
  modelForm->addRow(tr("head"), head_);
  modelForm->addRow(tr("dataset"), dataset_);
  modelForm->addRow(tr("weights"), initWeights_);
  modelForm->addRow(tr("recurrent"), initRecurrent_);
  modelForm->addRow(tr("bias init"), initBias_);
  modelForm->addRow(tr("gain"), initGain_);
  modelForm->addRow(tr("seed"), initSeed_);
  weightsSource_ = new QLabel;
  weightsSource_->setObjectName(QStringLiteral("weightsSource"));
  weightsSource_->setWordWrap(true);
  weightsSource_->setToolTip(tr("Where the LSTM's parameters come from."));
  modelForm->addRow(weightsSource_);
  layout->addWidget(modelGroup);

  error_ = new QLabel;
  error_->setObjectName(QStringLiteral("configError"));
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet(
      QStringLiteral("QLabel { color: #b00020; background: #fdecee; border: 1px solid #e8a0a8;"
                     " border-radius: 4px; padding: 6px; }"));
  error_->hide();
  warning_ = new QLabel;
  warning_->setWordWrap(true);
  warning_->setStyleSheet(
      QStringLiteral("QLabel { color: #7a4b00; background: #fff6e0; border: 1px solid #e8c880;"
                     " border-radius: 4px; padding: 6px; }"));
  warning_->hide();
  notShown_ = new QLabel;
  notShown_->setObjectName(QStringLiteral("configNotShown"));
  notShown_->setWordWrap(true);
  notShown_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  notShown_->setStyleSheet(warning_->styleSheet());
  notShown_->hide();
  layout->addWidget(error_);
  layout->addWidget(warning_);
  layout->addWidget(notShown_);
  layout->addStretch(1);

  setConfig(core::ExperimentConfig{});

  for (QSpinBox* box :
       {inputSize_, hiddenSize_, numLayers_, projSize_, batch_, seqLen_, initSeed_, horizon_})
    connect(box, &QSpinBox::valueChanged, this, &ConfigPanel::emitChanged);
  for (QDoubleSpinBox* box : {dropout_, initGain_})
    connect(box, &QDoubleSpinBox::valueChanged, this, &ConfigPanel::emitChanged);
  for (QCheckBox* box : {bias_, batchFirst_, bidirectional_, unbatched_, variableLengths_})
    connect(box, &QCheckBox::toggled, this, &ConfigPanel::emitChanged);
  for (QComboBox* box : {initWeights_, initRecurrent_, initBias_})
    connect(box, &QComboBox::currentIndexChanged, this, &ConfigPanel::emitChanged);
  // A task whose sequences are the explorer's input (copy, adding) sets input_size to its
  // features, in the same change (the explorer would refuse any other, in torch's words).
  connect(dataset_, &QComboBox::currentIndexChanged, this, [this] {
    const std::string name = dataset_->currentData().toString().toStdString();
    if (!updating_ && explorerInputIsTask(name)) {
      const auto features = static_cast<int>(core::datasetInfo(name).features);
      const QSignalBlocker block(inputSize_);
      inputSize_->setValue(features);
    }
    emitChanged();
  });
  // The head decides many_to_one / many_to_many: the two boxes follow each other.
  connect(architecture_, &QComboBox::currentIndexChanged, this, [this] {
    if (updating_) return;
    const auto a = static_cast<core::Architecture>(architecture_->currentData().toInt());
    const bool seq = head_->currentData().toInt() == int(core::HeadKind::kSeq);
    updating_ = true;
    if (a == core::Architecture::kManyToMany && !seq) selectData(head_, int(core::HeadKind::kSeq));
    if (a == core::Architecture::kManyToOne && seq) selectData(head_, int(core::HeadKind::kLast));
    updating_ = false;
    emitChanged();
  });
  connect(head_, &QComboBox::currentIndexChanged, this, [this] {
    if (updating_) return;
    const auto a = static_cast<core::Architecture>(architecture_->currentData().toInt());
    if (core::isHeadArchitecture(a)) {
      const bool seq = head_->currentData().toInt() == int(core::HeadKind::kSeq);
      updating_ = true;
      selectData(architecture_,
                 int(seq ? core::Architecture::kManyToMany : core::Architecture::kManyToOne));
      updating_ = false;
    }
    emitChanged();
  });
}

std::vector<int64_t> ConfigPanel::variableLengths(int64_t batch, int64_t steps) {
  std::vector<int64_t> lengths;
  for (int64_t n = 0; n < batch; ++n) lengths.push_back(std::max<int64_t>(1, steps - 3 * n));
  return lengths;
}

core::ExperimentConfig ConfigPanel::config() const {
  // Each value is the one of the last setConfig until its control is changed (LoadedValues).
  const core::ExperimentConfig& b = base_;
  core::ExperimentConfig c = b;
  c.lstm.inputSize = loaded_.take(inputSize_, b.lstm.inputSize);
  c.lstm.hiddenSize = loaded_.take(hiddenSize_, b.lstm.hiddenSize);
  c.lstm.numLayers = loaded_.take(numLayers_, b.lstm.numLayers);
  c.lstm.bias = bias_->isChecked();
  c.lstm.batchFirst = batchFirst_->isChecked();
  c.lstm.dropout = loaded_.take(dropout_, b.lstm.dropout);
  c.lstm.bidirectional = bidirectional_->isChecked();
  c.lstm.projSize = loaded_.take(projSize_, b.lstm.projSize);
  c.batch = loaded_.take(batch_, b.batch);
  c.unbatched = unbatched_->isChecked();
  c.seqLen = loaded_.take(seqLen_, b.seqLen);
  if (!variableLengths_->isChecked()) {
    c.lengths.clear();
  } else if (!(b.lengths.size() == static_cast<size_t>(c.batch) && b.seqLen == c.seqLen)) {
    // Lengths loaded with a config are kept while N and L stay; otherwise L, L−3, L−6, …
    c.lengths = variableLengths(c.unbatched ? 1 : c.batch, c.seqLen);
  }
  c.head = static_cast<core::HeadKind>(loaded_.take(head_, int(b.head)));
  c.architecture =
      static_cast<core::Architecture>(loaded_.take(architecture_, int(b.modelArchitecture())));
  c.horizon = loaded_.take(horizon_, b.horizon);
  if (!loaded_.unchanged(dataset_)) c.dataset = dataset_->currentData().toString().toStdString();
  if (!loaded_.unchanged(initWeights_)) {
    c.init.inputWeights = static_cast<Weights>(initWeights_->currentData().toInt());
    c.init.projectionWeights = c.init.inputWeights;
  }
  c.init.recurrentWeights =
      static_cast<Weights>(loaded_.take(initRecurrent_, int(b.init.recurrentWeights)));
  c.init.bias = static_cast<Bias>(loaded_.take(initBias_, int(b.init.bias)));
  c.init.gain = loaded_.take(initGain_, b.init.gain);
  c.init.seed = loaded_.take(initSeed_, b.init.seed);
  return c;
}

void ConfigPanel::setConfig(const core::ExperimentConfig& c) {
  updating_ = true;
  base_ = c;
  loaded_.clear();
  loaded_.show(inputSize_, c.lstm.inputSize, "lstm.input_size");
  loaded_.show(hiddenSize_, c.lstm.hiddenSize, "lstm.hidden_size");
  loaded_.show(numLayers_, c.lstm.numLayers, "lstm.num_layers");
  bias_->setChecked(c.lstm.bias);
  batchFirst_->setChecked(c.lstm.batchFirst);
  loaded_.show(dropout_, c.lstm.dropout, "lstm.dropout");
  bidirectional_->setChecked(c.lstm.bidirectional);
  loaded_.show(projSize_, c.lstm.projSize, "lstm.proj_size");
  loaded_.show(batch_, c.batch, "batch");
  unbatched_->setChecked(c.unbatched);
  loaded_.show(seqLen_, c.seqLen, "seq_len");
  variableLengths_->setChecked(!c.lengths.empty());
  loaded_.show(head_, int(c.head), "head", QString::fromUtf8(core::headKindName(c.head)));
  loaded_.show(architecture_, int(c.modelArchitecture()), "architecture",
               QString::fromLatin1(core::architectureName(c.modelArchitecture())));
  loaded_.show(horizon_, c.horizon, "horizon");
  updateModelControls();
  const QString dataset = QString::fromStdString(c.dataset);
  loaded_.show(dataset_, dataset, "dataset", dataset);
  loaded_.show(initWeights_, int(c.init.inputWeights), "init.weights",
               QString::fromUtf8(core::initWeightsName(c.init.inputWeights)));
  // One box for weight_ih and weight_hr: weight_hr's scheme is named when it differs.
  if (c.init.projectionWeights != c.init.inputWeights)
    loaded_.notShown(initWeights_, "init.projection",
                     QString::fromUtf8(core::initWeightsName(c.init.projectionWeights)));
  loaded_.show(initRecurrent_, int(c.init.recurrentWeights), "init.recurrent",
               QString::fromUtf8(core::initWeightsName(c.init.recurrentWeights)));
  loaded_.show(initBias_, int(c.init.bias), "init.bias",
               QString::fromUtf8(core::initBiasName(c.init.bias)));
  loaded_.show(initGain_, c.init.gain, "init.gain");
  loaded_.show(initSeed_, c.init.seed, "init.seed");
  batch_->setEnabled(!c.unbatched);
  updateLengthsLabel();
  updateNotShown();
  updating_ = false;
}

void ConfigPanel::updateModelControls() {
  const core::ExperimentConfig c = config();
  const core::Architecture a = c.modelArchitecture();
  head_->setEnabled(core::isHeadArchitecture(a));
  horizon_->setEnabled(a == core::Architecture::kSeq2Seq || a == core::Architecture::kOneToMany);
  const QString module = QString::fromLatin1(explorerLstmModule(a));
  if (a == core::Architecture::kOneToMany)
    modelNote_->setText(tr("The explorer runs the model's decoder (%1.*): nn.LSTM(input_size, …) "
                           "reads the window flattened to one vector of L·F values, repeated K "
                           "times; input_size must be L·F for the trained weights to fit.")
                            .arg(module));
  else if (explorerShowsPartOfTheModel(a))
    modelNote_->setText(tr("The explorer runs the model's encoder (%1.*); the decoder and the head "
                           "train with it (drawn under Architectures).")
                            .arg(module));
  else
    modelNote_->setText(tr("The explorer runs the model's nn.LSTM (%1.*).").arg(module));
}

void ConfigPanel::updateNotShown() {
  const QString text = loaded_.notShownText();
  notShown_->setText(text);
  notShown_->setVisible(!text.isEmpty());
}

void ConfigPanel::emitChanged() {
  if (updating_) return;
  updateModelControls();
  updateNotShown();
  batch_->setEnabled(!unbatched_->isChecked());
  updateLengthsLabel();
  emit configChanged();
}

void ConfigPanel::updateLengthsLabel() {
  if (!variableLengths_->isChecked()) {
    lengthsLabel_->setText(tr("every sample has all L steps"));
    return;
  }
  QStringList parts;
  for (int64_t length : config().lengths) parts << QString::number(length);
  lengthsLabel_->setText(tr("lengths = [%1]").arg(parts.join(QStringLiteral(", "))));
}

void ConfigPanel::setError(const QString& message) {
  error_->setText(message.isEmpty() ? QString() : tr("Not a valid nn.LSTM: %1").arg(message));
  error_->setVisible(!message.isEmpty());
}

QString ConfigPanel::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

void ConfigPanel::setWarning(const QString& message) {
  warning_->setText(message);
  warning_->setVisible(!message.isEmpty());
}

void ConfigPanel::setWeightsSource(const QString& text) {
  weightsSource_->setText(tr("Parameters: %1").arg(text));
}

}  // namespace lstmviz::ui
