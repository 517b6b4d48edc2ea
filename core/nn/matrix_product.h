#pragma once
// multiply: C = A·B or C += A·B for the large products — the input projection of all steps
// (W_ih X), the weight gradients over all L·N columns (dA Xᵀ, dA H_prevᵀ, dH Mᵀ), dX = W_ihᵀ dA and
// the heads. lstmviz splits each between the calling thread's budget itself
// (core/nn/batch_slices.h): C's longer side is cut into one slice per thread, and each slice is
// one single-threaded GEMM (core/nn/gemm_kernel.h: OpenBLAS' when it runs a kernel made for this
// CPU, Eigen's otherwise). Cutting C's rows or columns leaves every element's sum over the inner
// dimension whole, so a slice's numbers depend only on the kernel's own blocking; a run is exactly
// repeatable for a given seed, thread count and CPU. An exception in a slice (std::bad_alloc from
// a kernel's packing buffer) reaches the caller, never std::terminate.
#include <cstdint>

#include "core/nn/gemm_kernel.h"
#include "core/nn/matrix_operand.h"

namespace lstmviz::core {

// c = a·b (accumulate: c += a·b). Requires: a.cols == b.rows, c is a.rows × b.cols and does not
// overlap a or b. Runs on the calling thread's budget (one thread inside a parallel region), each
// slice with `kernel` (the process's choice unless a benchmark asks for one).
template <typename T>
void multiply(const MatrixOperand<T>& a, const MatrixOperand<T>& b, const MatrixOperand<T>& c,
              bool accumulate, GemmKernel kernel = gemmChoice().kernel);

}  // namespace lstmviz::core
