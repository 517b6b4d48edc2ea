#include "core/nn/gemm_kernel.h"

#include <cblas.h>
#include <omp.h>
#include <sys/mman.h>

#include <Eigen/Core>
#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <new>
#include <semaphore>
#include <string>
#include <vector>

// OpenBLAS' own work-buffer table (driver/others/memory.c), exported by libopenblas.so.0 but not
// declared in cblas.h: one entry per concurrent call, mapped on first use and kept for reuse.
extern "C" void* blas_memory_alloc(int procpos);
extern "C" void blas_memory_free(void* buffer);

namespace lstmviz::core {

namespace {

// OpenBLAS' BUFFER_SIZE in Debian's x86-64 build (0.3.21, DYNAMIC_ARCH): each table entry maps
// 128 MiB (measured: VmSize grows by exactly that per entry); a MiB more for page rounding.
constexpr size_t kOpenBlasBufferBytes = (size_t{128} << 20) + (size_t{1} << 20);

// OpenBLAS' x86-64 kernels for CPUs with AVX2 or AVX-512: the ones a current CPU should run.
constexpr std::array<const char*, 5> kModernCores = {"haswell", "zen", "skylakex", "cooperlake",
                                                     "sapphirerapids"};

std::string lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  return s;
}

GemmChoice decide() {
  GemmChoice choice;
  choice.openBlasCore = openblas_get_corename();
  const std::string config = openblas_get_config();  // "OpenBLAS 0.3.21 NO_LAPACKE …"
  const std::string version = config.substr(0, config.find(' ', config.find(' ') + 1));
  const char* forced = std::getenv("LSTMVIZ_GEMM");
  const std::string core = lowercase(choice.openBlasCore);
  if (forced && std::string(forced) == "eigen") {
    choice.description = "Eigen (LSTMVIZ_GEMM=eigen)";
  } else if (openblas_get_parallel() != 0) {
    // Not the serial build (the libopenblas.so.0 alternative pointed elsewhere): its own threads
    // would ignore the thread budget.
    choice.description = "Eigen (the " + version + " loaded is not Debian's serial build)";
  } else if (std::find(kModernCores.begin(), kModernCores.end(), core) == kModernCores.end()) {
    choice.description = "Eigen (" + version + " chose its kernel " + choice.openBlasCore +
                         ", not one made for AVX2 or AVX-512)";
  } else {
    choice.kernel = GemmKernel::kOpenBlas;
    choice.description = version + " (" + choice.openBlasCore + " kernel)";
  }
  return choice;
}

// At most one OpenBLAS call per reserved buffer runs at a time, so OpenBLAS always finds a free
// entry it has already mapped and never maps memory while lstmviz computes.
class OpenBlasBuffers {
 public:
  // Maps one buffer per core, once; throws std::bad_alloc (and tries again on the next call) if
  // that much address space is not there now, instead of letting OpenBLAS fail to map it later
  // (its allocator retries a failed mmap forever). The address space is first taken by lstmviz
  // and handed over one buffer at a time: each chunk is unmapped just before OpenBLAS maps its
  // buffer, with no allocation in between on this thread.
  void reserve() {
    std::call_once(reserved_, [this] {
      const int count = std::max(1, omp_get_num_procs());
      // OpenMP's worker threads (their stacks) first, so that they do not need the address space
      // the buffers take.
#pragma omp parallel num_threads(count)
      {}
      std::vector<void*> buffers(static_cast<size_t>(count), nullptr);
      const size_t bytes = kOpenBlasBufferBytes * static_cast<size_t>(count);
      void* probe =
          ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (probe == MAP_FAILED) throw std::bad_alloc();
      for (size_t i = 0; i < buffers.size(); ++i) {
        ::munmap(static_cast<char*>(probe) + i * kOpenBlasBufferBytes, kOpenBlasBufferBytes);
        buffers[i] = blas_memory_alloc(0);
      }
      for (void* buffer : buffers)
        if (buffer) blas_memory_free(buffer);
      const auto mapped = std::count_if(buffers.begin(), buffers.end(), [](void* b) { return b; });
      if (mapped == 0) throw std::bad_alloc();
      slots_ = std::make_unique<std::counting_semaphore<>>(mapped);
    });
  }

  // Holds one reserved buffer for the guard's lifetime (waits while all are in use).
  class Slot {
   public:
    explicit Slot(std::counting_semaphore<>& slots) : slots_(slots) { slots_.acquire(); }
    ~Slot() { slots_.release(); }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;

   private:
    std::counting_semaphore<>& slots_;
  };
  Slot slot() { return Slot(*slots_); }

 private:
  std::once_flag reserved_;
  std::unique_ptr<std::counting_semaphore<>> slots_;
};

OpenBlasBuffers& openBlasBuffers() {
  static OpenBlasBuffers buffers;
  return buffers;
}

template <typename T>
void openBlasGemm(const MatrixOperand<T>& a, const MatrixOperand<T>& b, const MatrixOperand<T>& c,
                  bool accumulate) {
  // Column-major C = op(A)·op(B): a row-major operand is its column-major transpose.
  const auto opA = a.rowMajor ? CblasTrans : CblasNoTrans;
  const auto opB = b.rowMajor ? CblasTrans : CblasNoTrans;
  const auto m = static_cast<blasint>(c.rows), n = static_cast<blasint>(c.cols),
             k = static_cast<blasint>(a.cols);
  const auto lda = static_cast<blasint>(a.outerStride), ldb = static_cast<blasint>(b.outerStride),
             ldc = static_cast<blasint>(c.outerStride);
  const T beta = accumulate ? T(1) : T(0);
  OpenBlasBuffers& buffers = openBlasBuffers();
  buffers.reserve();
  const auto held = buffers.slot();
  if constexpr (std::is_same_v<T, float>) {
    cblas_sgemm(CblasColMajor, opA, opB, m, n, k, 1.0f, a.data, lda, b.data, ldb, beta, c.data,
                ldc);
  } else {
    cblas_dgemm(CblasColMajor, opA, opB, m, n, k, 1.0, a.data, lda, b.data, ldb, beta, c.data, ldc);
  }
}

template <bool RowMajor, typename T>
auto eigenMap(const MatrixOperand<T>& m) {
  using Stored = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic,
                               RowMajor ? Eigen::RowMajor : Eigen::ColMajor>;
  return Eigen::Map<const Stored, Eigen::Unaligned, Eigen::OuterStride<>>(
      m.data, m.rows, m.cols, Eigen::OuterStride<>(m.outerStride));
}

template <typename T, typename A, typename B>
void eigenProduct(const A& a, const B& b, const MatrixOperand<T>& c, bool accumulate) {
  Eigen::Map<Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>, Eigen::Unaligned,
             Eigen::OuterStride<>>
      result(c.data, c.rows, c.cols, Eigen::OuterStride<>(c.outerStride));
  if (accumulate) {
    result.noalias() += a * b;
  } else {
    result.noalias() = a * b;
  }
}

// Eigen's product on this thread alone (the build sets EIGEN_DONT_PARALLELIZE).
template <typename T>
void eigenGemm(const MatrixOperand<T>& a, const MatrixOperand<T>& b, const MatrixOperand<T>& c,
               bool accumulate) {
  if (a.rowMajor) {
    if (b.rowMajor) return eigenProduct(eigenMap<true>(a), eigenMap<true>(b), c, accumulate);
    return eigenProduct(eigenMap<true>(a), eigenMap<false>(b), c, accumulate);
  }
  if (b.rowMajor) return eigenProduct(eigenMap<false>(a), eigenMap<true>(b), c, accumulate);
  eigenProduct(eigenMap<false>(a), eigenMap<false>(b), c, accumulate);
}

}  // namespace

const GemmChoice& gemmChoice() {
  static const GemmChoice choice = decide();
  return choice;
}

void prepareGemm(GemmKernel kernel) {
  if (kernel == GemmKernel::kOpenBlas && gemmChoice().kernel == GemmKernel::kOpenBlas)
    openBlasBuffers().reserve();
}

template <typename T>
void gemmSlice(const MatrixOperand<T>& a, const MatrixOperand<T>& b, const MatrixOperand<T>& c,
               bool accumulate, GemmKernel kernel) {
  assert(!c.rowMajor && a.cols == b.rows && a.rows == c.rows && b.cols == c.cols);
  if (kernel == GemmKernel::kOpenBlas && gemmChoice().kernel == GemmKernel::kOpenBlas) {
    openBlasGemm(a, b, c, accumulate);
  } else {
    eigenGemm(a, b, c, accumulate);
  }
}

template void gemmSlice<float>(const MatrixOperand<float>&, const MatrixOperand<float>&,
                               const MatrixOperand<float>&, bool, GemmKernel);
template void gemmSlice<double>(const MatrixOperand<double>&, const MatrixOperand<double>&,
                                const MatrixOperand<double>&, bool, GemmKernel);

}  // namespace lstmviz::core
