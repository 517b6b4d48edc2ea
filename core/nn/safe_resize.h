#pragma once
// resizeSafely: Matrix::resize that leaves a valid matrix when the allocation throws.
// Eigen 3.4's resize (DenseStorage::resize) frees the old block, then allocates the new one; when
// that throws std::bad_alloc the matrix keeps the freed pointer and its old size, and its
// destructor frees the block a second time ("double free or corruption" after an out-of-memory
// that was otherwise reported cleanly). Freeing first (resizing to an empty matrix) and then
// allocating leaves an empty matrix instead. Every buffer that is kept between calls (the trace,
// the scratch gradients, the models' head buffers) changes size only through this.
#include <Eigen/Core>

namespace lstmviz::core {

// m becomes rows × cols (contents unspecified, as with resize); a no-op if it already is. On
// std::bad_alloc, m is empty.
template <typename Derived>
void resizeSafely(Eigen::PlainObjectBase<Derived>& m, Eigen::Index rows, Eigen::Index cols) {
  if (m.rows() == rows && m.cols() == cols) return;
  // Empty first: 0 × 0, or 0 × 1 / 1 × 0 for a vector type whose other side is fixed.
  if (m.size() != rows * cols)
    m.resize(Derived::RowsAtCompileTime == 1 ? 1 : 0, Derived::ColsAtCompileTime == 1 ? 1 : 0);
  m.resize(rows, cols);
}

// resizeSafely, then every element zero (Matrix::setZero(rows, cols)).
template <typename Derived>
void setZeroSafely(Eigen::PlainObjectBase<Derived>& m, Eigen::Index rows, Eigen::Index cols) {
  resizeSafely(m, rows, cols);
  m.setZero();
}

}  // namespace lstmviz::core
