#pragma once
// PackedWeights: a weight matrix laid out once in the packed form of Eigen's matrix kernel, so
// that the per-step recurrent products W_hh h_{t-1} (forward) and W_hhᵀ da_t (backward) pack
// only the small right-hand side at every step instead of the whole weight matrix.
//
// Why: Eigen (like any BLAS) packs both operands on every call. For one step of the large
// configuration (4H × H = 2048 × 512, 32 samples per thread) packing W_hh costs about a third
// of the product itself; the weights do not change during a forward or backward pass, so they
// are packed once per pass and reused by every step and every thread.
//
// Uses Eigen 3.4's internal GEMM building blocks (gemm_pack_lhs, gemm_pack_rhs, gebp_kernel) —
// the same ones general_matrix_matrix_product runs — with the same depth blocking, so the sums
// are formed in the same order as Eigen's own sequential product.
#include <Eigen/Core>
#include <cstdint>
#include <vector>

namespace lstmviz::core {

template <typename T>
class PackedWeights {
 public:
  // Packs A (rows × depth). rowMajor: A(r, k) = data[r·stride + k]; else data[k·stride + r].
  // Reuses the buffer when the size is unchanged.
  void pack(const T* data, int64_t rows, int64_t depth, int64_t stride, bool rowMajor);

  // C += A · B, with B (depth × cols, column-major, column stride ldb) and C (rows × cols,
  // column-major, column stride ldc). blockB: scratch of at least scratchSize(cols) elements,
  // one per calling thread, aligned as Eigen's matrices are (several threads may multiply by the
  // same PackedWeights at once).
  void multiplyAdd(const T* b, int64_t ldb, int64_t cols, T* c, int64_t ldc, T* blockB) const;

  int64_t scratchSize(int64_t cols) const { return kc_ * cols; }
  int64_t rows() const { return rows_; }
  int64_t depth() const { return depth_; }

 private:
  int64_t rows_ = 0, depth_ = 0, kc_ = 0;
  // Depth blocks of kc, each the (rows × kc) panel in the kernel's layout, one after the other
  // from blockStart_[b] (aligned); the Eigen vector's storage itself is aligned.
  Eigen::Matrix<T, Eigen::Dynamic, 1> packed_;
  std::vector<int64_t> blockStart_;
};

}  // namespace lstmviz::core
