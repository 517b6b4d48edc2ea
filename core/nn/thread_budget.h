#pragma once
// ThreadBudget: how many threads the computations started on the calling thread may use — the
// LSTM kernels' batch split and the split of the large matrix products (core/nn/batch_slices.h)
// — for the guard's lifetime; the previous budget comes back when it goes. The budget belongs to
// the calling thread alone: it is OpenMP's nthreads-var (omp_set_num_threads), which each thread
// keeps for itself. Eigen never reads it: the build sets EIGEN_DONT_PARALLELIZE, so every Eigen
// product runs on the thread that calls it, and Eigen::setNbThreads changes nothing of ours.
// A training worker under ThreadBudget(1) thus leaves the explorer on the GUI thread with every
// core. Not for use inside a parallel region.
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

  // The calling thread's budget now.
  static int current() { return omp_get_max_threads(); }

 private:
  int saved_;
};

}  // namespace lstmviz::core
