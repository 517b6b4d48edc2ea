#include "core/data/sequence_dataset.h"

#include <algorithm>

#include "core/common/error.h"

namespace lstmviz::core {

template <typename T>
Tensor<T> gatherSamples(const Tensor<T>& source, const std::vector<int64_t>& indices) {
  if (source.dim() == 0) return Tensor<T>();
  const int64_t count = source.shape[0];
  const int64_t stride = count > 0 ? source.numel() / count : 0;
  Shape shape = source.shape;
  shape[0] = static_cast<int64_t>(indices.size());
  Tensor<T> out(shape);
  for (size_t i = 0; i < indices.size(); ++i) {
    const int64_t index = indices[i];
    if (index < 0 || index >= count) {
      throw ShapeError("sample index " + std::to_string(index) + " is out of range for " +
                       std::to_string(count) + " samples");
    }
    std::copy_n(source.data.begin() + index * stride, stride, out.data.begin() + i * stride);
  }
  return out;
}

template Tensor<float> gatherSamples(const Tensor<float>&, const std::vector<int64_t>&);
template Tensor<int64_t> gatherSamples(const Tensor<int64_t>&, const std::vector<int64_t>&);

SequenceDataset SequenceDataset::gather(const std::vector<int64_t>& indices) const {
  SequenceDataset out;
  out.x = gatherSamples(x, indices);
  out.y = gatherSamples(y, indices);
  out.labels = gatherSamples(labels, indices);
  out.featureNames = featureNames;
  out.targetNames = targetNames;
  return out;
}

SequenceDataset SequenceDataset::slice(int64_t begin, int64_t end) const {
  if (begin < 0 || end < begin || end > size()) {
    throw ShapeError("sample range [" + std::to_string(begin) + ", " + std::to_string(end) +
                     ") is outside [0, " + std::to_string(size()) + ")");
  }
  std::vector<int64_t> indices(end - begin);
  for (int64_t i = begin; i < end; ++i) indices[i - begin] = i;
  return gather(indices);
}

}  // namespace lstmviz::core
