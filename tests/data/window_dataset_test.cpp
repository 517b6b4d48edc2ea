// Series and sliding windows: counts and contents against hand-computed values.
#include "core/data/window_dataset.h"

#include <gtest/gtest.h>

#include "core/common/error.h"
#include "core/data/series.h"

namespace lstmviz::core {
namespace {

// T rows × F columns with value 10·t + f, so every number says where it came from.
Series indexedSeries(int64_t rows, int64_t columns) {
  std::vector<std::string> names;
  for (int64_t f = 0; f < columns; ++f)
    names.push_back(std::string(1, 'c').append(std::to_string(f)));
  std::vector<float> values;
  for (int64_t t = 0; t < rows; ++t) {
    for (int64_t f = 0; f < columns; ++f) values.push_back(static_cast<float>(10 * t + f));
  }
  return Series(names, values);
}

TEST(Series, StoresRowsAndColumnsRowMajor) {
  const Series s = indexedSeries(4, 3);
  EXPECT_EQ(s.rows(), 4);
  EXPECT_EQ(s.columns(), 3);
  EXPECT_EQ(s.at(2, 1), 21.0f);
  EXPECT_EQ(s.column(2), (std::vector<float>{2, 12, 22, 32}));
  EXPECT_EQ(s.columnIndex("c1"), 1);
  EXPECT_EQ(s.rowRange(1, 3).at(0, 0), 10.0f);
  const Series picked = s.selectColumns({2, 0});
  EXPECT_EQ(picked.columnNames(), (std::vector<std::string>{"c2", "c0"}));
  EXPECT_EQ(picked.at(3, 0), 32.0f);
  EXPECT_EQ(picked.at(3, 1), 30.0f);
}

TEST(Series, RejectsRaggedValuesDuplicateNamesAndUnknownColumns) {
  EXPECT_THROW(Series({"a", "b"}, {1, 2, 3}), ShapeError);
  EXPECT_THROW(Series({"a", "a"}, {1, 2}), Error);
  EXPECT_THROW(Series::fromColumns({"a", "b"}, {{1, 2}, {3}}), ShapeError);
  try {
    indexedSeries(2, 2).columnIndex("Close");
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("'c0', 'c1'"), std::string::npos) << e.what();
  }
}

TEST(WindowDataset, StockDatasetExampleHasTMinusLSamples) {
  // Note 004: 100 rows of 5 features, seq_length 7 → len(dataset) = 93.
  const Series s = indexedSeries(100, 5);
  WindowOptions options;
  options.windowLength = 7;
  options.targetColumns = {0};
  const WindowDataset windows(s, options);
  EXPECT_EQ(windows.size(), 93);
  EXPECT_EQ(windows.x().shape, (Shape{93, 7, 5}));
  EXPECT_EQ(windows.y().shape, (Shape{93, 1}));
  EXPECT_EQ(WindowDataset::sampleCount(100, options), 93);
}

TEST(WindowDataset, NextStepSampleIsSeriesSliceAndFollowingRow) {
  // x_i = series[i : i+L], y_i = series[i+L, targets].
  const Series s = indexedSeries(6, 3);
  WindowOptions options;
  options.windowLength = 2;
  options.targetColumns = {2, 0};
  const WindowDataset windows(s, options);
  ASSERT_EQ(windows.size(), 4);
  for (int64_t i = 0; i < 4; ++i) {
    for (int64_t t = 0; t < 2; ++t) {
      for (int64_t f = 0; f < 3; ++f) {
        EXPECT_EQ(windows.x().at({i, t, f}), 10.0f * (i + t) + f);
      }
    }
    EXPECT_EQ(windows.y().at({i, 0}), 10.0f * (i + 2) + 2);
    EXPECT_EQ(windows.y().at({i, 1}), 10.0f * (i + 2) + 0);
    EXPECT_EQ(windows.firstTargetRow(i), i + 2);
  }
  EXPECT_EQ(windows.data().targetNames, (std::vector<std::string>{"c2", "c0"}));
}

TEST(WindowDataset, InputColumnsMayExcludeTheTarget) {
  // StockDataset's separate features and targets: x from columns 1..2, y from column 0.
  const Series s = indexedSeries(5, 3);
  WindowOptions options;
  options.windowLength = 3;
  options.inputColumns = {1, 2};
  options.targetColumns = {0};
  const WindowDataset windows(s, options);
  EXPECT_EQ(windows.x().shape, (Shape{2, 3, 2}));
  EXPECT_EQ(windows.x().at({1, 2, 0}), 31.0f);
  EXPECT_EQ(windows.x().at({1, 2, 1}), 32.0f);
  EXPECT_EQ(windows.y().at({1, 0}), 40.0f);
}

TEST(WindowDataset, NextKStepsHasTMinusLMinusKPlusOneSamples) {
  const Series s = indexedSeries(10, 2);
  WindowOptions options;
  options.windowLength = 4;
  options.mode = TargetMode::kNextSteps;
  options.horizon = 3;
  options.targetColumns = {1};
  const WindowDataset windows(s, options);
  ASSERT_EQ(windows.size(), 10 - 4 - 3 + 1);
  EXPECT_EQ(windows.y().shape, (Shape{4, 3, 1}));
  // Last sample: rows 3..6 in, rows 7..9 out.
  EXPECT_EQ(windows.x().at({3, 0, 0}), 30.0f);
  EXPECT_EQ(windows.y().at({3, 0, 0}), 71.0f);
  EXPECT_EQ(windows.y().at({3, 2, 0}), 91.0f);
  EXPECT_EQ(windows.lastTargetRow(3), 9);
}

TEST(WindowDataset, ShiftedWindowTargetsAreInputsOneStepLater) {
  const Series s = indexedSeries(6, 1);
  WindowOptions options;
  options.windowLength = 3;
  options.mode = TargetMode::kShiftedWindow;
  const WindowDataset windows(s, options);
  ASSERT_EQ(windows.size(), 3);
  EXPECT_EQ(windows.y().shape, (Shape{3, 3, 1}));
  for (int64_t i = 0; i < 3; ++i) {
    for (int64_t t = 0; t < 3; ++t) {
      EXPECT_EQ(windows.y().at({i, t, 0}), 10.0f * (i + t + 1));
      if (t < 2) {
        EXPECT_EQ(windows.y().at({i, t, 0}), windows.x().at({i, t + 1, 0}));
      }
    }
  }
  EXPECT_EQ(windows.firstTargetRow(0), 1);
  EXPECT_EQ(windows.lastTargetRow(2), 5);
}

TEST(WindowDataset, RejectsTooShortSeriesAndBadOptions) {
  const Series s = indexedSeries(7, 2);
  WindowOptions options;
  options.windowLength = 7;
  try {
    WindowDataset(s, options);
    FAIL() << "expected a ShapeError";
  } catch (const ShapeError& e) {
    EXPECT_NE(std::string(e.what()).find("at least 8 rows"), std::string::npos) << e.what();
  }
  options.windowLength = 0;
  EXPECT_THROW(WindowDataset(s, options), ShapeError);
  options.windowLength = 2;
  options.targetColumns = {2};
  EXPECT_THROW(WindowDataset(s, options), ShapeError);
  options.targetColumns = {};
  options.mode = TargetMode::kNextSteps;
  options.horizon = 0;
  EXPECT_THROW(WindowDataset(s, options), ShapeError);
}

TEST(WindowDataset, SubsetKeepsTheRowMapping) {
  const Series s = indexedSeries(10, 1);
  WindowOptions options;
  options.windowLength = 3;
  const WindowDataset windows(s, options);
  const WindowDataset tail = windows.subset(4, 7);
  EXPECT_EQ(tail.size(), 3);
  EXPECT_EQ(tail.startRow(0), 4);
  EXPECT_EQ(tail.firstTargetRow(2), 9);
  EXPECT_EQ(tail.x().at({0, 0, 0}), 40.0f);
  EXPECT_EQ(tail.y().at({2, 0}), 90.0f);
}

TEST(TargetMode, NamesRoundTrip) {
  for (TargetMode mode :
       {TargetMode::kNextStep, TargetMode::kNextSteps, TargetMode::kShiftedWindow}) {
    EXPECT_EQ(parseTargetMode(targetModeName(mode)), mode);
  }
  EXPECT_THROW(parseTargetMode("sideways"), Error);
}

TEST(SequenceDataset, GatherPicksSamplesInTheGivenOrder) {
  SequenceDataset data;
  data.x = Tensor<float>({3, 2, 1}, std::vector<float>{0, 1, 10, 11, 20, 21});
  data.labels = Tensor<int64_t>({3}, std::vector<int64_t>{7, 8, 9});
  const SequenceDataset batch = data.gather({2, 0});
  EXPECT_EQ(batch.x.shape, (Shape{2, 2, 1}));
  EXPECT_EQ(batch.x.data, (std::vector<float>{20, 21, 0, 1}));
  EXPECT_EQ(batch.labels.data, (std::vector<int64_t>{9, 7}));
  EXPECT_TRUE(batch.y.empty());
  EXPECT_THROW(data.gather({3}), ShapeError);
}

}  // namespace
}  // namespace lstmviz::core
