#pragma once
// ThreadBudget: how many threads the computations started on the calling thread may use — the
// LSTM kernels' batch split (batchThreads) and Eigen's parallel matrix products — for the guard's
// lifetime; the previous budget comes back when it goes. The budget belongs to the calling thread
// alone: it is OpenMP's nthreads-var (omp_set_num_threads), which each thread keeps for itself and
// which Eigen::nbThreads() returns as long as Eigen::setNbThreads is never called (that one would
// pin every thread of the process, so lstmviz never calls it). A training worker under
// ThreadBudget(1) thus leaves the explorer on the GUI thread with every core.
// Not for use inside a parallel region.
#include <omp.h>

namespace lstmviz::core {

class ThreadBudget {
 public:
  // Requires: threads >= 1.
  explicit ThreadBudget(int threads) : saved_(omp_get_max_threads()) {
    omp_set_num_threads(threads);
  }
  ~ThreadBudget() { omp_set_num_threads(saved_); }
  ThreadBudget(const ThreadBudget&) = delete;
  ThreadBudget& operator=(const ThreadBudget&) = delete;

  // The calling thread's budget now: what Eigen::nbThreads() gives there.
  static int current() { return omp_get_max_threads(); }

 private:
  int saved_;
};

}  // namespace lstmviz::core
