#pragma once
// Loads a tests/fixtures/whatif/ case (make_whatif_fixtures.py): the nn.LSTM, its input, optional
// (h_0, c_0) and lengths, in float or double; and compares tensors llm.c-style (max difference,
// where).
#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>

#include "core/io/safetensors.h"
#include "core/nn/lstm.h"

namespace lstmviz::core::testing {

template <typename T>
Tensor<T> asScalar(const Tensor<float>& t) {
  return Tensor<T>(t.shape, std::vector<T>(t.data.begin(), t.data.end()));
}

template <typename T>
struct WhatIfFixture {
  SafetensorsFile file;
  Lstm<T> lstm;
  Tensor<T> input;
  std::optional<LstmState<T>> initial;
  std::optional<std::vector<int64_t>> lengths;

  const LstmState<T>* initialOrNull() const { return initial ? &*initial : nullptr; }
  const std::vector<int64_t>* lengthsOrNull() const { return lengths ? &*lengths : nullptr; }
  std::string meta(const std::string& key) const {
    const auto it = file.metadata().find(key);
    return it == file.metadata().end() ? std::string() : it->second;
  }
};

inline LstmConfig whatIfConfig(const SafetensorsFile& file) {
  const auto& m = file.metadata();
  LstmConfig c;
  c.inputSize = std::stoll(m.at("input_size"));
  c.hiddenSize = std::stoll(m.at("hidden_size"));
  c.numLayers = std::stoll(m.at("num_layers"));
  c.projSize = std::stoll(m.at("proj_size"));
  c.bias = m.at("bias") == "true";
  c.batchFirst = m.at("batch_first") == "true";
  c.bidirectional = m.at("bidirectional") == "true";
  return c;
}

inline std::string whatIfPath(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/whatif/" + name + ".safetensors";
}

template <typename T>
WhatIfFixture<T> loadWhatIf(const std::string& name) {
  SafetensorsFile file = SafetensorsFile::read(whatIfPath(name));
  Lstm<T> lstm(whatIfConfig(file));
  for (const LstmParamSpec& spec : lstm.specs()) {
    const Tensor<float> value = file.getFloat(spec.name);
    std::copy(value.data.begin(), value.data.end(), lstm.parameters().begin() + spec.offset);
  }
  WhatIfFixture<T> f{std::move(file), std::move(lstm), {}, {}, {}};
  f.input = asScalar<T>(f.file.getFloat("input"));
  if (f.file.contains("h_0"))
    f.initial =
        LstmState<T>{asScalar<T>(f.file.getFloat("h_0")), asScalar<T>(f.file.getFloat("c_0"))};
  if (f.file.contains("lengths")) f.lengths = f.file.getInt64("lengths").data;
  return f;
}

// |got − want| ≤ tolerance·(1 + |want|) everywhere; the failure names the worst element.
template <typename T>
::testing::AssertionResult allClose(const std::string& name, const Tensor<T>& got,
                                    const Tensor<float>& want, double tolerance) {
  if (got.shape != want.shape)
    return ::testing::AssertionFailure() << name << ": shape " << shapeToString(got.shape)
                                         << ", torch has " << shapeToString(want.shape);
  double worstDiff = 0;
  int64_t worst = -1, bad = 0;
  for (int64_t i = 0; i < want.numel(); ++i) {
    const double diff = std::abs(double(got.data[i]) - double(want.data[i]));
    if (!(diff <= tolerance * (1.0 + std::abs(double(want.data[i]))))) ++bad;
    if (!(diff <= worstDiff)) {
      worstDiff = diff;
      worst = i;
    }
  }
  if (bad == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << name << ": " << bad << " of " << want.numel() << " values off, max |diff| " << worstDiff
         << " at flat index " << worst << " (got " << double(got.data[worst]) << ", torch "
         << want.data[worst] << ")";
}

}  // namespace lstmviz::core::testing
