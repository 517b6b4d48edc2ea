#include "core/train/trainer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstring>
#include <new>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>

#include "core/common/error.h"
#include "core/data/batch_loader.h"
#include "core/data/sequence_dataset.h"
#include "core/experiment/trainer_options_json.h"
#include "core/train/cross_entropy_loss.h"
#include "core/train/grad_clipping.h"
#include "core/train/run_directory.h"
#include "core/train/training_factory.h"
#include "core/train/training_statistics.h"

namespace lstmviz::core {

const char* trainingEventName(TrainingEvent::Kind kind) {
  switch (kind) {
    case TrainingEvent::Kind::kLrReduced:
      return "lr_reduced";
    case TrainingEvent::Kind::kBestEpoch:
      return "best_epoch";
    case TrainingEvent::Kind::kEarlyStop:
      return "early_stop";
    case TrainingEvent::Kind::kNonFinite:
      return "non_finite";
    case TrainingEvent::Kind::kStopped:
      return "stopped";
    case TrainingEvent::Kind::kFinished:
      return "finished";
    case TrainingEvent::Kind::kError:
      return "error";
  }
  return "?";
}

void TrainerOptions::validate() const {
  auto positive = [](double v) { return std::isfinite(v) && v > 0; };
  if (epochs < 1) throw Error("epochs must be at least 1, got " + std::to_string(epochs));
  if (batchSize < 1)
    throw Error("batch_size should be a positive integer value, but got batch_size=" +
                std::to_string(batchSize));
  if (!(lr >= 0) || !std::isfinite(lr)) throw Error("Invalid learning rate: " + std::to_string(lr));
  if (clipGradNorm < 0 || clipGradValue < 0)
    throw Error("clipping thresholds must be positive (0 disables clipping)");
  if (clipGradNorm > 0 && clipGradValue > 0)
    throw Error("choose one of clip_grad_norm and clip_grad_value, not both");
  if (loss == LossKind::kHuber && !positive(huberDelta))
    throw Error("huber delta must be positive");
  if (histogramBins < 1) throw Error("histogram bins must be at least 1");
  if (!(teacherForcing >= 0.0 && teacherForcing <= 1.0))
    throw Error("teacher_forcing must be a probability in [0, 1], got " +
                std::to_string(teacherForcing));
}

namespace {
using Clock = std::chrono::steady_clock;

// Mixed into the teacher-forcing draws' seed so they never share the shuffle's stream.
constexpr uint32_t kTeacherForcingStream = 0x7eac4e12;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A NaN or infinity in the loss or a gradient: ends the run as a kNonFinite event.
class NonFiniteError : public Error {
 public:
  using Error::Error;
};

// Throws Error unless `data` is a consistent data set for the loss: x (S, L, F) — or (S, F) for a
// one-to-many model — with S > 0, S targets (class indices for cross entropy, float targets
// otherwise) and S lengths in [1, L] when given; a validation set must have the training set's F.
void checkData(const TrainingData& data, const std::string& which, LossKind loss,
               const TrainingData* training) {
  const auto samples = [](int64_t n) { return std::to_string(n) + " samples"; };
  if ((data.x.dim() != 3 && data.x.dim() != 2) || data.x.numel() != numel(data.x.shape))
    throw Error(which + " x must be (S, L, F) (or (S, F) for one_to_many), got shape " +
                shapeToString(data.x.shape));
  const int64_t s = data.x.shape[0], l = data.x.dim() == 3 ? data.x.shape[1] : 1;
  if (data.x.numel() == 0)
    throw Error("the " + which + " set is empty: x has shape " + shapeToString(data.x.shape));
  if (training &&
      (data.x.dim() != training->x.dim() || data.x.shape.back() != training->x.shape.back()))
    throw Error(which + " x has shape " + shapeToString(data.x.shape) + " but the training x has " +
                shapeToString(training->x.shape) + "; the features per step must agree");
  const bool classes = loss == LossKind::kCrossEntropy;
  const std::string targetName = classes ? "class indices (labels)" : "targets y";
  const Shape& targetShape = classes ? data.labels.shape : data.y.shape;
  const int64_t targetCount = classes ? data.labels.numel() : data.y.numel();
  if (targetShape.empty())
    throw Error("the " + which + " " + targetName + " are missing; the " + lossKindName(loss) +
                " loss needs " +
                (classes ? "int64 class indices (S,) or (S, L)"
                         : "float targets of the prediction's shape"));
  if (targetCount != numel(targetShape))
    throw Error(which + " " + targetName + ": shape " + shapeToString(targetShape) + " but " +
                std::to_string(targetCount) + " values");
  if (targetShape[0] != s)
    throw Error(which + " " + targetName + " have " + samples(targetShape[0]) + " but x has " +
                samples(s));
  if (!data.lengths.empty()) {
    if (static_cast<int64_t>(data.lengths.size()) != s)
      throw Error(which + " lengths has " + std::to_string(data.lengths.size()) +
                  " entries but x has " + samples(s));
    if (data.x.dim() != 3)
      throw Error(which + " lengths need sequences (S, L, F), but x has shape " +
                  shapeToString(data.x.shape));
    for (size_t i = 0; i < data.lengths.size(); ++i)
      if (data.lengths[i] < 1 || data.lengths[i] > l)
        throw Error(which + " lengths[" + std::to_string(i) +
                    "] = " + std::to_string(data.lengths[i]) +
                    " is outside [1, L = " + std::to_string(l) + "]");
  }
}

struct Batch {
  std::vector<int64_t> indices;
  Tensor<float> x, y;
  Tensor<int64_t> labels;
  std::vector<int64_t> lengths;
};

// The samples b.indices of data (gatherSamples, the SequenceDataset batch gather).
void gatherBatch(const TrainingData& data, Batch& b) {
  b.x = gatherSamples(data.x, b.indices);
  b.y = gatherSamples(data.y, b.indices);
  b.labels = gatherSamples(data.labels, b.indices);
  b.lengths.clear();
  for (int64_t i : b.indices)
    if (!data.lengths.empty()) b.lengths.push_back(data.lengths[i]);
}
}  // namespace

struct Trainer::Impl {
  Model<float>& model;
  TrainingData train, validation;
  TrainerOptions options;
  std::vector<ParameterRef<float>> parameters;
  std::unique_ptr<Loss<float>> loss;
  std::unique_ptr<Optimizer<float>> optimizer;
  std::optional<ReduceLrOnPlateau> plateau;
  std::optional<EarlyStopping> earlyStopping;
  std::unique_ptr<RunDirectory> runDirectory;

  std::mutex mutex;
  std::condition_variable wake;
  bool pauseRequested = false, stopRequested = false, pauseAfterEpoch = false;

  std::optional<BatchLoader> loader;  // the training set's batches, a seeded order per epoch
  TrainingSnapshot current;           // the next snapshot being assembled (trainer thread only)
  std::vector<float> bestParameters;
  double bestMonitored = kNoValue;  // without early stopping: lowest monitored loss so far
  Clock::time_point start, lastPublished;
  int64_t globalStep = 0;
  int64_t activeBatch = 0;  // the batch being trained (1-based), 0 between epochs
  // Epochs whose weights last.safetensors and best.safetensors hold (0: not written yet).
  int64_t lastCheckpointEpoch = 0, bestCheckpointEpoch = 0;

  Impl(Model<float>& m, TrainingData t, TrainingData v, TrainerOptions o)
      : model(m), train(std::move(t)), validation(std::move(v)), options(std::move(o)) {}

  bool classification() const { return options.loss == LossKind::kCrossEntropy; }

  // Loss of a prediction against the batch's targets; writes dL/dprediction into grad.
  double lossAndGradient(const Tensor<float>& pred, const Batch& b, Tensor<float>& grad) const {
    if (classification()) {
      // (N, C) logits, or (N, L, C) for a per-step head: flattened to (N·L, C) like torch's
      // CrossEntropyLoss on (N, C, L), which averages over every position.
      const auto& ce = static_cast<const CrossEntropyLoss<float>&>(*loss);
      Tensor<float> logits = pred;
      const int64_t classes = pred.size(-1);
      logits.shape = {pred.numel() / classes, classes};
      Tensor<int64_t> labels = b.labels;
      labels.shape = {labels.numel()};
      const double value = ce.forward(logits, labels);
      grad = ce.gradient(logits, labels);
      grad.shape = pred.shape;
      return value;
    }
    const double value = loss->forward(pred, b.y);
    grad = loss->gradient(pred, b.y);
    return value;
  }

  int64_t correct(const Tensor<float>& pred, const Batch& b) const {
    if (!classification()) return 0;
    const int64_t classes = pred.size(-1), rows = pred.numel() / classes;
    int64_t hits = 0;
    for (int64_t r = 0; r < rows; ++r) {
      const float* row = pred.ptr() + r * classes;
      hits += (std::max_element(row, row + classes) - row) == b.labels.data[r];
    }
    return hits;
  }

  // Teacher forcing for training batch (epoch, batch): drawn from a stream seeded with
  // (seed, epoch, batch), so it does not depend on what ran before (a resumed run draws the
  // same); u in [0, 1) < R: never for R = 0, always for R = 1.
  bool teacherForced(int64_t epoch, int64_t batch) const {
    const double r = options.teacherForcing;
    if (r <= 0.0) return false;
    if (r >= 1.0) return true;
    std::seed_seq seeds{static_cast<uint32_t>(options.seed),
                        static_cast<uint32_t>(options.seed >> 32), static_cast<uint32_t>(epoch),
                        static_cast<uint32_t>(batch), kTeacherForcingStream};
    std::mt19937_64 engine(seeds);
    return static_cast<double>(engine() >> 11) * 0x1.0p-53 < r;
  }

  // What a fault leaves on disk, for its message: which epoch each checkpoint holds.
  std::string keptCheckpoints() const {
    if (!runDirectory) return "; training stopped";
    if (lastCheckpointEpoch == 0) return "; training stopped before any checkpoint was written";
    return "; training stopped (last.safetensors keeps epoch " +
           std::to_string(lastCheckpointEpoch) + ", best.safetensors epoch " +
           std::to_string(bestCheckpointEpoch) + ")";
  }

  // Throws NonFiniteError naming epoch, batch, the parameter and element when the optimizer step
  // left a weight NaN or ±Inf (a finite gradient times the learning rate can overflow float), so
  // no checkpoint is ever written from non-finite weights.
  void checkFiniteWeights(int64_t epoch, int64_t batch) const {
    for (const auto& p : parameters)
      for (int64_t i = 0; i < p.size(); ++i)
        if (!std::isfinite(p.values[i]))
          throw NonFiniteError("the optimizer step made " + p.name + " " +
                               (std::isnan(p.values[i]) ? "NaN" : "Inf") + " (element " +
                               std::to_string(i) + ") at epoch " + std::to_string(epoch) +
                               ", batch " + std::to_string(batch) + keptCheckpoints());
  }

  // Throws NonFiniteError naming epoch, batch and, for a gradient, the parameter and element.
  void checkFinite(double lossValue, int64_t epoch, int64_t batch) const {
    auto where = " at epoch " + std::to_string(epoch) + ", batch " + std::to_string(batch);
    const std::string kept = keptCheckpoints();
    if (!std::isfinite(lossValue))
      throw NonFiniteError(std::string("the loss is ") +
                           (std::isnan(lossValue) ? "NaN" : "infinite") + where + kept);
    for (const auto& p : parameters)
      for (int64_t i = 0; i < p.size(); ++i)
        if (!std::isfinite(p.grads[i]))
          throw NonFiniteError("the gradient of " + p.name + " contains " +
                               (std::isnan(p.grads[i]) ? "NaN" : "Inf") + " (element " +
                               std::to_string(i) + ")" + where + kept);
  }

  std::vector<float> flatParameters() const {
    std::vector<float> flat;
    for (const auto& p : parameters) flat.insert(flat.end(), p.values, p.values + p.size());
    return flat;
  }

  void restoreParameters(const std::vector<float>& flat) {
    size_t offset = 0;
    for (const auto& p : parameters) {
      std::copy(flat.begin() + offset, flat.begin() + offset + p.size(), p.values);
      offset += p.size();
    }
  }

  void addEvent(TrainingEvent::Kind kind, int64_t epoch, int64_t batch, std::string message) {
    current.events.push_back({kind, epoch, batch, std::move(message)});
    if (runDirectory) runDirectory->writeEvents(current.events);
  }

  void publish(const SnapshotCallback& cb, bool withParameters) {
    current.secondsElapsed = secondsSince(start);
    const int64_t total = current.batchesPerEpoch * current.totalEpochs;
    if (globalStep > 0 && total > globalStep)
      current.secondsRemaining = current.secondsElapsed / globalStep * (total - globalStep);
    else
      current.secondsRemaining = 0;
    if (withParameters)
      current.parameters = std::make_shared<const std::vector<float>>(flatParameters());
    lastPublished = Clock::now();
    auto snapshot = std::make_shared<const TrainingSnapshot>(current);
    current.newBatches.clear();
    if (cb) cb(std::move(snapshot));
  }

  // Blocks while paused. Returns false when a stop was requested.
  bool waitWhilePaused(const SnapshotCallback& cb) {
    std::unique_lock lock(mutex);
    if (pauseRequested && !stopRequested) {
      current.state = TrainingSnapshot::State::kPaused;
      lock.unlock();
      publish(cb, true);
      lock.lock();
      wake.wait(lock, [&] { return !pauseRequested || stopRequested; });
      current.state = TrainingSnapshot::State::kRunning;
    }
    return !stopRequested;
  }

  std::pair<double, double> evaluate(const TrainingData& data) {
    if (data.empty()) return {kNoValue, kNoValue};
    double lossSum = 0;
    int64_t hits = 0, positions = 0;
    Batch b;
    Tensor<float> grad;
    for (int64_t i = 0; i < data.size(); i += options.batchSize) {
      b.indices.clear();
      for (int64_t j = i; j < std::min<int64_t>(i + options.batchSize, data.size()); ++j)
        b.indices.push_back(j);
      gatherBatch(data, b);
      Tensor<float> pred = model.forward(b.x, b.lengths.empty() ? nullptr : &b.lengths, false);
      lossSum += lossAndGradient(pred, b, grad) * b.indices.size();
      hits += correct(pred, b);
      positions += classification() ? b.labels.numel() : 0;
    }
    return {lossSum / data.size(),
            classification() ? static_cast<double>(hits) / positions : kNoValue};
  }

  void recordGradientsThroughTime(int64_t epoch) {
    const TrainingData& source = validation.empty() ? train : validation;
    Batch b;
    for (int64_t i = 0; i < std::min(options.watchBatchSize, source.size()); ++i)
      b.indices.push_back(i);
    if (b.indices.empty()) return;
    gatherBatch(source, b);
    Tensor<float> grad;
    Tensor<float> pred = model.forward(b.x, b.lengths.empty() ? nullptr : &b.lengths, false);
    lossAndGradient(pred, b, grad);
    model.backward(grad);
    if (const LstmTrace<float>* trace = model.trace())
      current.gradientsThroughTime =
          std::make_shared<const GradientsThroughTime>(gradientNormsThroughTime(*trace, epoch));
  }

  // config.json: the model's kind, every training setting (the same writer as
  // experiment.json's "training" section), the sample counts and each parameter's shape.
  std::string configJson() const {
    nlohmann::ordered_json j;
    j["model"] = model.kind();
    const nlohmann::ordered_json training = trainerOptionsJson(options);
    for (const auto& [key, value] : training.items()) j[key] = value;
    j["train_samples"] = train.size();
    j["validation_samples"] = validation.size();
    nlohmann::ordered_json params = nlohmann::ordered_json::object();
    for (const auto& p : parameters) params[p.name] = p.shape;
    j["parameters"] = params;
    return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
  }

  void setUp() {
    options.validate();
    if (train.empty()) throw Error("the training set is empty");
    checkData(train, "training", options.loss, nullptr);
    if (!validation.empty()) checkData(validation, "validation", options.loss, &train);
    parameters = model.parameters();
    std::vector<ParamSlot<float>> slots;
    for (const auto& p : parameters) slots.push_back({p.values, p.grads, p.size(), p.name});
    loss = makeLoss(options);
    optimizer = makeOptimizer(options, std::move(slots));
    if (options.plateau) plateau.emplace(*options.plateau);
    if (options.earlyStopping) earlyStopping.emplace(*options.earlyStopping);
    loader.emplace(train.size(), options.batchSize, options.shuffle, options.dropLast,
                   options.seed);
    if (!options.runDirectory.empty()) {
      runDirectory =
          std::make_unique<RunDirectory>(options.runDirectory, options.overwriteRunDirectory);
      runDirectory->writeConfig(configJson());
    }
    current.batchesPerEpoch = loader->batchCount();
    if (current.batchesPerEpoch == 0)
      throw Error("drop_last with batch_size " + std::to_string(options.batchSize) +
                  " leaves no batch of the " + std::to_string(train.size()) + " training samples");
    current.totalEpochs = options.epochs;
  }

  // Runs one epoch's batches. Returns false if a stop was requested mid-epoch.
  bool trainEpoch(int64_t epoch, EpochRecord& record, const SnapshotCallback& cb) {
    Batch b;
    Tensor<float> grad;
    double lossSum = 0, normSum = 0, clippedNormSum = 0;
    int64_t samples = 0, hits = 0, positions = 0, clippedCount = 0;
    const auto batches = loader->batches(epoch - 1);
    for (size_t bi = 0; bi < batches.size(); ++bi) {
      if (!waitWhilePaused(cb)) return false;
      const int64_t batchNo = static_cast<int64_t>(bi) + 1;
      activeBatch = batchNo;
      b.indices = batches[bi];
      gatherBatch(train, b);
      const std::vector<int64_t>* lengths = b.lengths.empty() ? nullptr : &b.lengths;
      Tensor<float> pred = teacherForced(epoch, batchNo)
                               ? model.forwardTeacherForced(b.x, lengths, b.y)
                               : model.forward(b.x, lengths, true);
      const double lossValue = lossAndGradient(pred, b, grad);
      model.backward(grad);
      checkFinite(lossValue, epoch, batchNo);

      std::vector<std::span<float>> grads;
      for (const auto& p : parameters) grads.emplace_back(p.grads, p.size());
      BatchRecord r;
      r.epoch = epoch;
      r.batch = batchNo;
      r.globalStep = ++globalStep;
      r.loss = lossValue;
      r.lr = optimizer->lr();
      if (options.clipGradNorm > 0) {
        const GradNormReport report = clipGradNorm<float>(grads, options.clipGradNorm);
        r.gradNormBefore = report.normBefore;
        r.gradNormAfter = report.normAfter;
        r.clipped = report.clipped;
      } else {
        r.gradNormBefore = gradNorm<float>(grads);
        if (options.clipGradValue > 0) {
          r.clipped = clipGradValue<float>(grads, options.clipGradValue) > 0;
          r.gradNormAfter = gradNorm<float>(grads);
        } else {
          r.gradNormAfter = r.gradNormBefore;
        }
      }
      optimizer->step();
      checkFiniteWeights(epoch, batchNo);

      lossSum += lossValue * b.indices.size();
      samples += static_cast<int64_t>(b.indices.size());
      hits += correct(pred, b);
      positions += classification() ? b.labels.numel() : 0;
      normSum += r.gradNormBefore;
      clippedNormSum += r.gradNormAfter;
      clippedCount += r.clipped;
      current.newBatches.push_back(r);
      current.batch = batchNo;
      const bool due =
          std::chrono::duration<double, std::milli>(Clock::now() - lastPublished).count() >=
          options.snapshotIntervalMs;
      if (due && batchNo < static_cast<int64_t>(batches.size())) publish(cb, false);
    }
    activeBatch = 0;
    const double n = static_cast<double>(batches.size());
    record.trainLoss = lossSum / samples;
    record.trainAccuracy = classification() ? static_cast<double>(hits) / positions : kNoValue;
    record.gradNorm = normSum / n;
    record.gradNormClipped = clippedNormSum / n;
    record.clippedFraction = clippedCount / n;
    return true;
  }

  // Scheduler, early stopping, files and statistics after a finished epoch.
  // Returns true when early stopping ends the run.
  bool finishEpoch(int64_t epoch, EpochRecord& record) {
    std::tie(record.valLoss, record.valAccuracy) = evaluate(validation);
    // The monitored quantity: validation loss, or training loss without a validation set.
    const double monitored = std::isnan(record.valLoss) ? record.trainLoss : record.valLoss;
    bool stop = false;
    if (earlyStopping) {
      const EarlyStopping::Step s = earlyStopping->step(monitored);
      if (s.improved) {
        record.best = true;
        current.bestEpoch = epoch;
        bestParameters = flatParameters();
        if (runDirectory) runDirectory->writeCheckpoint("best", parameters);
        bestCheckpointEpoch = epoch;
      }
      stop = s.stop;
    } else if (current.bestEpoch == 0 || monitored < bestMonitored) {
      record.best = true;
      bestMonitored = monitored;
      current.bestEpoch = epoch;
      if (runDirectory) runDirectory->writeCheckpoint("best", parameters);
      bestCheckpointEpoch = epoch;
    }
    if (plateau) {
      double lr = optimizer->lr();
      if (plateau->step(monitored, lr)) {
        record.lrReduced = true;
        addEvent(TrainingEvent::Kind::kLrReduced, epoch, 0,
                 "ReduceLROnPlateau: learning rate " + std::to_string(optimizer->lr()) + " -> " +
                     std::to_string(lr));
        optimizer->setLr(lr);
      }
    }
    current.epochs.push_back(record);
    recordGradientsThroughTime(epoch);
    current.histograms = std::make_shared<const std::vector<Histogram>>(
        parameterHistograms(parameters, options.histogramBins, epoch));
    if (runDirectory) {
      runDirectory->writeMetrics(current.epochs, classification());
      runDirectory->writeHistograms(epoch, *current.histograms);
      runDirectory->writeCheckpoint("last", parameters);
      lastCheckpointEpoch = epoch;
    }
    if (stop) {
      std::string message = "early stopping: no improvement of more than " +
                            std::to_string(options.earlyStopping->minDelta) + " for " +
                            std::to_string(options.earlyStopping->patience) +
                            " epochs; best epoch " + std::to_string(earlyStopping->bestEpoch());
      if (options.restoreBestWeights && !bestParameters.empty()) {
        restoreParameters(bestParameters);
        message += " (its weights restored)";
      }
      addEvent(TrainingEvent::Kind::kEarlyStop, epoch, 0, message);
      current.message = message;
    }
    return stop;
  }
};

Trainer::Trainer(Model<float>& model, TrainingData train, TrainingData validation,
                 TrainerOptions options)
    : impl_(std::make_unique<Impl>(model, std::move(train), std::move(validation),
                                   std::move(options))) {}

Trainer::~Trainer() = default;

std::shared_ptr<const TrainingSnapshot> Trainer::run(const SnapshotCallback& cb) {
  Impl& s = *impl_;
  s.start = s.lastPublished = Clock::now();
  s.current.state = TrainingSnapshot::State::kRunning;
  int64_t epoch = 0;
  try {
    s.setUp();
    for (epoch = 1; epoch <= s.options.epochs; ++epoch) {
      s.current.epoch = epoch;
      s.current.batch = 0;
      const auto epochStart = Clock::now();
      EpochRecord record;
      record.epoch = epoch;
      record.lr = s.optimizer->lr();
      if (!s.trainEpoch(epoch, record, cb)) {
        s.current.state = TrainingSnapshot::State::kStopped;
        s.current.message = "stopped by request at epoch " + std::to_string(epoch) + ", batch " +
                            std::to_string(s.current.batch);
        s.addEvent(TrainingEvent::Kind::kStopped, epoch, s.current.batch, s.current.message);
        s.publish(cb, true);
        return std::make_shared<const TrainingSnapshot>(s.current);
      }
      record.seconds = secondsSince(epochStart);
      const bool earlyStop = s.finishEpoch(epoch, record);
      {
        std::lock_guard lock(s.mutex);
        if (s.pauseAfterEpoch) {
          s.pauseAfterEpoch = false;
          s.pauseRequested = true;
        }
      }
      if (earlyStop) {
        s.current.state = TrainingSnapshot::State::kFinished;
        s.publish(cb, true);
        return std::make_shared<const TrainingSnapshot>(s.current);
      }
      s.publish(cb, true);
    }
    s.current.state = TrainingSnapshot::State::kFinished;
    s.current.epoch = s.options.epochs;
    s.current.message = "finished " + std::to_string(s.options.epochs) + " epochs";
    s.addEvent(TrainingEvent::Kind::kFinished, s.options.epochs, 0, s.current.message);
  } catch (const std::exception& e) {
    s.current.state = TrainingSnapshot::State::kFailed;
    s.current.message = e.what();
    if (dynamic_cast<const std::bad_alloc*>(&e))  // say what was being done, not "std::bad_alloc"
      s.current.message =
          "out of memory " +
          (epoch == 0          ? std::string("while setting up the run")
           : s.activeBatch > 0 ? "training epoch " + std::to_string(epoch) + ", batch " +
                                     std::to_string(s.activeBatch) + " (batches of " +
                                     std::to_string(s.options.batchSize) + " samples)"
                               : "evaluating epoch " + std::to_string(epoch)) +
          "; use a smaller batch or model" + s.keptCheckpoints();
    const bool nonFinite = dynamic_cast<const NonFiniteError*>(&e) != nullptr;
    try {
      s.addEvent(nonFinite ? TrainingEvent::Kind::kNonFinite : TrainingEvent::Kind::kError,
                 std::min(epoch, s.options.epochs), s.activeBatch, s.current.message);
    } catch (const std::exception&) {
      // The run directory itself failed (e.g. the disk is full): the message is still reported.
    }
  }
  s.publish(cb, true);
  return std::make_shared<const TrainingSnapshot>(s.current);
}

void Trainer::requestPause() {
  std::lock_guard lock(impl_->mutex);
  impl_->pauseRequested = true;
}

void Trainer::requestResume() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->pauseRequested = false;
  }
  impl_->wake.notify_all();
}

void Trainer::requestStop() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopRequested = true;
  }
  impl_->wake.notify_all();
}

void Trainer::requestSingleEpoch() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->pauseAfterEpoch = true;
    impl_->pauseRequested = false;
  }
  impl_->wake.notify_all();
}

std::pair<double, double> Trainer::evaluate(const TrainingData& data) {
  if (!impl_->loss) impl_->loss = makeLoss(impl_->options);
  return impl_->evaluate(data);
}

}  // namespace lstmviz::core
