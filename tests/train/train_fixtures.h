#pragma once
// Helpers for the tests of core/train: loading the JSON fixtures written by
// tests/fixtures/make_train_fixtures.py and comparing floats the way the fixtures promise.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::core::testing {

// tests/fixtures/train/<name>, parsed. Fails the test (fatally, via exception) when missing.
inline nlohmann::json loadTrainFixture(const std::string& name) {
  const std::string path = std::string(LSTMVIZ_FIXTURE_DIR) + "/train/" + name;
  std::ifstream in(path);
  if (!in) throw std::runtime_error("missing fixture " + path);
  return nlohmann::json::parse(in);
}

template <typename T>
std::vector<T> toVector(const nlohmann::json& values) {
  std::vector<T> out;
  for (const auto& v : values) out.push_back(static_cast<T>(v.get<double>()));
  return out;
}

template <typename T>
Tensor<T> toTensor(const nlohmann::json& tensor) {
  return Tensor<T>(tensor.at("shape").get<Shape>(), toVector<T>(tensor.at("data")));
}

// |actual − expected| ≤ 1e-6 · (1 + |expected|): a few float ulps at every magnitude.
inline bool closeToTorch(double actual, double expected, double tolerance = 1e-6) {
  return std::abs(actual - expected) <= tolerance * (1.0 + std::abs(expected));
}

template <typename T>
::testing::AssertionResult allCloseToTorch(const std::vector<T>& actual,
                                           const std::vector<T>& expected,
                                           double tolerance = 1e-6) {
  if (actual.size() != expected.size())
    return ::testing::AssertionFailure()
           << "size " << actual.size() << " != expected " << expected.size();
  double worst = 0.0;
  size_t worstAt = 0;
  for (size_t k = 0; k < actual.size(); ++k) {
    const double err = std::abs(static_cast<double>(actual[k]) - expected[k]) /
                       (1.0 + std::abs(static_cast<double>(expected[k])));
    if (!(err <= worst)) {
      worst = err;
      worstAt = k;
    }
  }
  if (worst <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "max relative error " << worst << " at " << worstAt << ": " << actual[worstAt]
         << " vs torch " << expected[worstAt];
}

}  // namespace lstmviz::core::testing
