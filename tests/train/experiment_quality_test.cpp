// Issue 3's headless quality check on the built-in sine: a small LSTM trained for a few epochs
// predicts the next step far better than the naive forecast "the next value equals the last one",
// both measured on the same validation windows in the same (standardised) units.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "core/train/experiment.h"
#include "core/train/trainer.h"

namespace lstmviz::core {
namespace {

// Mean of (x[n, L−1, 0] − y[n, 0])²: the last-value forecast's MSE on next-step windows.
double lastValueBaselineMse(const TrainingData& data) {
  const int64_t s = data.x.shape[0], l = data.x.shape[1], f = data.x.shape[2];
  double sum = 0;
  for (int64_t n = 0; n < s; ++n) {
    const double last = data.x.data[(n * l + (l - 1)) * f];
    const double next = data.y.data[n];
    sum += (last - next) * (last - next);
  }
  return sum / static_cast<double>(s);
}

TEST(SineQuality, ValidationMseFallsWellBelowTheLastValueBaseline) {
  ExperimentConfig c;  // sine, windows of 20, head last, mse
  c.lstm.hiddenSize = 16;
  c.training.optimizer = OptimizerKind::kAdam;
  c.training.lr = 0.003;
  c.training.epochs = 40;
  c.training.batchSize = 32;
  c.training.seed = 1;
  c.init.seed = 1;
  const ExperimentData d = loadExperimentData(c);
  ASSERT_EQ(d.validation.y.shape, (Shape{150, 1}));
  const double baseline = lastValueBaselineMse(d.validation);

  const auto started = std::chrono::steady_clock::now();
  auto model = buildExperimentModel(c, d);
  Trainer trainer(*model, d.train, d.validation, c.training);
  const auto result = trainer.run();
  ASSERT_EQ(result->state, TrainingSnapshot::State::kFinished) << result->message;
  const double validationMse = trainer.evaluate(d.validation).first;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  std::printf("sine: validation MSE %.4f, last-value baseline %.4f (ratio %.2f), %.1f s\n",
              validationMse, baseline, validationMse / baseline, seconds);
  EXPECT_NEAR(validationMse, result->epochs.back().valLoss, 1e-6);
  EXPECT_LT(validationMse, 0.5 * baseline);
}

}  // namespace
}  // namespace lstmviz::core
