// `lstmviz-cli bench`: the JSON it prints and the refusals of bad sizes and thread counts.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <thread>

#include "core/nn/lstm_benchmark.h"
#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

TEST(BenchCommand, JsonReportsMediansAndTheFlopRate) {
  ScratchDir scratch;
  CliResult r =
      runCli({"bench", "--batch", "4", "--seq-len", "3", "--input-size", "2", "--hidden-size", "5",
              "--num-layers", "2", "--bidirectional", "--threads", "1", "--reps", "3", "--json"},
             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  for (const char* key : {"forward_ms", "forward_no_record_ms", "train_step_ms", "gflops"})
    EXPECT_GT(j.at(key).get<double>(), 0.0) << key;
  EXPECT_EQ(j.at("threads").get<int>(), 1);
  // GFLOP/s is 3 × forward FLOPs over the train step time.
  core::LstmConfig c;
  c.inputSize = 2;
  c.hiddenSize = 5;
  c.numLayers = 2;
  c.bidirectional = true;
  const double expected =
      3 * core::lstmForwardFlops(c, 4, 3) / (j.at("train_step_ms").get<double>() * 1e6);
  EXPECT_NEAR(j.at("gflops").get<double>(), expected, 1e-9 * expected);
}

TEST(BenchCommand, FlopCountFollowsTheTwoGemmsPerStep) {
  core::LstmConfig c;
  c.inputSize = 5;
  c.hiddenSize = 50;
  // 2·N·L·4H·(H_in + H) for one layer and direction.
  EXPECT_DOUBLE_EQ(core::lstmForwardFlops(c, 20, 7), 2.0 * 20 * 7 * 200 * 55);
}

TEST(BenchCommand, RefusesBadSizesAndThreadCounts) {
  ScratchDir scratch;
  const std::string cores = std::to_string(std::thread::hardware_concurrency() + 1);
  expectUserError(
      runCli({"bench", "--batch", "0", "--seq-len", "3", "--input-size", "2", "--hidden-size", "5"},
             scratch),
      "at least 1");
  expectUserError(runCli({"bench", "--batch", "2", "--seq-len", "3", "--input-size", "2",
                          "--hidden-size", "5", "--proj-size", "5"},
                         scratch),
                  "proj_size has to be smaller than hidden_size");
  expectUserError(runCli({"bench", "--batch", "2", "--seq-len", "3", "--input-size", "2",
                          "--hidden-size", "5", "--threads", cores},
                         scratch),
                  "--threads must be between 0 and the number of cores");
  expectUserError(runCli({"bench", "--batch", "2"}, scratch), "--seq-len");
}

}  // namespace
}  // namespace lstmviz::cli::testing
