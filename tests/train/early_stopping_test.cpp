// EarlyStopping: improvement means val < best − min_delta; stop after `patience` epochs without.
#include "core/train/early_stopping.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {
namespace {

TEST(EarlyStopping, StopsAfterPatienceEpochsWithoutImprovementAndRemembersTheBest) {
  EarlyStopping stopper(EarlyStoppingOptions{.patience = 3, .minDelta = 0.0});
  EXPECT_TRUE(stopper.step(1.0).improved);
  EXPECT_TRUE(stopper.step(0.5).improved);
  auto s = stopper.step(0.6);
  EXPECT_FALSE(s.improved);
  EXPECT_FALSE(s.stop);
  EXPECT_FALSE(stopper.step(0.5).stop);  // equal is not better
  s = stopper.step(0.7);
  EXPECT_TRUE(s.stop);
  EXPECT_EQ(stopper.bestEpoch(), 2);
  EXPECT_EQ(stopper.best(), 0.5);
  EXPECT_EQ(stopper.epoch(), 5);
  EXPECT_EQ(stopper.epochsWithoutImprovement(), 3);
}

TEST(EarlyStopping, ImprovementsSmallerThanMinDeltaDoNotCount) {
  EarlyStopping stopper(EarlyStoppingOptions{.patience = 2, .minDelta = 0.1});
  stopper.step(1.0);
  EXPECT_FALSE(stopper.step(0.95).improved);  // not below 1.0 − 0.1
  EXPECT_TRUE(stopper.step(0.85).improved);   // resets the count
  EXPECT_FALSE(stopper.step(0.8).stop);
  EXPECT_TRUE(stopper.step(0.76).stop);
  EXPECT_EQ(stopper.bestEpoch(), 3);
  EXPECT_EQ(stopper.best(), 0.85);
}

TEST(EarlyStopping, NanNeverImprovesAndResetStartsOver) {
  EarlyStopping stopper(EarlyStoppingOptions{.patience = 1});
  EXPECT_TRUE(stopper.step(std::nan("")).stop);
  EXPECT_EQ(stopper.bestEpoch(), 0);
  stopper.reset();
  EXPECT_EQ(stopper.epoch(), 0);
  EXPECT_FALSE(stopper.step(2.0).stop);
  EXPECT_EQ(stopper.bestEpoch(), 1);
}

TEST(EarlyStopping, RejectsBadOptions) {
  EXPECT_THROW(EarlyStopping(EarlyStoppingOptions{.patience = 0}), Error);
  EXPECT_THROW(EarlyStopping(EarlyStoppingOptions{.patience = 2, .minDelta = -1.0}), Error);
}

}  // namespace
}  // namespace lstmviz::core
