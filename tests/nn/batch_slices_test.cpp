// forEachBatchSlice: the batch split between threads. Regression (issue 17): std::bad_alloc
// thrown inside the OpenMP region on two threads escaped it and aborted the process (or corrupted
// the heap while unwinding); it must reach the caller as an ordinary exception.
#include "core/nn/batch_slices.h"

#include <gtest/gtest.h>

#include <atomic>
#include <new>
#include <stdexcept>

#include "core/nn/thread_budget.h"

namespace lstmviz::core {
namespace {

class TwoThreads : public ::testing::Test {
 private:
  ThreadBudget budget_{2};
};

TEST_F(TwoThreads, SlicesCoverTheBatchOnce) {
  std::atomic<int64_t> columns{0}, slices{0};
  forEachBatchSlice(64, [&](int64_t, int64_t cols) {
    columns += cols;
    ++slices;
  });
  EXPECT_EQ(columns, 64);
  EXPECT_EQ(slices, 2);
}

TEST_F(TwoThreads, OutOfMemoryInOneSliceReachesTheCaller) {
  std::atomic<int> ended{0};
  EXPECT_THROW(forEachBatchSlice(64,
                                 [&](int64_t b0, int64_t) {
                                   ++ended;
                                   if (b0 != 0) throw std::bad_alloc();
                                 }),
               std::bad_alloc);
  EXPECT_EQ(ended, 2);  // the other slice ran to its end
}

TEST_F(TwoThreads, AnErrorInEverySliceIsReportedOnce) {
  EXPECT_THROW(forEachBatchSlice(64, [](int64_t, int64_t) { throw std::runtime_error("x"); }),
               std::runtime_error);
}

}  // namespace
}  // namespace lstmviz::core
