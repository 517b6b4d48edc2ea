#pragma once
// SeededRandom: the random stream of the built-in data generators. std::mt19937_64's output is
// fixed by the standard, but std::uniform_real_distribution / std::normal_distribution are not
// (libstdc++ and libc++ differ), so the draws are made here from the raw 64-bit words: a data set
// generated from a seed is the same on every platform. Not thread-safe; one per generator call.
#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace lstmviz::core {

class SeededRandom {
 public:
  explicit SeededRandom(uint64_t seed) : engine_(seed) {}

  // Returns a double in [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
  // Returns a double in [low, high).
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  // Returns an integer in [0, n). Requires: n > 0. Rejection sampling, so no modulo bias.
  int64_t index(int64_t n) {
    const uint64_t range = static_cast<uint64_t>(n);
    const uint64_t limit = UINT64_MAX - UINT64_MAX % range;
    uint64_t word = engine_();
    while (word >= limit) word = engine_();
    return static_cast<int64_t>(word % range);
  }
  // Returns a standard normal draw (Box–Muller; the second value of each pair is kept).
  double normal() {
    if (hasSpare_) {
      hasSpare_ = false;
      return spare_;
    }
    const double u1 = 1.0 - uniform();  // (0, 1]: log is finite
    const double u2 = uniform();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    spare_ = radius * std::sin(2.0 * std::numbers::pi * u2);
    hasSpare_ = true;
    return radius * std::cos(2.0 * std::numbers::pi * u2);
  }
  double normal(double mean, double stddev) { return mean + stddev * normal(); }

  std::mt19937_64& engine() { return engine_; }

 private:
  std::mt19937_64 engine_;
  double spare_ = 0.0;
  bool hasSpare_ = false;
};

}  // namespace lstmviz::core
