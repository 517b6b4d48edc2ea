// importLstm on learners' own modules (tests/fixtures/import/, written by
// make_import_fixtures.py with torch): an nn.LSTM under "rnn." and "model.encoder.lstm.", an
// nn.LSTMCell under "cell.", note 003's x2h/h2h cell under "lstm.", each run on its input equals
// torch's output, h_n and c_n (for the cells: the loop over time from the zero state), and the
// Linear beside it equals torch's head. Then the refusals, each naming the file and the keys.
#include "core/io/lstm_import.h"

#include <gtest/gtest.h>

#include <cmath>

#include "core/common/error.h"
#include "tests/io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;

std::string importFixture(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/import/" + name;
}

double maxAbsDiff(const Tensor<float>& got, const Tensor<float>& want) {
  EXPECT_EQ(shapeToString(got.shape), shapeToString(want.shape));
  if (got.shape != want.shape) return INFINITY;
  double diff = 0;
  for (size_t i = 0; i < want.data.size(); ++i)
    diff = std::max(diff, std::abs(double(got.data[i]) - want.data[i]));
  return diff;
}

struct ImportCase {
  const char* name;
  const char* prefix;  // passed explicitly when non-null
  ImportedModuleKind kind;
  const char* foundPrefix;
  const char* headPrefix;  // "" when no head is expected
};

class ImportFixture : public ::testing::TestWithParam<ImportCase> {};

TEST_P(ImportFixture, RunsAsTorchComputedIt) {
  const ImportCase& c = GetParam();
  const SafetensorsFile weights =
      SafetensorsFile::read(importFixture(std::string(c.name) + ".weights.safetensors"));
  const SafetensorsFile inputs =
      SafetensorsFile::read(importFixture(std::string(c.name) + ".input.safetensors"));
  const SafetensorsFile expected =
      SafetensorsFile::read(importFixture(std::string(c.name) + ".expected.safetensors"));
  const bool batchFirst = inputs.metadata().at("batch_first") == "true";

  const LstmImport<float> imported = importLstm<float>(
      weights, batchFirst, c.prefix ? std::optional<std::string>(c.prefix) : std::nullopt);
  EXPECT_EQ(imported.kind, c.kind);
  EXPECT_EQ(imported.prefix, c.foundPrefix);
  EXPECT_EQ(imported.mapping.size(), imported.lstm.specs().size());

  std::optional<LstmState<float>> initial;
  if (inputs.contains("h_0"))
    initial = LstmState<float>{inputs.getFloat("h_0"), inputs.getFloat("c_0")};
  LstmTrace<float> trace;
  const LstmOutput<float> out =
      imported.lstm.forward(inputs.getFloat("input"), trace, initial ? &*initial : nullptr);
  EXPECT_LE(maxAbsDiff(out.output, expected.getFloat("output")), 2e-6);
  EXPECT_LE(maxAbsDiff(out.hN, expected.getFloat("h_n")), 2e-6);
  EXPECT_LE(maxAbsDiff(out.cN, expected.getFloat("c_n")), 2e-6);

  EXPECT_EQ(imported.headPrefix, c.headPrefix);
  if (std::string(c.headPrefix).empty()) {
    EXPECT_FALSE(imported.head.has_value());
    return;
  }
  ASSERT_TRUE(imported.head.has_value());
  // head_output = head(output[:, -1]) (batch_first) or head(output[-1]).
  const Shape& s = out.output.shape;
  const int64_t n = batchFirst ? s[0] : s[1], l = batchFirst ? s[1] : s[0], w = s[2];
  Tensor<float> last({n, w});
  for (int64_t i = 0; i < n; ++i)
    for (int64_t k = 0; k < w; ++k)
      last.at({i, k}) = batchFirst ? out.output.at({i, l - 1, k}) : out.output.at({l - 1, i, k});
  EXPECT_LE(maxAbsDiff(imported.head->forward(last), expected.getFloat("head_output")), 2e-6);
}

INSTANTIATE_TEST_SUITE_P(
    Torch, ImportFixture,
    ::testing::Values(ImportCase{"rnn", nullptr, ImportedModuleKind::kLstm, "rnn.", "fc."},
                      ImportCase{"encoder", "model.encoder.lstm", ImportedModuleKind::kLstm,
                                 "model.encoder.lstm.", ""},
                      ImportCase{"cell", nullptr, ImportedModuleKind::kLstmCell, "cell.", "head."},
                      ImportCase{"note003", nullptr, ImportedModuleKind::kLinearCell, "lstm.",
                                 "fc."}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(LstmImport, MapsNote003CellKeysToTorchNames) {
  const LstmImport<float> imported =
      importLstm<float>(SafetensorsFile::read(importFixture("note003.weights.safetensors")), true);
  const std::vector<std::pair<std::string, std::string>> want{{"lstm.x2h.weight", "weight_ih_l0"},
                                                              {"lstm.h2h.weight", "weight_hh_l0"},
                                                              {"lstm.x2h.bias", "bias_ih_l0"},
                                                              {"lstm.h2h.bias", "bias_hh_l0"}};
  EXPECT_EQ(imported.mapping, want);
  EXPECT_EQ(imported.lstm.config().inputSize, 3);
  EXPECT_EQ(imported.lstm.config().hiddenSize, 5);
}

TEST(LstmImport, SeveralLstmsWithoutPrefixAreListed) {
  const SafetensorsFile file = SafetensorsFile::read(importFixture("encoder.weights.safetensors"));
  EXPECT_EQ(findLstmModules(file).size(), 2u);
  const std::string message = errorMessage<FileError>([&] { importLstm<float>(file, false); });
  EXPECT_CONTAINS(message, "encoder.weights.safetensors");
  EXPECT_CONTAINS(message, "several LSTMs");
  EXPECT_CONTAINS(message, "\"model.encoder.lstm.\"");
  EXPECT_CONTAINS(message, "\"model.decoder.lstm.\"");
  EXPECT_CONTAINS(message, "--prefix");
}

TEST(LstmImport, UnknownPrefixNamesWhatTheFileHolds) {
  const SafetensorsFile file = SafetensorsFile::read(importFixture("encoder.weights.safetensors"));
  const std::string message =
      errorMessage<FileError>([&] { importLstm<float>(file, false, std::string("model.lstm")); });
  EXPECT_CONTAINS(message, "under the prefix 'model.lstm.'");
  EXPECT_CONTAINS(message, "nn.LSTM under 'model.decoder.lstm.'");
}

Tensor<float> filled(const Shape& shape, float value) {
  Tensor<float> t(shape);
  std::fill(t.data.begin(), t.data.end(), value);
  return t;
}

SafetensorsFile inMemory(const SafetensorsWriter& writer) {
  return SafetensorsFile::parse(writer.serialize(), "mine.safetensors");
}

TEST(LstmImport, CellWithMisShapedKeyUsesTorchWording) {
  SafetensorsWriter w;
  w.add("cell.weight_ih", filled({8, 3}, 0.1f));
  w.add("cell.weight_hh", filled({8, 3}, 0.1f));  // H = 2: expected [8, 2]
  w.add("cell.bias_ih", filled({8}, 0.1f));
  w.add("cell.extra", filled({1}, 0.1f));
  const std::string message =
      errorMessage<FileError>([&] { importLstm<float>(inMemory(w), false); });
  EXPECT_CONTAINS(message, "mine.safetensors: Error(s) in loading state_dict for LSTMCell:");
  EXPECT_CONTAINS(message, "Missing key(s) in state_dict: \"cell.bias_hh\"");
  EXPECT_CONTAINS(message, "Unexpected key(s) in state_dict: \"cell.extra\"");
  EXPECT_CONTAINS(message,
                  "size mismatch for cell.weight_hh: copying a param with shape [8, 3] from "
                  "checkpoint, the shape in current model is [8, 2].");
}

TEST(LstmImport, CellWithoutBiasIsBiasFalse) {
  SafetensorsWriter w;
  w.add("weight_ih", filled({8, 3}, 0.1f));
  w.add("weight_hh", filled({8, 2}, 0.2f));
  const LstmImport<double> imported = importLstm<double>(inMemory(w), false);
  EXPECT_FALSE(imported.lstm.config().bias);
  EXPECT_EQ(imported.lstm.parameters().size(), 8u * 3 + 8 * 2);
  EXPECT_EQ(imported.lstm.parameters().back(), static_cast<double>(0.2f));
}

TEST(LstmImport, NoLstmListsTheKeys) {
  SafetensorsWriter w;
  w.add("conv.weight", filled({2, 2}, 0.1f));
  const std::string message =
      errorMessage<FileError>([&] { importLstm<float>(inMemory(w), false); });
  EXPECT_CONTAINS(message, "mine.safetensors: no nn.LSTM, nn.LSTMCell or x2h/h2h cell");
  EXPECT_CONTAINS(message, "\"conv.weight\"");
}

TEST(LstmImport, BareLstmBesideItsInputIgnoresTheInputs) {
  SafetensorsWriter w;
  w.add("weight_ih_l0", filled({8, 3}, 0.1f));
  w.add("weight_hh_l0", filled({8, 2}, 0.1f));
  w.add("input", filled({4, 1, 3}, 0.5f));
  w.add("h_0", filled({1, 1, 2}, 0.5f));
  const LstmImport<float> imported = importLstm<float>(inMemory(w), false);
  EXPECT_EQ(imported.lstm.config().hiddenSize, 2);
  EXPECT_FALSE(imported.lstm.config().bias);
}

TEST(LstmImport, HeadThatDoesNotFitIsExplainedNotLoaded) {
  SafetensorsWriter w;
  w.add("lstm.weight_ih_l0", filled({8, 3}, 0.1f));
  w.add("lstm.weight_hh_l0", filled({8, 2}, 0.1f));
  w.add("fc.weight", filled({1, 7}, 0.1f));
  w.add("fc.bias", filled({1}, 0.1f));
  const LstmImport<float> imported = importLstm<float>(inMemory(w), false);
  EXPECT_FALSE(imported.head.has_value());
  EXPECT_CONTAINS(imported.headNote, "fc.weight [1, 7]");
  EXPECT_CONTAINS(imported.headNote, "expected [out_features, 2]");
}

TEST(LstmImport, SeveralHeadsLoadNone) {
  SafetensorsWriter w;
  w.add("lstm.weight_ih_l0", filled({8, 3}, 0.1f));
  w.add("lstm.weight_hh_l0", filled({8, 2}, 0.1f));
  for (const char* q : {"fc.", "out."}) {
    w.add(std::string(q) + "weight", filled({1, 2}, 0.1f));
    w.add(std::string(q) + "bias", filled({1}, 0.1f));
  }
  const LstmImport<float> imported = importLstm<float>(inMemory(w), false);
  EXPECT_FALSE(imported.head.has_value());
  EXPECT_CONTAINS(imported.headNote, "several Linear layers");
}

}  // namespace
}  // namespace lstmviz::core
