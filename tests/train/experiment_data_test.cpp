// loadExperimentData and buildExperimentModel: every built-in dataset's shapes and split, scaling
// fitted on the training rows only, refusals of heads and losses that do not fit, and the model's
// parameter names, shapes and init scheme.
#include <gtest/gtest.h>
#include <unistd.h>

#include <Eigen/Core>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <string>

#include "core/common/error.h"
#include "core/data/airline_passengers.h"
#include "core/data/fashion_mnist.h"
#include "core/data/synthetic_series.h"
#include "core/train/experiment.h"

namespace lstmviz::core {
namespace {

ExperimentConfig configFor(const std::string& dataset, HeadKind head = HeadKind::kLast,
                           LossKind loss = LossKind::kMse) {
  ExperimentConfig c;
  c.dataset = dataset;
  c.head = head;
  c.training.loss = loss;
  return c;
}

std::string errorOf(const ExperimentConfig& c) {
  try {
    (void)loadExperimentData(c);
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

void expectParts(const ExperimentData& d, int64_t train, int64_t validation, int64_t test) {
  EXPECT_EQ(d.train.size(), train);
  EXPECT_EQ(d.validation.size(), validation);
  EXPECT_EQ(d.test.size(), test);
}

TEST(ExperimentData, SineIsNextStepRegressionOverWindows) {
  ExperimentConfig c = configFor("sine");
  c.seqLen = 20;
  const ExperimentData d = loadExperimentData(c);
  // 1000 rows split 700 / 150 / 150; a window belongs to the part holding its target row.
  expectParts(d, 680, 150, 150);
  EXPECT_EQ(d.train.x.shape, (Shape{680, 20, 1}));
  EXPECT_EQ(d.train.y.shape, (Shape{680, 1}));
  EXPECT_EQ(d.test.y.shape, (Shape{150, 1}));
  EXPECT_FALSE(d.classification);
  EXPECT_FALSE(d.perStep);
  EXPECT_EQ(d.inputSize, 1);
  EXPECT_EQ(d.outputSize, 1);
  EXPECT_EQ(d.steps, 20);
  EXPECT_EQ(d.targetNames, (std::vector<std::string>{"value"}));
  EXPECT_NE(d.description.find("680 train / 150 validation / 150 test"), std::string::npos)
      << d.description;
  // The target of window i is the first step of window i + 1.
  EXPECT_EQ(d.train.y.data[0], d.train.x.at({1, 19, 0}));
}

TEST(ExperimentData, HeadSeqPredictsTheShiftedWindow) {
  const ExperimentData d = loadExperimentData(configFor("sine", HeadKind::kSeq));
  EXPECT_TRUE(d.perStep);
  EXPECT_EQ(d.train.y.shape, (Shape{680, 20, 1}));
  expectParts(d, 680, 131, 131);
  EXPECT_EQ(d.train.y.at({0, 0, 0}), d.train.x.at({0, 1, 0}));
}

TEST(ExperimentData, StockPredictsTheNextHighFromFiveFeatures) {
  ExperimentConfig c = configFor("stock");
  c.seqLen = 7;
  const ExperimentData d = loadExperimentData(c);
  EXPECT_EQ(d.train.x.shape, (Shape{693, 7, 5}));
  EXPECT_EQ(d.train.y.shape, (Shape{693, 1}));
  EXPECT_EQ(d.inputSize, 5);
  EXPECT_EQ(d.outputSize, 1);
  EXPECT_EQ(d.targetNames, (std::vector<std::string>{"high"}));
  EXPECT_EQ(d.train.y.data[0], d.train.x.at({1, 6, 0}));  // column 0 is high
}

TEST(ExperimentData, AirlineIsTheShippedSeries) {
  ExperimentConfig c = configFor("airline");
  c.seqLen = 12;
  const ExperimentData d = loadExperimentData(c);
  // 144 rows: 100 / 21 / 23.
  expectParts(d, 88, 21, 23);
  EXPECT_EQ(d.train.x.shape, (Shape{88, 12, 1}));
}

TEST(ExperimentData, TheScalerIsFittedOnTheTrainingRowsOnly) {
  ExperimentConfig c = configFor("airline");
  c.seqLen = 12;
  const ExperimentData d = loadExperimentData(c);
  const std::vector<float> passengers = loadAirlinePassengers().column(0);
  auto meanAndStd = [&](size_t rows) {
    double sum = 0, squares = 0;
    for (size_t t = 0; t < rows; ++t) sum += passengers[t];
    const double mean = sum / rows;
    for (size_t t = 0; t < rows; ++t) squares += (passengers[t] - mean) * (passengers[t] - mean);
    return std::pair{mean, std::sqrt(squares / rows)};
  };
  const auto [trainMean, trainStd] = meanAndStd(100);  // ⌊144 · 0.7⌋ training rows
  const auto [allMean, allStd] = meanAndStd(passengers.size());
  ASSERT_EQ(d.targetScaler.columns(), 1);
  EXPECT_NEAR(d.targetScaler.offsets()[0], trainMean, 1e-9);
  EXPECT_NEAR(d.targetScaler.scales()[0], trainStd, 1e-9);
  EXPECT_GT(std::abs(allMean - trainMean), 10.0);  // the trend: all rows would leak the future
  // The data is in those units: the first input is (x_0 − mean_train) / std_train, and the
  // scaler's inverse gives passengers back.
  EXPECT_NEAR(d.train.x.data[0], (passengers[0] - trainMean) / trainStd, 1e-5);
  Tensor<float> y = d.test.y;
  d.targetScaler.inverseInPlace(y, {0});
  EXPECT_NEAR(y.data.back(), passengers.back(), 1e-3);
}

TEST(ExperimentData, AnomaliesTrainOnTheCleanHalfAndReconstructWithHeadSeq) {
  ExperimentConfig c = configFor("anomalies", HeadKind::kSeq);
  c.seqLen = 10;
  const ExperimentData d = loadExperimentData(c);
  // 2000 rows: train [0, 800), validation [800, 1000), test [1000, 2000) with the anomalies.
  EXPECT_EQ(d.train.x.shape, (Shape{790, 10, 3}));  // three correlated sensors
  EXPECT_EQ(d.train.y.shape, d.train.x.shape);
  EXPECT_EQ(d.train.y.data, d.train.x.data);  // the autoencoder's targets are its inputs
  EXPECT_EQ(d.test.y.data, d.test.x.data);
  EXPECT_GT(d.test.size(), 900);
  // Many-to-one heads forecast the next step instead.
  const ExperimentData next = loadExperimentData(configFor("anomalies"));
  EXPECT_EQ(next.train.y.shape, (Shape{780, 3}));
  // Standardised with the clean rows: the anomalous test half reaches further out.
  const auto absMax = [](const std::vector<float>& v) {
    float m = 0;
    for (float x : v) m = std::max(m, std::abs(x));
    return m;
  };
  EXPECT_GT(absMax(d.test.x.data), absMax(d.train.x.data) + 1.0f);
}

TEST(ExperimentData, AddingIsManyToOneRegression) {
  ExperimentConfig c = configFor("adding");
  c.seqLen = 30;
  const ExperimentData d = loadExperimentData(c);
  expectParts(d, 1400, 300, 300);
  EXPECT_EQ(d.train.x.shape, (Shape{1400, 30, 2}));
  EXPECT_EQ(d.train.y.shape, (Shape{1400, 1}));
  EXPECT_EQ(d.outputSize, 1);
  EXPECT_EQ(d.targetScaler.kind(), NormalizationKind::kNone);
  EXPECT_EQ(d.targetScaler.columns(), 1);
}

TEST(ExperimentData, CopyIsPerStepClassificationOfSeqLenSteps) {
  ExperimentConfig c = configFor("copy", HeadKind::kSeq, LossKind::kCrossEntropy);
  c.seqLen = 20;  // K = 5 symbols, delay 10
  const ExperimentData d = loadExperimentData(c);
  expectParts(d, 1400, 300, 300);
  EXPECT_EQ(d.train.x.shape, (Shape{1400, 20, 10}));  // one-hot over blank, 8 symbols, delimiter
  EXPECT_EQ(d.train.labels.shape, (Shape{1400, 20}));
  EXPECT_TRUE(d.classification);
  EXPECT_TRUE(d.perStep);
  EXPECT_EQ(d.outputSize, 9);
  EXPECT_EQ(d.classNames.size(), 9u);
  EXPECT_EQ(d.steps, 20);
}

TEST(ExperimentData, FashionMnistSplitsTrainingImagesAndKeepsTheTestSet) {
  if (!fashionMnistAvailable(FashionMnistSplit::kTrain) ||
      !fashionMnistAvailable(FashionMnistSplit::kTest))
    GTEST_SKIP() << "apt-get install dataset-fashion-mnist";
  const ExperimentData d =
      loadExperimentData(configFor("fashion_mnist", HeadKind::kLast, LossKind::kCrossEntropy));
  expectParts(d, 55000, 5000, 10000);
  EXPECT_EQ(d.train.x.shape, (Shape{55000, 28, 28}));
  EXPECT_EQ(d.train.labels.shape, (Shape{55000}));
  EXPECT_EQ(d.test.x.shape, (Shape{10000, 28, 28}));
  EXPECT_EQ(d.inputSize, 28);
  EXPECT_EQ(d.steps, 28);
  EXPECT_EQ(d.outputSize, 10);
  ASSERT_EQ(d.classNames.size(), 10u);
  EXPECT_EQ(d.classNames.front(), "T-shirt/top");
  EXPECT_EQ(d.classNames.back(), "Ankle boot");
}

TEST(ExperimentData, FashionMnistMissingNamesTheDebianPackage) {
  if (fashionMnistAvailable(FashionMnistSplit::kTrain))
    GTEST_SKIP() << "installed here; the message is checked by FashionMnist's own tests";
  EXPECT_NE(errorOf(configFor("fashion_mnist", HeadKind::kLast, LossKind::kCrossEntropy))
                .find("dataset-fashion-mnist"),
            std::string::npos);
}

TEST(ExperimentData, RefusesHeadsAndLossesThatDoNotFitTheDataset) {
  EXPECT_NE(errorOf(configFor("sine", HeadKind::kLast, LossKind::kCrossEntropy))
                .find("dataset 'sine' has real-valued targets"),
            std::string::npos);
  EXPECT_NE(errorOf(configFor("fashion_mnist")).find("use --loss cross_entropy"),
            std::string::npos);
  EXPECT_NE(errorOf(configFor("fashion_mnist", HeadKind::kSeq, LossKind::kCrossEntropy))
                .find("many-to-one classification"),
            std::string::npos);
  EXPECT_NE(errorOf(configFor("copy", HeadKind::kLast, LossKind::kCrossEntropy))
                .find("use head seq and loss cross_entropy"),
            std::string::npos);
  EXPECT_NE(errorOf(configFor("adding", HeadKind::kSeq)).find("many-to-one regression"),
            std::string::npos);
  EXPECT_EQ(errorOf(configFor("mnist")).rfind("unknown dataset 'mnist'", 0), 0u);
  ExperimentConfig tooLong = configFor("airline");
  tooLong.seqLen = 150;
  EXPECT_NE(errorOf(tooLong).find("144"), std::string::npos) << errorOf(tooLong);
}

class ExperimentCsv : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::path(::testing::TempDir()) /
             ("lstmviz_experiment_" + std::to_string(::getpid()) + ".csv"))
                .string();
  }
  void TearDown() override { std::filesystem::remove(path_); }
  void write(const std::string& text) { std::ofstream(path_) << text; }

  std::string path_;
};

TEST_F(ExperimentCsv, WindowsOverTheNumericColumnsPredictingTheTarget) {
  std::string text = "Date,Open,Close\n";
  for (int t = 0; t < 50; ++t)
    text += "2024-01-" + std::to_string(t) + "," + std::to_string(100 + t) + "," +
            std::to_string(200 + 2 * t) + "\n";
  write(text);
  ExperimentConfig c = configFor("csv");
  c.csvPath = path_;
  c.seqLen = 5;
  ExperimentData d = loadExperimentData(c);       // default target: the last column
  EXPECT_EQ(d.train.x.shape, (Shape{30, 5, 2}));  // 35 training rows
  EXPECT_EQ(d.targetNames, (std::vector<std::string>{"Close"}));
  EXPECT_FALSE(d.warnings.empty());  // the Date column was skipped
  c.csvTarget = "Open";
  d = loadExperimentData(c);
  EXPECT_EQ(d.targetNames, (std::vector<std::string>{"Open"}));
  Tensor<float> y = d.train.y;
  d.targetScaler.inverseInPlace(y, {0});
  EXPECT_NEAR(y.data[0], 105.0f, 1e-3);  // the row after the first window
}

TEST_F(ExperimentCsv, ANonNumericCellIsAnErrorNamingLineAndColumn) {
  write("a,b\n1,2\n3,x\n5,6\n");
  ExperimentConfig c = configFor("csv");
  c.csvPath = path_;
  c.seqLen = 1;
  const std::string message = errorOf(c);
  EXPECT_NE(message.find("line 3"), std::string::npos) << message;
  EXPECT_NE(message.find("column 2"), std::string::npos) << message;
}

// --- the model -------------------------------------------------------------------------------

TEST(ExperimentModel, TakesTheDataShapesAndNamesParametersLikeTorch) {
  ExperimentConfig c = configFor("stock", HeadKind::kFlatten);
  c.seqLen = 7;
  c.lstm.hiddenSize = 6;
  c.lstm.numLayers = 2;
  c.lstm.bidirectional = true;
  c.lstm.projSize = 3;
  c.lstm.batchFirst = false;  // a display choice; the model is batch_first
  const ExperimentData d = loadExperimentData(c);
  const auto built = buildExperimentModel(c, d);
  auto* model = dynamic_cast<SequenceModel<float>*>(built.get());
  ASSERT_NE(model, nullptr);
  EXPECT_TRUE(model->config().lstm.batchFirst);
  EXPECT_EQ(model->config().lstm.inputSize, 5);  // from the data, not c.lstm.inputSize = 1
  std::vector<std::string> names;
  std::map<std::string, Shape> shapes;
  for (const auto& p : model->parameters()) {
    names.push_back(p.name);
    shapes[p.name] = p.shape;
  }
  EXPECT_EQ(names.front(), "lstm.weight_ih_l0");
  EXPECT_EQ(names.size(), 2u * 2u * 5u + 2u);
  EXPECT_EQ(shapes["lstm.weight_ih_l0"], (Shape{24, 5}));
  EXPECT_EQ(shapes["lstm.weight_hh_l0_reverse"], (Shape{24, 3}));
  EXPECT_EQ(shapes["lstm.weight_ih_l1"], (Shape{24, 6}));
  EXPECT_EQ(shapes["lstm.weight_hr_l1_reverse"], (Shape{3, 6}));
  EXPECT_EQ(shapes["head.weight"], (Shape{1, 7 * 2 * 3}));  // L · D · P
  EXPECT_EQ(shapes["head.bias"], (Shape{1}));
  Tensor<float> x({4, 7, 5}, 0.5f);
  EXPECT_EQ(model->forward(x, nullptr, false).shape, (Shape{4, 1}));
}

TEST(ExperimentModel, UsesTheInitSchemeAndItsSeed) {
  ExperimentConfig c = configFor("sine");
  c.lstm.hiddenSize = 4;
  c.init.recurrentWeights = LstmInitScheme::Weights::kOrthogonal;
  c.init.bias = LstmInitScheme::Bias::kForgetGateOne;
  c.init.seed = 11;
  const ExperimentData d = loadExperimentData(c);
  const auto model = buildExperimentModel(c, d);
  std::map<std::string, std::vector<float>> values;
  for (const auto& p : model->parameters())
    values[p.name] = std::vector<float>(p.values, p.values + p.size());
  const std::vector<float> expectedBias = {0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
  EXPECT_EQ(values["lstm.bias_ih_l0"], expectedBias);
  EXPECT_EQ(values["lstm.bias_hh_l0"], std::vector<float>(16, 0.0f));
  // Each 4 × 4 gate block of weight_hh is orthogonal.
  for (int gate = 0; gate < 4; ++gate) {
    Eigen::Map<const Eigen::Matrix<float, 4, 4, Eigen::RowMajor>> block(
        values["lstm.weight_hh_l0"].data() + gate * 16);
    EXPECT_TRUE((block * block.transpose()).isIdentity(1e-5f)) << "gate " << gate;
  }
  // The head has torch's default bound 1/√H.
  for (float w : values["head.weight"]) EXPECT_LE(std::abs(w), 0.5f);
  // Same seed, same model; another seed, another one.
  auto again = buildExperimentModel(c, d);
  EXPECT_EQ(std::vector<float>(again->parameters()[0].values,
                               again->parameters()[0].values + again->parameters()[0].size()),
            values["lstm.weight_ih_l0"]);
  c.init.seed = 12;
  auto other = buildExperimentModel(c, d);
  EXPECT_NE(std::vector<float>(other->parameters()[0].values,
                               other->parameters()[0].values + other->parameters()[0].size()),
            values["lstm.weight_ih_l0"]);
}

TEST(ExperimentModel, ClassificationHeadsHaveOneOutputPerClass) {
  ExperimentConfig c = configFor("copy", HeadKind::kSeq, LossKind::kCrossEntropy);
  const ExperimentData d = loadExperimentData(c);
  const auto built = buildExperimentModel(c, d);
  auto* model = dynamic_cast<SequenceModel<float>*>(built.get());
  ASSERT_NE(model, nullptr);
  EXPECT_EQ(model->head().outFeatures(), 9);
  EXPECT_EQ(model->config().lstm.inputSize, 10);
}

}  // namespace
}  // namespace lstmviz::core
