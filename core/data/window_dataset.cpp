#include "core/data/window_dataset.h"

#include <algorithm>
#include <numeric>

#include "core/common/error.h"

namespace lstmviz::core {
namespace {

constexpr int64_t kMaxWindowElements = int64_t{1} << 31;

std::vector<int64_t> allColumns(int64_t count) {
  std::vector<int64_t> columns(count);
  std::iota(columns.begin(), columns.end(), 0);
  return columns;
}

// Steps of y per sample: 1 (kNextStep, stored without the step axis), k or L.
int64_t targetSteps(const WindowOptions& options) {
  switch (options.mode) {
    case TargetMode::kNextStep:
      return 1;
    case TargetMode::kNextSteps:
      return options.horizon;
    case TargetMode::kShiftedWindow:
      return options.windowLength;
  }
  return 1;
}

}  // namespace

const char* targetModeName(TargetMode mode) {
  switch (mode) {
    case TargetMode::kNextStep:
      return "next_step";
    case TargetMode::kNextSteps:
      return "next_steps";
    case TargetMode::kShiftedWindow:
      return "shifted_window";
  }
  return "?";
}

TargetMode parseTargetMode(const std::string& name) {
  for (TargetMode mode :
       {TargetMode::kNextStep, TargetMode::kNextSteps, TargetMode::kShiftedWindow}) {
    if (name == targetModeName(mode)) return mode;
  }
  throw Error("unknown target mode '" + name +
              "' (expected one of: next_step, next_steps, shifted_window)");
}

int64_t WindowDataset::sampleCount(int64_t rows, const WindowOptions& options) {
  const int64_t extra = options.mode == TargetMode::kNextSteps ? options.horizon - 1 : 0;
  return std::max<int64_t>(0, rows - options.windowLength - extra);
}

WindowDataset::WindowDataset(const Series& series, WindowOptions options)
    : options_(std::move(options)) {
  const int64_t length = options_.windowLength;
  if (length < 1) {
    throw ShapeError("window length should be a positive integer, but got " +
                     std::to_string(length));
  }
  if (options_.mode == TargetMode::kNextSteps && options_.horizon < 1) {
    throw ShapeError("forecast horizon should be a positive integer, but got " +
                     std::to_string(options_.horizon));
  }
  if (options_.inputColumns.empty()) options_.inputColumns = allColumns(series.columns());
  if (options_.targetColumns.empty()) options_.targetColumns = allColumns(series.columns());
  checkColumnIndices(options_.inputColumns, series.columns(), "input");
  checkColumnIndices(options_.targetColumns, series.columns(), "target");

  const int64_t samples = sampleCount(series.rows(), options_);
  if (samples == 0) {
    const int64_t needed =
        length + (options_.mode == TargetMode::kNextSteps ? options_.horizon : 1);
    throw ShapeError("a window of length " + std::to_string(length) + " needs a series of at " +
                     "least " + std::to_string(needed) + " rows, but it has " +
                     std::to_string(series.rows()));
  }
  const int64_t features = static_cast<int64_t>(options_.inputColumns.size());
  const int64_t outputs = static_cast<int64_t>(options_.targetColumns.size());
  const int64_t steps = targetSteps(options_);
  if (samples > kMaxWindowElements / length / std::max<int64_t>(features, 1)) {
    throw ResourceError("windows of " + std::to_string(samples) + " × " + std::to_string(length) +
                        " × " + std::to_string(features) +
                        " floats exceed the limit of 2^31 values; use a shorter window or " +
                        "fewer rows");
  }

  data_.x = Tensor<float>({samples, length, features});
  data_.y = options_.mode == TargetMode::kNextStep ? Tensor<float>({samples, outputs})
                                                   : Tensor<float>({samples, steps, outputs});
  for (int64_t f : options_.inputColumns) data_.featureNames.push_back(series.columnNames()[f]);
  for (int64_t f : options_.targetColumns) data_.targetNames.push_back(series.columnNames()[f]);

  float* x = data_.x.ptr();
  float* y = data_.y.ptr();
  const int64_t firstTargetOffset = options_.mode == TargetMode::kShiftedWindow ? 1 : length;
  for (int64_t i = 0; i < samples; ++i) {
    for (int64_t t = 0; t < length; ++t) {
      for (int64_t f : options_.inputColumns) *x++ = series.at(i + t, f);
    }
    for (int64_t s = 0; s < steps; ++s) {
      for (int64_t f : options_.targetColumns) *y++ = series.at(i + firstTargetOffset + s, f);
    }
  }
}

int64_t WindowDataset::firstTargetRow(int64_t sample) const {
  return startRow(sample) +
         (options_.mode == TargetMode::kShiftedWindow ? 1 : options_.windowLength);
}

int64_t WindowDataset::lastTargetRow(int64_t sample) const {
  return firstTargetRow(sample) + targetSteps(options_) - 1;
}

WindowDataset WindowDataset::subset(int64_t begin, int64_t end) const {
  WindowDataset out;
  out.data_ = data_.slice(begin, end);
  out.options_ = options_;
  out.firstRow_ = firstRow_ + begin;
  return out;
}

}  // namespace lstmviz::core
