// BatchLoader: torch DataLoader's batch arithmetic and deterministic shuffling.
#include "core/data/batch_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "core/common/error.h"

namespace lstmviz::core {
namespace {

std::vector<int64_t> sizes(const std::vector<std::vector<int64_t>>& batches) {
  std::vector<int64_t> out;
  for (const auto& b : batches) out.push_back(static_cast<int64_t>(b.size()));
  return out;
}

TEST(BatchLoader, LastBatchIsShortWithoutDropLast) {
  // Note 004: 93 samples, batch_size 20 → 5 batches, the last of 13.
  const BatchLoader loader(93, 20, false, false);
  EXPECT_EQ(loader.batchCount(), 5);
  EXPECT_EQ(sizes(loader.batches(0)), (std::vector<int64_t>{20, 20, 20, 20, 13}));
}

TEST(BatchLoader, DropLastDropsTheShortBatch) {
  const BatchLoader loader(93, 20, true, true, 7);
  EXPECT_EQ(loader.batchCount(), 4);
  EXPECT_EQ(sizes(loader.batches(3)), (std::vector<int64_t>{20, 20, 20, 20}));
  const BatchLoader exact(40, 20, false, true);
  EXPECT_EQ(exact.batchCount(), 2);  // nothing to drop
  EXPECT_EQ(BatchLoader(5, 20, false, true).batchCount(), 0);
  EXPECT_EQ(BatchLoader(0, 4).batchCount(), 0);
}

TEST(BatchLoader, WithoutShuffleVisitsSamplesInOrder) {
  const BatchLoader loader(5, 2);
  EXPECT_EQ(loader.batches(3), (std::vector<std::vector<int64_t>>{{0, 1}, {2, 3}, {4}}));
}

TEST(BatchLoader, EachShuffledEpochIsAPermutation) {
  const BatchLoader loader(1000, 32, true, false, 42);
  for (int64_t epoch = 0; epoch < 3; ++epoch) {
    std::vector<int64_t> seen;
    for (const auto& batch : loader.batches(epoch))
      seen.insert(seen.end(), batch.begin(), batch.end());
    std::vector<int64_t> sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    std::vector<int64_t> expected(1000);
    std::iota(expected.begin(), expected.end(), 0);
    EXPECT_EQ(sorted, expected) << "epoch " << epoch;
    EXPECT_NE(seen, expected) << "epoch " << epoch << " was not shuffled";
  }
}

TEST(BatchLoader, ShuffleIsDeterministicForASeedAndDiffersPerEpochAndSeed) {
  const BatchLoader a(100, 10, true, false, 1);
  const BatchLoader b(100, 10, true, false, 1);
  const BatchLoader c(100, 10, true, false, 2);
  EXPECT_EQ(a.epochOrder(0), b.epochOrder(0));
  EXPECT_EQ(a.epochOrder(5), b.epochOrder(5));  // independent of the epochs drawn before
  EXPECT_NE(a.epochOrder(0), a.epochOrder(1));
  EXPECT_NE(a.epochOrder(0), c.epochOrder(0));
}

TEST(BatchLoader, RejectsNonPositiveBatchSizeInTorchWords) {
  try {
    BatchLoader(10, 0);
    FAIL() << "expected an Error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "batch_size should be a positive integer value, but got batch_size=0");
  }
  EXPECT_THROW(BatchLoader(-1, 4), Error);
}

}  // namespace
}  // namespace lstmviz::core
