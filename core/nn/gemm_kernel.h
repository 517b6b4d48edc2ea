#pragma once
// The single-threaded GEMM behind every slice of a large product (core/nn/matrix_product.h):
// OpenBLAS' when the OpenBLAS lstmviz links (Debian's serial build, libopenblas0-serial) runs a
// kernel made for an AVX2 or AVX-512 CPU, Eigen's own otherwise.
//
// The rule (decided once per process, from openblas_get_corename()): OpenBLAS' kernels Haswell,
// Zen, SkylakeX, Cooperlake and SapphireRapids are used; any other name — an older kernel, as
// OpenBLAS 0.3.21 picks ("Prescott") for a CPU it does not know — leaves the products to Eigen,
// which is compiled for this CPU (-march=native). OPENBLAS_CORETYPE is not consulted by
// lstmviz (OpenBLAS itself reads it at load). LSTMVIZ_GEMM=eigen in the environment forces
// Eigen (for measurements). The choice never changes during a run, so results stay repeatable.
//
// Out of memory: OpenBLAS takes a 128 MiB (virtual) work buffer per concurrent call from its own
// table and crashes if it cannot map one. lstmviz therefore reserves one buffer per core before
// its first OpenBLAS call (throwing std::bad_alloc, and trying again later, if the memory is not
// there) and lets no more calls than that run at once, so OpenBLAS never maps memory afterwards.
// Between lstmviz taking that address space and OpenBLAS mapping it, another thread of the process
// that allocates could take it first (the window is one munmap + mmap); then OpenBLAS' allocator
// would spin. Only a hard address-space limit (RLIMIT_AS, overcommit disabled) can make that
// mmap fail.
// Thread safety: any thread may call gemmSlice; the serial OpenBLAS build locks its buffer table.
#include <cstdint>
#include <string>

#include "core/nn/matrix_operand.h"

namespace lstmviz::core {

enum class GemmKernel { kEigen, kOpenBlas };

struct GemmChoice {
  GemmKernel kernel = GemmKernel::kEigen;
  std::string openBlasCore;  // what openblas_get_corename() says, e.g. "Zen"
  // For people: "OpenBLAS 0.3.21 (Zen kernel)" or "Eigen (OpenBLAS' kernel Prescott is not one
  // made for this CPU)".
  std::string description;
};

// The process's choice (made on the first call; thread-safe).
const GemmChoice& gemmChoice();

// Makes `kernel` ready for gemmSlice: for OpenBLAS, maps its work buffers (above) unless done.
// Call on the thread that splits a product, before its parallel region (an OpenMP worker's first
// allocation maps a malloc arena of its own, which would take address space the buffers were
// measured for). Throws std::bad_alloc when the memory is not there.
void prepareGemm(GemmKernel kernel);

// c = a·b or c += a·b on the calling thread alone, with `kernel` (kOpenBlas: only where
// gemmChoice() chose it, Eigen's otherwise). Requires: c is column-major, a.cols == b.rows, none
// of the sizes is 0.
template <typename T>
void gemmSlice(const MatrixOperand<T>& a, const MatrixOperand<T>& b, const MatrixOperand<T>& c,
               bool accumulate, GemmKernel kernel);

}  // namespace lstmviz::core
