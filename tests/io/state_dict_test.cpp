// nn.LSTM state_dicts: every configuration is inferred back from what saveLstmStateDict writes,
// and a missing, unexpected or mis-shaped tensor is refused in torch's load_state_dict words,
// naming the tensor, its shape and the expected shape.
#include "core/io/state_dict.h"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "core/common/error.h"
#include "io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;

constexpr const char* kSource = "checkpoint.safetensors";

LstmConfig makeConfig(int64_t inputSize, int64_t hiddenSize, int64_t numLayers = 1,
                      bool bidirectional = false, int64_t projSize = 0, bool bias = true) {
  LstmConfig config;
  config.inputSize = inputSize;
  config.hiddenSize = hiddenSize;
  config.numLayers = numLayers;
  config.bidirectional = bidirectional;
  config.projSize = projSize;
  config.bias = bias;
  return config;
}

// An Lstm whose every parameter is distinct: value i of the flat buffer is 0.001·i − 0.5.
template <typename T>
Lstm<T> numberedLstm(const LstmConfig& config) {
  Lstm<T> lstm(config);
  for (size_t i = 0; i < lstm.parameters().size(); ++i)
    lstm.parameters()[i] = static_cast<T>(0.001 * static_cast<double>(i) - 0.5);
  return lstm;
}

SafetensorsFile parseWriter(const SafetensorsWriter& writer) {
  return SafetensorsFile::parse(writer.serialize(), kSource);
}

// The state_dict of `config` under `prefix`, without the tensors in `skip`, with the shapes in
// `reshape` replaced (filled with 0.5), plus the `extra` tensors.
SafetensorsFile stateDictFile(const LstmConfig& config, const std::string& prefix,
                              const std::set<std::string>& skip = {},
                              const std::map<std::string, Shape>& reshape = {},
                              const std::map<std::string, Shape>& extra = {}) {
  const Lstm<float> lstm = numberedLstm<float>(config);
  SafetensorsWriter writer;
  for (const LstmParamSpec& spec : lstm.specs()) {
    if (skip.count(spec.name)) continue;
    auto changed = reshape.find(spec.name);
    if (changed != reshape.end()) {
      writer.add(prefix + spec.name, Tensor<float>(changed->second, 0.5f));
    } else {
      const auto begin = lstm.parameters().begin() + spec.offset;
      writer.add(prefix + spec.name,
                 Tensor<float>(spec.shape, std::vector<float>(begin, begin + spec.size())));
    }
  }
  for (const auto& [name, shape] : extra) writer.add(name, Tensor<float>(shape, 0.25f));
  return parseWriter(writer);
}

std::string loadError(const SafetensorsFile& file,
                      const std::optional<std::string>& prefix = std::nullopt) {
  return errorMessage<FileError>([&] { loadLstmStateDict<float>(file, false, prefix); });
}

// Saves a numbered Lstm<float> of `config` under `prefix`, loads it back as float and double and
// expects the same configuration (with batch_first as passed) and the same values.
void expectRoundTrip(const LstmConfig& config, const std::string& prefix) {
  SCOPED_TRACE("prefix '" + prefix + "'");
  const Lstm<float> saved = numberedLstm<float>(config);
  SafetensorsWriter writer;
  saveLstmStateDict(saved, writer, prefix);
  const SafetensorsFile file = parseWriter(writer);

  LstmConfig expected = config;
  expected.batchFirst = true;
  const Lstm<float> loaded = loadLstmStateDict<float>(file, /*batchFirst=*/true);
  EXPECT_EQ(loaded.config(), expected);
  EXPECT_EQ(loaded.parameters(), saved.parameters());
  EXPECT_EQ(inferLstmConfig(file, true), expected);

  const Lstm<double> asDouble = loadLstmStateDict<double>(file, /*batchFirst=*/false);
  expected.batchFirst = false;
  EXPECT_EQ(asDouble.config(), expected);
  ASSERT_EQ(asDouble.parameters().size(), saved.parameters().size());
  for (size_t i = 0; i < saved.parameters().size(); ++i)
    ASSERT_EQ(asDouble.parameters()[i], static_cast<double>(saved.parameters()[i])) << i;
}

TEST(StateDict, InfersSingleLayer) {
  expectRoundTrip(makeConfig(3, 5), "");
  expectRoundTrip(makeConfig(1, 1), "");
}

TEST(StateDict, InfersTwoAndThreeLayers) {
  expectRoundTrip(makeConfig(4, 6, 2), "");
  expectRoundTrip(makeConfig(2, 3, 3), "");
}

TEST(StateDict, InfersBidirectional) {
  expectRoundTrip(makeConfig(3, 5, 1, true), "");
  expectRoundTrip(makeConfig(3, 5, 3, true), "");
}

TEST(StateDict, InfersProjection) {
  expectRoundTrip(makeConfig(3, 5, 1, false, 2), "");
  expectRoundTrip(makeConfig(3, 5, 2, true, 4), "");
}

TEST(StateDict, InfersMissingBias) {
  expectRoundTrip(makeConfig(3, 5, 1, false, 0, false), "");
  expectRoundTrip(makeConfig(3, 5, 3, true, 1, false), "");
}

TEST(StateDict, InfersPrefixedKeys) {
  expectRoundTrip(makeConfig(3, 5, 2, true, 2), "lstm.");
  expectRoundTrip(makeConfig(2, 4), "model.encoder.");
}

TEST(StateDict, SaveWritesTorchNamesInRegistrationOrder) {
  const Lstm<double> lstm = numberedLstm<double>(makeConfig(3, 5, 2, true, 2));
  SafetensorsWriter writer;
  saveLstmStateDict(lstm, writer, "lstm");
  const SafetensorsFile file = parseWriter(writer);
  ASSERT_EQ(file.entries().size(), lstm.specs().size());
  for (size_t i = 0; i < lstm.specs().size(); ++i) {
    EXPECT_EQ(file.entries()[i].name, "lstm." + lstm.specs()[i].name);
    EXPECT_EQ(file.entries()[i].shape, lstm.specs()[i].shape);
    EXPECT_EQ(file.entries()[i].dtype, DType::kF64);
  }
  EXPECT_EQ(file.entries()[0].name, "lstm.weight_ih_l0");
  EXPECT_EQ(file.entries()[4].name, "lstm.weight_hr_l0");
  EXPECT_EQ(file.entries()[5].name, "lstm.weight_ih_l0_reverse");
}

TEST(StateDict, SaveRefusesNameAlreadyInWriter) {
  SafetensorsWriter writer;
  writer.add("weight_ih_l0", Tensor<float>({1}));
  const Lstm<float> lstm(makeConfig(3, 5));
  const std::string message = errorMessage<Error>([&] { saveLstmStateDict(lstm, writer); });
  EXPECT_CONTAINS(message, "'weight_ih_l0'");
}

TEST(StateDict, AutoDetectsPrefixAndIgnoresTensorsOutsideIt) {
  const SafetensorsFile file = stateDictFile(makeConfig(3, 5, 2), "lstm.", {}, {},
                                             {{"head.weight", {1, 5}}, {"head.bias", {1}}});
  EXPECT_EQ(detectLstmPrefix(file), "lstm.");
  const Lstm<float> lstm = loadLstmStateDict<float>(file, false);
  EXPECT_EQ(lstm.config().numLayers, 2);
  EXPECT_EQ(lstm.parameters(), numberedLstm<float>(makeConfig(3, 5, 2)).parameters());
}

TEST(StateDict, AcceptsGivenPrefixWithOrWithoutDot) {
  const SafetensorsFile file = stateDictFile(makeConfig(3, 5), "lstm.");
  EXPECT_EQ(loadLstmStateDict<float>(file, false, "lstm").config().hiddenSize, 5);
  EXPECT_EQ(loadLstmStateDict<float>(file, false, "lstm.").config().hiddenSize, 5);
  EXPECT_EQ(normalizeLstmPrefix(""), "");
  EXPECT_EQ(normalizeLstmPrefix("a.b"), "a.b.");
}

TEST(StateDict, RefusesTwoCandidatePrefixesUnlessOneIsGiven) {
  SafetensorsWriter writer;
  saveLstmStateDict(numberedLstm<float>(makeConfig(3, 5)), writer, "encoder");
  saveLstmStateDict(numberedLstm<float>(makeConfig(5, 2)), writer, "decoder");
  const SafetensorsFile file = parseWriter(writer);
  const std::string message = loadError(file);
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "\"encoder.weight_ih_l0\"");
  EXPECT_CONTAINS(message, "\"decoder.weight_ih_l0\"");
  EXPECT_EQ(loadLstmStateDict<float>(file, false, "decoder").config().inputSize, 5);
}

TEST(StateDict, RefusesFileWithoutWeightIhL0) {
  SafetensorsWriter writer;
  writer.add("head.weight", Tensor<float>({1, 5}));
  const std::string message = loadError(parseWriter(writer));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "no tensor 'weight_ih_l0'");
  EXPECT_CONTAINS(message, "head.weight");
}

TEST(StateDict, RefusesGivenPrefixWithoutWeightIhL0) {
  const std::string message = loadError(stateDictFile(makeConfig(3, 5), "lstm."), "rnn");
  EXPECT_CONTAINS(message, "no tensor 'rnn.weight_ih_l0'");
}

TEST(StateDict, RefusesMissingTensor) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5, 2), "", {"bias_hh_l1", "weight_hh_l0"}));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "Error(s) in loading state_dict for LSTM");
  EXPECT_CONTAINS(message, "Missing key(s) in state_dict: \"weight_hh_l0\", \"bias_hh_l1\". ");
  EXPECT_CONTAINS(message, "LSTM(3, 5, num_layers=2)");
}

TEST(StateDict, RefusesMissingReverseProjectionUnderPrefix) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5, 1, true, 2), "lstm.", {"weight_hr_l0_reverse"}));
  EXPECT_CONTAINS(message, "Missing key(s) in state_dict: \"lstm.weight_hr_l0_reverse\"");
}

TEST(StateDict, ReportsAbsentMiddleLayerAsMissingKeys) {
  const std::set<std::string> layer1 = {"weight_ih_l1", "weight_hh_l1", "bias_ih_l1", "bias_hh_l1"};
  const std::string message = loadError(stateDictFile(makeConfig(3, 5, 3), "", layer1));
  EXPECT_CONTAINS(message,
                  "Missing key(s) in state_dict: \"weight_ih_l1\", \"weight_hh_l1\", "
                  "\"bias_ih_l1\", \"bias_hh_l1\". ");
}

TEST(StateDict, RefusesUnexpectedTensorUnderPrefix) {
  const std::string message = loadError(stateDictFile(
      makeConfig(3, 5), "lstm.", {}, {}, {{"lstm.running_mean", {5}}, {"head.bias", {1}}}));
  EXPECT_CONTAINS(message, "Unexpected key(s) in state_dict: \"lstm.running_mean\". ");
  EXPECT_EQ(message.find("head.bias"), std::string::npos) << message;
}

TEST(StateDict, RefusesUnexpectedLayerIndexBeyondAnyPlausibleDepth) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5), "", {}, {}, {{"weight_ih_l999999", {20, 10}}}));
  EXPECT_CONTAINS(message, "Unexpected key(s) in state_dict: \"weight_ih_l999999\"");
  EXPECT_CONTAINS(message, "LSTM(3, 5)");
}

TEST(StateDict, RefusesMisshapedTensor) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5), "", {}, {{"weight_hh_l0", {20, 4}}}));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message,
                  "size mismatch for weight_hh_l0: copying a param with shape [20, 4] from "
                  "checkpoint, the shape in current model is [20, 5].");
}

TEST(StateDict, RefusesUpperLayerInputOfUnidirectionalSize) {
  // weight_ih_l1 of a bidirectional LSTM reads 2·H_out features; here it has H_out.
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5, 2, true), "lstm.", {}, {{"weight_ih_l1", {20, 5}}}));
  EXPECT_CONTAINS(message,
                  "size mismatch for lstm.weight_ih_l1: copying a param with shape [20, 5] from "
                  "checkpoint, the shape in current model is [20, 10].");
}

TEST(StateDict, ListsEveryProblemAtOnce) {
  const std::string message = loadError(stateDictFile(makeConfig(3, 5), "", {"bias_ih_l0"},
                                                      {{"bias_hh_l0", {21}}}, {{"extra", {1}}}));
  EXPECT_CONTAINS(message, "Missing key(s) in state_dict: \"bias_ih_l0\"");
  EXPECT_CONTAINS(message, "Unexpected key(s) in state_dict: \"extra\"");
  EXPECT_CONTAINS(message, "size mismatch for bias_hh_l0: copying a param with shape [21]");
}

TEST(StateDict, RefusesWeightIhWhoseRowsAreNotFourGates) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5), "", {}, {{"weight_ih_l0", {7, 3}}}));
  EXPECT_CONTAINS(message, "tensor 'weight_ih_l0' has shape [7, 3]");
  EXPECT_CONTAINS(message, "expected [4*hidden_size, input_size]");
}

TEST(StateDict, RefusesProjectionNotSmallerThanHidden) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5, 1, false, 2), "", {}, {{"weight_hr_l0", {5, 5}}}));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "proj_size has to be smaller than hidden_size");
}

TEST(StateDict, RefusesProjectionOfWrongRank) {
  const std::string message =
      loadError(stateDictFile(makeConfig(3, 5, 1, false, 2), "", {}, {{"weight_hr_l0", {10}}}));
  EXPECT_CONTAINS(message, "tensor 'weight_hr_l0' has shape [10]");
  EXPECT_CONTAINS(message, "expected [proj_size, hidden_size]");
}

}  // namespace
}  // namespace lstmviz::core
