// `lstmviz-cli forward --edit/--clamp/--knockout/--jacobian/--torch-code` (forward_whatif.h): every
// edit_* case of tests/fixtures/whatif/ run through the CLI reproduces torch's numbers, and the
// PyTorch script the CLI writes for it, run by /usr/bin/python3 (skipped only when torch is
// missing), reproduces the CLI's; --jacobian writes torch.autograd.functional.jacobian's numbers;
// bad edit text and out-of-range indices exit 2 with a message naming them.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "core/io/safetensors.h"
#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

using core::SafetensorsFile;
using core::Tensor;

std::string fixture(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/whatif/" + name + ".safetensors";
}

bool pythonHasTorch() {
  return std::system("/usr/bin/python3 -c 'import torch' > /dev/null 2>&1") == 0;
}

// The fixture's nn.LSTM state_dict and its input (input, h_0, c_0, lengths) as two files.
void splitFixture(const SafetensorsFile& file, const std::string& weights,
                  const std::string& input) {
  core::SafetensorsWriter w, in;
  for (const core::SafetensorsEntry& e : file.entries()) {
    if (e.name.rfind("weight", 0) == 0 || e.name.rfind("bias", 0) == 0)
      w.add(e.name, file.getFloat(e.name));
    if (e.name == "input" || e.name == "h_0" || e.name == "c_0")
      in.add(e.name, file.getFloat(e.name));
    if (e.name == "lengths") in.add(e.name, file.getInt64(e.name));
  }
  if (file.metadata().at("batch_first") == "true") in.setMetadata("batch_first", "true");
  w.write(weights);
  in.write(input);
}

std::vector<std::string> flagsOf(const SafetensorsFile& file) {
  std::vector<std::string> flags;
  for (const auto& [key, flag] : {std::pair<std::string, std::string>{"edits", "--edit"},
                                  {"clamps", "--clamp"},
                                  {"knockouts", "--knockout"}}) {
    const std::string list = file.metadata().at(key);
    size_t start = 0;
    while (start < list.size()) {
      const size_t end = std::min(list.find(';', start), list.size());
      flags.push_back(flag);
      flags.push_back(list.substr(start, end - start));
      start = end + 1;
    }
  }
  return flags;
}

::testing::AssertionResult close(const std::string& what, const Tensor<float>& got,
                                 const Tensor<float>& want, double tolerance) {
  if (got.shape != want.shape)
    return ::testing::AssertionFailure() << what << ": shape " << core::shapeToString(got.shape)
                                         << " vs " << core::shapeToString(want.shape);
  for (size_t i = 0; i < want.data.size(); ++i)
    if (!(std::abs(double(got.data[i]) - want.data[i]) <= tolerance * (1 + std::abs(want.data[i]))))
      return ::testing::AssertionFailure()
             << what << "[" << i << "]: " << got.data[i] << " vs " << want.data[i];
  return ::testing::AssertionSuccess();
}

const char* const kEditCases[] = {"weight",
                                  "bias_reverse_layer1",
                                  "input",
                                  "h0",
                                  "c0_with_initial",
                                  "forget_clamp",
                                  "clamps_bidirectional",
                                  "knockout",
                                  "knockout_proj_packed",
                                  "everything",
                                  "unbatched"};

TEST(ForwardWhatIf, EditedRunsMatchTorchAndTheWrittenPyTorchCodeReproducesThem) {
  const bool torch = pythonHasTorch();
  for (const char* name : kEditCases) {
    SCOPED_TRACE(name);
    ScratchDir scratch;
    const SafetensorsFile file = SafetensorsFile::read(fixture(std::string("edit_") + name));
    splitFixture(file, scratch.file("weights.safetensors"), scratch.file("input.safetensors"));
    std::vector<std::string> args{"forward",
                                  "--weights",
                                  scratch.file("weights.safetensors"),
                                  "--input",
                                  scratch.file("input.safetensors"),
                                  "--out",
                                  scratch.file("out.safetensors"),
                                  "--torch-code",
                                  scratch.file("edited.py")};
    for (const std::string& flag : flagsOf(file)) args.push_back(flag);
    const CliResult r = runCli(args, scratch);
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    const SafetensorsFile out = SafetensorsFile::read(scratch.file("out.safetensors"));
    for (const char* t : {"output", "h_n", "c_n"})
      EXPECT_TRUE(close(std::string("cli vs torch fixture: ") + t, out.getFloat(t),
                        file.getFloat(t), 2e-5));
    if (!torch) continue;
    const std::string command = "OMP_NUM_THREADS=1 PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 " +
                                scratch.file("edited.py") + " " + scratch.file("py.safetensors") +
                                " > " + scratch.file("python.log") + " 2>&1";
    ASSERT_EQ(std::system(command.c_str()), 0) << readText(scratch.file("python.log")) << "\n"
                                               << readText(scratch.file("edited.py"));
    const SafetensorsFile py = SafetensorsFile::read(scratch.file("py.safetensors"));
    for (const char* t : {"output", "h_n", "c_n"})
      EXPECT_TRUE(close(std::string("generated PyTorch code vs cli: ") + t, py.getFloat(t),
                        out.getFloat(t), 2e-5));
  }
  if (!torch) GTEST_SKIP() << "/usr/bin/python3 cannot import torch: generated code not run";
}

TEST(ForwardWhatIf, JacobianIsTorchsAutogradJacobianPerSampleInBothModes) {
  for (const char* name : {"layers2_bidirectional_batch_first", "packed_bidirectional"})
    for (const char* mode : {"reverse", "forward"}) {
      SCOPED_TRACE(std::string(name) + " " + mode);
      ScratchDir scratch;
      const SafetensorsFile file = SafetensorsFile::read(fixture(std::string("jacobian_") + name));
      splitFixture(file, scratch.file("weights.safetensors"), scratch.file("input.safetensors"));
      const CliResult r = runCli({"forward", "--weights", scratch.file("weights.safetensors"),
                                  "--input", scratch.file("input.safetensors"), "--out",
                                  scratch.file("out.safetensors"), "--jacobian"},
                                 scratch);
      ASSERT_EQ(r.exitCode, 0) << describe(r);
      const SafetensorsFile out = SafetensorsFile::read(scratch.file("out.safetensors"));
      EXPECT_TRUE(close("jacobian", out.getFloat("jacobian"), file.getFloat("jacobian"), 2e-5));
    }
}

TEST(ForwardWhatIf, BadEditsExitTwoNamingTheText) {
  ScratchDir scratch;
  const SafetensorsFile file = SafetensorsFile::read(fixture("edit_weight"));
  splitFixture(file, scratch.file("weights.safetensors"), scratch.file("input.safetensors"));
  auto run = [&](const std::string& flag, const std::string& text) {
    return runCli(
        {"forward", "--weights", scratch.file("weights.safetensors"), "--input",
         scratch.file("input.safetensors"), "--out", scratch.file("out.safetensors"), flag, text},
        scratch);
  };
  expectUserError(run("--edit", "weight_hh_l0[5,3]0.25"),
                  "cannot read the edit 'weight_hh_l0[5,3]0.25': expected NAME[i,j,...]=VALUE");
  expectUserError(run("--clamp", "f@l0u3=1"), "cannot read the clamp 'f@l0u3=1'");
  expectUserError(run("--knockout", "u5"), "cannot read the knock-out 'u5'");
  expectUserError(run("--edit", "weight_hh_l0[24,0]=1"),
                  "weight_hh_l0[24,0]=1: index 24 is out of bounds for dimension 0 with size 24");
  expectUserError(run("--edit", "x[0,3,1]=1"),
                  "x[0,3,1]=1: index 3 is out of bounds for dimension 1 with size 3");
  expectUserError(run("--edit", "weight_hh_l1[0,0]=1"),
                  "'LSTM' object has no attribute 'weight_hh_l1'");
  expectUserError(run("--clamp", "f@l0:u6=1"), "unit 6 is out of bounds for hidden_size 6");
  expectUserError(run("--knockout", "l0_reverse:u1"),
                  "the reverse direction exists only with bidirectional=True");
  expectUserError(run("--edit", "x[0,0,0]=nan"), "the value must be finite");
}

TEST(BenchWhatIf, PrintsTheEditAndConnectivityTimesAsJson) {
  ScratchDir scratch;
  const CliResult r = runCli({"bench", "--whatif", "--batch", "2", "--seq-len", "6", "--input-size",
                              "2", "--hidden-size", "4", "--reps", "2", "--threads", "1", "--json"},
                             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  for (const char* key :
       {"\"edit_forward_ms\"", "\"edit_forward_backward_ms\"", "\"plain_forward_ms\"",
        "\"sample_jacobian_ms\"", "\"connectivity_ms\"", "\"threads\":1"})
    EXPECT_NE(r.out.find(key), std::string::npos) << key << "\n" << r.out;
}

}  // namespace
}  // namespace lstmviz::cli::testing
