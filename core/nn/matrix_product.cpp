#include "core/nn/matrix_product.h"

#include <omp.h>

#include <algorithm>
#include <cassert>

#include "core/nn/batch_slices.h"
#include "core/nn/gemm_kernel.h"
#include "core/nn/thread_budget.h"

namespace lstmviz::core {

namespace {

// Below these a product runs on one thread: a slice narrower than 32 rows or columns, or a
// product of fewer than 2²² FLOPs (a few hundred microseconds), gains less than a parallel region
// costs.
constexpr int64_t kMinSliceWidth = 32;
constexpr double kMinParallelFlops = 4194304.0;

int productThreads(int64_t m, int64_t n, int64_t k, int64_t splitLength) {
  if (omp_in_parallel()) return 1;
  if (2.0 * static_cast<double>(m) * static_cast<double>(n) * static_cast<double>(k) <
      kMinParallelFlops)
    return 1;
  const int64_t byWork = splitLength / kMinSliceWidth;
  return static_cast<int>(std::max<int64_t>(1, std::min<int64_t>(ThreadBudget::current(), byWork)));
}

template <typename T>
void setZero(const MatrixOperand<T>& c) {
  for (int64_t j = 0; j < c.cols; ++j) std::fill_n(c.data + j * c.outerStride, c.rows, T(0));
}

}  // namespace

template <typename T>
void multiply(const MatrixOperand<T>& a, const MatrixOperand<T>& b, const MatrixOperand<T>& c,
              bool accumulate, GemmKernel kernel) {
  assert(a.cols == b.rows && a.rows == c.rows && b.cols == c.cols);
  // A row-major C is the column-major Cᵀ = Bᵀ·Aᵀ.
  if (c.rowMajor)
    return multiply(b.transposed(), a.transposed(), c.transposed(), accumulate, kernel);
  if (c.rows == 0 || c.cols == 0) return;
  if (a.cols == 0) {
    if (!accumulate) setZero(c);
    return;
  }
  prepareGemm(kernel);  // here, not on a worker thread (see gemm_kernel.h)
  const bool byColumns = c.cols >= c.rows;
  const int64_t length = byColumns ? c.cols : c.rows;
  forEachSlice(
      length, productThreads(c.rows, c.cols, a.cols, length), [&](int64_t first, int64_t count) {
        if (count == 0) return;
        if (byColumns) {
          gemmSlice(a, b.middleCols(first, count), c.middleCols(first, count), accumulate, kernel);
        } else {
          gemmSlice(a.middleRows(first, count), b, c.middleRows(first, count), accumulate, kernel);
        }
      });
}

template void multiply<float>(const MatrixOperand<float>&, const MatrixOperand<float>&,
                              const MatrixOperand<float>&, bool, GemmKernel);
template void multiply<double>(const MatrixOperand<double>&, const MatrixOperand<double>&,
                               const MatrixOperand<double>&, bool, GemmKernel);

}  // namespace lstmviz::core
