#pragma once
// The first value that is not finite in a run of numbers, described for an error message.
// Shared by every place that refuses NaN or Inf (CLI inputs and data, --init checkpoints, imported
// state_dicts); each caller throws its own error type with its own consequence appended.
#include <cmath>
#include <cstddef>
#include <string>

namespace lstmviz::core {

// "<what> contains NaN at flat index i" (or Inf) for the first such value; "" when all are finite.
template <typename T>
std::string nonFiniteProblem(const T* data, size_t count, const std::string& what) {
  for (size_t i = 0; i < count; ++i)
    if (!std::isfinite(data[i]))
      return what + " contains " + (std::isnan(data[i]) ? "NaN" : "Inf") + " at flat index " +
             std::to_string(i);
  return std::string();
}

}  // namespace lstmviz::core
