// Initialisation: torch.nn.init's distributions, tested statistically (bounds, mean, std) and
// orthogonality (QᵀQ = I); the numbers themselves cannot match torch's generator.
#include "core/train/weight_init.h"

#include <gtest/gtest.h>

#include <Eigen/Dense>
#include <cmath>

#include "core/common/error.h"
#include "core/train/lstm_init.h"

namespace lstmviz::core {
namespace {

struct Moments {
  double mean;
  double std;
  double maxAbs;
};

Moments moments(const RowMatrix<float>& w) {
  const Eigen::ArrayXd v = w.cast<double>().reshaped().array();
  const double mean = v.mean();
  const double std = std::sqrt((v - mean).square().sum() / static_cast<double>(v.size() - 1));
  return {mean, std, v.abs().maxCoeff()};
}

// Mean within 4 standard errors of 0, std within 5% of the expected one.
void expectDistribution(const RowMatrix<float>& w, double expectedStd) {
  const Moments m = moments(w);
  EXPECT_LT(std::abs(m.mean), 4.0 * expectedStd / std::sqrt(static_cast<double>(w.size())));
  EXPECT_NEAR(m.std, expectedStd, 0.05 * expectedStd);
}

TEST(WeightInit, CalculateGainMatchesTorch) {
  EXPECT_EQ(calculateGain(Nonlinearity::kLinear), 1.0);
  EXPECT_EQ(calculateGain(Nonlinearity::kSigmoid), 1.0);
  EXPECT_DOUBLE_EQ(calculateGain(Nonlinearity::kTanh), 5.0 / 3.0);
  EXPECT_DOUBLE_EQ(calculateGain(Nonlinearity::kRelu), std::sqrt(2.0));
  EXPECT_DOUBLE_EQ(calculateGain(Nonlinearity::kLeakyRelu), std::sqrt(2.0 / (1.0 + 1e-4)));
  EXPECT_DOUBLE_EQ(calculateGain(Nonlinearity::kLeakyRelu, 0.2), std::sqrt(2.0 / 1.04));
  EXPECT_EQ(calculateGain(Nonlinearity::kSelu), 0.75);
}

TEST(WeightInit, LstmDefaultIsUniformWithinOneOverSqrtH) {
  InitRng rng(7);
  RowMatrix<float> w(4 * 16, 40);
  lstmDefaultInit<float>(w, 16, rng);
  const double bound = 0.25;
  EXPECT_LE(moments(w).maxAbs, bound);
  EXPECT_GT(moments(w).maxAbs, 0.95 * bound);
  expectDistribution(w, bound / std::sqrt(3.0));
}

TEST(WeightInit, XavierUniformAndNormalHaveTorchsScale) {
  InitRng rng(8);
  RowMatrix<float> w(60, 40);
  xavierUniform<float>(w, 2.0, rng);
  const double std = 2.0 * std::sqrt(2.0 / 100.0);
  EXPECT_LE(moments(w).maxAbs, std::sqrt(3.0) * std);
  expectDistribution(w, std);
  xavierNormal<float>(w, 2.0, rng);
  expectDistribution(w, std);
  EXPECT_GT(moments(w).maxAbs, std::sqrt(3.0) * std);  // a normal exceeds the uniform's bound
}

TEST(WeightInit, KaimingUsesFanInByDefaultAndFanOutOnRequest) {
  InitRng rng(9);
  RowMatrix<float> w(30, 80);     // fan_in 80, fan_out 30
  kaimingUniform<float>(w, rng);  // a = 0, leaky_relu: gain √2
  const double stdIn = std::sqrt(2.0) / std::sqrt(80.0);
  EXPECT_LE(moments(w).maxAbs, std::sqrt(3.0) * stdIn);
  expectDistribution(w, stdIn);
  kaimingNormal<float>(w, rng, 0.0, FanMode::kFanOut, Nonlinearity::kTanh);
  expectDistribution(w, (5.0 / 3.0) / std::sqrt(30.0));
}

TEST(WeightInit, OrthogonalGivesOrthonormalColumnsOrRows) {
  InitRng rng(10);
  RowMatrix<float> tall(9, 5);
  orthogonalInit<float>(tall, 1.0, rng);
  EXPECT_TRUE((tall.transpose() * tall).isApprox(Eigen::MatrixXf::Identity(5, 5), 1e-5f));
  RowMatrix<float> wide(3, 7);
  orthogonalInit<float>(wide, 1.0, rng);
  EXPECT_TRUE((wide * wide.transpose()).isApprox(Eigen::MatrixXf::Identity(3, 3), 1e-5f));
  RowMatrix<float> square(6, 6);
  orthogonalInit<float>(square, 2.0, rng);
  EXPECT_TRUE(
      (square.transpose() * square).isApprox(4.0f * Eigen::MatrixXf::Identity(6, 6), 1e-5f));
}

TEST(WeightInit, OrthogonalIsDeterministicForASeedAndUnbiasedInSign) {
  RowMatrix<float> a(5, 5);
  RowMatrix<float> b(5, 5);
  InitRng rngA(11);
  InitRng rngB(11);
  orthogonalInit<float>(a, 1.0, rngA);
  orthogonalInit<float>(b, 1.0, rngB);
  EXPECT_EQ(a, b);
  // With torch's sign correction Q is Haar-distributed: its entries average to zero. Without it
  // (raw Householder Q), the first column would be biased.
  double diagonalSum = 0;
  const int draws = 400;
  for (int k = 0; k < draws; ++k) {
    orthogonalInit<float>(a, 1.0, rngA);
    diagonalSum += a(0, 0);
  }
  EXPECT_LT(std::abs(diagonalSum / draws), 4.0 * std::sqrt(1.0 / 5.0 / draws));
}

TEST(WeightInit, OrthogonalGateBlocksMakesEachGateOrthogonal) {
  InitRng rng(12);
  const int64_t h = 6;
  RowMatrix<float> whh(4 * h, 4);  // H_out = 4 (as with a projection)
  orthogonalGateBlocks<float>(whh, 1.0, rng);
  for (int64_t gate = 0; gate < 4; ++gate) {
    const RowMatrix<float> block = whh.middleRows(gate * h, h);
    EXPECT_TRUE((block.transpose() * block).isApprox(Eigen::MatrixXf::Identity(4, 4), 1e-5f))
        << "gate " << gate;
  }
  EXPECT_NE(RowMatrix<float>(whh.topRows(h)), RowMatrix<float>(whh.middleRows(h, h)));
  RowMatrix<float> bad(10, 3);
  EXPECT_THROW(orthogonalGateBlocks<float>(bad, 1.0, rng), Error);
}

TEST(LstmInit, ForgetGateOneSetsOnlyBiasIhForgetBlock) {
  LstmConfig config{
      .inputSize = 3, .hiddenSize = 5, .numLayers = 2, .bidirectional = true, .projSize = 2};
  std::vector<float> params(lstmParameterCount(config), 42.0f);
  LstmInitScheme scheme;
  scheme.recurrentWeights = LstmInitScheme::Weights::kOrthogonal;
  scheme.inputWeights = LstmInitScheme::Weights::kXavierUniform;
  scheme.bias = LstmInitScheme::Bias::kForgetGateOne;
  scheme.seed = 3;
  initLstmParameters<float>(params, config, scheme);
  const int64_t h = config.hiddenSize;
  for (const auto& spec : lstmParameterSpecs(config)) {
    SCOPED_TRACE(spec.name);
    const Eigen::Map<RowMatrix<float>> w(params.data() + spec.offset, spec.shape[0],
                                         spec.shape.size() > 1 ? spec.shape[1] : 1);
    switch (spec.kind) {
      case LstmParamKind::kBiasIh:
        for (int64_t r = 0; r < 4 * h; ++r) EXPECT_EQ(w(r, 0), (r >= h && r < 2 * h) ? 1 : 0);
        break;
      case LstmParamKind::kBiasHh:
        EXPECT_TRUE(w.isZero());
        break;
      case LstmParamKind::kWeightHh:
        for (int64_t gate = 0; gate < 4; ++gate) {
          const RowMatrix<float> block = w.middleRows(gate * h, h);
          EXPECT_TRUE((block.transpose() * block)
                          .isApprox(Eigen::MatrixXf::Identity(block.cols(), block.cols()), 1e-5f));
        }
        break;
      case LstmParamKind::kWeightIh: {
        const double bound = std::sqrt(6.0 / static_cast<double>(w.rows() + w.cols()));
        EXPECT_LE(w.cwiseAbs().maxCoeff(), bound);
        break;
      }
      case LstmParamKind::kWeightHr:
        EXPECT_LE(w.cwiseAbs().maxCoeff(), 1.0 / std::sqrt(5.0));
        EXPECT_GT(w.cwiseAbs().maxCoeff(), 0.0f);
        break;
    }
  }
}

TEST(LstmInit, TorchDefaultBoundsEveryParameterAndIsSeeded) {
  LstmConfig config{.inputSize = 4, .hiddenSize = 9};
  std::vector<double> a(lstmParameterCount(config));
  std::vector<double> b(a.size());
  initLstmParameters<double>(a, config, LstmInitScheme{.seed = 5});
  initLstmParameters<double>(b, config, LstmInitScheme{.seed = 5});
  EXPECT_EQ(a, b);
  for (double v : a) EXPECT_LE(std::abs(v), 1.0 / 3.0);
  initLstmParameters<double>(b, config, LstmInitScheme{.seed = 6});
  EXPECT_NE(a, b);
  std::vector<double> wrong(a.size() - 1);
  EXPECT_THROW(initLstmParameters<double>(wrong, config, LstmInitScheme{}), ShapeError);
}

}  // namespace
}  // namespace lstmviz::core
