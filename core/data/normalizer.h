#pragma once
// Normalizer: per-column affine scaling, fitted on the training rows only (fitting on all rows
// would leak the validation and test ranges into training):
//   transform  z = (x − offset_f) / scale_f      inverse  x = z · scale_f + offset_f
//   kStandard  offset = mean, scale = std (population, ddof = 0, as sklearn's StandardScaler)
//   kMinMax    offset = min,  scale = max − min  (the training range maps to [0, 1])
//   kNone      offset = 0,    scale = 1
// A constant column (scale 0) gets scale 1, as in sklearn: it becomes x − offset, never NaN.
// Statistics are accumulated in double.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/data/series.h"

namespace lstmviz::core {

enum class NormalizationKind { kNone, kStandard, kMinMax };

const char* normalizationKindName(NormalizationKind kind);          // "none", "standard", "minmax"
NormalizationKind parseNormalizationKind(const std::string& name);  // throws Error with choices

class Normalizer {
 public:
  Normalizer() = default;  // fitted on no columns; transform accepts only 0-column series
  // Restores a saved normalizer. Throws ShapeError if the sizes differ, Error on a scale ≤ 0 or a
  // non-finite value.
  Normalizer(NormalizationKind kind, std::vector<double> offsets, std::vector<double> scales);

  // Fits per-column statistics on train. Throws Error if train has no rows.
  static Normalizer fit(const Series& train, NormalizationKind kind);

  NormalizationKind kind() const { return kind_; }
  int64_t columns() const { return static_cast<int64_t>(offsets_.size()); }
  const std::vector<double>& offsets() const { return offsets_; }
  const std::vector<double>& scales() const { return scales_; }

  // Return a series in normalized / original units. Throw ShapeError on a column-count mismatch.
  Series transform(const Series& series) const;
  Series inverse(const Series& series) const;

  // In-place transform / inverse of a tensor whose last axis holds the given series columns in
  // that order, e.g. predictions (S, O) or (S, k, O) of the target columns. Throws ShapeError
  // if the last axis is not columns.size() long or a column is out of range.
  void transformInPlace(Tensor<float>& values, const std::vector<int64_t>& columns) const;
  void inverseInPlace(Tensor<float>& values, const std::vector<int64_t>& columns) const;

  float transformValue(float value, int64_t column) const;
  float inverseValue(float value, int64_t column) const;

 private:
  void apply(Tensor<float>& values, const std::vector<int64_t>& columns, bool forward) const;

  NormalizationKind kind_ = NormalizationKind::kNone;
  std::vector<double> offsets_;
  std::vector<double> scales_;
};

}  // namespace lstmviz::core
