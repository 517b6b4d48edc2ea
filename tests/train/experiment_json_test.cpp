// ExperimentConfig ⇄ JSON: an exact round trip, defaults for absent keys, and an error naming the
// key path (or line and column) and the problem for every kind of bad input, in torch's words
// where torch has them.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <string>

#include "core/common/error.h"
#include "core/nn/lstm_edits.h"
#include "core/train/experiment.h"

namespace lstmviz::core {
namespace {

// A config with every field away from its default, and doubles that print with many digits.
ExperimentConfig unusualConfig() {
  ExperimentConfig c;
  c.lstm.inputSize = 3;
  c.lstm.hiddenSize = 17;
  c.lstm.numLayers = 3;
  c.lstm.bias = false;
  c.lstm.batchFirst = false;
  c.lstm.dropout = 0.1 + 0.2;  // 0.30000000000000004
  c.lstm.bidirectional = true;
  c.lstm.projSize = 5;
  c.batch = 4;
  c.unbatched = false;
  c.seqLen = 9;
  c.lengths = {9, 7, 3, 1};
  c.head = HeadKind::kFlatten;
  c.naivePaddedLast = true;
  c.dataset = "csv";
  c.csvPath = "/tmp/prices \"quoted\" é.csv";
  c.csvTarget = "Close";
  c.init.inputWeights = LstmInitScheme::Weights::kXavierNormal;
  c.init.recurrentWeights = LstmInitScheme::Weights::kOrthogonal;
  c.init.projectionWeights = LstmInitScheme::Weights::kKaimingUniform;
  c.init.bias = LstmInitScheme::Bias::kForgetGateOne;
  c.init.gain = 5.0 / 3.0;
  c.init.seed = std::numeric_limits<uint64_t>::max();
  TrainerOptions& t = c.training;
  t.loss = LossKind::kHuber;
  t.huberDelta = 0.7;
  t.optimizer = OptimizerKind::kSgd;
  t.lr = 1.0 / 3.0;
  t.momentum = 0.9;
  t.nesterov = true;
  t.weightDecay = 1e-5;
  t.epochs = 123;
  t.batchSize = 7;
  t.shuffle = false;
  t.dropLast = true;
  t.seed = 42;
  t.clipGradNorm = 0.0;
  t.clipGradValue = 2.5e-3;
  PlateauOptions p;
  p.mode = PlateauOptions::Mode::kMax;
  p.factor = 0.5;
  p.patience = 3;
  p.threshold = 1e-3;
  p.thresholdMode = PlateauOptions::ThresholdMode::kAbs;
  p.cooldown = 2;
  p.minLr = 1e-6;
  p.eps = 1e-9;
  t.plateau = p;
  t.earlyStopping = EarlyStoppingOptions{4, 1e-4};
  t.restoreBestWeights = false;
  c.whatIf = {"weight_hh_l1_reverse[5,3]=0.25", "x[2,1,0]=-1.5", "f@l0:u3:t2-7=1", "l2:u1:n0"};
  return c;
}

// The Error message experimentFromJson(text) throws ("" if it throws none).
std::string errorOf(const std::string& text) {
  try {
    (void)experimentFromJson(text);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

#define EXPECT_ERROR_STARTS(text, expected)                                  \
  do {                                                                       \
    const std::string message = errorOf(text);                               \
    EXPECT_EQ(message.rfind(expected, 0), 0u) << "got: '" << message << "'"; \
  } while (0)

#define EXPECT_ERROR_CONTAINS(text, expected)                                           \
  do {                                                                                  \
    const std::string message = errorOf(text);                                          \
    EXPECT_NE(message.find(expected), std::string::npos) << "got: '" << message << "'"; \
  } while (0)

TEST(ExperimentJson, RoundTripsANonDefaultConfigExactly) {
  const ExperimentConfig c = unusualConfig();
  c.validate();
  const std::string json = experimentToJson(c);
  const ExperimentConfig back = experimentFromJson(json);
  EXPECT_TRUE(back == c) << json;
  EXPECT_EQ(back.training.lr, 1.0 / 3.0);  // bit for bit
  EXPECT_EQ(back.lstm.dropout, 0.1 + 0.2);
  EXPECT_EQ(back.init.seed, std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(experimentToJson(back), json);
}

TEST(ExperimentJson, WhatIfEditsAreCheckedAgainstTheExplorersRun) {
  EXPECT_EQ(errorOf(R"({"whatif": "x[0,0,0]=1"})"),
            "config: whatif: expected an array of edit texts, got \"x[0,0,0]=1\"");
  EXPECT_ERROR_STARTS(R"({"whatif": [3]})", "config: whatif[0]: expected an edit text");
  EXPECT_ERROR_STARTS(R"({"whatif": ["weight_xx_l0[0,0]=1"]})", "config: whatif: ");
  // The default explorer run: batch_first (N = 8, L = 20, H_in = 1), hidden 12, one layer.
  EXPECT_ERROR_CONTAINS(R"({"whatif": ["x[8,0,0]=1"]})",
                        "index 8 is out of bounds for dimension 0 with size 8");
  EXPECT_ERROR_CONTAINS(R"({"whatif": ["f@l1:u0=1"]})", "whatif: ");
  EXPECT_EQ(errorOf(R"({"whatif": ["x[7,19,0]=1", "i@l0:u11:t3=0", "l0:u2"]})"), "");
  // One list, whatever order the file gives: values, clamps, knock-outs, in canonical text.
  const ExperimentConfig c = experimentFromJson(R"({"whatif": ["l0:u2", "x[7, 19, 0] = 1"]})");
  EXPECT_EQ(formatEditList(parseEditList(c.whatIf)),
            (std::vector<std::string>{"x[7,19,0]=1", "l0:u2"}));
}

TEST(ExperimentJson, RoundTripsTheDefaults) {
  const ExperimentConfig c;
  EXPECT_TRUE(experimentFromJson(experimentToJson(c)) == c);
}

TEST(ExperimentJson, AbsentKeysKeepTheDefaults) {
  EXPECT_TRUE(experimentFromJson("{}") == ExperimentConfig{});
  const ExperimentConfig c =
      experimentFromJson(R"({"training": {"lr": 0.01, "weight_decay": null}, "lstm": {}})");
  ExperimentConfig expected;
  expected.training.lr = 0.01;
  EXPECT_TRUE(c == expected);
  EXPECT_EQ(c.lstm.hiddenSize, 12);
  EXPECT_TRUE(c.lstm.batchFirst);
  EXPECT_FALSE(c.training.weightDecay.has_value());
}

TEST(ExperimentJson, EarlyStoppingAndPlateauObjectsFillTheirDefaults) {
  const ExperimentConfig c =
      experimentFromJson(R"({"training": {"plateau": {}, "early_stopping": {"min_delta": 0.5}}})");
  ASSERT_TRUE(c.training.plateau.has_value());
  EXPECT_EQ(c.training.plateau->factor, 0.1);
  EXPECT_EQ(c.training.plateau->patience, 10);
  ASSERT_TRUE(c.training.earlyStopping.has_value());
  EXPECT_EQ(c.training.earlyStopping->patience, 5);
  EXPECT_EQ(c.training.earlyStopping->minDelta, 0.5);
}

TEST(ExperimentJson, SyntaxErrorNamesLineAndColumn) {
  EXPECT_ERROR_STARTS("{\n  \"batch\": 4,\n  \"seq_len\": ,\n}", "config: line 3, column 14: ");
  EXPECT_ERROR_CONTAINS("{\n  \"batch\": 4,\n  \"seq_len\": ,\n}", "syntax error");
  EXPECT_ERROR_STARTS("", "config: line 1, column 1: ");
  EXPECT_ERROR_STARTS("hidden_size = 4\n", "config: line 1, column 1: ");  // not JSON at all
  EXPECT_ERROR_STARTS("{\"batch\": 4", "config: line 1, column 12: ");     // cut short
  EXPECT_ERROR_STARTS("{}\n\n  x", "config: line 3, column 3: ");          // trailing garbage
  // A number beyond double range is located too (nlohmann reports it without a position).
  EXPECT_EQ(errorOf("{\"init\":\n {\"gain\": 1e999}}"),
            "config: line 2, column 11: number overflow parsing '1e999'");
  // nlohmann's own prefix is replaced, not repeated.
  EXPECT_EQ(errorOf("[").find("json.exception"), std::string::npos);
}

TEST(ExperimentJson, WrongTypesNameTheKeyPathAndTheValue) {
  EXPECT_EQ(errorOf(R"({"training": {"lr": "fast"}})"),
            "config: training.lr: expected a number, got \"fast\"");
  EXPECT_EQ(errorOf(R"({"lstm": {"hidden_size": 2.5}})"),
            "config: lstm.hidden_size: expected an integer, got 2.5");
  EXPECT_EQ(errorOf(R"({"lstm": {"bidirectional": 1}})"),
            "config: lstm.bidirectional: expected true or false, got 1");
  EXPECT_EQ(errorOf(R"({"training": {"seed": -1}})"),
            "config: training.seed: expected a non-negative integer, got -1");
  EXPECT_EQ(errorOf(R"({"lengths": [3, "x"]})"),
            "config: lengths[1]: expected an integer, got \"x\"");
  EXPECT_EQ(errorOf(R"({"lengths": 3})"), "config: lengths: expected an array of integers, got 3");
  EXPECT_EQ(errorOf(R"({"training": {"plateau": 3}})"),
            "config: training.plateau: expected a JSON object {...}, got 3");
  EXPECT_EQ(errorOf(R"({"dataset": null})"), "config: dataset: expected a string, got null");
  EXPECT_EQ(errorOf(R"({"seq_len": {"a": 1}})"),
            "config: seq_len: expected an integer, got an object {...}");
  EXPECT_EQ(errorOf("[1, 2]"),
            "config: the top level: expected a JSON object {...}, got an array [...]");
  EXPECT_EQ(errorOf(R"({"batch": 18446744073709551615})"),
            "config: batch: expected an integer, got 18446744073709551615, which is too large");
  EXPECT_EQ(errorOf(R"({"batch": 99999999999999999999})"),  // beyond uint64: a double
            "config: batch: expected an integer, got 1e+20");
  // A long wrong value is shortened.
  const std::string longValue = "\"" + std::string(100, 'a') + "\"";
  EXPECT_EQ(errorOf("{\"batch\": " + longValue + "}"),
            "config: batch: expected an integer, got \"" + std::string(39, 'a') + "...");
}

// Regression: a message must not print a deeply nested value (dump() recurses).
TEST(ExperimentJson, DeeplyNestedInputIsRefusedWithoutOverflowingTheStack) {
  const int depth = 200000;
  const std::string nested = std::string(depth, '[') + std::string(depth, ']');
  EXPECT_EQ(errorOf(nested),
            "config: the top level: expected a JSON object {...}, got an array [...]");
  EXPECT_EQ(errorOf("{\"lengths\": [" + nested + "]}"),
            "config: lengths[0]: expected an integer, got an array [...]");
}

TEST(ExperimentJson, UnknownKeysAreRefusedWithTheChoices) {
  EXPECT_ERROR_STARTS(R"({"lstm": {"hiden_size": 3}})",
                      "config: unknown key lstm.hiden_size (expected one of input_size, "
                      "hidden_size,");
  EXPECT_ERROR_STARTS(R"({"epochs": 3})", "config: unknown key epochs (expected one of lstm,");
  EXPECT_ERROR_STARTS(R"({"training": {"plateau": {"factr": 0.5}}})",
                      "config: unknown key training.plateau.factr");
  EXPECT_ERROR_STARTS(R"({"csv": {"file": "a.csv"}})", "config: unknown key csv.file");
}

TEST(ExperimentJson, UnknownNamesListTheChoices) {
  EXPECT_EQ(errorOf(R"({"head": "first"})"),
            "config: head: unknown head 'first'; expected one of last, hn, flatten, mean, seq");
  EXPECT_ERROR_STARTS(R"({"training": {"loss": "hinge"}})",
                      "config: training.loss: unknown loss 'hinge'");
  EXPECT_ERROR_STARTS(R"({"training": {"optimizer": "lbfgs"}})",
                      "config: training.optimizer: unknown optimizer 'lbfgs'");
  EXPECT_EQ(errorOf(R"({"init": {"recurrent": "identity"}})"),
            "config: init.recurrent: unknown weight init 'identity'; expected one of "
            "torch_default, xavier_uniform, xavier_normal, kaiming_uniform, kaiming_normal, "
            "orthogonal");
  EXPECT_EQ(errorOf(R"({"init": {"bias": "ones"}})"),
            "config: init.bias: unknown bias init 'ones'; expected one of torch_default, zeros, "
            "forget_gate_one");
  EXPECT_EQ(errorOf(R"({"training": {"plateau": {"mode": "median"}}})"),
            "config: training.plateau.mode: mode median is unknown!");
  EXPECT_EQ(errorOf(R"({"dataset": "mnist"})"),
            "config: dataset: unknown dataset 'mnist'; expected one of sine, stock, airline, "
            "anomalies, fashion_mnist, adding, copy, csv");
}

TEST(ExperimentJson, InvalidValuesAreRefusedInTorchsWords) {
  EXPECT_EQ(errorOf(R"({"lstm": {"hidden_size": 0}})"),
            "config: lstm: hidden_size must be greater than zero");
  EXPECT_EQ(errorOf(R"({"lstm": {"hidden_size": 4, "proj_size": 4}})"),
            "config: lstm: proj_size has to be smaller than hidden_size");
  EXPECT_ERROR_STARTS(R"({"lstm": {"dropout": 1.5}})",
                      "config: lstm: dropout should be a number in range [0, 1]");
  EXPECT_EQ(errorOf(R"({"training": {"batch_size": 0}})"),
            "config: training: batch_size should be a positive integer value, but got "
            "batch_size=0");
  EXPECT_ERROR_STARTS(R"({"training": {"lr": -0.1}})", "config: training: Invalid learning rate");
  EXPECT_EQ(errorOf(R"({"training": {"optimizer": "sgd", "momentum": -1}})"),
            "config: training: Invalid momentum value: -1.0");
  EXPECT_EQ(errorOf(R"({"training": {"optimizer": "adam", "weight_decay": -0.5}})"),
            "config: training: Invalid weight_decay value: -0.5");
  EXPECT_EQ(errorOf(R"({"training": {"optimizer": "sgd", "nesterov": true}})"),
            "config: training: Nesterov momentum requires a momentum and zero dampening");
  EXPECT_EQ(errorOf(R"({"training": {"plateau": {"factor": 1.5}}})"),
            "config: training.plateau: Factor should be < 1.0.");
  EXPECT_EQ(errorOf(R"({"training": {"early_stopping": {"patience": 0}}})"),
            "config: training.early_stopping: EarlyStopping: patience must be >= 1");
  EXPECT_ERROR_STARTS(R"({"training": {"clip_grad_norm": 1, "clip_grad_value": 1}})",
                      "config: training: choose one of clip_grad_norm and clip_grad_value");
  EXPECT_EQ(errorOf(R"({"batch": 0})"),
            "config: batch should be a positive integer value, but got batch=0");
  EXPECT_EQ(errorOf(R"({"seq_len": 0})"),
            "config: seq_len should be a positive integer value, but got seq_len=0");
  EXPECT_EQ(errorOf(R"({"batch": 2, "seq_len": 5, "lengths": [5, 6]})"),
            "config: lengths[1] = 6 is outside [1, seq_len = 5]");
  EXPECT_EQ(errorOf(R"({"batch": 3, "lengths": [5, 6]})"),
            "config: lengths has 2 entries but batch is 3; give one true length per sample");
  EXPECT_ERROR_STARTS(R"({"batch": 1, "unbatched": true, "lengths": [5]})",
                      "config: lengths need a batch");
  EXPECT_EQ(errorOf(R"({"dataset": "csv"})"),
            "config: csv.path: dataset 'csv' needs the path of a CSV file");
}

class ExperimentFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("lstmviz_experiment_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  std::filesystem::path dir_;
};

TEST_F(ExperimentFile, SavesAtomicallyAndLoadsBack) {
  const ExperimentConfig c = unusualConfig();
  saveExperiment(c, path("run.json"));
  EXPECT_TRUE(experimentFromFile(path("run.json")) == c);
  // No temporary file is left beside it.
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir_))
    files += !entry.is_directory();
  EXPECT_EQ(files, 1);
}

TEST_F(ExperimentFile, ErrorsAreFileErrorsNamingThePath) {
  const std::string missing = path("missing.json");
  try {
    (void)experimentFromFile(missing);
    FAIL() << "no error";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()).rfind(missing + ": cannot open", 0), 0u) << e.what();
  }
  const std::string bad = path("bad.json");
  std::ofstream(bad) << "{\n  \"training\": {\"lr\": \"fast\"}\n}\n";
  try {
    (void)experimentFromFile(bad);
    FAIL() << "no error";
  } catch (const FileError& e) {
    EXPECT_EQ(std::string(e.what()), bad + ": training.lr: expected a number, got \"fast\"");
  }
  std::ofstream(bad) << "{\n  \"batch\": 4\n  \"seq_len\": 3\n}\n";
  try {
    (void)experimentFromFile(bad);
    FAIL() << "no error";
  } catch (const FileError& e) {
    // nlohmann's position: the last character of the unexpected token "seq_len".
    EXPECT_EQ(std::string(e.what()).rfind(bad + ": line 3, column 11: ", 0), 0u) << e.what();
  }
}

TEST_F(ExperimentFile, SavingIntoAMissingFolderFailsAndWritesNothing) {
  EXPECT_THROW(saveExperiment(ExperimentConfig{}, path("no/such/folder/run.json")), FileError);
  EXPECT_FALSE(std::filesystem::exists(path("no")));
}

}  // namespace
}  // namespace lstmviz::core
