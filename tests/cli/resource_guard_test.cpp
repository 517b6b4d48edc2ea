// Resource guards at every CLI entry point: a configuration too large for memory is refused up
// front with its size (exit 2, "error: ..."), never an out-of-memory crash or a frozen machine.
#include <gtest/gtest.h>

#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

TEST(ResourceGuards, BenchRefusesATraceBeyondTheBudgetWithItsSize) {
  ScratchDir scratch;
  const CliResult r = runCli({"bench", "--batch", "100000", "--seq-len", "100000", "--input-size",
                              "512", "--hidden-size", "4096", "--reps", "1"},
                             scratch);
  expectUserError(r, "more than the budget of 4096 MiB");
  EXPECT_NE(r.err.find("would need"), std::string::npos) << describe(r);
}

TEST(ResourceGuards, ShapesRefusesAParameterCountBeyondInt64) {
  ScratchDir scratch;
  const CliResult r = runCli(
      {"shapes", "--input-size", "5", "--hidden-size", "99999999999", "--seq-len", "3"}, scratch);
  expectUserError(r, "parameters, more than any machine can hold");
}

TEST(ResourceGuards, ShapesStillDescribesALargeButRepresentableModel) {
  ScratchDir scratch;  // 4·H·(H_in + H) + 8H = 4·100000·100005 + 800000 parameters
  const CliResult r =
      runCli({"shapes", "--input-size", "5", "--hidden-size", "100000", "--seq-len", "3"}, scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find("parameters: 40002800000"), std::string::npos) << describe(r);
}

TEST(ResourceGuards, TrainRefusesParametersBeyondTheBudgetBeforeAllocating) {
  ScratchDir scratch;
  const CliResult r = runCli({"train", "--dataset", "sine", "--head", "last", "--loss", "mse",
                              "--optimizer", "sgd", "--lr", "0.1", "--hidden-size", "100000",
                              "--epochs", "1", "--out", scratch.file("m.safetensors")},
                             scratch);
  expectUserError(r, "more than lstmviz's budget of 8192 MiB");
  EXPECT_FALSE(std::filesystem::exists(scratch.file("m.safetensors")));
}

}  // namespace
}  // namespace lstmviz::cli::testing
