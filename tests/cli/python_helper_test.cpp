// app/python/lstmviz.py with Debian's python3-torch: a learner's own training loop
// (tests/python/watch_loop.py) logs 4 epochs with lstmviz.Watch; the run directory is lstmviz's
// format (metrics.csv read by RunDirectory::readMetrics, one checkpoint per epoch, the probe
// batch), epoch 2's checkpoint on the probe batch gives torch's numbers through lstmviz-cli
// forward, and a file written by lstmviz.save is both --weights and --input. Skipped only when
// /usr/bin/python3 cannot import torch.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "core/io/safetensors.h"
#include "core/train/run_directory.h"
#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

using core::SafetensorsFile;

const std::string kSourceDir = std::string(LSTMVIZ_FIXTURE_DIR) + "/../..";

bool pythonHasTorch() {
  return std::system("/usr/bin/python3 -c 'import torch' > /dev/null 2>&1") == 0;
}

double maxAbsDiff(const core::Tensor<float>& got, const core::Tensor<float>& want) {
  EXPECT_EQ(core::shapeToString(got.shape), core::shapeToString(want.shape));
  if (got.shape != want.shape) return INFINITY;
  double diff = 0;
  for (size_t i = 0; i < want.data.size(); ++i)
    diff = std::max(diff, std::abs(double(got.data[i]) - want.data[i]));
  return diff;
}

TEST(PythonHelper, WatchWritesARunLstmvizReadsAndSaveGivesOneFileForBoth) {
  if (!pythonHasTorch()) GTEST_SKIP() << "/usr/bin/python3 cannot import torch";
  ScratchDir scratch;
  const std::string dir = scratch.file("");
  const std::string command = "OMP_NUM_THREADS=1 PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 " +
                              kSourceDir + "/tests/python/watch_loop.py " + kSourceDir +
                              "/app/python " + dir + " > " + scratch.file("python.log") + " 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << readText(scratch.file("python.log"));
  const SafetensorsFile expected = SafetensorsFile::read(scratch.file("expected.safetensors"));

  // metrics.csv: one row per epoch with the logged losses, in lstmviz's format.
  const std::vector<core::EpochRecord> epochs =
      core::RunDirectory::readMetrics(scratch.file("run/metrics.csv"));
  const core::Tensor<double> losses = expected.getDouble("train_loss");
  ASSERT_EQ(epochs.size(), 4u);
  for (size_t i = 0; i < epochs.size(); ++i) {
    EXPECT_EQ(epochs[i].epoch, static_cast<int64_t>(i + 1));
    EXPECT_EQ(epochs[i].trainLoss, losses.data[i]);  // repr() round-trips exactly
    EXPECT_EQ(epochs[i].lr, 0.05);
    EXPECT_TRUE(std::isnan(epochs[i].valLoss));
    EXPECT_TRUE(std::filesystem::exists(
        scratch.file("run/checkpoints/epoch_000" + std::to_string(i + 1) + ".safetensors")));
  }

  // Epoch 2's weights on the probe batch, with the Linear beside the LSTM as the head.
  CliResult r =
      runCli({"forward", "--weights", scratch.file("run/checkpoints/epoch_0002.safetensors"),
              "--input", scratch.file("run/probe.safetensors"), "--out",
              scratch.file("epoch2.safetensors"), "--head", "last"},
             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const SafetensorsFile epoch2 = SafetensorsFile::read(scratch.file("epoch2.safetensors"));
  for (const char* name : {"output", "h_n", "c_n", "head_output"})
    EXPECT_LE(maxAbsDiff(epoch2.getFloat(name), expected.getFloat(std::string("epoch2.") + name)),
              2e-6)
        << name;

  // lstmviz.save: the same file is --weights and --input (batch_first from its metadata).
  r = runCli({"forward", "--weights", scratch.file("saved.safetensors"), "--input",
              scratch.file("saved.safetensors"), "--out", scratch.file("saved_out.safetensors")},
             scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const SafetensorsFile saved = SafetensorsFile::read(scratch.file("saved_out.safetensors"));
  for (const char* name : {"output", "h_n", "c_n"})
    EXPECT_LE(maxAbsDiff(saved.getFloat(name), expected.getFloat(std::string("saved.") + name)),
              2e-6)
        << name;
}

}  // namespace
}  // namespace lstmviz::cli::testing
