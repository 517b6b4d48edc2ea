#include "core/data/batch_loader.h"

#include <algorithm>
#include <numeric>
#include <random>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

BatchLoader::BatchLoader(int64_t datasetSize, int64_t batchSize, bool shuffle, bool dropLast,
                         uint64_t seed)
    : size_(datasetSize),
      batchSize_(batchSize),
      shuffle_(shuffle),
      dropLast_(dropLast),
      seed_(seed) {
  if (batchSize < 1) {
    throw Error("batch_size should be a positive integer value, but got batch_size=" +
                std::to_string(batchSize));
  }
  if (datasetSize < 0) {
    throw Error("dataset size should be non-negative, but got " + std::to_string(datasetSize));
  }
}

int64_t BatchLoader::batchCount() const {
  return dropLast_ ? size_ / batchSize_ : (size_ + batchSize_ - 1) / batchSize_;
}

std::vector<int64_t> BatchLoader::epochOrder(int64_t epoch) const {
  std::vector<int64_t> order(size_);
  std::iota(order.begin(), order.end(), 0);
  if (!shuffle_) return order;
  std::seed_seq seeds{static_cast<uint32_t>(seed_), static_cast<uint32_t>(seed_ >> 32),
                      static_cast<uint32_t>(epoch), static_cast<uint32_t>(epoch >> 32)};
  std::mt19937_64 engine(seeds);
  // Fisher–Yates from the back; the index draw avoids modulo bias by rejection and does not use
  // std::uniform_int_distribution, whose algorithm differs between standard libraries.
  for (int64_t i = size_ - 1; i > 0; --i) {
    const uint64_t range = static_cast<uint64_t>(i) + 1;
    const uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    uint64_t word = engine();
    while (word >= limit) word = engine();
    std::swap(order[i], order[static_cast<int64_t>(word % range)]);
  }
  return order;
}

std::vector<std::vector<int64_t>> BatchLoader::batches(int64_t epoch) const {
  const std::vector<int64_t> order = epochOrder(epoch);
  std::vector<std::vector<int64_t>> out;
  out.reserve(batchCount());
  for (int64_t begin = 0; begin < size_; begin += batchSize_) {
    const int64_t end = std::min(size_, begin + batchSize_);
    if (end - begin < batchSize_ && dropLast_) break;
    out.emplace_back(order.begin() + begin, order.begin() + end);
  }
  return out;
}

}  // namespace lstmviz::core
