#pragma once
// BatchLoader: the index side of torch.utils.data.DataLoader(dataset, batch_size, shuffle,
// drop_last). Each epoch visits a permutation of [0, S) (identity order without shuffle) cut into
// batches of batch_size; the last batch is short unless drop_last, when it is dropped:
//   batchCount = ⌊S / B⌋ if drop_last else ⌈S / B⌉          (len(DataLoader))
// The order of epoch e is a Fisher–Yates shuffle with std::mt19937_64 seeded from (seed, e):
// deterministic for a seed, different per epoch, and independent of which epochs were drawn
// before (so a resumed run sees the same orders). Not torch's RNG stream. Immutable, so
// thread-safe.
#include <cstdint>
#include <vector>

namespace lstmviz::core {

class BatchLoader {
 public:
  // Throws Error "batch_size should be a positive integer value, but got batch_size=0" (torch's
  // wording) on batchSize < 1, and on a negative datasetSize.
  BatchLoader(int64_t datasetSize, int64_t batchSize, bool shuffle = false, bool dropLast = false,
              uint64_t seed = 0);

  int64_t datasetSize() const { return size_; }
  int64_t batchSize() const { return batchSize_; }
  bool shuffle() const { return shuffle_; }
  bool dropLast() const { return dropLast_; }
  int64_t batchCount() const;

  // Returns the sample order of epoch e (0-based): a permutation of [0, S).
  std::vector<int64_t> epochOrder(int64_t epoch) const;
  // Returns the batches of epoch e: batchCount() index lists in epochOrder(e).
  std::vector<std::vector<int64_t>> batches(int64_t epoch) const;

 private:
  int64_t size_;
  int64_t batchSize_;
  bool shuffle_;
  bool dropLast_;
  uint64_t seed_;
};

}  // namespace lstmviz::core
