// The built-in data sets: Fashion-MNIST from Debian's package, the shipped airline series, and
// the generators (deterministic for a seed, with the structure they promise).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>

#include "core/common/error.h"
#include "core/data/airline_passengers.h"
#include "core/data/fashion_mnist.h"
#include "core/data/memory_tasks.h"
#include "core/data/synthetic_series.h"

namespace lstmviz::core {
namespace {

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
  const double n = static_cast<double>(a.size());
  const double ma = std::accumulate(a.begin(), a.end(), 0.0) / n;
  const double mb = std::accumulate(b.begin(), b.end(), 0.0) / n;
  double sab = 0, saa = 0, sbb = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) * (a[i] - ma);
    sbb += (b[i] - mb) * (b[i] - mb);
  }
  return sab / std::sqrt(saa * sbb);
}

void checkFashionSplit(FashionMnistSplit split, int64_t expected) {
  if (!fashionMnistAvailable(split)) {
    GTEST_SKIP() << "Fashion-MNIST not installed in " << kFashionMnistDirectory
                 << " (apt-get install dataset-fashion-mnist)";
  }
  const SequenceDataset data = loadFashionMnist(split);
  EXPECT_EQ(data.x.shape, (Shape{expected, 28, 28}));
  EXPECT_EQ(data.labels.shape, (Shape{expected}));
  const auto [lo, hi] = std::minmax_element(data.labels.data.begin(), data.labels.data.end());
  EXPECT_EQ(*lo, 0);
  EXPECT_EQ(*hi, 9);
  const auto [xlo, xhi] = std::minmax_element(data.x.data.begin(), data.x.data.end());
  EXPECT_EQ(*xlo, 0.0f);
  EXPECT_EQ(*xhi, 1.0f);
  EXPECT_EQ(data.targetNames.size(), 10u);
  // Fashion-MNIST is balanced: every class has exactly a tenth of the images.
  std::vector<int64_t> counts(10, 0);
  for (int64_t label : data.labels.data) ++counts[label];
  for (int64_t c : counts) EXPECT_EQ(c, expected / 10);
}

TEST(FashionMnist, TrainSplitHas60000RowSequences) {
  checkFashionSplit(FashionMnistSplit::kTrain, 60000);
}

TEST(FashionMnist, TestSplitHas10000RowSequences) {
  checkFashionSplit(FashionMnistSplit::kTest, 10000);
}

TEST(FashionMnist, LimitKeepsTheFirstImages) {
  if (!fashionMnistAvailable(FashionMnistSplit::kTest)) {
    GTEST_SKIP() << "Fashion-MNIST not installed (apt-get install dataset-fashion-mnist)";
  }
  const SequenceDataset few = loadFashionMnist(FashionMnistSplit::kTest, 5);
  EXPECT_EQ(few.x.shape, (Shape{5, 28, 28}));
  // The first t10k label of Fashion-MNIST is 9 (ankle boot), the second 2 (pullover).
  EXPECT_EQ(few.labels.data[0], 9);
  EXPECT_EQ(few.labels.data[1], 2);
  EXPECT_THROW(loadFashionMnist(FashionMnistSplit::kTest, -1), Error);
}

TEST(FashionMnist, AbsentPackageErrorNamesIt) {
  const std::string directory = "/nonexistent/lstmviz-fashion-mnist";
  EXPECT_FALSE(fashionMnistAvailable(FashionMnistSplit::kTrain, directory));
  try {
    loadFashionMnist(FashionMnistSplit::kTrain, 0, directory);
    FAIL() << "expected a FileError";
  } catch (const FileError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("apt-get install dataset-fashion-mnist"), std::string::npos) << message;
    EXPECT_NE(message.find(directory + "/train-images-idx3-ubyte.gz"), std::string::npos)
        << message;
  }
}

TEST(AirlinePassengers, Has144MonthsFrom112To432) {
  const Series s = loadAirlinePassengers();
  ASSERT_EQ(s.rows(), 144);
  ASSERT_EQ(s.columns(), 1);
  EXPECT_EQ(s.columnNames()[0], "Passengers");
  EXPECT_EQ(s.at(0, 0), 112.0f);
  EXPECT_EQ(s.at(143, 0), 432.0f);
  const std::vector<float> v = s.column(0);
  EXPECT_EQ(std::accumulate(v.begin(), v.end(), 0.0), 40363.0);  // the published total
  EXPECT_EQ(*std::max_element(v.begin(), v.end()), 622.0f);      // July 1960
}

TEST(AirlinePassengers, OverridePathIsUsed) {
  EXPECT_THROW(loadAirlinePassengers("/nonexistent/airline.csv"), FileError);
  EXPECT_TRUE(std::filesystem::exists(airlinePassengersPath()));
}

TEST(NoisySine, DeterministicForASeedAndShapedAsAsked) {
  SineOptions options;
  options.length = 300;
  options.seed = 3;
  const Series a = makeNoisySine(options);
  EXPECT_EQ(a.rows(), 300);
  EXPECT_EQ(a.values(), makeNoisySine(options).values());
  options.seed = 4;
  EXPECT_NE(a.values(), makeNoisySine(options).values());
  // Noise-free: the sum of the sines is bounded by the sum of the amplitudes.
  options.noiseStd = 0.0;
  const Series clean = makeNoisySine(options);
  for (float v : clean.values()) EXPECT_LE(std::abs(v), 1.4f + 1e-5f);
  options.amplitudes = {1.0};
  EXPECT_THROW(makeNoisySine(options), Error);
}

TEST(SyntheticStock, HasTheNoteColumnsAndRealStructure) {
  StockOptions options;
  options.length = 2000;
  options.seed = 11;
  const Series s = makeSyntheticStock(options);
  EXPECT_EQ(s.columnNames(), (std::vector<std::string>{"high", "low", "volume", "gdp", "cpi"}));
  EXPECT_EQ(s.values(), makeSyntheticStock(options).values());
  std::vector<double> absMove, volume;
  for (int64_t t = 0; t < s.rows(); ++t) {
    EXPECT_GE(s.at(t, 0), s.at(t, 1)) << "high < low at " << t;
    EXPECT_GT(s.at(t, 1), 0.0f);
    EXPECT_GT(s.at(t, 2), 0.0f);
    if (t > 0) {
      const double mid = std::log(s.at(t, 0) * s.at(t, 1)) / 2;
      const double prev = std::log(s.at(t - 1, 0) * s.at(t - 1, 1)) / 2;
      absMove.push_back(std::abs(mid - prev));
      volume.push_back(s.at(t, 2));
    }
  }
  EXPECT_GT(correlation(absMove, volume), 0.2);  // volume follows the size of the moves
  // gdp and cpi trend slowly upwards: steps only at quarter / month ends, higher at the end.
  EXPECT_GT(s.at(1999, 3), s.at(0, 3));
  EXPECT_GT(s.at(1999, 4), s.at(0, 4));
  EXPECT_EQ(s.at(1, 3), s.at(62, 3));
}

TEST(SineWithAnomalies, LabelsMarkTheInjectedSteps) {
  AnomalyOptions options;
  options.length = 600;
  options.noiseStd = 0.0;
  options.seed = 5;
  const AnomalySeries a = makeSineWithAnomalies(options);
  ASSERT_EQ(a.labels.size(), 600u);
  EXPECT_EQ(a.series.values(), makeSineWithAnomalies(options).series.values());
  options.spikeCount = 0;
  options.levelShiftCount = 0;
  const AnomalySeries clean = makeSineWithAnomalies(options);  // same phase: same seed
  int64_t spikes = 0, shifted = 0;
  for (int64_t t = 0; t < 600; ++t) {
    const float diff = a.series.at(t, 0) - clean.series.at(t, 0);
    if (t < 300) {
      EXPECT_EQ(a.labels[t], kNormalStep) << "anomaly in the clean part at " << t;
    }
    if (a.labels[t] == kNormalStep) {
      EXPECT_EQ(diff, 0.0f) << t;
    } else {
      EXPECT_NE(diff, 0.0f) << t;
    }
    spikes += a.labels[t] == kSpikeStep;
    shifted += a.labels[t] == kLevelShiftStep;
  }
  EXPECT_GE(spikes, 1);
  EXPECT_LE(spikes, 6);    // AnomalyOptions().spikeCount (spikes may coincide)
  EXPECT_GE(shifted, 30);  // ≥ one shift of 40 steps, a few overwritten by spikes
}

TEST(SineWithAnomalies, SeveralCorrelatedFeaturesWithAnomaliesInOneOrSeveral) {
  AnomalyOptions options;
  options.length = 1000;
  options.features = 3;
  options.noiseStd = 0.0;
  options.spikeCount = 12;
  options.levelShiftCount = 4;
  options.seed = 7;
  const AnomalySeries a = makeSineWithAnomalies(options);
  ASSERT_EQ(a.series.columns(), 3);
  EXPECT_EQ(a.series.columnNames()[2], "sensor_3");
  ASSERT_EQ(a.featureLabels.size(), 3000u);
  options.spikeCount = options.levelShiftCount = 0;
  const AnomalySeries clean = makeSineWithAnomalies(options);
  // The features move together: clearly correlated over the clean series.
  std::vector<double> f0, f1, f2;
  for (int64_t t = 0; t < 1000; ++t) {
    f0.push_back(clean.series.at(t, 0));
    f1.push_back(clean.series.at(t, 1));
    f2.push_back(clean.series.at(t, 2));
  }
  EXPECT_GT(std::abs(correlation(f0, f1)), 0.5);
  EXPECT_GT(std::abs(correlation(f0, f2)), 0.5);
  // A feature differs from the clean series exactly where it is labelled; the step label is set
  // where any feature is; events hit one feature or several.
  int64_t singleSteps = 0, multiSteps = 0;
  for (int64_t t = 0; t < 1000; ++t) {
    int64_t hit = 0;
    for (int64_t k = 0; k < 3; ++k) {
      const bool labelled = a.featureLabels[t * 3 + k] != kNormalStep;
      EXPECT_EQ(a.series.at(t, k) != clean.series.at(t, k), labelled) << t << ", " << k;
      hit += labelled;
    }
    EXPECT_EQ(a.labels[t] != kNormalStep, hit > 0) << t;
    singleSteps += hit == 1;
    multiSteps += hit > 1;
  }
  EXPECT_GT(singleSteps, 0);
  EXPECT_GT(multiSteps, 0);
}

TEST(AddingProblem, TargetIsTheSumOfTheTwoMarkedValues) {
  AddingOptions options;
  options.samples = 50;
  options.length = 30;
  options.seed = 9;
  const SequenceDataset d = makeAddingProblem(options);
  EXPECT_EQ(d.x.shape, (Shape{50, 30, 2}));
  EXPECT_EQ(d.y.shape, (Shape{50, 1}));
  EXPECT_EQ(d.x.data, makeAddingProblem(options).x.data);
  for (int64_t s = 0; s < 50; ++s) {
    float sum = 0.0f;
    int markers = 0, firstHalf = 0;
    for (int64_t t = 0; t < 30; ++t) {
      if (d.x.at({s, t, 1}) == 1.0f) {
        sum += d.x.at({s, t, 0});
        ++markers;
        firstHalf += t < 15;
      }
    }
    EXPECT_EQ(markers, 2);
    EXPECT_EQ(firstHalf, 1);
    EXPECT_FLOAT_EQ(d.y.at({s, 0}), sum);
  }
  options.length = 1;
  EXPECT_THROW(makeAddingProblem(options), Error);
}

TEST(CopyTask, TargetRepeatsTheSymbolsAfterTheDelimiter) {
  CopyOptions options;
  options.samples = 20;
  options.delay = 5;
  options.copyLength = 3;
  options.alphabet = 4;
  options.seed = 2;
  const SequenceDataset d = makeCopyTask(options);
  const int64_t length = 5 + 2 * 3;
  EXPECT_EQ(d.x.shape, (Shape{20, length, 6}));
  EXPECT_EQ(d.labels.shape, (Shape{20, length}));
  EXPECT_EQ(d.labels.data, makeCopyTask(options).labels.data);
  for (int64_t s = 0; s < 20; ++s) {
    for (int64_t t = 0; t < length; ++t) {
      int64_t token = -1;
      for (int64_t k = 0; k < 6; ++k) {
        if (d.x.at({s, t, k}) == 1.0f) {
          EXPECT_EQ(token, -1) << "not one-hot";
          token = k;
        }
      }
      if (t < 3) {
        EXPECT_GE(token, 1);
        EXPECT_LE(token, 4);
        EXPECT_EQ(d.labels.at({s, 5 + 3 + t}), token);
      } else {
        EXPECT_EQ(token, t == 3 + 5 - 1 ? 5 : 0) << "step " << t;
      }
      if (t < 5 + 3) {
        EXPECT_EQ(d.labels.at({s, t}), 0);
      }
    }
  }
}

}  // namespace
}  // namespace lstmviz::core
