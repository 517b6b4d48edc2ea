// `lstmviz-cli forward`: on torch's parity fixtures (tests/fixtures/lstm/) the files it writes
// hold torch's output, h_n, c_n, trace and gradients; every kind of bad input exits 2 with a
// message that says what was wrong.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "core/io/safetensors.h"
#include "core/nn/lstm.h"
#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

using core::SafetensorsFile;
using core::SafetensorsWriter;
using core::Tensor;

std::string fixturePath(const std::string& caseName) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/lstm/" + caseName + ".safetensors";
}

bool isParameterName(const std::string& name) {
  return name.rfind("weight_", 0) == 0 || name.rfind("bias_", 0) == 0;
}

bool isInputName(const std::string& name) {
  static const std::set<std::string> kNames{"input",       "h_0",      "c_0",     "lengths",
                                            "grad_output", "grad_h_n", "grad_c_n"};
  return kNames.count(name) > 0;
}

// Splits a fixture into what a user would pass: the state_dict (keys prefixed with `prefix`)
// and the input file (input, h_0, c_0, lengths, upstream gradients).
void splitFixture(const SafetensorsFile& fixture, const std::string& weightsPath,
                  const std::string& inputPath, const std::string& prefix = "") {
  SafetensorsWriter weights, inputs;
  for (const core::SafetensorsEntry& e : fixture.entries()) {
    if (isParameterName(e.name)) weights.add(prefix + e.name, fixture.getFloat(e.name));
    if (e.name == "lengths")
      inputs.add(e.name, fixture.getInt64(e.name));
    else if (isInputName(e.name))
      inputs.add(e.name, fixture.getFloat(e.name));
  }
  weights.write(weightsPath);
  inputs.write(inputPath);
}

::testing::AssertionResult allClose(const std::string& name, const Tensor<float>& got,
                                    const Tensor<float>& want, double tolerance) {
  if (got.shape != want.shape)
    return ::testing::AssertionFailure() << name << ": shape " << core::shapeToString(got.shape)
                                         << ", torch has " << core::shapeToString(want.shape);
  double maxDiff = 0.0;
  bool ok = true;
  for (int64_t i = 0; i < want.numel(); ++i) {
    const double diff = std::abs(double(got.data[i]) - want.data[i]);
    if (!(diff <= tolerance * (1.0 + std::abs(want.data[i])))) ok = false;
    if (!(diff <= maxDiff)) maxDiff = diff;
  }
  if (ok) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << name << ": max |diff| " << maxDiff;
}

class ForwardOnFixture : public ::testing::TestWithParam<const char*> {};

// Every tensor torch computed (forward, trace, gradients) comes back from the CLI, and nothing
// else: the output file's names are exactly the fixture's minus the state_dict and the inputs.
TEST_P(ForwardOnFixture, TraceAndBackwardReproduceTorch) {
  ScratchDir scratch;
  const SafetensorsFile fixture = SafetensorsFile::read(fixturePath(GetParam()));
  // Half of the cases use the "lstm." prefix of a model's state_dict.
  const std::string prefix = std::string(GetParam()).size() % 2 ? "lstm." : "";
  splitFixture(fixture, scratch.file("w.safetensors"), scratch.file("x.safetensors"), prefix);
  std::vector<std::string> args{"forward",
                                "--weights",
                                scratch.file("w.safetensors"),
                                "--input",
                                scratch.file("x.safetensors"),
                                "--out",
                                scratch.file("o.safetensors"),
                                "--trace",
                                "--backward"};
  if (fixture.metadata().at("batch_first") == "true") args.push_back("--batch-first");
  const CliResult r = runCli(args, scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);

  const SafetensorsFile out = SafetensorsFile::read(scratch.file("o.safetensors"));
  std::set<std::string> want, got;
  for (const auto& e : fixture.entries())
    if (!isParameterName(e.name) && !isInputName(e.name)) want.insert(e.name);
  for (const auto& e : out.entries()) {
    got.insert(e.name);
    EXPECT_EQ(e.dtype, core::DType::kF32) << e.name;
  }
  EXPECT_EQ(got, want);
  for (const std::string& name : want) {
    if (!out.contains(name)) continue;
    const double tolerance = name.rfind("grad.", 0) == 0 ? 2e-4 : 2e-5;
    EXPECT_TRUE(allClose(name, out.getFloat(name), fixture.getFloat(name), tolerance));
  }
  EXPECT_EQ(out.metadata().at("unbatched"), fixture.metadata().at("unbatched"));
}

INSTANTIATE_TEST_SUITE_P(Torch, ForwardOnFixture,
                         ::testing::Values("base", "unbatched", "layers3", "bidirectional", "proj",
                                           "no_bias", "with_h0_c0", "packed_bidirectional",
                                           "everything"));

TEST(ForwardCommand, WithoutFlagsWritesOnlyOutputAndFinalState) {
  ScratchDir scratch;
  const SafetensorsFile fixture = SafetensorsFile::read(fixturePath("layers2"));
  splitFixture(fixture, scratch.file("w.safetensors"), scratch.file("x.safetensors"));
  const CliResult r =
      runCli({"forward", "--weights", scratch.file("w.safetensors"), "--input",
              scratch.file("x.safetensors"), "--out", scratch.file("o.safetensors")},
             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.err, "");
  const SafetensorsFile out = SafetensorsFile::read(scratch.file("o.safetensors"));
  ASSERT_EQ(out.entries().size(), 3u);
  EXPECT_TRUE(allClose("output", out.getFloat("output"), fixture.getFloat("output"), 2e-5));
  EXPECT_TRUE(allClose("h_n", out.getFloat("h_n"), fixture.getFloat("h_n"), 2e-5));
  EXPECT_TRUE(allClose("c_n", out.getFloat("c_n"), fixture.getFloat("c_n"), 2e-5));
}

// Absent upstream gradients are zeros, so every gradient is zero.
TEST(ForwardCommand, BackwardWithoutUpstreamGradientsGivesZeros) {
  ScratchDir scratch;
  const SafetensorsFile fixture = SafetensorsFile::read(fixturePath("base"));
  splitFixture(fixture, scratch.file("w.safetensors"), scratch.file("unused.safetensors"));
  SafetensorsWriter inputs;
  inputs.add("input", fixture.getFloat("input"));
  inputs.write(scratch.file("x.safetensors"));
  const CliResult r =
      runCli({"forward", "--weights", scratch.file("w.safetensors"), "--input",
              scratch.file("x.safetensors"), "--out", scratch.file("o.safetensors"), "--backward"},
             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const SafetensorsFile out = SafetensorsFile::read(scratch.file("o.safetensors"));
  EXPECT_FALSE(out.contains("grad.h_0"));
  int gradients = 0;
  for (const auto& e : out.entries()) {
    if (e.name.rfind("grad.", 0) != 0) continue;
    ++gradients;
    for (float v : out.getFloat(e.name).data) ASSERT_EQ(v, 0.0f) << e.name;
  }
  EXPECT_EQ(gradients, 1 + 4);  // grad.input and the four parameters of one layer
}

// --- bad inputs ------------------------------------------------------------------------------

// Files for an nn.LSTM(inputSize, hiddenSize, numLayers) with seeded weights.
struct ErrorSetup {
  ScratchDir scratch;
  std::string weights = scratch.file("w.safetensors");
  std::string input = scratch.file("x.safetensors");
  std::string out = scratch.file("o.safetensors");

  void writeWeights(int64_t inputSize, int64_t hiddenSize, int64_t numLayers = 1) {
    core::LstmConfig c;
    c.inputSize = inputSize;
    c.hiddenSize = hiddenSize;
    c.numLayers = numLayers;
    core::Lstm<float> lstm(c);
    lstm.resetParameters(5);
    SafetensorsWriter w;
    for (const auto& spec : lstm.specs()) {
      const auto begin = lstm.parameters().begin() + spec.offset;
      w.add(spec.name, Tensor<float>(spec.shape, std::vector<float>(begin, begin + spec.size())));
    }
    w.write(weights);
  }
  CliResult run(std::vector<std::string> extra = {}) {
    std::vector<std::string> args{"forward", "--weights", weights, "--input", input, "--out", out};
    args.insert(args.end(), extra.begin(), extra.end());
    return runCli(args, scratch);
  }
};

TEST(ForwardCommandErrors, MissingFile) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  const CliResult r = s.run();
  expectUserError(r, s.input);
  EXPECT_FALSE(std::filesystem::exists(s.out));
}

TEST(ForwardCommandErrors, NotASafetensorsFile) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  std::ofstream(s.input) << "input,h_0\n1,2\n3,4\n";
  expectUserError(s.run(), s.input);
  std::ofstream(s.input, std::ios::trunc) << "abc";
  expectUserError(s.run(), s.input);
}

TEST(ForwardCommandErrors, TruncatedFile) {
  ErrorSetup s;
  const std::string bytes = readText(fixturePath("base"));
  std::ofstream(s.weights, std::ios::binary) << bytes.substr(0, bytes.size() - 100);
  std::ofstream(s.input, std::ios::binary) << bytes;
  expectUserError(s.run(), s.weights);
  std::ofstream(s.weights, std::ios::binary | std::ios::trunc) << bytes.substr(0, 40);
  expectUserError(s.run(), s.weights);
}

TEST(ForwardCommandErrors, WrongInputWidth) {
  ErrorSetup s;
  s.writeWeights(5, 20);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({3, 2, 4}, 0.5f));
  x.write(s.input);
  expectUserError(s.run(), "input.size(-1) must be equal to input_size. Expected 5, got 4");
}

TEST(ForwardCommandErrors, WrongInitialStateShape) {
  ErrorSetup s;
  s.writeWeights(5, 20, 2);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({7, 3, 5}, 0.5f));
  x.add("h_0", Tensor<float>({2, 4, 20}));
  x.add("c_0", Tensor<float>({2, 3, 20}));
  x.write(s.input);
  expectUserError(s.run(), "Expected hidden[0] size (2, 3, 20), got [2, 4, 20]");
}

TEST(ForwardCommandErrors, InitialHiddenStateWithoutCellState) {
  ErrorSetup s;
  s.writeWeights(5, 20, 2);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({7, 3, 5}, 0.5f));
  x.add("h_0", Tensor<float>({2, 3, 20}));
  x.write(s.input);
  expectUserError(s.run(), "has h_0 but not c_0");
}

TEST(ForwardCommandErrors, LengthsOutOfRange) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  x.add("lengths", Tensor<int64_t>({3}, std::vector<int64_t>{6, 7, 2}));
  x.write(s.input);
  expectUserError(s.run(), "lengths[1] = 7 is longer than the padded sequence (6 steps)");

  SafetensorsWriter zero;
  zero.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  zero.add("lengths", Tensor<int64_t>({3}, std::vector<int64_t>{6, 0, 2}));
  zero.write(s.input);
  expectUserError(s.run(), "Length of all samples has to be greater than 0");

  SafetensorsWriter count;
  count.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  count.add("lengths", Tensor<int64_t>({2}, std::vector<int64_t>{6, 2}));
  count.write(s.input);
  expectUserError(s.run(), "Expected `len(lengths)` to be equal to batch_size");
}

TEST(ForwardCommandErrors, LengthsOfWrongDtype) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  x.add("lengths", Tensor<float>({3}, std::vector<float>{6, 5, 2}));
  x.write(s.input);
  expectUserError(s.run(), "tensor 'lengths' has dtype F32, expected I64");
}

TEST(ForwardCommandErrors, MissingInputTensor) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  SafetensorsWriter x;
  x.add("inputs", Tensor<float>({6, 3, 4}, 0.5f));
  x.write(s.input);
  expectUserError(s.run(), "no tensor named 'input'");
}

TEST(ForwardCommandErrors, InputOfWrongRank) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({2, 6, 3, 4}, 0.5f));
  x.write(s.input);
  expectUserError(s.run(), "LSTM: Expected input to be 2-D or 3-D but received 4-D tensor");
}

TEST(ForwardCommandErrors, UpstreamGradientOfWrongShape) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  x.add("grad_output", Tensor<float>({6, 3, 4}, 1.0f));
  x.write(s.input);
  expectUserError(s.run({"--backward"}),
                  "grad_output has shape [6, 3, 4] but output has shape "
                  "[6, 3, 5]");
}

TEST(ForwardCommandErrors, StateDictWithMissingExtraOrMisshapedTensor) {
  ErrorSetup s;
  SafetensorsWriter x;
  x.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  x.write(s.input);
  const SafetensorsFile fixture = SafetensorsFile::read(fixturePath("layers2"));
  auto writeWeights = [&](const std::string& skip, const std::string& extra,
                          const std::string& reshape) {
    SafetensorsWriter w;
    for (const auto& e : fixture.entries()) {
      if (!isParameterName(e.name) || e.name == skip) continue;
      Tensor<float> t = fixture.getFloat(e.name);
      if (e.name == reshape) t.shape = {t.shape[0] / 2, t.numel() / (t.shape[0] / 2)};
      w.add(e.name, t);
    }
    if (!extra.empty()) w.add(extra, Tensor<float>({2}));
    w.write(s.weights);
  };
  writeWeights("bias_hh_l1", "", "");
  expectUserError(s.run(), "Missing key(s) in state_dict: \"bias_hh_l1\"");
  writeWeights("", "running_mean", "");
  expectUserError(s.run(), "Unexpected key(s) in state_dict: \"running_mean\"");
  writeWeights("", "", "weight_hh_l1");
  expectUserError(s.run(),
                  "size mismatch for weight_hh_l1: copying a param with shape [10, 10] from "
                  "checkpoint, the shape in current model is [20, 5]");
  writeWeights("weight_ih_l0", "", "");
  expectUserError(s.run(), "weight_ih_l0");
}

TEST(ForwardCommandErrors, UnwritableOutput) {
  ErrorSetup s;
  s.writeWeights(4, 5);
  SafetensorsWriter x;
  x.add("input", Tensor<float>({6, 3, 4}, 0.5f));
  x.write(s.input);
  s.out = s.scratch.file("no/such/folder/o.safetensors");
  expectUserError(s.run(), "no/such/folder");
}

TEST(ForwardCommandErrors, MissingRequiredOption) {
  ScratchDir scratch;
  expectUserError(runCli({"forward", "--weights", "w.safetensors"}, scratch), "is required");
}

}  // namespace
}  // namespace lstmviz::cli::testing
