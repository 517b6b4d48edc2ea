// Parity of Trainer::run with a PyTorch training loop: each fixture in tests/fixtures/trainer/
// (tests/fixtures/make_trainer_fixtures.py, torch 1.13) holds a SequenceModel's initial
// state_dict, the data, the options, torch's per-epoch losses / learning rates / gradient norms
// and the state_dict after training. The Trainer, started from the same weights with shuffling
// off, must end on torch's weights within tolerance·(1 + |w|) and reproduce every per-epoch
// column. The tolerance is 1e-6 (float rounding over a few dozen steps; measured ≤ 1e-7) except
// where an adaptive optimizer divides a gradient that cancelled to ~1e-7 by √v + eps: that step
// follows the last bits of the gradient's sum (measured: AdamW 2.8e-6; RMSprop 3.3e-5, from one
// element of lstm.weight_ih_l1 whose first gradient is 1.6e-7 among values ~1e-3).
#include <gtest/gtest.h>

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "core/io/safetensors.h"
#include "core/train/run_directory.h"
#include "core/train/trainer.h"
#include "train/trainer_fixture.h"

namespace lstmviz::core {
namespace {

using testing::TrainerFixture;

constexpr double kWeightTolerance = 1e-6;
constexpr double kLossTolerance = 1e-5;

void expectSeries(const std::vector<EpochRecord>& epochs, const std::vector<double>& torch,
                  double EpochRecord::*field, const char* what, double tol) {
  ASSERT_EQ(epochs.size(), torch.size()) << what;
  for (size_t e = 0; e < torch.size(); ++e)
    EXPECT_NEAR(epochs[e].*field, torch[e], tol * (1 + std::abs(torch[e])))
        << what << " of epoch " << e + 1;
}

struct ParityCase {
  const char* name;
  double tolerance = kWeightTolerance;
};
void PrintTo(const ParityCase& c, std::ostream* out) { *out << c.name; }

class TrainerParity : public ::testing::TestWithParam<ParityCase> {};

TEST_P(TrainerParity, EndsOnTorchWeightsWithTorchEpochColumns) {
  const TrainerFixture fixture(GetParam().name);
  auto model = fixture.initialModel();
  Trainer trainer(*model, fixture.train(), fixture.validation(), fixture.options());
  const auto result = trainer.run();

  ASSERT_EQ(result->state, TrainingSnapshot::State::kFinished) << result->message;
  // With early stopping the run ends on the best epoch's weights (restoreBestWeights).
  const std::string expected = fixture.has("best_epoch") ? "best." : "final.";
  EXPECT_TRUE(testing::parametersMatch(*model, fixture.file(), expected, GetParam().tolerance));

  const std::vector<EpochRecord>& epochs = result->epochs;
  ASSERT_EQ(static_cast<int64_t>(epochs.size()), fixture.metaInt("epochs_run"));
  expectSeries(epochs, fixture.series("train_loss"), &EpochRecord::trainLoss, "train_loss",
               kLossTolerance);
  expectSeries(epochs, fixture.series("val_loss"), &EpochRecord::valLoss, "val_loss",
               kLossTolerance);
  expectSeries(epochs, fixture.series("lr"), &EpochRecord::lr, "lr", 1e-12);
  expectSeries(epochs, fixture.series("grad_norm"), &EpochRecord::gradNorm, "grad_norm",
               kLossTolerance);
  expectSeries(epochs, fixture.series("grad_norm_clipped"), &EpochRecord::gradNormClipped,
               "grad_norm_clipped", kLossTolerance);
  expectSeries(epochs, fixture.series("clipped_fraction"), &EpochRecord::clippedFraction,
               "clipped_fraction", 0);
  if (fixture.classification()) {
    expectSeries(epochs, fixture.series("train_accuracy"), &EpochRecord::trainAccuracy,
                 "train_accuracy", 0);
    expectSeries(epochs, fixture.series("val_accuracy"), &EpochRecord::valAccuracy, "val_accuracy",
                 0);
  }
  for (size_t e = 1; e < epochs.size(); ++e)
    EXPECT_EQ(epochs[e - 1].lrReduced, epochs[e].lr < epochs[e - 1].lr) << "epoch " << e;
}

INSTANTIATE_TEST_SUITE_P(
    TorchLoops, TrainerParity,
    ::testing::Values(ParityCase{"last_mse_sgd"}, ParityCase{"hn_l1_sgd_nesterov_clip_norm"},
                      ParityCase{"flatten_huber_adam_clip_value_drop_last"},
                      ParityCase{"mean_cross_entropy_adamw_plateau", 1e-5},
                      ParityCase{"seq_bce_rmsprop_bidirectional_layers2", 1e-4},
                      ParityCase{"seq_cross_entropy_adam_proj"},
                      ParityCase{"last_mse_sgd_early_stopping"}),
    [](const ::testing::TestParamInfo<ParityCase>& info) { return std::string(info.param.name); });

TEST(TrainerParity, PlateauFixtureReallyLowersTheRate) {
  // Guards the fixture itself: the plateau case must exercise a reduction.
  const TrainerFixture fixture("mean_cross_entropy_adamw_plateau");
  const std::vector<double> lr = fixture.series("lr");
  EXPECT_LT(lr.back(), lr.front());
}

TEST(TrainerParity, EarlyStoppingEndsAtTorchsEpochOnTheBestWeights) {
  const TrainerFixture fixture("last_mse_sgd_early_stopping");
  const std::string dir = ::testing::TempDir() + "lstmviz_trainer_early_stopping";
  std::filesystem::remove_all(dir);
  auto model = fixture.initialModel();
  TrainerOptions options = fixture.options();
  options.runDirectory = dir;
  Trainer trainer(*model, fixture.train(), fixture.validation(), options);
  const auto result = trainer.run();

  ASSERT_EQ(result->state, TrainingSnapshot::State::kFinished) << result->message;
  const int64_t epochsRun = fixture.metaInt("epochs_run"),
                bestEpoch = fixture.metaInt("best_epoch");
  ASSERT_LT(epochsRun, fixture.metaInt("epochs"));  // it did stop early
  ASSERT_LT(bestEpoch, epochsRun);                  // and the best weights are not the last
  EXPECT_EQ(static_cast<int64_t>(result->epochs.size()), epochsRun);
  EXPECT_EQ(result->bestEpoch, bestEpoch);
  EXPECT_NE(result->message.find("best epoch " + std::to_string(bestEpoch)), std::string::npos)
      << result->message;
  ASSERT_FALSE(result->events.empty());
  bool earlyStopEvent = false;
  for (const TrainingEvent& e : result->events)
    earlyStopEvent |= e.kind == TrainingEvent::Kind::kEarlyStop && e.epoch == epochsRun;
  EXPECT_TRUE(earlyStopEvent);
  // The model ends on the best epoch's weights; last.safetensors holds the stopping epoch's.
  EXPECT_TRUE(testing::parametersMatch(*model, fixture.file(), "best.", kWeightTolerance));
  const SafetensorsFile best = SafetensorsFile::read(dir + "/best.safetensors");
  const SafetensorsFile last = SafetensorsFile::read(dir + "/last.safetensors");
  EXPECT_TRUE(testing::parametersMatch(*model, best, "", 0));
  SequenceModel<float> lastModel(fixture.modelConfig());
  for (const ParameterRef<float>& p : lastModel.parameters()) {
    const Tensor<float> t = last.getFloat(p.name);
    std::copy(t.data.begin(), t.data.end(), p.values);
  }
  EXPECT_TRUE(testing::parametersMatch(lastModel, fixture.file(), "final.", kWeightTolerance));
  // The snapshot's parameters follow the restored weights.
  ASSERT_TRUE(result->parameters);
  size_t offset = 0;
  for (const ParameterRef<float>& p : model->parameters())
    for (int64_t k = 0; k < p.size(); ++k) EXPECT_EQ((*result->parameters)[offset++], p.values[k]);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lstmviz::core
