#pragma once
// forEachSlice / forEachBatchSlice: how lstmviz splits work between the calling thread's budget
// (core/nn/thread_budget.h). Eigen itself never runs a product on several threads
// (EIGEN_DONT_PARALLELIZE, set for the whole build): every parallel region is one of these.
//
// The LSTM kernels split the batch: samples never interact through time, so each thread runs
// every step for its own columns, with no barrier per step. The large products split their result
// (core/nn/matrix_product.h). Ranges: thread k of K gets [k·total/K, (k+1)·total/K).
//
// No exception crosses the parallel region (one that escapes an OpenMP thread calls
// std::terminate): each thread catches what its slice throws — std::bad_alloc when memory runs
// out — and the first one is rethrown on the calling thread after every slice has ended.
#include <omp.h>

#include <algorithm>
#include <cstdint>
#include <exception>

#include "core/nn/thread_budget.h"

namespace lstmviz::core {

inline constexpr int64_t kMinColumnsPerThread = 8;

// Calls body(first, count) for `threads` consecutive slices of [0, total), each on its own
// thread (threads == 1: on the calling thread). Rethrows the first exception a slice threw,
// after all slices have ended. Requires: 1 <= threads <= max(total, 1).
template <typename Body>
void forEachSlice(int64_t total, int threads, const Body& body) {
  if (threads <= 1) {
    body(int64_t{0}, total);
    return;
  }
  std::exception_ptr failure;
#pragma omp parallel num_threads(threads)
  {
    const int64_t k = omp_get_thread_num(), count = omp_get_num_threads();
    const int64_t begin = k * total / count, end = (k + 1) * total / count;
    try {
      body(begin, end - begin);
    } catch (...) {
#pragma omp critical(lstmviz_slice_failure)
      if (!failure) failure = std::current_exception();
    }
  }
  if (failure) std::rethrow_exception(failure);
}

// Threads for a batch of `batch` samples: the calling thread's budget, at most one per 8
// samples, and one inside a parallel region.
inline int batchThreads(int64_t batch) {
  if (omp_in_parallel()) return 1;
  const int64_t byWork = batch / kMinColumnsPerThread;
  return static_cast<int>(std::max<int64_t>(1, std::min<int64_t>(ThreadBudget::current(), byWork)));
}

// body(firstColumn, columns) for each thread's slice of the batch [0, batch).
template <typename Body>
void forEachBatchSlice(int64_t batch, const Body& body) {
  forEachSlice(batch, batchThreads(batch), body);
}

}  // namespace lstmviz::core
