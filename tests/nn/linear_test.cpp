// Linear<T> (torch.nn.Linear): forward and backward formulas, torch's default init range, torch's
// shape message, and the TimeDistributed question: Keras' TimeDistributed(Dense) — the Linear
// applied step by step in a loop — is the same computation as one Linear on the (N·L, H) reshaped
// tensor, which is what torch's Linear does to a 3-D (N, L, H) tensor.
#include "core/nn/linear.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "core/common/error.h"

namespace lstmviz::core {
namespace {

Tensor<double> randomTensor(const Shape& shape, std::mt19937_64& rng) {
  std::normal_distribution<double> normal(0.0, 1.0);
  Tensor<double> t(shape);
  for (double& v : t.data) v = normal(rng);
  return t;
}

TEST(Linear, ForwardIsWeightTimesInputPlusBias) {
  Linear<double> linear(3, 2);
  linear.parameters() = {1, 2, 3, 4, 5, 6, 0.5, -1};  // W = [[1, 2, 3], [4, 5, 6]], b = [.5, -1]
  const Tensor<double> y = linear.forward(Tensor<double>({2, 3}, {1, 0, -1, 2, 1, 0}));
  ASSERT_EQ(y.shape, (Shape{2, 2}));
  EXPECT_DOUBLE_EQ(y.at({0, 0}), 1 - 3 + 0.5);
  EXPECT_DOUBLE_EQ(y.at({0, 1}), 4 - 6 - 1);
  EXPECT_DOUBLE_EQ(y.at({1, 0}), 2 + 2 + 0.5);
  EXPECT_DOUBLE_EQ(y.at({1, 1}), 8 + 5 - 1);
}

TEST(Linear, BackwardGivesOuterProductSumAndTransposedProduct) {
  Linear<double> linear(2, 1);
  linear.parameters() = {3, -2, 1};  // W = [[3, -2]], b = [1]
  Matrix<double> x(2, 2), dY(1, 2);
  x << 1, 4, 2, 5;  // columns are samples: (1, 2) and (4, 5)
  dY << 10, 100;
  const Matrix<double> dX = linear.backward(x, dY);
  // dW = dY Xᵀ = [10·1 + 100·4, 10·2 + 100·5], db = 10 + 100, dX = Wᵀ dY.
  EXPECT_DOUBLE_EQ(linear.weightGradient()(0, 0), 410);
  EXPECT_DOUBLE_EQ(linear.weightGradient()(0, 1), 520);
  EXPECT_DOUBLE_EQ(linear.biasGradient()(0), 110);
  EXPECT_DOUBLE_EQ(dX(0, 0), 30);
  EXPECT_DOUBLE_EQ(dX(1, 0), -20);
  EXPECT_DOUBLE_EQ(dX(0, 1), 300);
  EXPECT_DOUBLE_EQ(dX(1, 1), -200);
  // accumulate adds; the default overwrites.
  linear.backward(x, dY, true);
  EXPECT_DOUBLE_EQ(linear.biasGradient()(0), 220);
  linear.backward(x, dY);
  EXPECT_DOUBLE_EQ(linear.biasGradient()(0), 110);
}

TEST(Linear, DefaultInitIsUniformWithinOneOverSqrtFanIn) {
  Linear<double> linear(16, 50);
  linear.resetParameters(1);
  const double bound = 1.0 / std::sqrt(16.0);
  double maxAbs = 0;
  for (double v : linear.parameters()) {
    EXPECT_LE(std::abs(v), bound);
    maxAbs = std::max(maxAbs, std::abs(v));
  }
  // 850 uniform draws reach close to the bound (not, say, a bound of 1/√out or 1/in).
  EXPECT_GT(maxAbs, 0.95 * bound);
  Linear<double> same(16, 50);
  same.resetParameters(1);
  EXPECT_EQ(same.parameters(), linear.parameters());
}

TEST(Linear, ParametersAreNamedLikeTorch) {
  Linear<float> linear(4, 3);
  std::vector<ParameterRef<float>> refs;
  linear.appendParameters("head", refs);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].name, "head.weight");
  EXPECT_EQ(refs[0].shape, (Shape{3, 4}));
  EXPECT_EQ(refs[1].name, "head.bias");
  EXPECT_EQ(refs[1].shape, (Shape{3}));
  EXPECT_EQ(refs[1].values, linear.parameters().data() + 12);
  EXPECT_EQ(refs[1].grads, linear.gradients().data() + 12);
}

TEST(Linear, RejectsTheWrongWidthWithTorchsMessage) {
  Linear<float> linear(4, 3);
  try {
    linear.forward(Tensor<float>({2, 5, 6}));
    FAIL() << "expected ShapeError";
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(), "mat1 and mat2 shapes cannot be multiplied (10x6 and 4x3)");
  }
}

TEST(Linear, TimeDistributedLoopEqualsOneLinearOnTheReshapedTensor) {
  const int64_t n = 3, l = 5, h = 4, o = 2;
  std::mt19937_64 rng(9);
  Linear<double> linear(h, o);
  linear.resetParameters(2);
  const Tensor<double> x = randomTensor({n, l, h}, rng);   // an LSTM output (N, L, H)
  const Tensor<double> dY = randomTensor({n, l, o}, rng);  // upstream gradient (N, L, O)

  // Keras' TimeDistributed(Dense): the Linear once per step t on x[:, t, :] (N, H).
  Tensor<double> loopY({n, l, o});
  Matrix<double> loopDW = Matrix<double>::Zero(o, h);
  Matrix<double> loopDb = Matrix<double>::Zero(o, 1);
  Tensor<double> loopDX({n, l, h});
  for (int64_t t = 0; t < l; ++t) {
    Tensor<double> step({n, h}), dStep({n, o});
    for (int64_t b = 0; b < n; ++b)
      for (int64_t i = 0; i < h; ++i) step.at({b, i}) = x.at({b, t, i});
    for (int64_t b = 0; b < n; ++b)
      for (int64_t i = 0; i < o; ++i) dStep.at({b, i}) = dY.at({b, t, i});
    const Tensor<double> y = linear.forward(step);
    for (int64_t b = 0; b < n; ++b)
      for (int64_t i = 0; i < o; ++i) loopY.at({b, t, i}) = y.at({b, i});
    const Matrix<double> dX = linear.backward(Eigen::Map<const Matrix<double>>(step.ptr(), h, n),
                                              Eigen::Map<const Matrix<double>>(dStep.ptr(), o, n));
    loopDW += linear.weightGradient();
    loopDb += linear.biasGradient();
    for (int64_t b = 0; b < n; ++b)
      for (int64_t i = 0; i < h; ++i) loopDX.at({b, t, i}) = dX(i, b);
  }

  // torch: Linear on the 3-D tensor, i.e. on x.reshape(N·L, H), once.
  Tensor<double> flat = x;
  flat.shape = {n * l, h};
  const Tensor<double> onceY = linear.forward(flat);
  const Matrix<double> onceDX =
      linear.backward(Eigen::Map<const Matrix<double>>(flat.ptr(), h, n * l),
                      Eigen::Map<const Matrix<double>>(dY.ptr(), o, n * l));
  const Tensor<double> threeD = linear.forward(x);
  ASSERT_EQ(threeD.shape, (Shape{n, l, o}));

  for (int64_t i = 0; i < loopY.numel(); ++i) {
    EXPECT_NEAR(onceY.data[i], loopY.data[i], 1e-13);
    EXPECT_EQ(threeD.data[i], onceY.data[i]);
  }
  for (int64_t i = 0; i < loopDX.numel(); ++i) EXPECT_NEAR(onceDX.data()[i], loopDX.data[i], 1e-13);
  EXPECT_LT((linear.weightGradient() - loopDW).cwiseAbs().maxCoeff(), 1e-12);
  EXPECT_LT((linear.biasGradient() - loopDb).cwiseAbs().maxCoeff(), 1e-12);
}

}  // namespace
}  // namespace lstmviz::core
