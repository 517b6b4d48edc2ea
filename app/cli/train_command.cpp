#include "app/cli/train_command.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/cli/cli_support.h"
#include "core/common/error.h"
#include "core/data/airline_passengers.h"
#include "core/data/chronological_split.h"
#include "core/data/csv_reader.h"
#include "core/data/memory_tasks.h"
#include "core/data/normalizer.h"
#include "core/data/synthetic_series.h"
#include "core/data/window_dataset.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/nn/sequence_model.h"
#include "core/train/trainer.h"

namespace lstmviz::cli {

namespace {

using core::Error;
using core::Shape;
using core::shapeToString;
using core::Tensor;
using core::TrainingData;

constexpr double kTrainFraction = 0.8;  // chronological split of the built-in and CSV series

bool isFloat(core::DType d) {
  return d == core::DType::kF32 || d == core::DType::kF64 || d == core::DType::kF16 ||
         d == core::DType::kBF16;
}

// --- data from a safetensors file -------------------------------------------------------------

template <typename T>
void requireFinite(const Tensor<T>& t, const std::string& what) {
  for (size_t i = 0; i < t.data.size(); ++i)
    if (!std::isfinite(static_cast<double>(t.data[i])))
      throw Error(what + " contains " + (std::isnan(static_cast<double>(t.data[i])) ? "NaN" : "Inf") +
                  " at flat index " + std::to_string(i) + "; clean the data before training");
}

// One data set (x, targets, lengths) of `file`: names x / y / lengths with `suffix` "" or "_val".
TrainingData readDataSet(const core::SafetensorsFile& file, const std::string& suffix,
                         bool classification, bool perStep) {
  const std::string where = file.source() + ": ";
  const std::string xName = "x" + suffix, yName = "y" + suffix;
  if (!file.contains(xName))
    throw core::FileError(where + "no tensor named '" + xName + "' (the inputs, (S, L, F))");
  if (!file.contains(yName))
    throw core::FileError(where + "no tensor named '" + yName + "' (the targets of " + xName +
                          ")");
  const core::SafetensorsEntry& xe = file.entry(xName);
  const core::SafetensorsEntry& ye = file.entry(yName);
  if (!isFloat(xe.dtype))
    throw Error(where + xName + " has dtype " + core::dtypeName(xe.dtype) +
                ", expected a float tensor (S, L, F)");
  if (xe.shape.size() != 3)
    throw core::ShapeError(where + xName + " has shape " + shapeToString(xe.shape) +
                           ", expected (S, L, F): samples, steps, features");
  if (core::numel(xe.shape) == 0)
    throw Error(where + xName + " is empty (shape " + shapeToString(xe.shape) + ")");
  TrainingData d;
  d.x = file.getFloat(xName);
  requireFinite(d.x, where + xName);
  const int64_t s = xe.shape[0], l = xe.shape[1];
  if (classification) {
    if (ye.dtype != core::DType::kI64 && ye.dtype != core::DType::kI32)
      throw Error(where + yName + " has dtype " + core::dtypeName(ye.dtype) +
                  "; cross_entropy needs int64 class indices (torch: expected scalar type Long "
                  "but found Float)");
    const Shape want = perStep ? Shape{s, l} : Shape{s};
    if (ye.shape != want)
      throw core::ShapeError(where + yName + " has shape " + shapeToString(ye.shape) +
                             ", expected " + shapeToString(want) + " class indices for " +
                             (perStep ? "head 'seq' (one per step)" : "a many-to-one head"));
    d.labels = file.getInt64(yName);
  } else {
    if (!isFloat(ye.dtype))
      throw Error(where + yName + " has dtype " + core::dtypeName(ye.dtype) +
                  ", expected float targets (class indices are for --loss cross_entropy)");
    const bool ok = perStep ? ye.shape.size() == 3 && ye.shape[0] == s && ye.shape[1] == l
                            : ye.shape.size() == 2 && ye.shape[0] == s;
    if (!ok)
      throw core::ShapeError(where + yName + " has shape " + shapeToString(ye.shape) +
                             ", expected " +
                             (perStep ? "(S, L, O) = [" + std::to_string(s) + ", " +
                                            std::to_string(l) + ", O] for head 'seq'"
                                      : "(S, O) = [" + std::to_string(s) +
                                            ", O] for a many-to-one head"));
    d.y = file.getFloat(yName);
    requireFinite(d.y, where + yName);
  }
  const std::string lengthsName = "lengths" + suffix;
  if (file.contains(lengthsName)) {
    const core::SafetensorsEntry& le = file.entry(lengthsName);
    if ((le.dtype != core::DType::kI64 && le.dtype != core::DType::kI32) ||
        le.shape != Shape{s})
      throw Error(where + lengthsName + " has dtype " + core::dtypeName(le.dtype) + " and shape " +
                  shapeToString(le.shape) + ", expected int64 [" + std::to_string(s) +
                  "]: one true length per sample");
    d.lengths = file.getInt64(lengthsName).data;
    for (size_t i = 0; i < d.lengths.size(); ++i)
      if (d.lengths[i] < 1 || d.lengths[i] > l)
        throw Error(where + lengthsName + "[" + std::to_string(i) + "] = " +
                    std::to_string(d.lengths[i]) + " is outside [1, L = " + std::to_string(l) +
                    "]");
  }
  return d;
}

struct DataSets {
  TrainingData train, validation;
  std::string description;
};

DataSets readDataFile(const TrainOptions& o, bool classification, bool perStep) {
  const core::SafetensorsFile file = core::SafetensorsFile::read(o.dataPath);
  DataSets d;
  d.train = readDataSet(file, "", classification, perStep);
  const bool hasXVal = file.contains("x_val"), hasYVal = file.contains("y_val");
  if (hasXVal != hasYVal)
    throw Error(file.source() + ": '" + (hasXVal ? "x_val" : "y_val") + "' without '" +
                (hasXVal ? "y_val" : "x_val") + "'; give both or neither");
  if (hasXVal) {
    d.validation = readDataSet(file, "_val", classification, perStep);
    const Shape& xs = d.train.x.shape;
    const Shape& vs = d.validation.x.shape;
    if (vs[2] != xs[2] || vs[1] != xs[1])
      throw core::ShapeError(file.source() + ": x_val has shape " + shapeToString(vs) +
                             " but x has " + shapeToString(xs) +
                             "; L and F must agree");
    if (!classification && d.validation.y.shape.back() != d.train.y.shape.back())
      throw core::ShapeError(file.source() + ": y_val has shape " +
                             shapeToString(d.validation.y.shape) + " but y has " +
                             shapeToString(d.train.y.shape) + "; O must agree");
  }
  d.description = o.dataPath;
  return d;
}

// --- built-in and CSV data ------------------------------------------------------------------------

TrainingData toTrainingData(const core::WindowDataset& w) {
  TrainingData d;
  d.x = w.x();
  d.y = w.y();
  return d;
}

// Windows of o.window steps over series (target columns `targets`), chronological split,
// standardised with the training rows' statistics.
DataSets windowsOverSeries(const core::Series& series, std::vector<int64_t> inputs,
                           std::vector<int64_t> targets, const TrainOptions& o, bool perStep,
                           const std::string& description) {
  const core::ChronologicalSplit split(series.rows(), kTrainFraction, 1.0 - kTrainFraction);
  const core::Normalizer scaler =
      core::Normalizer::fit(split.trainRows(series), core::NormalizationKind::kStandard);
  core::WindowOptions w;
  w.windowLength = o.window;
  w.mode = perStep ? core::TargetMode::kShiftedWindow : core::TargetMode::kNextStep;
  w.inputColumns = std::move(inputs);
  w.targetColumns = std::move(targets);
  const core::WindowSplit parts =
      split.splitWindows(core::WindowDataset(scaler.transform(series), w));
  DataSets d;
  d.train = toTrainingData(parts.train);
  if (parts.validation.size() > 0) d.validation = toTrainingData(parts.validation);
  d.description = description + " (" + std::to_string(series.rows()) + " steps, windows of " +
                  std::to_string(o.window) + ", " + std::to_string(d.train.size()) + " train / " +
                  std::to_string(d.validation.size()) + " validation, standardised)";
  return d;
}

DataSets lastFifthForValidation(const core::SequenceDataset& all, const std::string& name) {
  const int64_t trainEnd = static_cast<int64_t>(std::floor(all.size() * kTrainFraction));
  const core::SequenceDataset train = all.slice(0, trainEnd), val = all.slice(trainEnd, all.size());
  DataSets d;
  d.train = {train.x, train.y, train.labels, {}};
  d.validation = {val.x, val.y, val.labels, {}};
  d.description = name + " (" + std::to_string(train.size()) + " train / " +
                  std::to_string(val.size()) + " validation)";
  return d;
}

DataSets builtInData(const TrainOptions& o, bool classification, bool perStep) {
  if (o.dataset == "sine" || o.dataset == "airline") {
    if (classification) throw Error("--dataset " + o.dataset + " is a regression task");
    core::Series series;
    if (o.dataset == "sine") {
      core::SineOptions s;
      s.seed = o.seed;
      series = core::makeNoisySine(s);
    } else {
      series = core::loadAirlinePassengers();
    }
    return windowsOverSeries(series, {}, {}, o, perStep, o.dataset);
  }
  if (o.dataset == "adding") {
    if (classification || perStep)
      throw Error("--dataset adding is many-to-one regression: use a many-to-one head and a "
                  "regression loss");
    core::AddingOptions a;
    a.seed = o.seed;
    return lastFifthForValidation(core::makeAddingProblem(a), "adding problem");
  }
  if (o.dataset == "copy") {
    if (!classification || !perStep)
      throw Error("--dataset copy is per-step classification: use --head seq --loss "
                  "cross_entropy");
    core::CopyOptions c;
    c.seed = o.seed;
    return lastFifthForValidation(core::makeCopyTask(c), "copy task");
  }
  throw Error("unknown dataset '" + o.dataset + "'; expected one of sine, airline, adding, copy");
}

DataSets csvData(const TrainOptions& o, bool classification, bool perStep) {
  if (classification) throw Error("--csv windows are regression data; cross_entropy needs labels");
  core::CsvOptions c;
  c.targets = {core::ColumnRef::byName(o.target)};
  const core::CsvResult csv = core::CsvReader(c).readFile(o.csvPath);
  for (const core::CsvWarning& w : csv.warnings) printWarning(o.csvPath + ": " + w.message());
  return windowsOverSeries(csv.series, csv.inputColumns, csv.targetColumns, o, perStep,
                           o.csvPath);
}

// --- model ----------------------------------------------------------------------------------------

int64_t outputSizeFromData(const DataSets& d, bool classification) {
  if (!classification) return d.train.y.shape.back();
  int64_t maxLabel = -1;
  for (const TrainingData* set : {&d.train, &d.validation})
    for (int64_t label : set->labels.data) maxLabel = std::max(maxLabel, label);
  return maxLabel + 1;
}

std::unique_ptr<core::SequenceModel<float>> buildModel(const TrainOptions& o, core::HeadKind head,
                                                       const DataSets& d, bool classification) {
  const int64_t f = d.train.x.shape[2], l = d.train.x.shape[1];
  core::SequenceModelConfig config;
  config.head = head;
  config.steps = l;
  if (o.initPath.empty()) {
    config.lstm.inputSize = f;
    config.lstm.hiddenSize = o.hiddenSize;
    config.lstm.numLayers = o.numLayers;
    config.lstm.bias = !o.noBias;
    config.lstm.batchFirst = true;
    config.lstm.bidirectional = o.bidirectional;
    config.lstm.projSize = o.projSize;
    config.outputSize = outputSizeFromData(d, classification);
    if (config.outputSize < 1) throw Error("the data holds no class index");
    auto model = std::make_unique<core::SequenceModel<float>>(config);
    model->resetParameters(o.seed);
    return model;
  }
  const core::SafetensorsFile init = core::SafetensorsFile::read(o.initPath);
  config.lstm = core::inferLstmConfig(init, true, std::string("lstm."));
  if (!init.contains("head.weight"))
    throw core::FileError(init.source() + ": no tensor named 'head.weight' (the Linear head, "
                          "(O, width))");
  const Shape headShape = init.entry("head.weight").shape;
  if (headShape.size() != 2)
    throw core::ShapeError(init.source() + ": head.weight has shape " + shapeToString(headShape) +
                           ", expected (O, width)");
  config.outputSize = headShape[0];
  if (headShape[1] != config.headInputSize())
    throw core::ShapeError(init.source() + ": head.weight has shape " + shapeToString(headShape) +
                           " but head '" + core::headKindName(head) + "' of this LSTM takes " +
                           std::to_string(config.headInputSize()) + " inputs");
  if (config.lstm.inputSize != f)
    throw core::ShapeError(init.source() + ": the LSTM takes input_size " +
                           std::to_string(config.lstm.inputSize) + " but x has " +
                           std::to_string(f) + " features");
  auto model = std::make_unique<core::SequenceModel<float>>(config);
  for (const core::ParameterRef<float>& p : model->parameters()) {
    if (!init.contains(p.name))
      throw core::FileError(init.source() + ": Missing key(s) in state_dict: \"" + p.name + "\"");
    const Tensor<float> t = init.getFloat(p.name);
    if (t.shape != p.shape)
      throw core::ShapeError(init.source() + ": size mismatch for " + p.name +
                             ": copying a param with shape " + shapeToString(t.shape) +
                             " from checkpoint, the shape in current model is " +
                             shapeToString(p.shape) + ".");
    std::copy(t.data.begin(), t.data.end(), p.values);
  }
  return model;
}

// The targets must fit the model's prediction: O for regression, class indices below O.
void checkTargets(const DataSets& d, int64_t outputs, bool classification) {
  for (const auto& [set, name] : {std::pair{&d.train, "y"}, std::pair{&d.validation, "y_val"}}) {
    if (set->empty()) continue;
    if (classification) {
      for (size_t i = 0; i < set->labels.data.size(); ++i)
        if (set->labels.data[i] < 0 || set->labels.data[i] >= outputs)
          throw Error(std::string(name) + "[" + std::to_string(i) + "] = " +
                      std::to_string(set->labels.data[i]) + " is not a class index in [0, " +
                      std::to_string(outputs) + ") (torch: Target " +
                      std::to_string(set->labels.data[i]) + " is out of bounds.)");
    } else if (set->y.shape.back() != outputs) {
      throw core::ShapeError(std::string(name) + " has shape " + shapeToString(set->y.shape) +
                             " but the head predicts O = " + std::to_string(outputs) +
                             " values per " + (set->y.dim() == 3 ? "step" : "sample"));
    }
  }
}

// --- options ----------------------------------------------------------------------------------

core::TrainerOptions trainerOptions(const TrainOptions& o) {
  core::TrainerOptions t;
  t.loss = core::parseLossKind(o.loss);
  t.optimizer = core::parseOptimizerKind(o.optimizer);
  t.lr = o.lr;
  const bool sgd = t.optimizer == core::OptimizerKind::kSgd;
  if (o.momentum && !sgd && t.optimizer != core::OptimizerKind::kRmsprop)
    throw Error("--momentum applies to sgd and rmsprop, not " + o.optimizer);
  if (o.nesterov && !sgd) throw Error("--nesterov applies to sgd only");
  if (o.nesterov && o.momentum.value_or(0.0) <= 0.0)
    throw Error("Nesterov momentum requires a momentum and zero dampening (give --momentum)");
  t.momentum = o.momentum.value_or(0.0);
  t.nesterov = o.nesterov;
  t.weightDecay = o.weightDecay;
  t.epochs = o.epochs;
  t.batchSize = o.batchSize;
  t.shuffle = !o.noShuffle;
  t.dropLast = o.dropLast;
  t.seed = o.seed;
  if (o.clipGradNorm && o.clipGradValue)
    throw Error("--clip-grad-norm and --clip-grad-value exclude each other; choose one");
  if (o.clipGradNorm && !(*o.clipGradNorm > 0))
    throw Error("--clip-grad-norm must be positive");
  if (o.clipGradValue && !(*o.clipGradValue > 0))
    throw Error("--clip-grad-value must be positive");
  t.clipGradNorm = o.clipGradNorm.value_or(0.0);
  t.clipGradValue = o.clipGradValue.value_or(0.0);
  if (o.plateauPatience || o.plateauFactor || o.plateauThreshold || o.plateauCooldown ||
      o.plateauMinLr) {
    core::PlateauOptions p;
    p.patience = o.plateauPatience.value_or(p.patience);
    p.factor = o.plateauFactor.value_or(p.factor);
    p.threshold = o.plateauThreshold.value_or(p.threshold);
    p.cooldown = o.plateauCooldown.value_or(p.cooldown);
    p.minLr = o.plateauMinLr.value_or(p.minLr);
    if (!(p.factor < 1.0)) throw Error("Factor should be < 1.0.");
    t.plateau = p;
  }
  if (o.minDelta && !o.earlyStoppingPatience)
    throw Error("--min-delta needs --early-stopping-patience");
  if (o.earlyStoppingPatience)
    t.earlyStopping = core::EarlyStoppingOptions{*o.earlyStoppingPatience, o.minDelta.value_or(0)};
  t.runDirectory = o.logDir;
  t.validate();
  return t;
}

// --- progress ---------------------------------------------------------------------------------

std::string format(double v) {
  if (std::isnan(v)) return "-";
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", v);
  return buffer;
}

std::string epochLine(const core::EpochRecord& e, int64_t total, bool classification) {
  std::ostringstream s;
  s << "epoch " << e.epoch << "/" << total << " train_loss " << format(e.trainLoss)
    << " val_loss " << format(e.valLoss);
  if (classification) s << " val_accuracy " << format(e.valAccuracy);
  s << " lr " << format(e.lr) << " grad_norm " << format(e.gradNorm);
  char seconds[32];
  std::snprintf(seconds, sizeof seconds, " (%.1f s)", e.seconds);
  s << seconds;
  if (e.lrReduced) s << " [lr reduced]";
  return s.str();
}

class Progress {
 public:
  Progress(bool bar, bool classification) : bar_(bar), classification_(classification) {}

  void operator()(const std::shared_ptr<const core::TrainingSnapshot>& s) {
    while (printed_ < s->epochs.size()) {
      if (bar_) std::cerr << "\r\033[K";
      std::cerr << epochLine(s->epochs[printed_++], s->totalEpochs, classification_) << "\n";
    }
    if (bar_ && s->state == core::TrainingSnapshot::State::kRunning && s->batch > 0 &&
        s->batch < s->batchesPerEpoch) {
      constexpr int kWidth = 30;
      const int filled = static_cast<int>(kWidth * s->batch / s->batchesPerEpoch);
      double loss = core::kNoValue;
      if (!s->newBatches.empty()) loss = s->newBatches.back().loss;
      std::cerr << "\r\033[Kepoch " << s->epoch << "/" << s->totalEpochs << " ["
                << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] "
                << s->batch << "/" << s->batchesPerEpoch << " loss " << format(loss)
                << std::flush;
    }
  }
  void finish() {
    if (bar_) std::cerr << "\r\033[K" << std::flush;
  }

 private:
  bool bar_, classification_;
  size_t printed_ = 0;
};

}  // namespace

CLI::App* addTrainCommand(CLI::App& app, TrainOptions& o) {
  CLI::App* cmd = app.add_subcommand(
      "train", "Train an LSTM + Linear head like a PyTorch loop; write the state_dict");
  auto* data = cmd->add_option("--data", o.dataPath,
                               "safetensors with x (S, L, F), y, optionally x_val, y_val, "
                               "lengths, lengths_val");
  auto* dataset = cmd->add_option("--dataset", o.dataset, "built-in data: sine, airline, adding, copy");
  auto* csv = cmd->add_option("--csv", o.csvPath, "CSV series to cut into windows");
  data->excludes(dataset)->excludes(csv);
  dataset->excludes(csv);
  cmd->add_option("--target", o.target, "CSV column to predict (with --csv)");
  cmd->add_option("--window", o.window, "window length L for --csv and series datasets")
      ->capture_default_str();
  cmd->add_option("--out", o.outPath, "safetensors to write the trained state_dict to")
      ->required();
  cmd->add_option("--init", o.initPath, "initial state_dict (lstm.*, head.*)");
  cmd->add_option("--hidden-size", o.hiddenSize, "H, without --init");
  cmd->add_option("--num-layers", o.numLayers, "stacked layers, without --init")
      ->capture_default_str();
  cmd->add_flag("--bidirectional", o.bidirectional, "bidirectional LSTM, without --init");
  cmd->add_option("--proj-size", o.projSize, "projection size P, without --init")
      ->capture_default_str();
  cmd->add_flag("--no-bias", o.noBias, "LSTM without biases, without --init");
  cmd->add_option("--seed", o.seed, "initialisation, shuffling and built-in data")
      ->capture_default_str();
  cmd->add_option("--head", o.head, "last, hn, flatten, mean or seq")->required();
  cmd->add_option("--loss", o.loss, "mse, l1, huber, cross_entropy or bce")->required();
  cmd->add_option("--optimizer", o.optimizer, "sgd, adam, adamw or rmsprop")->required();
  cmd->add_option("--lr", o.lr, "learning rate")->required();
  cmd->add_option("--momentum", o.momentum, "sgd and rmsprop momentum");
  cmd->add_flag("--nesterov", o.nesterov, "Nesterov momentum (sgd)");
  cmd->add_option("--weight-decay", o.weightDecay, "L2 penalty (adamw: decoupled; default 0.01)");
  cmd->add_option("--epochs", o.epochs, "epochs")->capture_default_str();
  cmd->add_option("--batch-size", o.batchSize, "samples per batch")->capture_default_str();
  cmd->add_flag("--no-shuffle", o.noShuffle, "keep the sample order (DataLoader shuffle=False)");
  cmd->add_flag("--drop-last", o.dropLast, "drop a last batch smaller than --batch-size");
  cmd->add_option("--clip-grad-norm", o.clipGradNorm, "clip_grad_norm_ max_norm");
  cmd->add_option("--clip-grad-value", o.clipGradValue, "clip_grad_value_ clip_value");
  cmd->add_option("--plateau-patience", o.plateauPatience, "ReduceLROnPlateau patience (10)");
  cmd->add_option("--plateau-factor", o.plateauFactor, "ReduceLROnPlateau factor (0.1)");
  cmd->add_option("--plateau-threshold", o.plateauThreshold, "ReduceLROnPlateau threshold (1e-4)");
  cmd->add_option("--plateau-cooldown", o.plateauCooldown, "ReduceLROnPlateau cooldown (0)");
  cmd->add_option("--plateau-min-lr", o.plateauMinLr, "ReduceLROnPlateau min_lr (0)");
  cmd->add_option("--early-stopping-patience", o.earlyStoppingPatience,
                  "stop after this many epochs without improvement; keep the best weights");
  cmd->add_option("--min-delta", o.minDelta, "early stopping: smallest improvement that counts");
  cmd->add_option("--log-dir", o.logDir,
                  "run directory: config.json, metrics.csv, events.csv, histograms, checkpoints");
  return cmd;
}

void runTrain(const TrainOptions& o) {
  // Options first: they are cheap to check and explain most mistakes.
  const core::HeadKind head = core::parseHeadKind(o.head);
  const core::TrainerOptions options = trainerOptions(o);
  const bool classification = options.loss == core::LossKind::kCrossEntropy;
  const bool perStep = head == core::HeadKind::kSeq;
  const int sources = !o.dataPath.empty() + !o.dataset.empty() + !o.csvPath.empty();
  if (sources != 1) throw Error("give exactly one of --data, --dataset and --csv");
  if (!o.csvPath.empty() && o.target.empty()) throw Error("--csv needs --target COLUMN");
  if (o.csvPath.empty() && !o.target.empty()) throw Error("--target applies to --csv only");
  if (o.window < 1) throw Error("--window must be at least 1");
  if (!o.initPath.empty() && (o.hiddenSize != 0 || o.numLayers != 1 || o.bidirectional ||
                              o.projSize != 0 || o.noBias))
    throw Error("--init gives the architecture; --hidden-size, --num-layers, --bidirectional, "
                "--proj-size and --no-bias apply only without it");
  if (o.initPath.empty() && o.hiddenSize < 1)
    throw Error("give --init I.safetensors or --hidden-size H (a positive size)");

  DataSets d = !o.dataPath.empty() ? readDataFile(o, classification, perStep)
               : !o.dataset.empty() ? builtInData(o, classification, perStep)
                                    : csvData(o, classification, perStep);
  if (d.train.empty()) throw Error(d.description + ": no training sample");
  auto model = buildModel(o, head, d, classification);
  checkTargets(d, model->config().outputSize, classification);

  Progress progress(o.progressBar.value_or(::isatty(STDERR_FILENO) == 1), classification);
  core::Trainer trainer(*model, std::move(d.train), std::move(d.validation), options);
  const auto result = trainer.run([&](std::shared_ptr<const core::TrainingSnapshot> s) {
    progress(s);
  });
  progress.finish();
  if (result->state == core::TrainingSnapshot::State::kFailed)
    throw Error("training failed: " + result->message);

  core::SafetensorsWriter writer;
  for (const core::ParameterRef<float>& p : model->parameters())
    writer.add(p.name, Tensor<float>(p.shape, std::vector<float>(p.values, p.values + p.size())));
  writer.setMetadata("format", "pt");
  writer.setMetadata("model", model->kind());
  writer.write(o.outPath);

  const core::EpochRecord* last = result->epochs.empty() ? nullptr : &result->epochs.back();
  std::cout << "trained " << model->kind() << " on " << d.description << " for "
            << result->epochs.size() << " epochs";
  if (last)
    std::cout << ": train_loss " << format(last->trainLoss) << " val_loss "
              << format(last->valLoss);
  if (!result->message.empty()) std::cout << " (" << result->message << ")";
  std::cout << "; weights written to " << o.outPath << "\n";
}

}  // namespace lstmviz::cli
