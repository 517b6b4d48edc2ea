#pragma once
// SequenceDataset: S supervised samples, sample-major (batch_first), ready for a model:
//   x       (S, L, F)                      inputs
//   y       (S, O) | (S, k, O) | (S, L, O)  regression targets; empty for classification
//   labels  (S,) | (S, L)                  class indices for cross entropy; empty for regression
// Its fields map one-to-one onto the trainer's TrainingData. Batches are gathered from it with the
// index lists a BatchLoader yields.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::core {

struct SequenceDataset {
  Tensor<float> x;
  Tensor<float> y;
  Tensor<int64_t> labels;
  std::vector<std::string> featureNames;  // F names (the input columns)
  std::vector<std::string> targetNames;   // O names (regression) or class names (classification)

  int64_t size() const { return x.dim() > 0 ? x.shape[0] : 0; }  // S
  bool empty() const { return size() == 0; }

  // Returns the samples at the given indices, in that order: a batch (N = indices.size()).
  // Throws ShapeError on an index outside [0, size()).
  SequenceDataset gather(const std::vector<int64_t>& indices) const;
  // Returns samples [begin, end). Throws ShapeError unless 0 ≤ begin ≤ end ≤ size().
  SequenceDataset slice(int64_t begin, int64_t end) const;
};

// Returns the rows (first-axis entries) of source at indices: shape (indices.size(), …).
// An empty source (no shape) gives an empty result. Throws ShapeError on an index out of range.
template <typename T>
Tensor<T> gatherSamples(const Tensor<T>& source, const std::vector<int64_t>& indices);

}  // namespace lstmviz::core
