// Regression tests for the hostile tester's findings that are not a kind of bad file (issue 17):
// class indices too large to allocate for, duplicate configuration keys, --out through a symlink.
// Each ends in one readable message and writes nothing, or writes exactly what was asked.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "core/io/safetensors.h"

namespace lstmviz::cli::testing {
namespace {

using core::SafetensorsWriter;
using core::Tensor;

const std::vector<std::string> kClassifierFlags = {
    "--hidden-size", "3",    "--head", "last",     "--loss", "cross_entropy", "--optimizer",
    "sgd",           "--lr", "0.1",    "--epochs", "1",      "--batch-size",  "2"};

// x (4, 3, 2) and labels y (4,) with y[2] = `label`.
void writeClassificationData(const std::string& path, int64_t label) {
  SafetensorsWriter w;
  w.add("x", Tensor<float>({4, 3, 2}, 0.5f));
  Tensor<int64_t> y({4}, 0);
  y.data[2] = label;
  w.add("y", y);
  w.write(path);
}

// Regression: a class index of 10^9 ran out of memory and 2^62 overflowed int64 ("out of
// memory"), neither naming y.
TEST(CliReliability, RefusesClassIndicesBeyondTheLimitNamingTheElement) {
  for (const int64_t label : {int64_t{1'000'000'000}, int64_t{1} << 62}) {
    ScratchDir scratch;
    writeClassificationData(scratch.file("data.safetensors"), label);
    std::vector<std::string> args{"train", "--data", scratch.file("data.safetensors"), "--out",
                                  scratch.file("out.safetensors")};
    args.insert(args.end(), kClassifierFlags.begin(), kClassifierFlags.end());
    const CliResult r = runCli(args, scratch);
    expectUserError(r, "y[2] = " + std::to_string(label) +
                           " is a class index beyond the limit of 1000000 classes");
    EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors")));
  }
}

// Regression: a key given twice in a configuration was accepted, the last one winning.
TEST(CliReliability, RefusesADuplicateConfigurationKeyNamingIt) {
  ScratchDir scratch;
  std::ofstream(scratch.file("config.json"))
      << R"({"lstm": {"hidden_size": 4}, "dataset": "sine", )"
      << R"("training": {"epochs": 1, "lr": 0.1, "lr": 100}})";
  const CliResult r = runCli(
      {"train", "--config", scratch.file("config.json"), "--out", scratch.file("out.safetensors")},
      scratch);
  expectUserError(r, "config.json: duplicate key 'lr' in 'training'; expected each key once");
  EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors")));
}

// Regression: a symlinked --out became a regular file and its target kept the old bytes.
TEST(CliReliability, OutThroughASymlinkReplacesItsTarget) {
  ScratchDir scratch;
  std::ofstream(scratch.file("target.safetensors")) << "old";
  std::filesystem::create_symlink("target.safetensors", scratch.file("out.safetensors"));
  const CliResult r = runCli({"train", "--dataset", "sine", "--hidden-size", "3", "--head", "last",
                              "--loss", "mse", "--optimizer", "sgd", "--lr", "0.01", "--epochs",
                              "1", "--out", scratch.file("out.safetensors")},
                             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_TRUE(std::filesystem::is_symlink(scratch.file("out.safetensors")));
  const core::SafetensorsFile written =
      core::SafetensorsFile::read(scratch.file("target.safetensors"));
  EXPECT_TRUE(written.contains("lstm.weight_ih_l0"));
}

// Regression: a reused --log-dir kept the old run's histograms beside the new run's.
TEST(CliReliability, ReusedLogDirIsRefusedUnlessOverwriteIsGiven) {
  ScratchDir scratch;
  const std::vector<std::string> train = {
      "train",  "--dataset", "sine",   "--hidden-size", "3",
      "--head", "last",      "--loss", "mse",           "--optimizer",
      "sgd",    "--lr",      "0.01",   "--log-dir",     scratch.file("run")};
  auto run = [&](const std::string& epochs, const std::string& out, bool overwrite) {
    std::vector<std::string> args = train;
    args.insert(args.end(), {"--epochs", epochs, "--out", scratch.file(out)});
    if (overwrite) args.push_back("--overwrite");
    return runCli(args, scratch);
  };
  ASSERT_EQ(run("3", "first.safetensors", false).exitCode, 0);
  ASSERT_TRUE(std::filesystem::exists(scratch.file("run/histograms/epoch_0003.json")));

  const CliResult refused = run("1", "second.safetensors", false);
  expectUserError(refused, scratch.file("run") + " is not empty");
  EXPECT_FALSE(std::filesystem::exists(scratch.file("second.safetensors")));
  EXPECT_TRUE(std::filesystem::exists(scratch.file("run/histograms/epoch_0003.json")));

  const CliResult replaced = run("1", "second.safetensors", true);
  ASSERT_EQ(replaced.exitCode, 0) << describe(replaced);
  EXPECT_TRUE(std::filesystem::exists(scratch.file("run/histograms/epoch_0001.json")));
  EXPECT_FALSE(std::filesystem::exists(scratch.file("run/histograms/epoch_0002.json")));
  EXPECT_FALSE(std::filesystem::exists(scratch.file("run/histograms/epoch_0003.json")));
}

// Regression: with one thread and one seed, 1162 of 1233 weights differed when only the length of
// the --out name changed (the heap layout moved buffers, and Eigen's vectorised sums peel a
// number of elements that depends on a buffer's alignment).
TEST(CliReliability, TrainingIsRepeatableWhateverTheOutName) {
  ScratchDir scratch;
  const std::vector<std::string> names = {"a.safetensors", std::string(37, 'c') + ".safetensors",
                                          std::string(100, 'b') + ".safetensors"};
  std::vector<std::string> written;
  for (const std::string& name : names) {
    const CliResult r = runCli({"train", "--dataset", "sine", "--hidden-size", "8", "--head",
                                "last", "--loss", "mse", "--optimizer", "adam", "--lr", "0.01",
                                "--epochs", "2", "--seed", "3", "--out", scratch.file(name)},
                               scratch);
    ASSERT_EQ(r.exitCode, 0) << describe(r);
    written.push_back(readText(scratch.file(name)));
  }
  EXPECT_EQ(written[0], written[1]);
  EXPECT_EQ(written[0], written[2]);
}

}  // namespace
}  // namespace lstmviz::cli::testing
