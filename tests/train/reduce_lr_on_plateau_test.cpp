// ReduceLROnPlateau: the learning rate after every step of scripted metric sequences, as torch
// 1.13 computed them (fixtures/train/plateau.json), and the reported drops.
#include "core/train/reduce_lr_on_plateau.h"

#include <gtest/gtest.h>

#include "core/common/error.h"
#include "core/train/sgd.h"
#include "tests/train/train_fixtures.h"

namespace lstmviz::core {
namespace {

PlateauOptions toOptions(const nlohmann::json& o) {
  PlateauOptions p;
  if (o.contains("mode"))
    p.mode = o.at("mode") == "max" ? PlateauOptions::Mode::kMax : PlateauOptions::Mode::kMin;
  if (o.contains("threshold_mode"))
    p.thresholdMode = o.at("threshold_mode") == "abs" ? PlateauOptions::ThresholdMode::kAbs
                                                      : PlateauOptions::ThresholdMode::kRel;
  p.factor = o.value("factor", p.factor);
  p.patience = o.value("patience", p.patience);
  p.threshold = o.value("threshold", p.threshold);
  p.cooldown = o.value("cooldown", p.cooldown);
  p.minLr = o.value("min_lr", p.minLr);
  return p;
}

TEST(ReduceLrOnPlateau, LearningRatesMatchTorch) {
  int checked = 0;
  int drops = 0;
  const auto fixture = testing::loadTrainFixture("plateau.json");
  for (const auto& c : fixture.at("cases")) {
    SCOPED_TRACE(c.at("options").dump());
    ReduceLrOnPlateau scheduler(toOptions(c.at("options")));
    double lr = c.at("initial_lr");
    const auto& metrics = c.at("metrics");
    const auto& lrs = c.at("lrs");
    for (size_t k = 0; k < metrics.size(); ++k) {
      const double before = lr;
      const bool reduced = scheduler.step(metrics[k].get<double>(), lr);
      EXPECT_DOUBLE_EQ(lr, lrs[k].get<double>()) << "step " << k;
      EXPECT_EQ(reduced, lr != before) << "step " << k;
      drops += reduced;
    }
    EXPECT_EQ(scheduler.lastEpoch(), static_cast<int64_t>(metrics.size()));
    ++checked;
  }
  EXPECT_EQ(checked, 9);
  EXPECT_GT(drops, 20);
}

TEST(ReduceLrOnPlateau, DefaultsAreTorchs) {
  const PlateauOptions o;
  EXPECT_EQ(o.mode, PlateauOptions::Mode::kMin);
  EXPECT_EQ(o.factor, 0.1);
  EXPECT_EQ(o.patience, 10);
  EXPECT_EQ(o.threshold, 1e-4);
  EXPECT_EQ(o.thresholdMode, PlateauOptions::ThresholdMode::kRel);
  EXPECT_EQ(o.cooldown, 0);
  EXPECT_EQ(o.minLr, 0.0);
  EXPECT_EQ(o.eps, 1e-8);
}

TEST(ReduceLrOnPlateau, DropsTheOptimizersLrAfterPatienceBadEpochs) {
  std::vector<float> p(1);
  std::vector<float> g(1);
  Sgd<float> sgd({{p.data(), g.data(), 1, "p"}}, SgdOptions{.lr = 1.0});
  ReduceLrOnPlateau scheduler(PlateauOptions{.factor = 0.5, .patience = 2});
  EXPECT_FALSE(scheduler.step(1.0, sgd));  // best
  EXPECT_FALSE(scheduler.step(1.0, sgd));  // bad 1
  EXPECT_FALSE(scheduler.step(1.0, sgd));  // bad 2
  EXPECT_EQ(scheduler.numBadEpochs(), 2);
  EXPECT_TRUE(scheduler.step(1.0, sgd));  // bad 3 > patience
  EXPECT_EQ(sgd.lr(), 0.5);
  EXPECT_EQ(scheduler.numBadEpochs(), 0);
  EXPECT_FALSE(scheduler.step(0.5, sgd));
  EXPECT_EQ(scheduler.best(), 0.5);
}

TEST(ReduceLrOnPlateau, RejectsAFactorOfOneOrMore) {
  try {
    ReduceLrOnPlateau scheduler(PlateauOptions{.factor = 1.0});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Factor should be < 1.0.");
  }
  EXPECT_THROW(ReduceLrOnPlateau(PlateauOptions{.patience = -1}), Error);
}

}  // namespace
}  // namespace lstmviz::core
