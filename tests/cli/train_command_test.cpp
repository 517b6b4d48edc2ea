// `lstmviz-cli train`, run as a child process: it trains a fixture of tests/fixtures/trainer/
// (written by make_trainer_fixtures.py with torch 1.13) to torch's final weights, writes a
// state_dict torch can load, and refuses bad input with "error: …" and exit code 2.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "core/io/safetensors.h"
#include "core/train/experiment.h"

namespace lstmviz::cli {
namespace {

using core::SafetensorsFile;
using core::SafetensorsWriter;
using core::Tensor;
using testing::describe;
using testing::expectUserError;
using testing::runCli;
using testing::ScratchDir;

std::string fixture(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/trainer/" + name + ".safetensors";
}

// The fixture's init.* tensors under their module names (lstm.*, head.*): an --init file.
std::string writeInit(const std::string& name, const ScratchDir& scratch) {
  const SafetensorsFile f = SafetensorsFile::read(fixture(name));
  SafetensorsWriter w;
  for (const core::SafetensorsEntry& e : f.entries())
    if (e.name.rfind("init.", 0) == 0) w.add(e.name.substr(5), f.getFloat(e.name));
  const std::string path = scratch.file("init.safetensors");
  w.write(path);
  return path;
}

// Largest |a − b| / (1 + |b|) over the tensors of `expected` under `prefix`, all of which must be
// in `actual` under their names without the prefix, with equal shapes (else +inf).
double maxDifference(const SafetensorsFile& actual, const SafetensorsFile& expected,
                     const std::string& prefix) {
  double worst = 0;
  int64_t compared = 0;
  for (const core::SafetensorsEntry& e : expected.entries()) {
    if (e.name.rfind(prefix, 0) != 0) continue;
    const std::string name = e.name.substr(prefix.size());
    if (!actual.contains(name)) return std::numeric_limits<double>::infinity();
    const Tensor<float> a = actual.getFloat(name), b = expected.getFloat(e.name);
    if (a.shape != b.shape) return std::numeric_limits<double>::infinity();
    for (size_t k = 0; k < a.data.size(); ++k)
      worst = std::max(worst, std::abs(static_cast<double>(a.data[k]) - b.data[k]) /
                                  (1.0 + std::abs(static_cast<double>(b.data[k]))));
    ++compared;
  }
  return compared > 0 ? worst : std::numeric_limits<double>::infinity();
}

TEST(TrainCommand, TrainsARegressionFixtureToTorchsWeights) {
  ScratchDir scratch;
  const std::string out = scratch.file("model.safetensors");
  const auto r = runCli({"train",
                         "--data",
                         fixture("hn_l1_sgd_nesterov_clip_norm"),
                         "--init",
                         writeInit("hn_l1_sgd_nesterov_clip_norm", scratch),
                         "--out",
                         out,
                         "--head",
                         "hn",
                         "--loss",
                         "l1",
                         "--optimizer",
                         "sgd",
                         "--lr",
                         "0.05",
                         "--momentum",
                         "0.9",
                         "--nesterov",
                         "--weight-decay",
                         "1e-3",
                         "--clip-grad-norm",
                         "0.3",
                         "--epochs",
                         "4",
                         "--batch-size",
                         "4",
                         "--no-shuffle",
                         "--log-dir",
                         scratch.file("run")},
                        scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const SafetensorsFile trained = SafetensorsFile::read(out);
  EXPECT_LE(maxDifference(trained, SafetensorsFile::read(fixture("hn_l1_sgd_nesterov_clip_norm")),
                          "final."),
            1e-6);
  EXPECT_EQ(trained.entries().size(), 10u);  // 8 LSTM tensors (bidirectional) + head
  // Not a terminal: one line per epoch on stderr.
  for (int e = 1; e <= 4; ++e)
    EXPECT_NE(r.err.find("epoch " + std::to_string(e) + "/4 train_loss "), std::string::npos)
        << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos);
  EXPECT_NE(r.out.find("weights written to " + out), std::string::npos) << r.out;
  EXPECT_TRUE(std::filesystem::exists(scratch.file("run/metrics.csv")));
  EXPECT_TRUE(std::filesystem::exists(scratch.file("run/best.safetensors")));
}

TEST(TrainCommand, TrainsAPerStepClassificationFixtureToTorchsWeights) {
  ScratchDir scratch;
  const std::string out = scratch.file("model.safetensors");
  const auto r = runCli({"train",
                         "--data",
                         fixture("seq_cross_entropy_adam_proj"),
                         "--init",
                         writeInit("seq_cross_entropy_adam_proj", scratch),
                         "--out",
                         out,
                         "--head",
                         "seq",
                         "--loss",
                         "cross_entropy",
                         "--optimizer",
                         "adam",
                         "--lr",
                         "0.01",
                         "--weight-decay",
                         "1e-3",
                         "--epochs",
                         "3",
                         "--batch-size",
                         "4",
                         "--no-shuffle"},
                        scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_LE(maxDifference(SafetensorsFile::read(out),
                          SafetensorsFile::read(fixture("seq_cross_entropy_adam_proj")), "final."),
            1e-6);
  EXPECT_NE(r.err.find("val_accuracy"), std::string::npos) << r.err;
}

TEST(TrainCommand, BuildsTheArchitectureFromFlagsWithoutInit) {
  ScratchDir scratch;
  const std::string out = scratch.file("model.safetensors");
  const auto r = runCli({"train",
                         "--data",
                         fixture("last_mse_sgd"),
                         "--out",
                         out,
                         "--hidden-size",
                         "5",
                         "--num-layers",
                         "2",
                         "--bidirectional",
                         "--proj-size",
                         "3",
                         "--no-bias",
                         "--seed",
                         "7",
                         "--head",
                         "flatten",
                         "--loss",
                         "mse",
                         "--optimizer",
                         "adam",
                         "--lr",
                         "0.01",
                         "--epochs",
                         "2",
                         "--batch-size",
                         "8",
                         "--drop-last"},
                        scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const SafetensorsFile f = SafetensorsFile::read(out);
  EXPECT_EQ(f.entry("lstm.weight_ih_l0").shape, (core::Shape{20, 3}));
  EXPECT_EQ(f.entry("lstm.weight_ih_l1_reverse").shape, (core::Shape{20, 6}));
  EXPECT_EQ(f.entry("lstm.weight_hr_l1_reverse").shape, (core::Shape{3, 5}));
  EXPECT_FALSE(f.contains("lstm.bias_ih_l0"));
  EXPECT_EQ(f.entry("head.weight").shape, (core::Shape{1, 5 * 2 * 3}));  // L · D · P
  EXPECT_EQ(f.entries().size(), 2u * 2u * 3u + 2u);
}

// A data file with the given tensors, written in the scratch folder.
struct DataFile {
  SafetensorsWriter writer;
  std::string write(const ScratchDir& scratch) const {
    const std::string path = scratch.file("data.safetensors");
    writer.write(path);
    return path;
  }
};

Tensor<float> randomish(core::Shape shape) {
  Tensor<float> t(std::move(shape));
  for (size_t i = 0; i < t.data.size(); ++i) t.data[i] = std::sin(0.7f * static_cast<float>(i));
  return t;
}

std::vector<std::string> trainArgs(const std::string& data, const ScratchDir& scratch,
                                   std::vector<std::string> extra) {
  std::vector<std::string> args = {
      "train",         "--data", data,       "--out", scratch.file("out.safetensors"),
      "--hidden-size", "4",      "--epochs", "1",     "--optimizer",
      "sgd",           "--lr",   "0.1"};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

void expectRefused(const std::vector<std::string>& args, const ScratchDir& scratch,
                   const std::string& needle) {
  const auto r = runCli(args, scratch);
  expectUserError(r, needle);
  EXPECT_TRUE(r.out.empty()) << describe(r);
  EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors"))) << needle;
}

TEST(TrainCommand, RefusesBadDataWithExitCode2) {
  ScratchDir scratch;
  const std::vector<std::string> mse = {"--head", "last", "--loss", "mse"};
  {
    DataFile d;
    d.writer.add("x", randomish({6, 4, 2}));
    expectRefused(trainArgs(d.write(scratch), scratch, mse), scratch, "no tensor named 'y'");
  }
  {
    DataFile d;  // float labels for cross entropy
    d.writer.add("x", randomish({6, 4, 2}));
    d.writer.add("y", Tensor<float>({6}, 1.0f));
    expectRefused(
        trainArgs(d.write(scratch), scratch, {"--head", "last", "--loss", "cross_entropy"}),
        scratch, "int64 class indices");
  }
  {
    DataFile d;  // a many-to-one target for the per-step head
    d.writer.add("x", randomish({6, 4, 2}));
    d.writer.add("y", randomish({6, 1}));
    expectRefused(trainArgs(d.write(scratch), scratch, {"--head", "seq", "--loss", "mse"}), scratch,
                  "(S, L, O)");
  }
  {
    DataFile d;
    d.writer.add("x", Tensor<float>({0, 4, 2}));
    d.writer.add("y", Tensor<float>({0, 1}));
    expectRefused(trainArgs(d.write(scratch), scratch, mse), scratch, "empty");
  }
  {
    DataFile d;
    Tensor<float> x = randomish({6, 4, 2});
    x.at({3, 1, 0}) = std::numeric_limits<float>::quiet_NaN();
    d.writer.add("x", x);
    d.writer.add("y", randomish({6, 1}));
    expectRefused(trainArgs(d.write(scratch), scratch, mse), scratch, "NaN");
  }
  {
    DataFile d;
    d.writer.add("x", randomish({6, 4, 2}));
    d.writer.add("y", randomish({6, 1}));
    d.writer.add("x_val", randomish({3, 4, 2}));
    expectRefused(trainArgs(d.write(scratch), scratch, mse), scratch, "'x_val' without 'y_val'");
  }
  {
    DataFile d;
    d.writer.add("x", randomish({6, 4, 2}));
    d.writer.add("y", randomish({5, 1}));
    expectRefused(trainArgs(d.write(scratch), scratch, mse), scratch, "(S, O) = [6, O]");
  }
}

TEST(TrainCommand, RefusesModelsThatDoNotFitTheData) {
  ScratchDir scratch;
  const std::string init = writeInit("last_mse_sgd", scratch);  // H_in 3, H 6, head width 6
  const std::string data = fixture("last_mse_sgd");
  const std::vector<std::string> base = {"train",
                                         "--data",
                                         data,
                                         "--out",
                                         scratch.file("out.safetensors"),
                                         "--loss",
                                         "mse",
                                         "--optimizer",
                                         "sgd",
                                         "--lr",
                                         "0.1",
                                         "--epochs",
                                         "1"};
  auto with = [&](std::vector<std::string> extra) {
    std::vector<std::string> args = base;
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
  };
  expectRefused(with({"--init", init, "--head", "flatten"}), scratch,
                "but head 'flatten' of this LSTM takes 30 inputs");
  expectRefused(with({"--init", init, "--head", "last", "--hidden-size", "4"}), scratch,
                "--init gives the architecture");
  expectRefused(with({"--head", "last"}), scratch, "--hidden-size");
  expectRefused(with({"--init", fixture("last_mse_sgd"), "--head", "last"}), scratch,
                "lstm.");  // names are init.lstm.*: no LSTM under "lstm."
  // Class indices beyond the head's O (init's head has O = 1).
  DataFile d;
  d.writer.add("x", randomish({6, 5, 3}));
  d.writer.add("y", Tensor<int64_t>({6}, std::vector<int64_t>{0, 1, 0, 0, 1, 0}));
  expectRefused({"train", "--data", d.write(scratch), "--init", init, "--out",
                 scratch.file("out.safetensors"), "--head", "last", "--loss", "cross_entropy",
                 "--optimizer", "adam", "--lr", "0.01"},
                scratch, "out of bounds");
}

TEST(TrainCommand, RefusesConflictingOptions) {
  ScratchDir scratch;
  const std::string data = fixture("last_mse_sgd");
  const std::vector<std::string> mse = {"--head", "last", "--loss", "mse"};
  auto with = [&](std::vector<std::string> extra) {
    extra.insert(extra.end(), mse.begin(), mse.end());
    return trainArgs(data, scratch, extra);
  };
  expectRefused(with({"--clip-grad-norm", "1", "--clip-grad-value", "1"}), scratch,
                "--clip-grad-norm and --clip-grad-value");
  expectRefused(with({"--nesterov"}), scratch, "Nesterov momentum requires a momentum");
  expectRefused(with({"--min-delta", "0.1"}), scratch, "--early-stopping-patience");
  expectRefused(with({"--plateau-factor", "1.5"}), scratch, "Factor should be < 1.0.");
  expectRefused(with({"--batch-size", "0"}), scratch, "batch_size should be a positive integer");
  expectRefused(with({"--dataset", "sine"}), scratch, "excludes");
  std::vector<std::string> badHead = trainArgs(data, scratch, {"--head", "first", "--loss", "mse"});
  expectRefused(badHead, scratch, "unknown head 'first'");
  expectRefused(trainArgs(data, scratch, {"--head", "last", "--loss", "hinge"}), scratch,
                "unknown loss 'hinge'");
}

TEST(TrainCommand, AnUnwritableLogDirectoryEndsWithAMessage) {
  ScratchDir scratch;
  { std::ofstream(scratch.file("file")) << "x"; }
  expectRefused(
      trainArgs(fixture("last_mse_sgd"), scratch,
                {"--head", "last", "--loss", "mse", "--log-dir", scratch.file("file/run")}),
      scratch, "cannot create the run directory");
}

TEST(TrainCommand, TrainsFromAConfigFileWithFlagsOverridingIt) {
  ScratchDir scratch;
  const std::string config = scratch.file("experiment.json");
  std::ofstream(config) << R"({"dataset": "stock", "seq_len": 6, "lstm": {"hidden_size": 3},
    "training": {"loss": "mse", "optimizer": "adam", "lr": 0.01, "epochs": 5,
                 "batch_size": 64}})";
  const std::string out = scratch.file("model.safetensors");
  const auto r = runCli({"train", "--config", config, "--epochs", "1", "--out", out, "--log-dir",
                         scratch.file("run")},
                        scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find("for 1 epochs"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("test: test_loss "), std::string::npos) << r.out;
  const SafetensorsFile f = SafetensorsFile::read(out);
  EXPECT_EQ(f.entry("lstm.weight_ih_l0").shape, (core::Shape{12, 5}));  // 4H × the 5 features
  EXPECT_EQ(f.entry("head.weight").shape, (core::Shape{1, 3}));
  // The run directory holds a --config that reproduces the run, overrides included.
  const core::ExperimentConfig saved =
      core::experimentFromFile(scratch.file("run/experiment.json"));
  EXPECT_EQ(saved.dataset, "stock");
  EXPECT_EQ(saved.training.epochs, 1);
  EXPECT_EQ(saved.seqLen, 6);
  EXPECT_EQ(saved.lstm.inputSize, 5);
}

TEST(TrainCommand, TrainsTheAnomalySeriesAsAnAutoencoder) {
  ScratchDir scratch;
  const auto r = runCli({"train", "--dataset", "anomalies", "--window", "8", "--head", "seq",
                         "--loss", "mse", "--optimizer", "adam", "--lr", "0.01", "--hidden-size",
                         "3", "--epochs", "1", "--out", scratch.file("m.safetensors")},
                        scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find("reconstruct"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("test: test_loss "), std::string::npos) << r.out;
}

TEST(TrainCommand, PrintsTheTestAccuracyOfAClassificationDataset) {
  ScratchDir scratch;
  const auto r = runCli({"train", "--dataset", "copy", "--window", "8", "--head", "seq", "--loss",
                         "cross_entropy", "--optimizer", "adam", "--lr", "0.01", "--hidden-size",
                         "4", "--epochs", "1", "--out", scratch.file("m.safetensors")},
                        scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find(" test_accuracy 0."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" on 300 samples"), std::string::npos) << r.out;
}

TEST(TrainCommand, RefusesABadConfigFileNamingTheFileAndTheKey) {
  ScratchDir scratch;
  const std::string config = scratch.file("bad.json");
  std::ofstream(config) << R"({"training": {"lr": "fast"}})";
  expectRefused({"train", "--config", config, "--out", scratch.file("out.safetensors")}, scratch,
                config + ": training.lr: expected a number, got \"fast\"");
  expectRefused(
      {"train", "--config", scratch.file("missing.json"), "--out", scratch.file("out.safetensors")},
      scratch, "missing.json: cannot open");
}

TEST(TrainCommand, WithoutAConfigHeadLossOptimizerAndLrAreRequired) {
  ScratchDir scratch;
  expectRefused({"train", "--dataset", "sine", "--hidden-size", "3", "--loss", "mse", "--optimizer",
                 "adam", "--lr", "0.1", "--out", scratch.file("out.safetensors")},
                scratch, "--head is required (or give --config FILE.json)");
  expectRefused({"train", "--dataset", "sine", "--hidden-size", "3", "--head", "last", "--loss",
                 "mse", "--optimizer", "adam", "--out", scratch.file("out.safetensors")},
                scratch, "--lr is required");
}

TEST(TrainCommand, RefusesALossThatDoesNotFitTheBuiltInDataset) {
  ScratchDir scratch;
  const std::vector<std::string> common = {
      "--hidden-size", "3",   "--optimizer", "adam",
      "--lr",          "0.1", "--out",       scratch.file("out.safetensors")};
  auto with = [&](std::vector<std::string> args) {
    args.insert(args.begin(), "train");
    args.insert(args.end(), common.begin(), common.end());
    return args;
  };
  expectRefused(with({"--dataset", "fashion_mnist", "--head", "last", "--loss", "mse"}), scratch,
                "use --loss cross_entropy");
  expectRefused(with({"--dataset", "sine", "--head", "last", "--loss", "cross_entropy"}), scratch,
                "dataset 'sine' has real-valued targets");
  expectRefused(with({"--dataset", "imagenet", "--head", "last", "--loss", "mse"}), scratch,
                "unknown dataset 'imagenet'");
}

}  // namespace
}  // namespace lstmviz::cli
