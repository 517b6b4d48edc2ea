// `lstmviz-cli forward --weights` on learners' own modules (tests/fixtures/import/, written by
// torch): the LSTM under "rnn." and "model.encoder.lstm." (with --prefix, non-zero h_0 and c_0),
// an nn.LSTMCell under "cell." and note 003's x2h/h2h cell under "lstm.", each file passed as
// saved; output, h_n, c_n and the Linear head beside it equal torch's numbers.
#include <gtest/gtest.h>

#include <cmath>

#include "core/io/safetensors.h"
#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

using core::SafetensorsFile;

std::string importFixture(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/import/" + name;
}

::testing::AssertionResult close(const std::string& name, const SafetensorsFile& got,
                                 const SafetensorsFile& want) {
  const core::Tensor<float> g = got.getFloat(name), w = want.getFloat(name);
  if (g.shape != w.shape)
    return ::testing::AssertionFailure() << name << ": shape " << core::shapeToString(g.shape)
                                         << ", torch has " << core::shapeToString(w.shape);
  double diff = 0;
  for (size_t i = 0; i < w.data.size(); ++i)
    diff = std::max(diff, std::abs(double(g.data[i]) - w.data[i]));
  if (diff <= 2e-6) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << name << ": max |diff| " << diff;
}

struct Case {
  const char* name;
  std::vector<std::string> extraArgs;
  bool head;
  const char* note;  // expected on stderr ("" = nothing)
};

class ForwardImport : public ::testing::TestWithParam<Case> {};

TEST_P(ForwardImport, GivesTorchsNumbers) {
  const Case& c = GetParam();
  ScratchDir scratch;
  std::vector<std::string> args{"forward",
                                "--weights",
                                importFixture(std::string(c.name) + ".weights.safetensors"),
                                "--input",
                                importFixture(std::string(c.name) + ".input.safetensors"),
                                "--out",
                                scratch.file("out.safetensors")};
  args.insert(args.end(), c.extraArgs.begin(), c.extraArgs.end());
  const CliResult r = runCli(args, scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  if (std::string(c.note).empty())
    EXPECT_EQ(r.err, "");
  else
    EXPECT_NE(r.err.find(c.note), std::string::npos) << r.err;

  const SafetensorsFile out = SafetensorsFile::read(scratch.file("out.safetensors"));
  const SafetensorsFile want =
      SafetensorsFile::read(importFixture(std::string(c.name) + ".expected.safetensors"));
  EXPECT_TRUE(close("output", out, want));
  EXPECT_TRUE(close("h_n", out, want));
  EXPECT_TRUE(close("c_n", out, want));
  EXPECT_EQ(out.contains("head_output"), c.head);
  if (c.head) {
    EXPECT_TRUE(close("head_output", out, want));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Torch, ForwardImport,
    ::testing::Values(
        Case{"rnn", {"--head", "last"}, true, ""},
        Case{"encoder", {"--prefix", "model.encoder.lstm."}, false, ""},
        Case{"cell",
             {"--head", "last"},
             true,
             "note: nn.LSTMCell under 'cell.' runs as the one-layer nn.LSTM(3, 4) it equals: "
             "weight_ih_l0 = cell.weight_ih; weight_hh_l0 = cell.weight_hh; bias_ih_l0 = "
             "cell.bias_ih; bias_hh_l0 = cell.bias_hh;"},
        Case{"note003",
             {"--head", "last"},
             true,
             "note: x2h/h2h cell under 'lstm.' runs as the one-layer nn.LSTM(3, 5) it equals: "
             "weight_ih_l0 = lstm.x2h.weight; weight_hh_l0 = lstm.h2h.weight; bias_ih_l0 = "
             "lstm.x2h.bias; bias_hh_l0 = lstm.h2h.bias;"}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ForwardImport, HeadAskedForButAbsentIsRefused) {
  ScratchDir scratch;
  const CliResult r =
      runCli({"forward", "--weights", importFixture("encoder.weights.safetensors"), "--prefix",
              "model.encoder.lstm", "--input", importFixture("encoder.input.safetensors"), "--out",
              scratch.file("out.safetensors"), "--head", "hn"},
             scratch);
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_NE(r.err.find("encoder.weights.safetensors: --head hn but no Linear head fits"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors")));
}

// NumPy input: an .npz from np.savez / np.savez_compressed with input, lengths, h_0 and c_0
// gives torch's packed numbers; a big-endian Fortran-order .npy gives the plain ones.
TEST(ForwardImport, NumpyInputGivesTorchsNumbers) {
  const std::string dir = std::string(LSTMVIZ_FIXTURE_DIR) + "/npy/";
  const SafetensorsFile want = SafetensorsFile::read(dir + "expected.safetensors");
  for (const char* name : {"batch.npz", "batch_compressed.npz", "input_fortran_be.npy"}) {
    ScratchDir scratch;
    const CliResult r = runCli({"forward", "--weights", dir + "lstm.weights.safetensors", "--input",
                                dir + name, "--out", scratch.file("out.safetensors")},
                               scratch);
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    const SafetensorsFile out = SafetensorsFile::read(scratch.file("out.safetensors"));
    const std::string kind = std::string(name).ends_with(".npz") ? "packed." : "plain.";
    for (const char* tensor : {"output", "h_n", "c_n"}) {
      const core::Tensor<float> g = out.getFloat(tensor), w = want.getFloat(kind + tensor);
      ASSERT_EQ(g.shape, w.shape) << name << " " << tensor;
      for (size_t i = 0; i < w.data.size(); ++i)
        EXPECT_NEAR(g.data[i], w.data[i], 2e-6) << name << " " << tensor << "[" << i << "]";
    }
  }
}

}  // namespace
}  // namespace lstmviz::cli::testing
