#include "app/cli/train_command.h"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <utility>

#include "app/cli/cli_support.h"
#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/nn/sequence_model.h"
#include "core/train/experiment.h"
#include "core/train/trainer.h"

namespace lstmviz::cli {

namespace {

using core::Error;
using core::Shape;
using core::shapeToString;
using core::Tensor;
using core::TrainingData;

// --- data from a safetensors file -------------------------------------------------------------

// Most classes a cross-entropy head may have (its weight is C × width floats).
constexpr int64_t kMaxClasses = 1'000'000;

// One data set (x, targets, lengths) of `file`: names x / y / lengths with `suffix` "" or "_val".
TrainingData readDataSet(const core::SafetensorsFile& file, const std::string& suffix,
                         bool classification, bool perStep) {
  const std::string where = file.source() + ": ";
  const std::string xName = "x" + suffix, yName = "y" + suffix;
  if (!file.contains(xName))
    throw core::FileError(where + "no tensor named '" + xName + "' (the inputs, (S, L, F))");
  if (!file.contains(yName))
    throw core::FileError(where + "no tensor named '" + yName + "' (the targets of " + xName + ")");
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
  requireFinite(d.x, where + xName, "clean the data before training");
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
      throw core::ShapeError(
          where + yName + " has shape " + shapeToString(ye.shape) + ", expected " +
          (perStep ? "(S, L, O) = [" + std::to_string(s) + ", " + std::to_string(l) +
                         ", O] for head 'seq'"
                   : "(S, O) = [" + std::to_string(s) + ", O] for a many-to-one head"));
    d.y = file.getFloat(yName);
    requireFinite(d.y, where + yName, "clean the data before training");
  }
  const std::string lengthsName = "lengths" + suffix;
  if (file.contains(lengthsName)) {
    const core::SafetensorsEntry& le = file.entry(lengthsName);
    if ((le.dtype != core::DType::kI64 && le.dtype != core::DType::kI32) || le.shape != Shape{s})
      throw Error(where + lengthsName + " has dtype " + core::dtypeName(le.dtype) + " and shape " +
                  shapeToString(le.shape) + ", expected int64 [" + std::to_string(s) +
                  "]: one true length per sample");
    d.lengths = file.getInt64(lengthsName).data;
    for (size_t i = 0; i < d.lengths.size(); ++i)
      if (d.lengths[i] < 1 || d.lengths[i] > l)
        throw Error(where + lengthsName + "[" + std::to_string(i) +
                    "] = " + std::to_string(d.lengths[i]) +
                    " is outside [1, L = " + std::to_string(l) + "]");
  }
  return d;
}

// x, y (and x_val, y_val) of --data as an experiment's data: shapes read off x, O from y or
// from the largest class index.
core::ExperimentData readDataFile(const std::string& path, bool classification, bool perStep) {
  const core::SafetensorsFile file = core::SafetensorsFile::read(path);
  core::ExperimentData d;
  d.classification = classification;
  d.perStep = perStep;
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
                             " but x has " + shapeToString(xs) + "; L and F must agree");
    if (!classification && d.validation.y.shape.back() != d.train.y.shape.back())
      throw core::ShapeError(file.source() + ": y_val has shape " +
                             shapeToString(d.validation.y.shape) + " but y has " +
                             shapeToString(d.train.y.shape) + "; O must agree");
  }
  d.steps = d.train.x.shape[1];
  d.inputSize = d.train.x.shape[2];
  if (classification) {
    // The head gets one logit per class up to the largest index: an index of 10^9 or 2^62
    // would allocate (or overflow) before any check, so it is refused here, naming the element.
    int64_t maxLabel = -1;
    for (const auto& [set, name] : {std::pair{&d.train, "y"}, std::pair{&d.validation, "y_val"}})
      for (size_t i = 0; i < set->labels.data.size(); ++i) {
        const int64_t label = set->labels.data[i];
        if (label >= kMaxClasses)
          throw Error(file.source() + ": " + name + "[" + std::to_string(i) + "] = " +
                      std::to_string(label) + " is a class index beyond the limit of " +
                      std::to_string(kMaxClasses) + " classes; expected indices in [0, C)");
        maxLabel = std::max(maxLabel, label);
      }
    if (maxLabel < 0) throw Error(file.source() + ": the data holds no class index");
    d.outputSize = maxLabel + 1;
  } else {
    d.outputSize = d.train.y.shape.back();
  }
  d.description = path;
  return d;
}

// --- model
// ----------------------------------------------------------------------------------------

// The model whose architecture and weights come from an --init state_dict (lstm.*, head.*).
std::unique_ptr<core::SequenceModel<float>> modelFromInit(const std::string& initPath,
                                                          const core::ExperimentConfig& c,
                                                          const core::ExperimentData& d) {
  core::SequenceModelConfig config;
  config.head = c.head;
  config.steps = d.steps;
  config.naivePaddedLast = c.naivePaddedLast;
  const core::SafetensorsFile init = core::SafetensorsFile::read(initPath);
  config.lstm = core::inferLstmConfig(init, true, std::string("lstm."));
  if (!init.contains("head.weight"))
    throw core::FileError(init.source() +
                          ": no tensor named 'head.weight' (the Linear head, "
                          "(O, width))");
  const Shape headShape = init.entry("head.weight").shape;
  if (headShape.size() != 2)
    throw core::ShapeError(init.source() + ": head.weight has shape " + shapeToString(headShape) +
                           ", expected (O, width)");
  config.outputSize = headShape[0];
  if (headShape[1] != config.headInputSize())
    throw core::ShapeError(init.source() + ": head.weight has shape " + shapeToString(headShape) +
                           " but head '" + core::headKindName(c.head) + "' of this LSTM takes " +
                           std::to_string(config.headInputSize()) + " inputs");
  if (config.lstm.inputSize != d.inputSize)
    throw core::ShapeError(init.source() + ": the LSTM takes input_size " +
                           std::to_string(config.lstm.inputSize) + " but x has " +
                           std::to_string(d.inputSize) + " features");
  auto model = std::make_unique<core::SequenceModel<float>>(config);
  for (const core::ParameterRef<float>& p : model->parameters()) {
    if (!init.contains(p.name))
      throw core::FileError(init.source() + ": Missing key(s) in state_dict: \"" + p.name + "\"");
    const Tensor<float> t = init.getFloat(p.name);
    requireFinite(t, init.source() + ": " + p.name,
                  "training would start from NaN; fix the checkpoint first");
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
void checkTargets(const core::ExperimentData& d, int64_t outputs) {
  for (const auto& [set, name] : {std::pair{&d.train, "y"}, std::pair{&d.validation, "y_val"},
                                  std::pair{&d.test, "y_test"}}) {
    if (set->empty()) continue;
    if (d.classification) {
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

// The experiment: --config's (or the defaults), then every flag given on the command line.
core::ExperimentConfig experimentFromOptions(const TrainOptions& o) {
  const bool fromFile = !o.configPath.empty();
  core::ExperimentConfig c =
      fromFile ? core::experimentFromFile(o.configPath) : core::ExperimentConfig{};
  if (!fromFile) {
    for (const auto& [given, flag] :
         {std::pair{!o.head.empty(), "--head"}, std::pair{!o.loss.empty(), "--loss"},
          std::pair{!o.optimizer.empty(), "--optimizer"}, std::pair{o.lr.has_value(), "--lr"}})
      if (!given) throw Error(std::string(flag) + " is required (or give --config FILE.json)");
  }
  // Data.
  if (!o.dataset.empty()) c.dataset = o.dataset;
  if (!o.csvPath.empty()) {
    c.dataset = "csv";
    c.csvPath = o.csvPath;
  }
  if (!o.target.empty()) c.csvTarget = o.target;
  if (o.window) {
    if (*o.window < 1) throw Error("--window must be at least 1");
    c.seqLen = *o.window;
  }
  // Model.
  if (o.hiddenSize) c.lstm.hiddenSize = *o.hiddenSize;
  if (o.numLayers) c.lstm.numLayers = *o.numLayers;
  if (o.projSize) c.lstm.projSize = *o.projSize;
  if (o.bidirectional) c.lstm.bidirectional = true;
  if (o.noBias) c.lstm.bias = false;
  if (o.seed) c.init.seed = c.training.seed = *o.seed;
  if (!o.head.empty()) c.head = core::parseHeadKind(o.head);
  // Training.
  core::TrainerOptions& t = c.training;
  if (!o.loss.empty()) t.loss = core::parseLossKind(o.loss);
  if (!o.optimizer.empty()) t.optimizer = core::parseOptimizerKind(o.optimizer);
  if (o.lr) t.lr = *o.lr;
  const bool sgd = t.optimizer == core::OptimizerKind::kSgd;
  if (o.momentum && !sgd && t.optimizer != core::OptimizerKind::kRmsprop)
    throw Error(std::string("--momentum applies to sgd and rmsprop, not ") +
                core::optimizerKindName(t.optimizer));
  if (o.nesterov && !sgd) throw Error("--nesterov applies to sgd only");
  if (o.momentum) t.momentum = *o.momentum;
  if (o.nesterov) t.nesterov = true;
  if (t.nesterov && !(t.momentum > 0.0))
    throw Error("Nesterov momentum requires a momentum and zero dampening (give --momentum)");
  if (o.weightDecay) t.weightDecay = o.weightDecay;
  if (o.epochs) t.epochs = *o.epochs;
  if (o.batchSize) t.batchSize = *o.batchSize;
  if (o.noShuffle) t.shuffle = false;
  if (o.dropLast) t.dropLast = true;
  if (o.clipGradNorm && o.clipGradValue)
    throw Error("--clip-grad-norm and --clip-grad-value exclude each other; choose one");
  if (o.clipGradNorm && !(*o.clipGradNorm > 0)) throw Error("--clip-grad-norm must be positive");
  if (o.clipGradValue && !(*o.clipGradValue > 0)) throw Error("--clip-grad-value must be positive");
  if (o.clipGradNorm) {  // a flag replaces the config's clipping, whichever kind it was
    t.clipGradNorm = *o.clipGradNorm;
    t.clipGradValue = 0.0;
  }
  if (o.clipGradValue) {
    t.clipGradNorm = 0.0;
    t.clipGradValue = *o.clipGradValue;
  }
  if (o.plateauPatience || o.plateauFactor || o.plateauThreshold || o.plateauCooldown ||
      o.plateauMinLr) {
    core::PlateauOptions p = t.plateau.value_or(core::PlateauOptions{});
    p.patience = o.plateauPatience.value_or(p.patience);
    p.factor = o.plateauFactor.value_or(p.factor);
    p.threshold = o.plateauThreshold.value_or(p.threshold);
    p.cooldown = o.plateauCooldown.value_or(p.cooldown);
    p.minLr = o.plateauMinLr.value_or(p.minLr);
    t.plateau = p;
  }
  if (o.earlyStoppingPatience) {
    core::EarlyStoppingOptions e = t.earlyStopping.value_or(core::EarlyStoppingOptions{});
    e.patience = *o.earlyStoppingPatience;
    t.earlyStopping = e;
  }
  if (o.minDelta) {
    if (!t.earlyStopping) throw Error("--min-delta needs --early-stopping-patience");
    t.earlyStopping->minDelta = *o.minDelta;
  }
  t.runDirectory = o.logDir;
  t.overwriteRunDirectory = o.overwrite;
  c.validate();
  return c;
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
  s << "epoch " << e.epoch << "/" << total << " train_loss " << format(e.trainLoss) << " val_loss "
    << format(e.valLoss);
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
                << std::string(filled, '#') << std::string(kWidth - filled, ' ') << "] " << s->batch
                << "/" << s->batchesPerEpoch << " loss " << format(loss) << std::flush;
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
  cmd->add_option("--config", o.configPath,
                  "experiment JSON (core/train/experiment.h): data, model and training settings; "
                  "flags given as well override it");
  auto* data = cmd->add_option("--data", o.dataPath,
                               "safetensors with x (S, L, F), y, optionally x_val, y_val, "
                               "lengths, lengths_val");
  auto* dataset = cmd->add_option(
      "--dataset", o.dataset,
      "built-in data: sine, stock, airline, anomalies, fashion_mnist, adding, copy");
  auto* csv = cmd->add_option("--csv", o.csvPath, "CSV series to cut into windows");
  data->excludes(dataset)->excludes(csv);
  dataset->excludes(csv);
  cmd->add_option("--target", o.target, "CSV column to predict (with --csv; default: the last)");
  cmd->add_option("--window", o.window,
                  "steps L (seq_len): the window of series and --csv data, the length of adding "
                  "and copy sequences (default 20)");
  cmd->add_option("--out", o.outPath, "safetensors to write the trained state_dict to")->required();
  cmd->add_option("--init", o.initPath, "initial state_dict (lstm.*, head.*)");
  cmd->add_option("--hidden-size", o.hiddenSize, "H, without --init");
  cmd->add_option("--num-layers", o.numLayers, "stacked layers, without --init (default 1)");
  cmd->add_flag("--bidirectional", o.bidirectional, "bidirectional LSTM, without --init");
  cmd->add_option("--proj-size", o.projSize, "projection size P, without --init (default 0)");
  cmd->add_flag("--no-bias", o.noBias, "LSTM without biases, without --init");
  cmd->add_option("--seed", o.seed, "initialisation, shuffling and built-in data (default 0)");
  cmd->add_option("--head", o.head, "last, hn, flatten, mean or seq (required without --config)");
  cmd->add_option("--loss", o.loss,
                  "mse, l1, huber, cross_entropy or bce (required without --config)");
  cmd->add_option("--optimizer", o.optimizer,
                  "sgd, adam, adamw or rmsprop (required without --config)");
  cmd->add_option("--lr", o.lr, "learning rate (required without --config)");
  cmd->add_option("--momentum", o.momentum, "sgd and rmsprop momentum");
  cmd->add_flag("--nesterov", o.nesterov, "Nesterov momentum (sgd)");
  cmd->add_option("--weight-decay", o.weightDecay, "L2 penalty (adamw: decoupled; default 0.01)");
  cmd->add_option("--epochs", o.epochs, "epochs (default 10)");
  cmd->add_option("--batch-size", o.batchSize, "samples per batch (default 32)");
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
                  "run directory: config.json, metrics.csv, events.csv, histograms, checkpoints, "
                  "and experiment.json (a --config reproducing the run) for built-in/CSV data "
                  "without --init; a folder that is not empty is refused unless --overwrite");
  cmd->add_flag("--overwrite", o.overwrite,
                "replace the previous run in --log-dir (its files are removed first)");
  return cmd;
}

void runTrain(const TrainOptions& o) {
  // Options first: they are cheap to check and explain most mistakes.
  const core::ExperimentConfig config = experimentFromOptions(o);
  const bool classification = config.training.loss == core::LossKind::kCrossEntropy;
  const bool perStep = config.head == core::HeadKind::kSeq;
  if (o.configPath.empty() && o.dataPath.empty() && o.dataset.empty() && o.csvPath.empty())
    throw Error("give exactly one of --data, --dataset and --csv (or --config FILE.json)");
  if (!o.target.empty() && config.dataset != "csv") throw Error("--target applies to --csv only");
  const bool architectureFlags =
      o.hiddenSize || o.numLayers || o.bidirectional || o.projSize || o.noBias;
  if (!o.initPath.empty() && architectureFlags)
    throw Error(
        "--init gives the architecture; --hidden-size, --num-layers, --bidirectional, "
        "--proj-size and --no-bias apply only without it");
  if (o.initPath.empty() && o.configPath.empty() && !o.hiddenSize)
    throw Error("give --init I.safetensors, --hidden-size H or --config FILE.json");

  core::ExperimentData d = !o.dataPath.empty() ? readDataFile(o.dataPath, classification, perStep)
                                               : core::loadExperimentData(config);
  for (const std::string& warning : d.warnings) printWarning(warning);
  if (d.train.empty()) throw Error(d.description + ": no training sample");
  auto model = o.initPath.empty() ? core::buildExperimentModel(config, d)
                                  : modelFromInit(o.initPath, config, d);
  checkTargets(d, model->config().outputSize);

  Progress progress(o.progressBar.value_or(::isatty(STDERR_FILENO) == 1), classification);
  core::Trainer trainer(*model, std::move(d.train), std::move(d.validation), config.training);
  const auto result =
      trainer.run([&](std::shared_ptr<const core::TrainingSnapshot> s) { progress(s); });
  progress.finish();
  if (result->state == core::TrainingSnapshot::State::kFailed)
    throw Error("training failed: " + result->message);

  core::SafetensorsWriter writer;
  for (const core::ParameterRef<float>& p : model->parameters())
    writer.add(p.name, Tensor<float>(p.shape, std::vector<float>(p.values, p.values + p.size())));
  writer.setMetadata("format", "pt");
  writer.setMetadata("model", model->kind());
  writer.write(o.outPath);
  if (!o.logDir.empty() && o.dataPath.empty() && o.initPath.empty()) {
    core::ExperimentConfig ran = config;
    ran.lstm.inputSize = d.inputSize;  // the data's F, which the model was built with
    core::saveExperiment(ran, o.logDir + "/experiment.json");
  }

  const core::EpochRecord* last = result->epochs.empty() ? nullptr : &result->epochs.back();
  std::cout << "trained " << model->kind() << " on " << d.description << " for "
            << result->epochs.size() << " epochs";
  if (last)
    std::cout << ": train_loss " << format(last->trainLoss) << " val_loss "
              << format(last->valLoss);
  if (!result->message.empty()) std::cout << " (" << result->message << ")";
  std::cout << "; weights written to " << o.outPath << "\n";
  if (!d.test.empty()) {
    const auto [testLoss, testAccuracy] = trainer.evaluate(d.test);
    std::cout << "test: test_loss " << format(testLoss);
    if (classification) std::cout << " test_accuracy " << format(testAccuracy);
    std::cout << " on " << d.test.size() << " samples\n";
  }
}

}  // namespace lstmviz::cli
