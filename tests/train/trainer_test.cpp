// Trainer behaviour beyond the arithmetic (which trainer_parity_test.cpp compares with torch):
// pause / resume / stop requested from another thread, the NaN guard, the run directory and its
// failures, metrics.csv round trips, and the gate-split histograms of the snapshots.
#include "core/train/trainer.h"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <limits>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/io/safetensors.h"
#include "core/train/run_directory.h"
#include "core/train/training_statistics.h"
#include "train/trainer_fixture.h"

namespace lstmviz::core {
namespace {

using testing::TrainerFixture;
using State = TrainingSnapshot::State;

// A fresh folder under gtest's temp dir, removed on destruction.
class TempDir {
 public:
  explicit TempDir(const std::string& name)
      : path_(std::filesystem::path(::testing::TempDir()) / ("lstmviz_trainer_" + name)) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

std::string readText(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<float> flatParameters(Model<float>& model) {
  std::vector<float> flat;
  for (const ParameterRef<float>& p : model.parameters())
    flat.insert(flat.end(), p.values, p.values + p.size());
  return flat;
}

// Runs a trainer whose snapshot callback, on the first running snapshot at (epoch, batch), hands
// control to another thread and waits until that thread has issued its request — so the request
// is known to arrive before batch + 1 starts.
class ControlledRun {
 public:
  ControlledRun(Trainer& trainer, int64_t epoch, int64_t batch)
      : trainer_(trainer), epoch_(epoch), batch_(batch) {}

  // `request` runs on the controller thread; `whilePaused` after a paused snapshot was seen.
  std::shared_ptr<const TrainingSnapshot> run(const std::function<void(Trainer&)>& request,
                                              const std::function<void(Trainer&)>& whilePaused) {
    std::thread controller([&] {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [&] { return reached_; });
      request(trainer_);
      requested_ = true;
      wake_.notify_all();
      if (!whilePaused) return;
      wake_.wait(lock, [&] { return paused_; });
      lock.unlock();
      whilePaused(trainer_);
    });
    auto result = trainer_.run([&](std::shared_ptr<const TrainingSnapshot> s) {
      std::unique_lock lock(mutex_);
      snapshots.push_back(s);
      if (s->state == State::kRunning && s->epoch == epoch_ && s->batch == batch_ && !reached_) {
        reached_ = true;
        wake_.notify_all();
        wake_.wait(lock, [&] { return requested_; });
      }
      if (s->state == State::kPaused && !paused_) {
        paused_ = true;
        wake_.notify_all();
      }
    });
    {
      // A run that ended before reaching (epoch, batch) must not leave the controller waiting.
      std::lock_guard lock(mutex_);
      reached_ = paused_ = true;
    }
    wake_.notify_all();
    controller.join();
    return result;
  }

  std::vector<std::shared_ptr<const TrainingSnapshot>> snapshots;

 private:
  Trainer& trainer_;
  int64_t epoch_, batch_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool reached_ = false, requested_ = false, paused_ = false;
};

int64_t batchRecords(const std::vector<std::shared_ptr<const TrainingSnapshot>>& snapshots) {
  int64_t n = 0;
  for (const auto& s : snapshots) n += static_cast<int64_t>(s->newBatches.size());
  return n;
}

TEST(TrainerControl, PauseFromAnotherThreadTakesEffectBeforeTheNextBatch) {
  const TrainerFixture fixture("last_mse_sgd");  // 4 batches per epoch, 4 epochs
  auto uninterrupted = fixture.initialModel();
  Trainer(*uninterrupted, fixture.train(), fixture.validation(), fixture.options()).run();

  auto model = fixture.initialModel();
  Trainer trainer(*model, fixture.train(), fixture.validation(), fixture.options());
  ControlledRun controlled(trainer, 2, 2);
  std::vector<float> whilePausedBefore, whilePausedAfter;
  const auto result = controlled.run([](Trainer& t) { t.requestPause(); },
                                     [&](Trainer& t) {
                                       whilePausedBefore = flatParameters(*model);
                                       std::this_thread::sleep_for(std::chrono::milliseconds(50));
                                       whilePausedAfter = flatParameters(*model);
                                       t.requestResume();
                                     });

  ASSERT_EQ(result->state, State::kFinished) << result->message;
  const TrainingSnapshot* paused = nullptr;
  int64_t recordsBeforePause = 0;
  for (const auto& s : controlled.snapshots) {
    if (s->state == State::kPaused) {
      paused = s.get();
      break;
    }
    recordsBeforePause += static_cast<int64_t>(s->newBatches.size());
  }
  ASSERT_NE(paused, nullptr);
  EXPECT_EQ(paused->epoch, 2);
  EXPECT_EQ(paused->batch, 2);  // no batch ran between the request and the pause
  EXPECT_TRUE(paused->newBatches.empty());
  EXPECT_EQ(recordsBeforePause, 4 + 2);
  EXPECT_TRUE(paused->parameters);
  EXPECT_EQ(whilePausedBefore, whilePausedAfter);  // nothing trains while paused
  // Every batch ran exactly once, and the pause changed nothing in the arithmetic. (Compared to
  // an ulp, not bitwise: two model instances can differ in the last bit of an LSTM bias gradient,
  // whose rowwise sum depends on the alignment of the model's gradient buffer.)
  EXPECT_EQ(batchRecords(controlled.snapshots), 16);
  const SafetensorsFile reference = [&] {
    SafetensorsWriter w;
    for (const ParameterRef<float>& p : uninterrupted->parameters())
      w.add(p.name, Tensor<float>(p.shape, std::vector<float>(p.values, p.values + p.size())));
    return SafetensorsFile::parse(w.serialize(), "uninterrupted");
  }();
  EXPECT_TRUE(testing::parametersMatch(*model, reference, "", 1e-6));
}

TEST(TrainerControl, StopFromAnotherThreadEndsTheRunBeforeTheNextBatch) {
  const TrainerFixture fixture("last_mse_sgd");
  auto model = fixture.initialModel();
  Trainer trainer(*model, fixture.train(), fixture.validation(), fixture.options());
  ControlledRun controlled(trainer, 2, 1);
  const auto result = controlled.run([](Trainer& t) { t.requestStop(); }, {});

  EXPECT_EQ(result->state, State::kStopped);
  EXPECT_EQ(result->epoch, 2);
  EXPECT_EQ(result->batch, 1);
  EXPECT_EQ(batchRecords(controlled.snapshots), 4 + 1);
  EXPECT_EQ(result->epochs.size(), 1u);
  EXPECT_NE(result->message.find("epoch 2, batch 1"), std::string::npos) << result->message;
  ASSERT_TRUE(result->parameters);
  EXPECT_EQ(*result->parameters, flatParameters(*model));
}

TEST(TrainerControl, StopWhilePausedEndsTheRun) {
  const TrainerFixture fixture("last_mse_sgd");
  auto model = fixture.initialModel();
  Trainer trainer(*model, fixture.train(), fixture.validation(), fixture.options());
  ControlledRun controlled(trainer, 1, 3);
  const auto result =
      controlled.run([](Trainer& t) { t.requestPause(); }, [](Trainer& t) { t.requestStop(); });
  EXPECT_EQ(result->state, State::kStopped);
  EXPECT_EQ(result->epoch, 1);
  EXPECT_EQ(result->batch, 3);
  EXPECT_EQ(batchRecords(controlled.snapshots), 3);
}

TEST(TrainerControl, SingleEpochRunsToTheEndOfTheEpochThenPauses) {
  const TrainerFixture fixture("last_mse_sgd");
  auto model = fixture.initialModel();
  Trainer trainer(*model, fixture.train(), fixture.validation(), fixture.options());
  std::vector<int64_t> pausedAt;
  const auto result = trainer.run([&](std::shared_ptr<const TrainingSnapshot> s) {
    // The callback runs on the training thread: requests from it are honoured at once.
    if (s->state == State::kRunning && s->epoch == 1 && s->batch == 1) trainer.requestPause();
    if (s->state == State::kPaused) {
      pausedAt.push_back(s->epoch * 100 + s->batch);
      if (pausedAt.size() == 1) trainer.requestSingleEpoch();
      if (pausedAt.size() == 2) trainer.requestStop();
    }
  });
  // Paused after batch 1 of epoch 1; the single epoch finished epoch 1 (the rest of it); paused
  // again before the first batch of epoch 2; then stopped.
  ASSERT_EQ(pausedAt.size(), 2u);
  EXPECT_EQ(pausedAt[0], 101);
  EXPECT_EQ(pausedAt[1], 200);
  EXPECT_EQ(result->state, State::kStopped);
  EXPECT_EQ(result->epochs.size(), 1u);
}

TEST(TrainerFaults, InfInTheInputStopsAtThatBatchNamingEpochAndBatch) {
  const TrainerFixture fixture("last_mse_sgd");  // batch size 5
  auto model = fixture.initialModel();
  TrainingData train = fixture.train();
  train.x.at({7, 2, 1}) = std::numeric_limits<float>::infinity();  // sample 7: batch 2
  std::vector<int64_t> batchesSeen;
  Trainer trainer(*model, train, fixture.validation(), fixture.options());
  const auto before = flatParameters(*model);
  const auto result = trainer.run([&](std::shared_ptr<const TrainingSnapshot> s) {
    for (const BatchRecord& b : s->newBatches) batchesSeen.push_back(b.batch);
  });
  EXPECT_EQ(result->state, State::kFailed);
  EXPECT_NE(result->message.find("epoch 1, batch 2"), std::string::npos) << result->message;
  // x = inf saturates the gates (finite loss) but dL/dW_ih = Σ dgates·xᵀ is not finite: Inf where
  // the gate's delta is non-zero, NaN where it is 0 (0·∞) — which element comes first depends on
  // the CPU's matrix kernel, so either word names the fault.
  const bool namesTheTensor =
      result->message.find("gradient of lstm.weight_ih_l0 contains Inf") != std::string::npos ||
      result->message.find("gradient of lstm.weight_ih_l0 contains NaN") != std::string::npos;
  EXPECT_TRUE(namesTheTensor) << result->message;
  EXPECT_EQ(batchesSeen, std::vector<int64_t>{1});  // batch 2 never stepped
  ASSERT_FALSE(result->events.empty());
  EXPECT_EQ(result->events.back().kind, TrainingEvent::Kind::kNonFinite);
  EXPECT_EQ(result->events.back().batch, 2);
  // The weights are those after batch 1: finite, and changed by exactly one step.
  const auto after = flatParameters(*model);
  EXPECT_NE(after, before);
  for (float v : after) ASSERT_TRUE(std::isfinite(v));
}

// A SequenceModel whose gradient of one parameter turns NaN at one training step, as an
// overflowing backward would; everything else is the real model.
class FaultyGradientModel : public Model<float> {
 public:
  FaultyGradientModel(SequenceModel<float>& inner, std::string parameter, int64_t faultyStep)
      : inner_(inner), parameter_(std::move(parameter)), faultyStep_(faultyStep) {}
  std::string kind() const override { return inner_.kind(); }
  std::vector<ParameterRef<float>> parameters() override { return inner_.parameters(); }
  Tensor<float> forward(const Tensor<float>& x, const std::vector<int64_t>* lengths,
                        bool training) override {
    training_ = training;
    return inner_.forward(x, lengths, training);
  }
  void backward(const Tensor<float>& dPrediction) override {
    inner_.backward(dPrediction);
    if (!training_ || ++trainingSteps_ != faultyStep_) return;
    for (const ParameterRef<float>& p : inner_.parameters())
      if (p.name == parameter_) p.grads[p.size() / 2] = std::numeric_limits<float>::quiet_NaN();
  }
  const LstmTrace<float>* trace() const override { return inner_.trace(); }

 private:
  SequenceModel<float>& inner_;
  std::string parameter_;
  int64_t faultyStep_;
  bool training_ = false;
  int64_t trainingSteps_ = 0;
};

TEST(TrainerFaults, NanGradientNamesTheParameterAndKeepsTheCheckpointsOnDisk) {
  const TrainerFixture fixture("last_mse_sgd");  // 4 batches per epoch
  TempDir dir("nan_gradient");
  auto inner = fixture.initialModel();
  FaultyGradientModel model(*inner, "lstm.weight_hh_l0", 4 + 2);  // epoch 2, batch 2
  TrainerOptions options = fixture.options();
  options.runDirectory = dir / "run";
  std::shared_ptr<const std::vector<float>> epochOneWeights;
  Trainer trainer(model, fixture.train(), fixture.validation(), options);
  const auto result = trainer.run([&](std::shared_ptr<const TrainingSnapshot> s) {
    if (s->epochs.size() == 1 && !epochOneWeights) epochOneWeights = s->parameters;
  });

  ASSERT_EQ(result->state, State::kFailed);
  for (const char* needle : {"lstm.weight_hh_l0", "NaN", "epoch 2, batch 2"})
    EXPECT_NE(result->message.find(needle), std::string::npos) << needle << ": " << result->message;
  ASSERT_TRUE(epochOneWeights);

  // Checkpoints and metrics from epoch 1 are complete and loadable.
  for (const char* name : {"best", "last"}) {
    const SafetensorsFile f =
        SafetensorsFile::read(dir / ("run/" + std::string(name) + ".safetensors"));
    std::vector<float> flat;
    for (const ParameterRef<float>& p : inner->parameters()) {
      const Tensor<float> t = f.getFloat(p.name);
      EXPECT_EQ(t.shape, p.shape) << p.name;
      flat.insert(flat.end(), t.data.begin(), t.data.end());
    }
    EXPECT_EQ(flat, *epochOneWeights) << name;
  }
  const std::vector<EpochRecord> metrics = RunDirectory::readMetrics(dir / "run/metrics.csv");
  ASSERT_EQ(metrics.size(), 1u);
  EXPECT_EQ(metrics[0].epoch, 1);
  const std::string events = readText(dir / "run/events.csv");
  EXPECT_NE(events.find("non_finite"), std::string::npos) << events;
  EXPECT_NE(events.find("lstm.weight_hh_l0"), std::string::npos) << events;
}

// A SequenceModel whose gradient of one parameter holds float's largest value at one training
// step: finite, so the gradient check passes, but lr × gradient overflows the weight to -Inf.
class OverflowingStepModel : public FaultyGradientModel {
 public:
  using FaultyGradientModel::FaultyGradientModel;
  void backward(const Tensor<float>& dPrediction) override {
    FaultyGradientModel::backward(dPrediction);
    if (faulty_) *faulty_ = std::numeric_limits<float>::max();
    faulty_ = nullptr;
  }
  void armAt(float* gradient) { faulty_ = gradient; }

 private:
  float* faulty_ = nullptr;
};

// Regression: with one batch per epoch, a diverging step wrote best/last.safetensors full of
// Inf while the message called the checkpoints safe.
TEST(TrainerFaults, OverflowingStepNeverReachesACheckpointAndNamesTheKeptEpoch) {
  const TrainerFixture fixture("last_mse_sgd");
  TempDir dir("overflowing_step");
  auto inner = fixture.initialModel();
  OverflowingStepModel model(*inner, "none", -1);
  TrainerOptions options = fixture.options();
  options.runDirectory = dir / "run";
  options.batchSize = fixture.train().size();  // one batch per epoch
  options.epochs = 3;
  options.lr = 2.0;
  options.optimizer = OptimizerKind::kSgd;
  options.momentum = 0.0;
  std::shared_ptr<const std::vector<float>> epochOneWeights;
  Trainer trainer(model, fixture.train(), fixture.validation(), options);
  const auto result = trainer.run([&](std::shared_ptr<const TrainingSnapshot> s) {
    if (s->epochs.size() == 1 && !epochOneWeights) {
      epochOneWeights = s->parameters;
      // Epoch 2's step overflows head.bias (its gradient is FLT_MAX, lr 2).
      for (const ParameterRef<float>& p : inner->parameters())
        if (p.name == "head.bias") model.armAt(p.grads);
    }
  });
  ASSERT_EQ(result->state, State::kFailed);
  for (const char* needle : {"the optimizer step made head.bias Inf", "epoch 2, batch 1",
                             "last.safetensors keeps epoch 1, best.safetensors epoch 1"})
    EXPECT_NE(result->message.find(needle), std::string::npos) << needle << ": " << result->message;
  ASSERT_TRUE(epochOneWeights);
  for (const char* name : {"best", "last"}) {
    const SafetensorsFile f =
        SafetensorsFile::read(dir / ("run/" + std::string(name) + ".safetensors"));
    std::vector<float> flat;
    for (const ParameterRef<float>& p : inner->parameters()) {
      const Tensor<float> t = f.getFloat(p.name);
      flat.insert(flat.end(), t.data.begin(), t.data.end());
    }
    EXPECT_EQ(flat, *epochOneWeights) << name;
  }
}

// A SequenceModel that runs out of memory in the forward pass of one training step.
class OutOfMemoryModel : public FaultyGradientModel {
 public:
  OutOfMemoryModel(SequenceModel<float>& inner, int64_t failingStep)
      : FaultyGradientModel(inner, "none", -1), failingStep_(failingStep) {}
  Tensor<float> forward(const Tensor<float>& x, const std::vector<int64_t>* lengths,
                        bool training) override {
    if (training && ++steps_ == failingStep_) throw std::bad_alloc();
    return FaultyGradientModel::forward(x, lengths, training);
  }

 private:
  int64_t failingStep_, steps_ = 0;
};

// Regression (issue 17): running out of memory ended the run with "std::bad_alloc".
TEST(TrainerFaults, OutOfMemorySaysWhereAndWhatIsKept) {
  const TrainerFixture fixture("last_mse_sgd");  // 4 batches per epoch
  TempDir dir("out_of_memory");
  auto inner = fixture.initialModel();
  OutOfMemoryModel model(*inner, 4 + 3);  // epoch 2, batch 3
  TrainerOptions options = fixture.options();
  options.runDirectory = dir / "run";
  const auto result = Trainer(model, fixture.train(), fixture.validation(), options).run();
  ASSERT_EQ(result->state, State::kFailed);
  EXPECT_NE(result->message.find("out of memory training epoch 2, batch 3 (batches of 5 samples)"),
            std::string::npos)
      << result->message;
  EXPECT_NE(result->message.find("last.safetensors keeps epoch 1"), std::string::npos)
      << result->message;
}

TEST(TrainerFaults, RunDirectoryUnderARegularFileFailsWithAMessage) {
  const TrainerFixture fixture("last_mse_sgd");
  TempDir dir("unwritable");
  std::ofstream(dir / "file") << "not a folder";
  auto model = fixture.initialModel();
  const auto before = flatParameters(*model);
  TrainerOptions options = fixture.options();
  options.runDirectory = dir / "file/run";
  const auto result = Trainer(*model, fixture.train(), fixture.validation(), options).run();
  EXPECT_EQ(result->state, State::kFailed);
  EXPECT_NE(result->message.find(dir / "file/run"), std::string::npos) << result->message;
  EXPECT_NE(result->message.find("run directory"), std::string::npos) << result->message;
  EXPECT_EQ(flatParameters(*model), before);  // nothing trained
}

TEST(TrainerFaults, AFileThatCannotBeReplacedMidRunFailsWithItsName) {
  const TrainerFixture fixture("last_mse_sgd");
  TempDir dir("metrics_blocked");
  std::filesystem::create_directories(dir / "run/metrics.csv");  // a folder: rename fails
  auto model = fixture.initialModel();
  TrainerOptions options = fixture.options();
  options.runDirectory = dir / "run";
  options.overwriteRunDirectory = true;  // the folder is not empty; overwriting removes files only
  const auto result = Trainer(*model, fixture.train(), fixture.validation(), options).run();
  EXPECT_EQ(result->state, State::kFailed);
  EXPECT_NE(result->message.find("metrics.csv"), std::string::npos) << result->message;
  EXPECT_EQ(result->epoch, 1);
}

TEST(TrainerData, MismatchedOrMissingTargetsFailBeforeTraining) {
  const TrainerFixture fixture("last_mse_sgd");
  struct Case {
    const char* what;
    std::function<void(TrainingData& train, TrainingData& val)> corrupt;
    const char* needle;
  };
  const std::vector<Case> cases = {
      {"fewer targets",
       [](TrainingData& t, TrainingData&) {
         t.y.shape[0] = 3;
         t.y.data.resize(3);
       },
       "16 samples"},
      {"no targets", [](TrainingData& t, TrainingData&) { t.y = {}; }, "target"},
      {"4-D x",
       [](TrainingData& t, TrainingData&) {
         t.x.shape = {16, 5, 3, 1};
       },
       "(S, L, F)"},
      {"2-D x against 3-D validation x",
       [](TrainingData& t, TrainingData&) {
         t.x.shape = {16, 15};
       },
       "features per step"},
      {"val features",
       [](TrainingData&, TrainingData& v) {
         v.x.shape[2] = 1;
         v.x.data.resize(v.x.shape[0] * v.x.shape[1]);
       },
       "validation"},
      {"lengths",
       [](TrainingData& t, TrainingData&) {
         t.lengths = {5, 5};
       },
       "lengths"},
  };
  for (const Case& c : cases) {
    TrainingData train = fixture.train(), val = fixture.validation();
    c.corrupt(train, val);
    auto model = fixture.initialModel();
    const auto result = Trainer(*model, train, val, fixture.options()).run();
    EXPECT_EQ(result->state, State::kFailed) << c.what;
    EXPECT_NE(result->message.find(c.needle), std::string::npos)
        << c.what << ": " << result->message;
  }
}

TEST(RunDirectory, HoldsEveryFileWithTheRequiredColumns) {
  for (const char* name : {"last_mse_sgd", "mean_cross_entropy_adamw_plateau"}) {
    const TrainerFixture fixture(name);
    TempDir dir(std::string("files_") + name);
    auto model = fixture.initialModel();
    TrainerOptions options = fixture.options();
    options.runDirectory = dir / "run";
    const auto result = Trainer(*model, fixture.train(), fixture.validation(), options).run();
    ASSERT_EQ(result->state, State::kFinished) << result->message;
    const int64_t epochs = fixture.metaInt("epochs");

    const std::string metrics = readText(dir / "run/metrics.csv");
    std::string header = metrics.substr(0, metrics.find('\n'));
    std::string expected =
        "epoch,train_loss,val_loss,lr,grad_norm,grad_norm_clipped,clipped_fraction,seconds";
    if (fixture.classification()) expected += ",train_accuracy,val_accuracy";
    EXPECT_EQ(header, expected) << name;
    EXPECT_EQ(std::count(metrics.begin(), metrics.end(), '\n'), epochs + 1) << name;
    const std::vector<EpochRecord> read = RunDirectory::readMetrics(dir / "run/metrics.csv");
    ASSERT_EQ(static_cast<int64_t>(read.size()), epochs);
    for (int64_t e = 0; e < epochs; ++e) {
      const EpochRecord& a = read[e];
      const EpochRecord& b = result->epochs[e];
      EXPECT_EQ(a.epoch, e + 1);
      EXPECT_FLOAT_EQ(a.trainLoss, b.trainLoss);
      EXPECT_FLOAT_EQ(a.valLoss, b.valLoss);
      EXPECT_FLOAT_EQ(a.lr, b.lr);
      EXPECT_FLOAT_EQ(a.gradNorm, b.gradNorm);
      if (fixture.classification()) {
        EXPECT_FLOAT_EQ(a.valAccuracy, b.valAccuracy);
      }
    }

    const nlohmann::json config = nlohmann::json::parse(readText(dir / "run/config.json"));
    EXPECT_EQ(config.at("loss"), fixture.meta("loss"));
    EXPECT_EQ(config.at("batch_size"), fixture.metaInt("batch_size"));
    EXPECT_TRUE(config.at("parameters").contains("lstm.weight_ih_l0"));
    // Its training settings are experiment.json's "training" section: read back as one, they
    // are the options the run was given.
    ExperimentConfig written;
    written.training = options;
    nlohmann::json experiment = nlohmann::json::parse(experimentToJson(written));
    nlohmann::json training = config;
    for (const char* key : {"model", "train_samples", "validation_samples", "parameters"})
      EXPECT_EQ(training.erase(key), 1u) << key;
    experiment["training"] = training;
    EXPECT_EQ(experimentFromJson(experiment.dump()), written) << name;
    EXPECT_NE(readText(dir / "run/events.csv").find("finished"), std::string::npos);
    for (int64_t e = 1; e <= epochs; ++e) {
      char file[64];
      std::snprintf(file, sizeof file, "run/histograms/epoch_%04lld.json",
                    static_cast<long long>(e));
      const nlohmann::json h = nlohmann::json::parse(readText(dir / file));
      EXPECT_FALSE(h.empty()) << file;
    }
    const SafetensorsFile last = SafetensorsFile::read(dir / "run/last.safetensors");
    EXPECT_TRUE(testing::parametersMatch(*model, last, "", 0));
    EXPECT_TRUE(std::filesystem::exists(dir / "run/best.safetensors"));
  }
}

TEST(RunDirectory, ReadMetricsIgnoresATruncatedLastLineOnly) {
  TempDir dir("read_metrics");
  const std::string header =
      "epoch,train_loss,val_loss,lr,grad_norm,grad_norm_clipped,clipped_fraction,seconds\n";
  const std::string rows = "1,0.5,0.6,0.01,1.5,1.0,0.25,0.1\n2,0.4,,0.01,1.2,1.0,0,0.1\n";
  const auto write = [&](const std::string& text) {
    std::ofstream(dir / "metrics.csv", std::ios::binary) << text;
    return dir / "metrics.csv";
  };
  // Cut inside a row, and cut after a whole number (still parseable, but no newline).
  for (const std::string cut : {"3,0.3,0.5", "3,0.3,0.5,0.01,1.1,1.0,0,0"}) {
    const auto epochs = RunDirectory::readMetrics(write(header + rows + cut));
    ASSERT_EQ(epochs.size(), 2u) << cut;
    EXPECT_EQ(epochs[1].epoch, 2);
    EXPECT_DOUBLE_EQ(epochs[1].trainLoss, 0.4);
    EXPECT_TRUE(std::isnan(epochs[1].valLoss));
  }
  EXPECT_EQ(RunDirectory::readMetrics(write(header + rows)).size(), 2u);
  // A malformed line that is not the last is an error naming the line.
  try {
    RunDirectory::readMetrics(write(header + "1,0.5\n" + rows));
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
  EXPECT_THROW(RunDirectory::readMetrics(write("epoch,loss\n1,2\n")), FileError);
}

TEST(RunDirectory, ReadHistogramsGivesBackWhatTheRunWrote) {
  const TrainerFixture fixture("last_mse_sgd");
  TempDir dir("read_histograms");
  auto model = fixture.initialModel();
  TrainerOptions options = fixture.options();
  options.runDirectory = dir / "run";
  const auto result = Trainer(*model, fixture.train(), fixture.validation(), options).run();
  ASSERT_EQ(result->state, State::kFinished) << result->message;
  ASSERT_TRUE(result->histograms);

  const auto read = RunDirectory::readHistograms(dir / "run");
  ASSERT_EQ(read.size(), result->epochs.size());
  for (size_t e = 0; e < read.size(); ++e) {
    ASSERT_FALSE(read[e].empty());
    EXPECT_EQ(read[e].front().epoch, static_cast<int64_t>(e + 1));
  }
  {  // The last epoch's set is the run's newest, field by field.
    const size_t e = read.size() - 1;
    const std::vector<Histogram>& want = *result->histograms;
    ASSERT_EQ(read[e].size(), want.size());
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(read[e][k].parameter, want[k].parameter);
      EXPECT_EQ(read[e][k].gate, want[k].gate);
      EXPECT_EQ(read[e][k].gradient, want[k].gradient);
      EXPECT_EQ(read[e][k].epoch, want[k].epoch);
      EXPECT_DOUBLE_EQ(read[e][k].min, want[k].min);
      EXPECT_DOUBLE_EQ(read[e][k].max, want[k].max);
      EXPECT_EQ(read[e][k].counts, want[k].counts);
      EXPECT_EQ(read[e][k].total, want[k].total);
    }
  }
  EXPECT_TRUE(RunDirectory::readHistograms(dir / "nothing_here").empty());
  // A malformed file names itself, the entry and the field.
  std::ofstream(dir / "run/histograms/epoch_0002.json", std::ios::trunc)
      << R"([{"parameter": "lstm.weight_ih_l0", "gate": "i", "gradient": false, "epoch": 2,)"
      << R"( "min": 0, "max": 1, "counts": [1, -3], "zeros": 0, "nans": 0, "infs": 0,)"
      << R"( "total": 4}])";
  try {
    RunDirectory::readHistograms(dir / "run");
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    const std::string m = e.what();
    EXPECT_NE(m.find("epoch_0002.json, entry 1: 'counts'"), std::string::npos) << m;
  }
}

TEST(TrainingStatistics, HistogramsAreSplitPerGate) {
  SequenceModelConfig config;
  config.lstm = {.inputSize = 3,
                 .hiddenSize = 4,
                 .numLayers = 2,
                 .batchFirst = true,
                 .bidirectional = true,
                 .projSize = 2};
  config.outputSize = 2;
  SequenceModel<float> model(config);
  model.resetParameters(1);
  std::vector<ParameterRef<float>> params = model.parameters();
  // Mark the forget block of weight_ih_l0 (rows H..2H) so a wrong split would show.
  for (ParameterRef<float>& p : params) {
    for (int64_t k = 0; k < p.size(); ++k) p.grads[k] = 0.5f;
    if (p.name == "lstm.weight_ih_l0")
      for (int64_t k = 4 * 3; k < 8 * 3; ++k) p.values[k] = 7.0f;
  }
  params[0].grads[0] = std::numeric_limits<float>::quiet_NaN();
  const std::vector<Histogram> hs = parameterHistograms(params, 10, 3);

  size_t expectedCount = 0;
  for (const ParameterRef<float>& p : params) {
    const bool split =
        p.name.rfind("lstm.", 0) == 0 && p.name.find("weight_hr") == std::string::npos;
    expectedCount += split ? 8 : 2;
    for (bool gradient : {false, true}) {
      std::vector<const Histogram*> mine;
      for (const Histogram& h : hs)
        if (h.parameter == p.name && h.gradient == gradient) mine.push_back(&h);
      ASSERT_EQ(mine.size(), split ? 4u : 1u) << p.name;
      for (size_t g = 0; g < mine.size(); ++g) {
        const Histogram& h = *mine[g];
        EXPECT_EQ(h.gate, split ? std::string(1, "ifgo"[g]) : "") << p.name;
        EXPECT_EQ(h.epoch, 3);
        EXPECT_EQ(h.total, split ? p.size() / 4 : p.size()) << p.name;
        int64_t counted = h.nans + h.infs;
        for (int64_t c : h.counts) counted += c;
        EXPECT_EQ(counted, h.total) << p.name << " gate " << h.gate;
      }
    }
  }
  EXPECT_EQ(hs.size(), expectedCount);
  for (const Histogram& h : hs) {
    if (h.parameter != "lstm.weight_ih_l0") continue;
    if (h.gradient) {
      EXPECT_EQ(h.nans, h.gate == "i" ? 1 : 0) << h.gate;
    } else if (h.gate == "f") {
      EXPECT_EQ(h.min, 7.0) << "forget block";
    } else {
      EXPECT_LT(h.max, 1.0) << h.gate;
    }
  }
}

TEST(TrainingStatistics, SnapshotHistogramsCoverEveryParameterEachEpoch) {
  const TrainerFixture fixture("seq_bce_rmsprop_bidirectional_layers2");
  auto model = fixture.initialModel();
  std::vector<int64_t> histogramEpochs;
  const auto result =
      Trainer(*model, fixture.train(), fixture.validation(), fixture.options())
          .run([&](std::shared_ptr<const TrainingSnapshot> s) {
            if (s->histograms && !s->histograms->empty() &&
                (histogramEpochs.empty() || histogramEpochs.back() != s->histograms->front().epoch))
              histogramEpochs.push_back(s->histograms->front().epoch);
          });
  ASSERT_EQ(result->state, State::kFinished) << result->message;
  EXPECT_EQ(histogramEpochs, (std::vector<int64_t>{1, 2, 3}));
  ASSERT_TRUE(result->histograms);
  for (const ParameterRef<float>& p : model->parameters()) {
    int64_t valueTotal = 0;
    for (const Histogram& h : *result->histograms)
      if (h.parameter == p.name && !h.gradient) valueTotal += h.total;
    EXPECT_EQ(valueTotal, p.size()) << p.name;
  }
  ASSERT_TRUE(result->gradientsThroughTime);
  EXPECT_EQ(result->gradientsThroughTime->hiddenNorm.size(), 4u);  // 2 layers × 2 directions
}

}  // namespace
}  // namespace lstmviz::core
