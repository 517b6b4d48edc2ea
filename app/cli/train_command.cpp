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
#include "app/cli/train_data_file.h"
#include "app/cli/train_init.h"
#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/train/experiment.h"
#include "core/train/trainer.h"

namespace lstmviz::cli {

namespace {

using core::Error;
using core::Shape;
using core::shapeToString;
using core::Tensor;
using core::TrainingData;

// O: the rows of the model's head.weight.
int64_t headOutputs(core::Model<float>& model) {
  for (const core::ParameterRef<float>& p : model.parameters())
    if (p.name == "head.weight") return p.shape[0];
  throw Error("the model has no head.weight");
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

// "0,2,3" → {0, 2, 3}; "" → {}. Throws Error naming the flag for anything else.
std::vector<int64_t> parseIndexList(const std::string& text, const std::string& flag) {
  std::vector<int64_t> out;
  for (size_t begin = 0; begin < text.size();) {
    const size_t comma = std::min(text.find(',', begin), text.size());
    const std::string item = text.substr(begin, comma - begin);
    size_t used = 0;
    int64_t value = -1;
    try {
      value = std::stoll(item, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != item.size() || value < 0)
      throw Error(flag + ": '" + item + "' is not a feature index; expected indices like 0,2");
    out.push_back(value);
    begin = comma + 1;
  }
  return out;
}

// The experiment: --config's (or the defaults), then every flag given on the command line.
core::ExperimentConfig experimentFromOptions(const TrainOptions& o) {
  const bool fromFile = !o.configPath.empty();
  core::ExperimentConfig c =
      fromFile ? core::experimentFromFile(o.configPath) : core::ExperimentConfig{};
  // Architecture: --architecture, or the config's; many_to_one / many_to_many with the head.
  if (!o.architecture.empty()) {
    c.architecture = core::parseArchitecture(o.architecture);
    if (c.architecture == core::Architecture::kManyToMany) c.head = core::HeadKind::kSeq;
  }
  const bool headArchitecture = core::isHeadArchitecture(c.architecture);
  if (!o.head.empty()) {
    if (!headArchitecture)
      throw Error(std::string("--head applies to many_to_one and many_to_many; ") +
                  core::architectureName(c.architecture) + " has its own structure");
    const core::HeadKind head = core::parseHeadKind(o.head);
    if (!o.architecture.empty() &&
        (head == core::HeadKind::kSeq) != (c.architecture == core::Architecture::kManyToMany))
      throw Error("--head " + o.head + " does not fit --architecture " + o.architecture +
                  " (many_to_one takes last, hn, flatten or mean; many_to_many takes seq)");
    c.head = head;
  }
  if (!fromFile) {
    const bool headNeeded = headArchitecture && c.architecture != core::Architecture::kManyToMany;
    for (const auto& [given, flag] :
         {std::pair{!o.head.empty() || !headNeeded, "--head"}, std::pair{!o.loss.empty(), "--loss"},
          std::pair{!o.optimizer.empty(), "--optimizer"}, std::pair{o.lr.has_value(), "--lr"}})
      if (!given) throw Error(std::string(flag) + " is required (or give --config FILE.json)");
  }
  const core::Architecture architecture = c.modelArchitecture();
  if (o.horizon) {
    if (architecture != core::Architecture::kSeq2Seq &&
        architecture != core::Architecture::kOneToMany)
      throw Error("--horizon applies to --architecture seq2seq and one_to_many");
    if (!o.dataPath.empty())
      throw Error(
          "--horizon applies to built-in and CSV data; with --data the horizon K is y's "
          "second axis (S, K, O)");
    if (*o.horizon < 1) throw Error("--horizon must be at least 1");
    c.horizon = *o.horizon;
  }
  if (o.teacherForcing) {
    if (architecture != core::Architecture::kSeq2Seq)
      throw Error("--teacher-forcing applies to --architecture seq2seq only");
    c.training.teacherForcing = *o.teacherForcing;
  }
  if (o.decoderHiddenSize) {
    if (architecture != core::Architecture::kAutoencoder)
      throw Error("--decoder-hidden-size applies to --architecture autoencoder only");
    if (*o.decoderHiddenSize < 1) throw Error("--decoder-hidden-size must be at least 1");
    c.decoderHiddenSize = *o.decoderHiddenSize;
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
      "train",
      "Train an LSTM model (five architectures) like a PyTorch loop; write the state_dict");
  cmd->add_option("--config", o.configPath,
                  "experiment JSON (core/train/experiment.h): data, model and training settings; "
                  "flags given as well override it");
  cmd->add_option("--architecture", o.architecture,
                  "many_to_one (default), many_to_many, one_to_many, seq2seq or autoencoder");
  auto* data = cmd->add_option("--data", o.dataPath,
                               "safetensors with x (S, L, F) — (S, F) for one_to_many —, y (not "
                               "for the autoencoder), optionally x_val, y_val, lengths, "
                               "lengths_val");
  auto* dataset = cmd->add_option(
      "--dataset", o.dataset,
      "built-in data: sine, stock, airline, anomalies, fashion_mnist, adding, copy");
  auto* csv = cmd->add_option("--csv", o.csvPath, "CSV series to cut into windows");
  data->excludes(dataset)->excludes(csv);
  dataset->excludes(csv);
  cmd->add_option("--target", o.target,
                  "CSV column(s) to predict, comma-separated (with --csv; default: the last)");
  cmd->add_option("--target-features", o.targetFeatures,
                  "seq2seq with --data: the input features the targets are, e.g. 0,2 "
                  "(default: the first O)");
  cmd->add_option("--horizon", o.horizon,
                  "seq2seq / one_to_many on built-in or CSV data: future steps K (default 1)");
  cmd->add_option("--teacher-forcing", o.teacherForcing,
                  "seq2seq: probability per batch that the decoder reads the true previous "
                  "target (0 = free-running, default; 1 = always); validation is free-running");
  cmd->add_option("--decoder-hidden-size", o.decoderHiddenSize,
                  "autoencoder: the decoder's hidden size (default: --hidden-size)");
  cmd->add_option("--window", o.window,
                  "steps L (seq_len): the window of series and --csv data, the length of adding "
                  "and copy sequences (default 20)");
  cmd->add_option("--out", o.outPath, "safetensors to write the trained state_dict to")->required();
  cmd->add_option("--init", o.initPath,
                  "initial state_dict named as the architecture's torch module: lstm.*, head.* "
                  "(many_to_one, many_to_many); decoder.*, head.* (one_to_many); encoder.*, "
                  "decoder.*, head.* (seq2seq, autoencoder)");
  cmd->add_option("--hidden-size", o.hiddenSize, "H, without --init");
  cmd->add_option("--num-layers", o.numLayers, "stacked layers, without --init (default 1)");
  cmd->add_flag("--bidirectional", o.bidirectional, "bidirectional LSTM, without --init");
  cmd->add_option("--proj-size", o.projSize, "projection size P, without --init (default 0)");
  cmd->add_flag("--no-bias", o.noBias, "LSTM without biases, without --init");
  cmd->add_option("--seed", o.seed, "initialisation, shuffling and built-in data (default 0)");
  cmd->add_option("--head", o.head,
                  "many_to_one: last, hn, flatten or mean; seq is many_to_many (required for "
                  "many_to_one without --config)");
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
  if (o.configPath.empty() && o.dataPath.empty() && o.dataset.empty() && o.csvPath.empty())
    throw Error("give exactly one of --data, --dataset and --csv (or --config FILE.json)");
  if (!o.target.empty() && config.dataset != "csv") throw Error("--target applies to --csv only");
  const bool architectureFlags = o.hiddenSize || o.numLayers || o.bidirectional || o.projSize ||
                                 o.noBias || o.decoderHiddenSize;
  if (!o.initPath.empty() && architectureFlags)
    throw Error(
        "--init gives the architecture; --hidden-size, --num-layers, --bidirectional, "
        "--proj-size, --no-bias and --decoder-hidden-size apply only without it");
  const std::vector<int64_t> targetFeatures = parseIndexList(o.targetFeatures, "--target-features");
  if (!targetFeatures.empty() && o.dataPath.empty())
    throw Error(
        "--target-features applies to --data; built-in and CSV data name their targets "
        "(--target for a CSV)");
  if (o.initPath.empty() && o.configPath.empty() && !o.hiddenSize)
    throw Error("give --init I.safetensors, --hidden-size H or --config FILE.json");

  core::ExperimentData d =
      !o.dataPath.empty()
          ? readDataFile(o.dataPath, config.modelArchitecture(), classification, targetFeatures)
          : core::loadExperimentData(config);
  for (const std::string& warning : d.warnings) printWarning(warning);
  if (d.train.empty()) throw Error(d.description + ": no training sample");
  auto model = o.initPath.empty() ? core::buildExperimentModel(config, d)
                                  : modelFromInit(o.initPath, config, d);
  checkTargets(d, headOutputs(*model));

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
