// Files written by PyTorch (tests/fixtures/io/, from make_io_fixtures.py): a module's state_dict
// with an nn.LSTM under "lstm." beside a Linear head, and F16 / BF16 / I32 tensors next to torch's
// own conversions of them. The expected values come from torch, not from this reader.
#include <gtest/gtest.h>

#include <cmath>

#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"

namespace lstmviz::core {
namespace {

std::string fixturePath(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/io/" + name + ".safetensors";
}

int64_t metaInt(const SafetensorsFile& file, const std::string& key) {
  return std::stoll(file.metadata().at(key));
}

// Equal values, NaN equal to NaN, +0 different from −0.
void expectSameFloats(const Tensor<float>& got, const Tensor<float>& want) {
  ASSERT_EQ(got.shape, want.shape);
  for (int64_t i = 0; i < want.numel(); ++i) {
    if (std::isnan(want.data[i])) {
      EXPECT_TRUE(std::isnan(got.data[i])) << "index " << i;
    } else {
      EXPECT_EQ(got.data[i], want.data[i]) << "index " << i;
      EXPECT_EQ(std::signbit(got.data[i]), std::signbit(want.data[i])) << "index " << i;
    }
  }
}

TEST(TorchFiles, LoadsLstmStateDictOfAModuleWrittenByTorch) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath("lstm_state_dict"));
  EXPECT_EQ(detectLstmPrefix(file), file.metadata().at("prefix"));

  LstmConfig expected;
  expected.inputSize = metaInt(file, "input_size");
  expected.hiddenSize = metaInt(file, "hidden_size");
  expected.numLayers = metaInt(file, "num_layers");
  expected.projSize = metaInt(file, "proj_size");
  expected.bidirectional = file.metadata().at("bidirectional") == "true";
  expected.bias = file.metadata().at("bias") == "true";
  expected.batchFirst = false;

  const Lstm<float> lstm = loadLstmStateDict<float>(file, false);
  EXPECT_EQ(lstm.config(), expected);
  const Tensor<double> flat = file.getDouble("expected.flat");
  ASSERT_EQ(static_cast<size_t>(flat.numel()), lstm.parameters().size());
  for (size_t i = 0; i < lstm.parameters().size(); ++i)
    ASSERT_EQ(lstm.parameters()[i], static_cast<float>(flat.data[i])) << "flat index " << i;

  const Lstm<double> lstmDouble = loadLstmStateDict<double>(file, true, "lstm");
  EXPECT_TRUE(lstmDouble.config().batchFirst);
  EXPECT_EQ(lstmDouble.parameters(), flat.data);
}

TEST(TorchFiles, StateDictWithoutPrefixOptionRefusesTheHeadAsUnexpected) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath("lstm_state_dict"));
  try {
    loadLstmStateDict<float>(file, false, "");
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("no tensor 'weight_ih_l0'"), std::string::npos)
        << e.what();
  }
}

TEST(TorchFiles, ReadsHalfAsTorchConvertsIt) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath("half_tensors"));
  EXPECT_EQ(file.entry("half").dtype, DType::kF16);
  expectSameFloats(file.getFloat("half"), file.getFloat("half.f32"));
}

TEST(TorchFiles, ReadsBfloat16AsTorchConvertsIt) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath("half_tensors"));
  EXPECT_EQ(file.entry("bfloat").dtype, DType::kBF16);
  expectSameFloats(file.getFloat("bfloat"), file.getFloat("bfloat.f32"));
}

TEST(TorchFiles, ReadsInt32AsTorchConvertsIt) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath("half_tensors"));
  EXPECT_EQ(file.entry("int32").dtype, DType::kI32);
  EXPECT_EQ(file.getInt64("int32").data, file.getInt64("int32.i64").data);
  EXPECT_EQ(file.getInt64("int32").shape, (Shape{3, 2}));
}

}  // namespace
}  // namespace lstmviz::core
