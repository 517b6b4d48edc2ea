#pragma once
// MatrixOperand: a plain description (pointer, shape, stride, storage order) of a dense matrix, so
// that one product routine (core/nn/matrix_product.h) serves Eigen's matrices, maps and blocks of
// either storage order and hands them to a BLAS or back to Eigen.
#include <Eigen/Core>
#include <algorithm>
#include <cstdint>

namespace lstmviz::core {

// A dense rows × cols operand at data whose consecutive columns (column-major) or rows
// (row-major) lie outerStride scalars apart: any Eigen matrix, map or block of one.
template <typename T>
struct MatrixOperand {
  T* data = nullptr;
  int64_t rows = 0, cols = 0, outerStride = 0;
  bool rowMajor = false;

  // Aᵀ, the same memory read the other way.
  MatrixOperand transposed() const { return {data, cols, rows, outerStride, !rowMajor}; }
  MatrixOperand middleRows(int64_t first, int64_t count) const {
    return {data + (rowMajor ? first * outerStride : first), count, cols, outerStride, rowMajor};
  }
  MatrixOperand middleCols(int64_t first, int64_t count) const {
    return {data + (rowMajor ? first : first * outerStride), rows, count, outerStride, rowMajor};
  }
};

// The operand of an Eigen expression with direct access (Matrix, Map, Block; const or not).
template <typename Derived>
auto operandOf(const Eigen::DenseBase<Derived>& m) {
  using Scalar = typename Derived::Scalar;
  auto* data = const_cast<Scalar*>(m.derived().data());
  const int64_t outer = std::max<int64_t>(m.derived().outerStride(), 1);
  return MatrixOperand<Scalar>{data, m.rows(), m.cols(), outer, Derived::IsRowMajor};
}

}  // namespace lstmviz::core
