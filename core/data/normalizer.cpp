#include "core/data/normalizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/common/error.h"

namespace lstmviz::core {

const char* normalizationKindName(NormalizationKind kind) {
  switch (kind) {
    case NormalizationKind::kNone:
      return "none";
    case NormalizationKind::kStandard:
      return "standard";
    case NormalizationKind::kMinMax:
      return "minmax";
  }
  return "?";
}

NormalizationKind parseNormalizationKind(const std::string& name) {
  for (NormalizationKind kind :
       {NormalizationKind::kNone, NormalizationKind::kStandard, NormalizationKind::kMinMax}) {
    if (name == normalizationKindName(kind)) return kind;
  }
  throw Error("unknown normalization '" + name + "' (expected one of: none, standard, minmax)");
}

Normalizer::Normalizer(NormalizationKind kind, std::vector<double> offsets,
                       std::vector<double> scales)
    : kind_(kind), offsets_(std::move(offsets)), scales_(std::move(scales)) {
  if (offsets_.size() != scales_.size()) {
    throw ShapeError("normalizer: " + std::to_string(offsets_.size()) + " offsets but " +
                     std::to_string(scales_.size()) + " scales");
  }
  for (size_t f = 0; f < scales_.size(); ++f) {
    if (!std::isfinite(offsets_[f]) || !std::isfinite(scales_[f]) || scales_[f] <= 0.0) {
      throw Error("normalizer: column " + std::to_string(f) + " has offset " +
                  std::to_string(offsets_[f]) + " and scale " + std::to_string(scales_[f]) +
                  " (expected finite values and a positive scale)");
    }
  }
}

Normalizer Normalizer::fit(const Series& train, NormalizationKind kind) {
  if (train.rows() == 0) throw Error("cannot fit a normalizer on zero training rows");
  const int64_t width = train.columns();
  std::vector<double> offsets(width, 0.0);
  std::vector<double> scales(width, 1.0);
  if (kind == NormalizationKind::kNone) return Normalizer(kind, offsets, scales);
  for (int64_t f = 0; f < width; ++f) {
    double scale = 0.0;
    if (kind == NormalizationKind::kStandard) {
      double mean = 0.0;
      for (int64_t t = 0; t < train.rows(); ++t) mean += train.at(t, f);
      mean /= static_cast<double>(train.rows());
      double squares = 0.0;
      for (int64_t t = 0; t < train.rows(); ++t) {
        const double d = train.at(t, f) - mean;
        squares += d * d;
      }
      offsets[f] = mean;
      scale = std::sqrt(squares / static_cast<double>(train.rows()));
    } else {
      double low = std::numeric_limits<double>::infinity();
      double high = -low;
      for (int64_t t = 0; t < train.rows(); ++t) {
        low = std::min<double>(low, train.at(t, f));
        high = std::max<double>(high, train.at(t, f));
      }
      offsets[f] = low;
      scale = high - low;
    }
    // A (nearly) constant column: keep scale 1 so the column is shifted, not blown up.
    const double magnitude = std::max(1.0, std::abs(offsets[f]));
    scales[f] = (std::isfinite(scale) && scale > 1e-12 * magnitude) ? scale : 1.0;
    if (!std::isfinite(offsets[f])) {
      throw Error("normalizer: column '" + train.columnNames()[f] + "' is not finite");
    }
  }
  return Normalizer(kind, std::move(offsets), std::move(scales));
}

void Normalizer::apply(Tensor<float>& values, const std::vector<int64_t>& columnList,
                       bool forward) const {
  checkColumnIndices(columnList, columns(), "normalizer");
  const int64_t width = static_cast<int64_t>(columnList.size());
  const int64_t last = values.dim() > 0 ? values.shape.back() : 0;
  if (values.numel() > 0 && last != width) {
    throw ShapeError("normalizer: the last axis of a tensor of size " +
                     shapeToString(values.shape) + " should hold " + std::to_string(width) +
                     " columns");
  }
  float* p = values.ptr();
  for (int64_t i = 0; i < values.numel(); ++i) {
    const int64_t f = columnList[i % width];
    p[i] = forward ? static_cast<float>((p[i] - offsets_[f]) / scales_[f])
                   : static_cast<float>(p[i] * scales_[f] + offsets_[f]);
  }
}

void Normalizer::transformInPlace(Tensor<float>& values,
                                  const std::vector<int64_t>& columnList) const {
  apply(values, columnList, true);
}

void Normalizer::inverseInPlace(Tensor<float>& values,
                                const std::vector<int64_t>& columnList) const {
  apply(values, columnList, false);
}

Series Normalizer::transform(const Series& series) const {
  if (series.columns() != columns()) {
    throw ShapeError("normalizer fitted on " + std::to_string(columns()) + " columns got a " +
                     "series of " + std::to_string(series.columns()));
  }
  Tensor<float> values = series.toTensor();
  std::vector<int64_t> all(columns());
  for (int64_t f = 0; f < columns(); ++f) all[f] = f;
  apply(values, all, true);
  return Series(series.columnNames(), std::move(values.data));
}

Series Normalizer::inverse(const Series& series) const {
  if (series.columns() != columns()) {
    throw ShapeError("normalizer fitted on " + std::to_string(columns()) + " columns got a " +
                     "series of " + std::to_string(series.columns()));
  }
  Tensor<float> values = series.toTensor();
  std::vector<int64_t> all(columns());
  for (int64_t f = 0; f < columns(); ++f) all[f] = f;
  apply(values, all, false);
  return Series(series.columnNames(), std::move(values.data));
}

float Normalizer::transformValue(float value, int64_t column) const {
  checkColumnIndices({column}, columns(), "normalizer");
  return static_cast<float>((value - offsets_[column]) / scales_[column]);
}

float Normalizer::inverseValue(float value, int64_t column) const {
  checkColumnIndices({column}, columns(), "normalizer");
  return static_cast<float>(value * scales_[column] + offsets_[column]);
}

}  // namespace lstmviz::core
