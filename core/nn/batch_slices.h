#pragma once
// forEachBatchSlice: the batch split of the LSTM kernels. Samples never interact through time,
// so threads split the batch: each runs every step for its own columns, with no barrier per step,
// and Eigen's products inside run on that thread alone (Eigen does not nest parallel regions).
// Column ranges: thread k of K gets [k·N/K, (k+1)·N/K). A thread gets at least
// kMinColumnsPerThread samples; fewer threads than that run the batch alone.
//
// No exception crosses the parallel region (one that escapes an OpenMP thread calls
// std::terminate): each thread catches what its slice throws — std::bad_alloc when memory runs
// out — and the first one is rethrown on the calling thread after every slice has ended.
#include <omp.h>

#include <Eigen/Core>
#include <algorithm>
#include <cstdint>
#include <exception>

namespace lstmviz::core {

inline constexpr int64_t kMinColumnsPerThread = 8;

// Threads for a batch of `batch` samples: the calling thread's budget (Eigen::nbThreads(), see
// thread_budget.h), at most one per 8 samples.
inline int batchThreads(int64_t batch) {
  const int64_t byWork = batch / kMinColumnsPerThread;
  return static_cast<int>(std::max<int64_t>(1, std::min<int64_t>(Eigen::nbThreads(), byWork)));
}

// Calls body(firstColumn, columns) for each thread's slice of [0, batch). Rethrows the first
// exception a slice threw, after all slices have ended.
template <typename Body>
void forEachBatchSlice(int64_t batch, const Body& body) {
  const int threads = batchThreads(batch);
  if (threads == 1) {
    body(int64_t{0}, batch);
    return;
  }
  std::exception_ptr failure;
#pragma omp parallel num_threads(threads)
  {
    const int64_t k = omp_get_thread_num(), count = omp_get_num_threads();
    const int64_t begin = k * batch / count, end = (k + 1) * batch / count;
    try {
      body(begin, end - begin);
    } catch (...) {
#pragma omp critical(lstmviz_batch_slice_failure)
      if (!failure) failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
}

}  // namespace lstmviz::core
