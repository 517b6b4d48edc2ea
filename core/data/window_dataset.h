#pragma once
// WindowDataset: sliding windows over a Series, the notes' StockDataset (note 004):
//   sample i:  x = series[i : i+L, inputColumns]                         (L, F)
//   kNextStep:       y = series[i+L, targetColumns]                      (O,)     S = T − L
//   kNextSteps:      y = series[i+L : i+L+k, targetColumns]              (k, O)   S = T − L − k + 1
//   kShiftedWindow:  y = series[i+1 : i+L+1, targetColumns] (many-to-many) (L, O)   S = T − L
// held sample-major: x (S, L, F), y (S, O) | (S, k, O) | (S, L, O). The target columns may be
// inputs too (autoregression) or not (StockDataset's separate features and targets).
#include <cstdint>
#include <vector>

#include "core/data/sequence_dataset.h"
#include "core/data/series.h"

namespace lstmviz::core {

enum class TargetMode { kNextStep, kNextSteps, kShiftedWindow };

// "next_step", "next_steps", "shifted_window".
const char* targetModeName(TargetMode mode);
// Throws Error listing the choices.
TargetMode parseTargetMode(const std::string& name);

struct WindowOptions {
  int64_t windowLength = 7;  // L ≥ 1
  TargetMode mode = TargetMode::kNextStep;
  int64_t horizon = 1;                 // k ≥ 1, used by kNextSteps only
  std::vector<int64_t> inputColumns;   // series columns fed as x; empty: all (F = series F)
  std::vector<int64_t> targetColumns;  // series columns predicted; empty: all (O = series F)
};

class WindowDataset {
 public:
  // Returns S for a series of `rows` rows (0 when the series is too short; never negative).
  static int64_t sampleCount(int64_t rows, const WindowOptions& options);

  WindowDataset() = default;
  // Cuts series into windows. Throws ShapeError on L < 1, k < 1, a column index out of range, or
  // a series too short for one sample ("needs at least L+1 rows"); ResourceError when x would
  // exceed 2^31 floats (8 GiB).
  WindowDataset(const Series& series, WindowOptions options);

  const SequenceDataset& data() const { return data_; }
  const Tensor<float>& x() const { return data_.x; }         // (S, L, F)
  const Tensor<float>& y() const { return data_.y; }         // (S, O) | (S, k, O) | (S, L, O)
  int64_t size() const { return data_.size(); }              // S
  const WindowOptions& options() const { return options_; }  // columns filled in (never empty)

  // Series row of the first step of sample i's window (i + the offset of a subset).
  int64_t startRow(int64_t sample) const { return firstRow_ + sample; }
  // Series rows of the first and last target of sample i.
  int64_t firstTargetRow(int64_t sample) const;
  int64_t lastTargetRow(int64_t sample) const;

  // Returns samples [begin, end) with their row mapping kept. Throws ShapeError on a bad range.
  WindowDataset subset(int64_t begin, int64_t end) const;

 private:
  SequenceDataset data_;
  WindowOptions options_;
  int64_t firstRow_ = 0;
};

}  // namespace lstmviz::core
