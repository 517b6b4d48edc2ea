// Chronological split and the train-only Normalizer.
#include <gtest/gtest.h>

#include <cmath>

#include "core/common/error.h"
#include "core/data/chronological_split.h"
#include "core/data/normalizer.h"

namespace lstmviz::core {
namespace {

Series ramp(int64_t rows) {  // column "a" = t, column "b" = 100 + 2t
  std::vector<float> values;
  for (int64_t t = 0; t < rows; ++t) {
    values.push_back(static_cast<float>(t));
    values.push_back(static_cast<float>(100 + 2 * t));
  }
  return Series({"a", "b"}, values);
}

TEST(ChronologicalSplit, SplitsRowsInOrderByFractions) {
  const ChronologicalSplit split(100, 0.7, 0.15);
  EXPECT_EQ(split.trainEnd(), 70);
  EXPECT_EQ(split.validationEnd(), 85);
  const Series s = ramp(100);
  EXPECT_EQ(split.trainRows(s).rows(), 70);
  EXPECT_EQ(split.validationRows(s).at(0, 0), 70.0f);
  EXPECT_EQ(split.testRows(s).rows(), 15);
  EXPECT_EQ(split.testRows(s).at(14, 0), 99.0f);
}

TEST(ChronologicalSplit, RejectsBadFractions) {
  EXPECT_THROW(ChronologicalSplit(100, 0.0, 0.1), Error);
  EXPECT_THROW(ChronologicalSplit(100, 0.8, 0.3), Error);
  EXPECT_THROW(ChronologicalSplit(100, 0.5, -0.1), Error);
  EXPECT_THROW(ChronologicalSplit(1, 0.5, 0.0), Error);  // no training row
  EXPECT_THROW(ChronologicalSplit(10, 0.5, 0.1).trainRows(ramp(11)), ShapeError);
}

TEST(ChronologicalSplit, WindowsBelongToThePartOfAllTheirTargets) {
  // T = 20, L = 3, k = 2: sample i has targets at rows i+3, i+4.
  const Series s = ramp(20);
  WindowOptions options;
  options.windowLength = 3;
  options.mode = TargetMode::kNextSteps;
  options.horizon = 2;
  const WindowDataset windows(s, options);
  ASSERT_EQ(windows.size(), 16);
  const ChronologicalSplit split(20, 0.5, 0.25);  // rows [0,10) [10,15) [15,20)
  const WindowSplit parts = split.splitWindows(windows);
  // train: last target ≤ 9 → i ≤ 5; validation: targets in [10, 15) → i in 7..10;
  // test: first target ≥ 15 → i ≥ 12. Samples 6 and 11 straddle a boundary and are dropped.
  EXPECT_EQ(parts.train.size(), 6);
  EXPECT_EQ(parts.validation.size(), 4);
  EXPECT_EQ(parts.validation.startRow(0), 7);
  EXPECT_EQ(parts.validation.y().at({0, 0, 0}), 10.0f);
  EXPECT_EQ(parts.test.size(), 4);
  EXPECT_EQ(parts.test.firstTargetRow(0), 15);
  EXPECT_EQ(parts.test.lastTargetRow(3), 19);
}

TEST(Normalizer, StandardIsFittedOnTrainRowsOnly) {
  const Series s = ramp(10);
  const ChronologicalSplit split(10, 0.5, 0.2);
  const Normalizer norm = Normalizer::fit(split.trainRows(s), NormalizationKind::kStandard);
  // Train rows of "a": 0..4 → mean 2, population std √2.
  EXPECT_DOUBLE_EQ(norm.offsets()[0], 2.0);
  EXPECT_NEAR(norm.scales()[0], std::sqrt(2.0), 1e-12);
  EXPECT_DOUBLE_EQ(norm.offsets()[1], 104.0);
  const Series z = norm.transform(s);
  EXPECT_NEAR(z.at(9, 0), (9.0 - 2.0) / std::sqrt(2.0), 1e-6);  // a test row, not used to fit
  const Series back = norm.inverse(z);
  for (int64_t t = 0; t < 10; ++t) {
    EXPECT_NEAR(back.at(t, 0), s.at(t, 0), 1e-5);
    EXPECT_NEAR(back.at(t, 1), s.at(t, 1), 1e-4);
  }
}

TEST(Normalizer, MinMaxMapsTheTrainingRangeToUnitInterval) {
  const Series train = ramp(5);
  const Normalizer norm = Normalizer::fit(train, NormalizationKind::kMinMax);
  const Series z = norm.transform(train);
  EXPECT_FLOAT_EQ(z.at(0, 0), 0.0f);
  EXPECT_FLOAT_EQ(z.at(4, 0), 1.0f);
  EXPECT_FLOAT_EQ(z.at(2, 1), 0.5f);
  EXPECT_FLOAT_EQ(norm.transform(ramp(9)).at(8, 0), 2.0f);  // beyond the training range
}

TEST(Normalizer, ConstantColumnGivesZerosNotNaN) {
  const Series s({"flat", "x"}, {5, 1, 5, 2, 5, 3});
  for (NormalizationKind kind : {NormalizationKind::kStandard, NormalizationKind::kMinMax}) {
    const Normalizer norm = Normalizer::fit(s, kind);
    const Series z = norm.transform(s);
    for (int64_t t = 0; t < 3; ++t) {
      EXPECT_EQ(z.at(t, 0), 0.0f) << normalizationKindName(kind);
    }
    EXPECT_EQ(norm.inverse(z).at(1, 0), 5.0f);
  }
}

TEST(Normalizer, InverseOfPredictionTensorUsesTheTargetColumns) {
  const Normalizer norm(NormalizationKind::kStandard, {1.0, 10.0}, {2.0, 5.0});
  Tensor<float> predictions({2, 1}, std::vector<float>{0.0f, 1.0f});  // (S, O), O = column 1
  norm.inverseInPlace(predictions, {1});
  EXPECT_EQ(predictions.data, (std::vector<float>{10.0f, 15.0f}));
  norm.transformInPlace(predictions, {1});
  EXPECT_EQ(predictions.data, (std::vector<float>{0.0f, 1.0f}));
  EXPECT_EQ(norm.inverseValue(1.0f, 0), 3.0f);
  EXPECT_THROW(norm.inverseInPlace(predictions, {0, 1}), ShapeError);
  EXPECT_THROW(norm.transform(Series({"a"}, {1})), ShapeError);
  EXPECT_THROW(Normalizer(NormalizationKind::kStandard, {0.0}, {0.0}), Error);
}

TEST(Normalizer, KindNamesRoundTrip) {
  for (NormalizationKind kind :
       {NormalizationKind::kNone, NormalizationKind::kStandard, NormalizationKind::kMinMax}) {
    EXPECT_EQ(parseNormalizationKind(normalizationKindName(kind)), kind);
  }
  EXPECT_THROW(parseNormalizationKind("zscore"), Error);
}

}  // namespace
}  // namespace lstmviz::core
