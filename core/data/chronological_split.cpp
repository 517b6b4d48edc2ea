#include "core/data/chronological_split.h"

#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {

ChronologicalSplit::ChronologicalSplit(int64_t rows, double trainFraction,
                                       double validationFraction)
    : rows_(rows) {
  if (!(trainFraction > 0.0 && trainFraction <= 1.0)) {
    throw Error("train fraction should be in (0, 1], but got " + std::to_string(trainFraction));
  }
  if (!(validationFraction >= 0.0 && trainFraction + validationFraction <= 1.0 + 1e-12)) {
    throw Error("validation fraction should be in [0, 1 − train fraction], but got " +
                std::to_string(validationFraction) + " with train fraction " +
                std::to_string(trainFraction));
  }
  // The small epsilon keeps 0.7 · 100 at 70 although 0.7 is 0.6999… in binary.
  trainEnd_ = std::min<int64_t>(rows, std::floor(rows * trainFraction + 1e-9));
  validationEnd_ =
      std::min<int64_t>(rows, trainEnd_ + std::floor(rows * validationFraction + 1e-9));
  if (trainEnd_ < 1) {
    throw Error("a train fraction of " + std::to_string(trainFraction) + " of " +
                std::to_string(rows) + " rows leaves no training rows");
  }
}

void ChronologicalSplit::checkRows(const Series& series) const {
  if (series.rows() != rows_) {
    throw ShapeError("the split was made for " + std::to_string(rows_) + " rows, but the series " +
                     "has " + std::to_string(series.rows()));
  }
}

Series ChronologicalSplit::trainRows(const Series& series) const {
  checkRows(series);
  return series.rowRange(0, trainEnd_);
}

Series ChronologicalSplit::validationRows(const Series& series) const {
  checkRows(series);
  return series.rowRange(trainEnd_, validationEnd_);
}

Series ChronologicalSplit::testRows(const Series& series) const {
  checkRows(series);
  return series.rowRange(validationEnd_, rows_);
}

WindowSplit ChronologicalSplit::splitWindows(const WindowDataset& windows) const {
  // Target rows grow with the sample index, so each part is one contiguous run of samples.
  const int64_t samples = windows.size();
  auto firstAtOrAfter = [&](int64_t row) {  // first sample whose first target row ≥ row
    int64_t i = 0;
    while (i < samples && windows.firstTargetRow(i) < row) ++i;
    return i;
  };
  auto endWithin = [&](int64_t begin, int64_t rowEnd) {  // end of the run with last target < rowEnd
    int64_t i = begin;
    while (i < samples && windows.lastTargetRow(i) < rowEnd) ++i;
    return i;
  };
  WindowSplit split;
  const int64_t trainEnd = endWithin(0, trainEnd_);
  const int64_t validationBegin = firstAtOrAfter(trainEnd_);
  const int64_t validationEnd = endWithin(validationBegin, validationEnd_);
  const int64_t testBegin = firstAtOrAfter(validationEnd_);
  const int64_t testEnd = endWithin(testBegin, rows_);
  split.train = windows.subset(0, trainEnd);
  split.validation = windows.subset(validationBegin, validationEnd);
  split.test = windows.subset(testBegin, testEnd);
  return split;
}

}  // namespace lstmviz::core
