// `lstmviz-cli compare-forecasters`: its numbers are the validation losses of real trained models
// — the RepeatVector decoder's and both seq2seq models' mean errors equal the last val_loss of
// `lstmviz-cli train` runs of those architectures with the same data and settings — and it
// refuses data it cannot compare.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "core/train/run_directory.h"

namespace lstmviz::cli {
namespace {

using testing::describe;
using testing::expectUserError;
using testing::runCli;
using testing::ScratchDir;

const std::vector<std::string> kSettings = {
    "--dataset", "sine",     "--window", "6",    "--horizon", "3",      "--hidden-size",
    "4",         "--epochs", "2",        "--lr", "0.01",      "--seed", "3"};

// The last epoch's val_loss of `lstmviz-cli train` with kSettings and extra flags (each run in a
// run directory of its own: lstmviz-cli refuses to mix two runs in one).
double trainedValLoss(const std::vector<std::string>& extra, const ScratchDir& scratch) {
  static int runs = 0;
  const std::string run = "run" + std::to_string(++runs);
  std::vector<std::string> args = {"train",
                                   "--loss",
                                   "mse",
                                   "--optimizer",
                                   "adam",
                                   "--out",
                                   scratch.file("m.safetensors"),
                                   "--log-dir",
                                   scratch.file(run)};
  args.insert(args.end(), kSettings.begin(), kSettings.end());
  args.insert(args.end(), extra.begin(), extra.end());
  const auto r = runCli(args, scratch);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  const auto epochs = core::RunDirectory::readMetrics(scratch.file(run + "/metrics.csv"));
  return epochs.empty() ? -1.0 : epochs.back().valLoss;
}

TEST(CompareForecasters, ItsErrorsAreTheValidationLossesOfTheTrainedModels) {
  ScratchDir scratch;
  std::vector<std::string> args = {"compare-forecasters", "--json"};
  args.insert(args.end(), kSettings.begin(), kSettings.end());
  const auto r = runCli(args, scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["horizon"], 3);
  std::map<std::string, nlohmann::json> byName;
  for (const auto& f : j["forecasters"]) byName[f["name"]] = f;
  ASSERT_EQ(byName.size(), 5u);
  for (const auto& [name, f] : byName) {
    ASSERT_EQ(f["step_error"].size(), 3u) << name;
    double sum = 0;
    for (double e : f["step_error"]) {
      EXPECT_GT(e, 0.0) << name;
      sum += e;
    }
    EXPECT_NEAR(f["mean_error"].get<double>(), sum / 3, 1e-12) << name;
  }
  const auto expectMatches = [&](const std::string& name, const std::vector<std::string>& flags) {
    const double val = trainedValLoss(flags, scratch);
    EXPECT_NEAR(byName[name]["mean_error"].get<double>(), val, 1e-5 * (1 + val)) << name;
  };
  expectMatches("repeat_vector", {"--architecture", "one_to_many"});
  expectMatches("seq2seq_free_running", {"--architecture", "seq2seq"});
  expectMatches("seq2seq_teacher_forcing", {"--architecture", "seq2seq", "--teacher-forcing", "1"});
  // Teacher forcing trained another model: its error differs from the free-running one's.
  EXPECT_NE(byName["seq2seq_teacher_forcing"]["mean_error"],
            byName["seq2seq_free_running"]["mean_error"]);
}

TEST(CompareForecasters, RefusesDataItCannotCompare) {
  ScratchDir scratch;
  expectUserError(runCli({"compare-forecasters", "--dataset", "adding"}, scratch),
                  "is not a series");
  expectUserError(runCli({"compare-forecasters", "--dataset", "stock", "--epochs", "1"}, scratch),
                  "every input feature must be a target");
}

}  // namespace
}  // namespace lstmviz::cli
