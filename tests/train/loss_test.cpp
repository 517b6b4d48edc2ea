// Losses: parity with torch 1.13 (fixtures/train/losses.json), finite-difference gradient checks
// in double, and the shape errors.
#include <gtest/gtest.h>

#include <memory>
#include <random>

#include "core/common/error.h"
#include "core/train/bce_with_logits_loss.h"
#include "core/train/cross_entropy_loss.h"
#include "core/train/huber_loss.h"
#include "core/train/l1_loss.h"
#include "core/train/mse_loss.h"
#include "tests/train/train_fixtures.h"

namespace lstmviz::core {
namespace {

using testing::allCloseToTorch;
using testing::closeToTorch;
using testing::loadTrainFixture;
using testing::toTensor;

template <typename T>
std::unique_ptr<Loss<T>> makeLoss(const nlohmann::json& c) {
  const std::string name = c.at("loss");
  if (name == "mse") return std::make_unique<MseLoss<T>>();
  if (name == "l1") return std::make_unique<L1Loss<T>>();
  if (name == "huber") return std::make_unique<HuberLoss<T>>(c.at("options").at("delta"));
  if (name == "cross_entropy") return std::make_unique<CrossEntropyLoss<T>>();
  if (name == "bce_with_logits") return std::make_unique<BceWithLogitsLoss<T>>();
  throw std::runtime_error("unknown loss " + name);
}

// Checks every fixture case of one loss; returns how many there were.
int checkAgainstTorch(const std::string& lossName) {
  const auto fixture = loadTrainFixture("losses.json");
  int checked = 0;
  for (const auto& c : fixture.at("cases")) {
    if (c.at("loss") != lossName) continue;
    SCOPED_TRACE(lossName + " case " + c.at("options").dump());
    const auto loss = makeLoss<float>(c);
    const Tensor<float> pred = toTensor<float>(c.at("pred"));
    const Tensor<float> target = toTensor<float>(c.at("target"));
    EXPECT_TRUE(closeToTorch(loss->forward(pred, target), c.at("value").get<double>()))
        << loss->forward(pred, target) << " vs torch " << c.at("value").get<double>();
    const Tensor<float> grad = loss->gradient(pred, target);
    EXPECT_EQ(grad.shape, pred.shape);
    EXPECT_TRUE(allCloseToTorch(grad.data, toTensor<float>(c.at("grad")).data));
    ++checked;
  }
  return checked;
}

TEST(MseLoss, ValueAndGradientMatchTorch) { EXPECT_EQ(checkAgainstTorch("mse"), 2); }
TEST(L1Loss, ValueAndGradientMatchTorch) { EXPECT_EQ(checkAgainstTorch("l1"), 2); }
TEST(HuberLoss, ValueAndGradientMatchTorch) { EXPECT_EQ(checkAgainstTorch("huber"), 3); }
TEST(CrossEntropyLoss, ValueAndGradientMatchTorch) {
  EXPECT_EQ(checkAgainstTorch("cross_entropy"), 4);
}
TEST(BceWithLogitsLoss, ValueAndGradientMatchTorch) {
  EXPECT_EQ(checkAgainstTorch("bce_with_logits"), 1);
}

TEST(CrossEntropyLoss, Int64TargetsMatchTorch) {
  const auto fixture = loadTrainFixture("losses.json");
  int checked = 0;
  for (const auto& c : fixture.at("cases")) {
    if (c.at("loss") != "cross_entropy" || c.at("options").contains("probabilities")) continue;
    const Tensor<float> logits = toTensor<float>(c.at("pred"));
    const Tensor<int64_t> classes(c.at("target").at("shape").get<Shape>(),
                                  c.at("target").at("data").get<std::vector<int64_t>>());
    CrossEntropyLoss<float> loss;
    EXPECT_TRUE(closeToTorch(loss.forward(logits, classes), c.at("value").get<double>()));
    EXPECT_TRUE(
        allCloseToTorch(loss.gradient(logits, classes).data, toTensor<float>(c.at("grad")).data));
    ++checked;
  }
  EXPECT_EQ(checked, 3);
}

TEST(L1Loss, GradientIsZeroWhereTheDifferenceIsZero) {
  const Tensor<float> pred({4}, {1.0f, 2.0f, 3.0f, -1.0f});
  const Tensor<float> target({4}, {1.0f, 1.0f, 5.0f, -1.0f});
  const Tensor<float> grad = L1Loss<float>().gradient(pred, target);
  EXPECT_EQ(grad.data, (std::vector<float>{0.0f, 0.25f, -0.25f, 0.0f}));
}

TEST(BceWithLogitsLoss, StaysFiniteForHugeLogits) {
  const Tensor<float> logits({4}, {200.0f, -200.0f, 95.0f, -95.0f});
  const Tensor<float> target({4}, {0.0f, 1.0f, 1.0f, 0.0f});
  const float value = BceWithLogitsLoss<float>().forward(logits, target);
  // Terms: 200, 200, ~0, ~0 → mean 100.
  EXPECT_TRUE(closeToTorch(value, 100.0)) << value;
}

TEST(CrossEntropyLoss, StaysFiniteForHugeLogits) {
  const Tensor<float> logits({1, 3}, {1000.0f, 0.0f, -1000.0f});
  const Tensor<int64_t> classes({1}, std::vector<int64_t>{1});
  EXPECT_TRUE(closeToTorch(CrossEntropyLoss<float>().forward(logits, classes), 1000.0));
}

// --- Gradient checks (double, central differences) -------------------------------------------

// Uniform random values in [-scale, scale].
Tensor<double> randomTensor(const Shape& shape, std::mt19937_64& rng, double scale = 2.5) {
  std::uniform_real_distribution<double> dist(-scale, scale);
  Tensor<double> t(shape);
  for (double& v : t.data) v = dist(rng);
  return t;
}

void expectGradientMatchesFiniteDifferences(const Loss<double>& loss, Tensor<double> pred,
                                            const Tensor<double>& target) {
  const Tensor<double> grad = loss.gradient(pred, target);
  const double h = 1e-6;
  for (int64_t k = 0; k < pred.numel(); ++k) {
    const double saved = pred.data[k];
    pred.data[k] = saved + h;
    const double up = loss.forward(pred, target);
    pred.data[k] = saved - h;
    const double down = loss.forward(pred, target);
    pred.data[k] = saved;
    const double numeric = (up - down) / (2 * h);
    EXPECT_NEAR(grad.data[k], numeric, 1e-7 * (1.0 + std::abs(numeric)))
        << loss.name() << " element " << k;
  }
}

// Moves elements of pred so that pred − target stays `margin` away from every kink.
void avoidKinks(Tensor<double>& pred, const Tensor<double>& target,
                const std::vector<double>& kinks, double margin = 1e-3) {
  for (int64_t k = 0; k < pred.numel(); ++k)
    for (double kink : kinks)
      if (std::abs(pred.data[k] - target.data[k] - kink) < margin) pred.data[k] += 4 * margin;
}

TEST(MseLoss, GradientMatchesFiniteDifferences) {
  std::mt19937_64 rng(1);
  const Tensor<double> target = randomTensor({3, 4}, rng);
  expectGradientMatchesFiniteDifferences(MseLoss<double>(), randomTensor({3, 4}, rng), target);
}

TEST(L1Loss, GradientMatchesFiniteDifferences) {
  std::mt19937_64 rng(2);
  const Tensor<double> target = randomTensor({5, 3}, rng);
  Tensor<double> pred = randomTensor({5, 3}, rng);
  avoidKinks(pred, target, {0.0});
  expectGradientMatchesFiniteDifferences(L1Loss<double>(), pred, target);
}

TEST(HuberLoss, GradientMatchesFiniteDifferences) {
  std::mt19937_64 rng(3);
  for (double delta : {1.0, 0.3, 2.0}) {
    const Tensor<double> target = randomTensor({6, 4}, rng);
    Tensor<double> pred = randomTensor({6, 4}, rng);
    avoidKinks(pred, target, {-delta, delta});
    expectGradientMatchesFiniteDifferences(HuberLoss<double>(delta), pred, target);
  }
}

TEST(CrossEntropyLoss, GradientMatchesFiniteDifferences) {
  std::mt19937_64 rng(4);
  const Tensor<double> classes({5}, {0, 3, 1, -100, 2});  // one ignored sample
  expectGradientMatchesFiniteDifferences(CrossEntropyLoss<double>(), randomTensor({5, 4}, rng),
                                         classes);
  Tensor<double> probabilities = randomTensor({5, 4}, rng);
  for (int64_t n = 0; n < 5; ++n) {
    double sum = 0;
    for (int64_t c = 0; c < 4; ++c)
      sum += (probabilities.at({n, c}) = std::exp(probabilities.at({n, c})));
    for (int64_t c = 0; c < 4; ++c) probabilities.at({n, c}) /= sum;
  }
  expectGradientMatchesFiniteDifferences(CrossEntropyLoss<double>(), randomTensor({5, 4}, rng),
                                         probabilities);
}

TEST(BceWithLogitsLoss, GradientMatchesFiniteDifferences) {
  std::mt19937_64 rng(5);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  Tensor<double> target({4, 3});
  for (double& v : target.data) v = unit(rng);
  expectGradientMatchesFiniteDifferences(BceWithLogitsLoss<double>(),
                                         randomTensor({4, 3}, rng, 6.0), target);
}

// --- Errors -----------------------------------------------------------------------------------

TEST(MseLoss, RejectsATargetOfAnotherShapeInTorchsWords) {
  const Tensor<float> pred({3, 1});
  const Tensor<float> target({3});
  try {
    MseLoss<float>().forward(pred, target);
    FAIL() << "no error";
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(),
                 "Target size (torch.Size([3])) must be the same as input size "
                 "(torch.Size([3, 1]))");
  }
  EXPECT_THROW(L1Loss<float>().gradient(pred, target), ShapeError);
  EXPECT_THROW(HuberLoss<float>().forward(pred, target), ShapeError);
  EXPECT_THROW(BceWithLogitsLoss<float>().gradient(pred, target), ShapeError);
}

TEST(CrossEntropyLoss, RejectsBadTargetsInTorchsWords) {
  CrossEntropyLoss<float> loss;
  const Tensor<float> logits({3, 4});
  try {
    loss.forward(logits, Tensor<int64_t>({2}));
    FAIL() << "no error";
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(), "Expected input batch_size (3) to match target batch_size (2).");
  }
  try {
    loss.forward(logits, Tensor<int64_t>({3}, std::vector<int64_t>{0, 4, 1}));
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_STREQ(e.what(), "Target 4 is out of bounds.");
  }
  EXPECT_THROW(loss.forward(logits, Tensor<float>({3}, {0.0f, 1.5f, 1.0f})), Error);
  EXPECT_THROW(loss.forward(Tensor<float>({3}), Tensor<float>({3})), ShapeError);
  EXPECT_THROW(loss.forward(logits, Tensor<float>({3, 3})), ShapeError);
}

TEST(CrossEntropyLoss, AllIgnoredTargetsGiveNanLikeTorch) {
  const Tensor<float> logits({2, 3}, 0.5f);
  const Tensor<int64_t> classes({2}, std::vector<int64_t>{-100, -100});
  EXPECT_TRUE(std::isnan(CrossEntropyLoss<float>().forward(logits, classes)));
}

TEST(HuberLoss, RejectsNonPositiveDelta) {
  EXPECT_THROW(HuberLoss<float>(0.0), Error);
  EXPECT_THROW(HuberLoss<float>(-1.0), Error);
}

}  // namespace
}  // namespace lstmviz::core
