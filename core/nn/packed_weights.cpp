#include "core/nn/packed_weights.h"

#include <algorithm>

#include "core/nn/safe_resize.h"

namespace lstmviz::core {

namespace {

using Index = Eigen::Index;
template <typename T>
using Traits = Eigen::internal::gebp_traits<T, T>;
template <typename T>
using ResMapper = Eigen::internal::blas_data_mapper<T, Index, Eigen::ColMajor, Eigen::Unaligned, 1>;
template <typename T, int Order>
using InputMapper = Eigen::internal::const_blas_data_mapper<T, Index, Order>;

template <typename T, int Order>
void packPanels(T* out, const std::vector<int64_t>& blockStart, const T* data, Index rows,
                Index depth, Index stride, Index kc) {
  Eigen::internal::gemm_pack_lhs<T, Index, InputMapper<T, Order>, Traits<T>::mr,
                                 Traits<T>::LhsProgress, typename Traits<T>::LhsPacket4Packing,
                                 Order>
      packLhs;
  const InputMapper<T, Order> a(data, stride);
  for (Index k = 0, block = 0; k < depth; k += kc, ++block) {
    const Index width = std::min(kc, depth - k);
    packLhs(out + blockStart[block], a.getSubMapper(0, k), width, rows);
  }
}

}  // namespace

template <typename T>
void PackedWeights<T>::pack(const T* data, int64_t rows, int64_t depth, int64_t stride,
                            bool rowMajor) {
  // Eigen's own depth block for a product of this size on one thread (m = rows, n = a step's
  // columns are few; kc depends on depth and the cache sizes).
  Index kc = depth, mc = rows, nc = 64;
  Eigen::internal::computeProductBlockingSizes<T, T>(kc, mc, nc, Index{1});
  rows_ = rows;
  depth_ = depth;
  kc_ = std::max<Index>(1, kc);
  // The kernel reads and writes its panels with aligned packet loads: every block starts on a
  // multiple of the widest alignment (as Eigen's freshly allocated blocks do).
  const int64_t align = EIGEN_MAX_ALIGN_BYTES / static_cast<int64_t>(sizeof(T));
  blockStart_.clear();
  int64_t size = 0;
  for (int64_t k = 0; k < depth; k += kc_) {
    blockStart_.push_back(size);
    size += (rows * std::min<int64_t>(kc_, depth - k) + align - 1) / align * align;
  }
  resizeSafely(packed_, size, 1);
  if (rowMajor)
    packPanels<T, Eigen::RowMajor>(packed_.data(), blockStart_, data, rows, depth, stride, kc_);
  else
    packPanels<T, Eigen::ColMajor>(packed_.data(), blockStart_, data, rows, depth, stride, kc_);
}

template <typename T>
void PackedWeights<T>::multiplyAdd(const T* b, int64_t ldb, int64_t cols, T* c, int64_t ldc,
                                   T* blockB) const {
  Eigen::internal::gemm_pack_rhs<T, Index, InputMapper<T, Eigen::ColMajor>, Traits<T>::nr,
                                 Eigen::ColMajor>
      packRhs;
  Eigen::internal::gebp_kernel<T, T, Index, ResMapper<T>, Traits<T>::mr, Traits<T>::nr, false,
                               false>
      gebp;
  const InputMapper<T, Eigen::ColMajor> rhs(b, ldb);
  const ResMapper<T> res(c, ldc);
  for (Index k = 0, block = 0; k < depth_; k += kc_, ++block) {
    const Index width = std::min<Index>(kc_, depth_ - k);
    packRhs(blockB, rhs.getSubMapper(k, 0), width, cols);
    gebp(res, packed_.data() + blockStart_[block], blockB, rows_, width, cols, T(1));
  }
}

template class PackedWeights<float>;
template class PackedWeights<double>;

}  // namespace lstmviz::core
