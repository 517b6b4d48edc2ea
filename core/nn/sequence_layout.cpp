#include "core/nn/sequence_layout.h"

#include <cassert>
#include <cstring>

namespace lstmviz::core {

template <typename T>
void sequenceToColumns(const Tensor<T>& src, const SequenceLayout& layout, Matrix<T>& dst) {
  const int64_t n = layout.batch, l = layout.steps, f = dst.rows();
  assert(dst.cols() == n * l && src.numel() == f * n * l);
  if (!layout.batchFirst || layout.unbatched) {
    std::memcpy(dst.data(), src.ptr(), sizeof(T) * f * n * l);
    return;
  }
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t)
      std::memcpy(dst.col(t * n + b).data(), src.ptr() + (b * l + t) * f, sizeof(T) * f);
}

template <typename T>
void columnsToSequence(const Matrix<T>& src, const SequenceLayout& layout, Tensor<T>& dst) {
  const int64_t n = layout.batch, l = layout.steps, f = src.rows();
  dst.shape = layout.sequenceShape(f);
  dst.data.resize(f * n * l);
  if (!layout.batchFirst || layout.unbatched) {
    std::memcpy(dst.ptr(), src.data(), sizeof(T) * f * n * l);
    return;
  }
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t)
      std::memcpy(dst.ptr() + (b * l + t) * f, src.col(t * n + b).data(), sizeof(T) * f);
}

template void sequenceToColumns<float>(const Tensor<float>&, const SequenceLayout&, Matrix<float>&);
template void sequenceToColumns<double>(const Tensor<double>&, const SequenceLayout&,
                                        Matrix<double>&);
template void columnsToSequence<float>(const Matrix<float>&, const SequenceLayout&, Tensor<float>&);
template void columnsToSequence<double>(const Matrix<double>&, const SequenceLayout&,
                                        Tensor<double>&);

}  // namespace lstmviz::core
