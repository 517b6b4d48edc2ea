// ThreadBudget: the thread count of the kernels and of Eigen's products, per calling thread.
// Regression (issue 17, code review): the training worker set Eigen::setNbThreads(1), which is
// process-wide, so after the first run the explorer ran on one core for the rest of the session.
#include "core/nn/thread_budget.h"

#include <gtest/gtest.h>

#include <Eigen/Core>
#include <thread>

#include "core/nn/batch_slices.h"

namespace lstmviz::core {
namespace {

TEST(ThreadBudget, LimitsOnlyTheThreadThatSetsIt) {
  const ThreadBudget twoCores(2);
  int workerThreads = 0, workerBatchThreads = 0;
  std::thread worker([&] {
    const ThreadBudget oneThread(1);
    workerThreads = ThreadBudget::current();
    workerBatchThreads = batchThreads(64);
  });
  worker.join();
  EXPECT_EQ(workerThreads, 1);
  EXPECT_EQ(workerBatchThreads, 1);
  EXPECT_EQ(ThreadBudget::current(), 2);
  EXPECT_EQ(batchThreads(64), 2);
}

TEST(ThreadBudget, GivesThePreviousBudgetBackWhenItEnds) {
  const ThreadBudget outer(2);
  {
    const ThreadBudget inner(1);
    EXPECT_EQ(ThreadBudget::current(), 1);
    EXPECT_EQ(batchThreads(64), 1);
  }
  EXPECT_EQ(ThreadBudget::current(), 2);
  EXPECT_EQ(batchThreads(64), 2);
}

}  // namespace
}  // namespace lstmviz::core
