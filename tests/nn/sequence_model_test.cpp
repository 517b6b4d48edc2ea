// SequenceModel heads, as answers to the learners' questions: are output[:, -1] and h_n[-1] the
// same? what does packing change? what does output[:, -1] land on for a padded sequence? what do
// Flatten and mean keep? Every check compares against the LSTM's own output / h_n or against the
// same model run on the unpadded sequence alone.
#include "core/nn/sequence_model.h"

#include <gtest/gtest.h>

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

LstmConfig cfg(int64_t in, int64_t hidden, int64_t layers = 1, bool bidir = false) {
  LstmConfig c;
  c.inputSize = in;
  c.hiddenSize = hidden;
  c.numLayers = layers;
  c.bidirectional = bidir;
  return c;
}

SequenceModelConfig modelCfg(const LstmConfig& lstm, HeadKind head, int64_t steps = 0,
                             bool naive = false) {
  return SequenceModelConfig{lstm, head, 2, steps, naive};
}

// Copies src's LSTM parameters into dst (same LSTM config).
void copyLstm(SequenceModel<double>& src, SequenceModel<double>& dst) {
  dst.lstm().parameters() = src.lstm().parameters();
}

// x[n, :len] as a batch of one: (1, len, F).
Tensor<double> truncated(const Tensor<double>& x, int64_t n, int64_t len) {
  const int64_t l = x.size(1), f = x.size(2);
  Tensor<double> one({1, len, f});
  std::copy(x.ptr() + n * l * f, x.ptr() + (n * l + len) * f, one.ptr());
  return one;
}

double maxAbsDiff(const Matrix<double>& a, const Matrix<double>& b) {
  return (a - b).cwiseAbs().maxCoeff();
}

TEST(SequenceModel, HnEqualsLastForOneDirectionWithoutLengths) {
  for (int64_t layers : {1, 2}) {
    SequenceModel<double> last(modelCfg(cfg(3, 4, layers), HeadKind::kLast));
    SequenceModel<double> hn(modelCfg(cfg(3, 4, layers), HeadKind::kHn));
    last.resetParameters(1);
    copyLstm(last, hn);
    hn.head().parameters() = last.head().parameters();
    std::mt19937_64 rng(2);
    const Tensor<double> x = randomTensor({3, 5, 3}, rng);
    const Tensor<double> a = last.forward(x, nullptr, false);
    const Tensor<double> b = hn.forward(x, nullptr, false);
    // Not merely close: h_n[-1] is the very vector output[:, -1] holds.
    EXPECT_EQ(hn.headInput(), last.headInput()) << layers << " layers";
    EXPECT_EQ(a.data, b.data) << layers << " layers";
  }
}

TEST(SequenceModel, HnIsOnlyTheReverseDirectionWhenBidirectional) {
  const int64_t n = 3, l = 5, h = 4;
  SequenceModel<double> last(modelCfg(cfg(3, h, 2, true), HeadKind::kLast));
  SequenceModel<double> hn(modelCfg(cfg(3, h, 2, true), HeadKind::kHn));
  EXPECT_EQ(last.head().inFeatures(), 2 * h);
  EXPECT_EQ(hn.head().inFeatures(), h);
  last.resetParameters(4);
  copyLstm(last, hn);
  std::mt19937_64 rng(5);
  const Tensor<double> x = randomTensor({n, l, 3}, rng);
  last.forward(x, nullptr, false);
  hn.forward(x, nullptr, false);
  const Tensor<double>& output = last.lstmOutput().output;  // (N, L, 2H)
  Matrix<double> reverseAtFirstStep(h, n), reverseAtLastStep(h, n), forwardAtLastStep(h, n);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t i = 0; i < h; ++i) {
      reverseAtFirstStep(i, b) = output.at({b, 0, h + i});
      reverseAtLastStep(i, b) = output.at({b, l - 1, h + i});
      forwardAtLastStep(i, b) = output.at({b, l - 1, i});
    }
  // h_n[-1] is the reverse direction's final state: the reverse output at step 0 ...
  EXPECT_EQ(hn.headInput(), reverseAtFirstStep);
  // ... while output[:, -1] holds the reverse state after reading x_{L-1} only.
  EXPECT_EQ(last.headInput().topRows(h), forwardAtLastStep);
  EXPECT_EQ(last.headInput().bottomRows(h), reverseAtLastStep);
  EXPECT_GT(maxAbsDiff(reverseAtLastStep, hn.headInput()), 1e-3);
  // The forward half of output[:, -1] is h_n[-2], the forward direction's final state.
  const Tensor<double>& hN = last.lstmOutput().hN;  // (4, N, H)
  EXPECT_EQ(Matrix<double>(Eigen::Map<const Matrix<double>>(hN.ptr() + 2 * n * h, h, n)),
            forwardAtLastStep);
}

TEST(SequenceModel, PackedLastReadsEachSequencesTrueLastStep) {
  const std::vector<int64_t> lengths{5, 2, 3};
  for (bool bidir : {false, true}) {
    SequenceModel<double> model(modelCfg(cfg(3, 4, 2, bidir), HeadKind::kLast));
    model.resetParameters(6);
    std::mt19937_64 rng(7);
    const Tensor<double> x = randomTensor({3, 5, 3}, rng);
    const Tensor<double> y = model.forward(x, &lengths, false);
    EXPECT_EQ(model.lastSteps(), (std::vector<int64_t>{4, 1, 2}));
    for (int64_t b = 0; b < 3; ++b) {
      // The same as running the unpadded sequence alone.
      const Tensor<double> alone = model.forward(truncated(x, b, lengths[b]), nullptr, false);
      for (int64_t i = 0; i < 2; ++i)
        EXPECT_NEAR(y.at({b, i}), alone.at({0, i}), 1e-12) << "bidir " << bidir << " n " << b;
    }
  }
}

TEST(SequenceModel, NaivePaddedLastProjectsTheZerosOfThePadding) {
  const std::vector<int64_t> lengths{5, 2, 3};
  SequenceModel<double> naive(modelCfg(cfg(3, 4), HeadKind::kLast, 0, true));
  SequenceModel<double> packed(modelCfg(cfg(3, 4), HeadKind::kLast));
  naive.resetParameters(8);
  copyLstm(naive, packed);
  packed.head().parameters() = naive.head().parameters();
  std::mt19937_64 rng(9);
  const Tensor<double> x = randomTensor({3, 5, 3}, rng);
  const Tensor<double> wrong = naive.forward(x, &lengths, false);
  const Tensor<double> right = packed.forward(x, &lengths, false);
  EXPECT_EQ(naive.lastSteps(), (std::vector<int64_t>{4, 4, 4}));
  const auto bias = naive.head().bias();
  for (int64_t i = 0; i < 2; ++i) {
    // Sample 0 is full length: both read the same step.
    EXPECT_EQ(wrong.at({0, i}), right.at({0, i}));
    // Samples 1 and 2 are padded: output[:, -1] is zero there, so the head gives its bias only.
    EXPECT_EQ(wrong.at({1, i}), bias(i));
    EXPECT_EQ(wrong.at({2, i}), bias(i));
    EXPECT_NE(right.at({1, i}), bias(i));
  }
}

TEST(SequenceModel, PackedHnIsTheStateAtTheTrueLastStep) {
  const std::vector<int64_t> lengths{2, 5, 4};
  SequenceModel<double> model(modelCfg(cfg(3, 4, 2, true), HeadKind::kHn));
  model.resetParameters(10);
  std::mt19937_64 rng(11);
  const Tensor<double> x = randomTensor({3, 5, 3}, rng);
  const Tensor<double> y = model.forward(x, &lengths, false);
  for (int64_t b = 0; b < 3; ++b) {
    const Tensor<double> alone = model.forward(truncated(x, b, lengths[b]), nullptr, false);
    for (int64_t i = 0; i < 2; ++i) EXPECT_NEAR(y.at({b, i}), alone.at({0, i}), 1e-12);
  }
}

TEST(SequenceModel, MeanAveragesTheTrueStepsOnly) {
  const int64_t n = 3, l = 5, width = 8;
  const std::vector<int64_t> lengths{5, 1, 3};
  SequenceModel<double> model(modelCfg(cfg(3, 4, 1, true), HeadKind::kMean));
  model.resetParameters(12);
  std::mt19937_64 rng(13);
  const Tensor<double> x = randomTensor({n, l, 3}, rng);
  // Without lengths: output.mean(1).
  model.forward(x, nullptr, false);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t i = 0; i < width; ++i) {
      double sum = 0;
      for (int64_t t = 0; t < l; ++t) sum += model.lstmOutput().output.at({b, t, i});
      EXPECT_NEAR(model.headInput()(i, b), sum / l, 1e-14);
    }
  // With lengths: output.sum(1) / lengths — the same as averaging the unpadded run alone.
  const Tensor<double> y = model.forward(x, &lengths, false);
  for (int64_t b = 0; b < n; ++b) {
    const Tensor<double> alone = model.forward(truncated(x, b, lengths[b]), nullptr, false);
    for (int64_t i = 0; i < 2; ++i) EXPECT_NEAR(y.at({b, i}), alone.at({0, i}), 1e-12);
  }
}

TEST(SequenceModel, FlattenKeepsEveryStepInOrderAndNeedsTheConfiguredLength) {
  const int64_t n = 2, l = 4, width = 6;
  SequenceModel<double> model(modelCfg(cfg(3, 3, 1, true), HeadKind::kFlatten, l));
  EXPECT_EQ(model.head().inFeatures(), l * width);
  model.resetParameters(14);
  std::mt19937_64 rng(15);
  model.forward(randomTensor({n, l, 3}, rng), nullptr, false);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t)
      for (int64_t i = 0; i < width; ++i)
        EXPECT_EQ(model.headInput()(t * width + i, b), model.lstmOutput().output.at({b, t, i}));
  try {
    model.forward(randomTensor({n, l + 1, 3}, rng), nullptr, false);
    FAIL() << "expected ShapeError";
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(), "mat1 and mat2 shapes cannot be multiplied (2x30 and 24x2)");
  }
  EXPECT_THROW(SequenceModel<double>(modelCfg(cfg(3, 3), HeadKind::kFlatten, 0)), ShapeError);
}

TEST(SequenceModel, SeqAppliesTheSameHeadAtEveryStep) {
  const int64_t n = 3, l = 4;
  SequenceModel<double> model(modelCfg(cfg(3, 4, 2, true), HeadKind::kSeq));
  model.resetParameters(16);
  std::mt19937_64 rng(17);
  const Tensor<double> y = model.forward(randomTensor({n, l, 3}, rng), nullptr, false);
  ASSERT_EQ(y.shape, (Shape{n, l, 2}));
  const Tensor<double>& output = model.lstmOutput().output;
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t) {
      Matrix<double> z(8, 1);
      for (int64_t i = 0; i < 8; ++i) z(i, 0) = output.at({b, t, i});
      const Matrix<double> expected = model.head().forward(z);
      for (int64_t i = 0; i < 2; ++i) EXPECT_NEAR(y.at({b, t, i}), expected(i, 0), 1e-14);
    }
}

TEST(SequenceModel, ParametersAreTorchsStateDictKeysInOrder) {
  SequenceModel<float> model(SequenceModelConfig{cfg(3, 4, 2, true), HeadKind::kHn, 2});
  EXPECT_EQ(model.kind(), "lstm+hn");
  const std::vector<ParameterRef<float>> params = model.parameters();
  std::vector<std::string> names;
  for (const auto& p : params) names.push_back(p.name);
  const std::vector<std::string> expected{"lstm.weight_ih_l0",
                                          "lstm.weight_hh_l0",
                                          "lstm.bias_ih_l0",
                                          "lstm.bias_hh_l0",
                                          "lstm.weight_ih_l0_reverse",
                                          "lstm.weight_hh_l0_reverse",
                                          "lstm.bias_ih_l0_reverse",
                                          "lstm.bias_hh_l0_reverse",
                                          "lstm.weight_ih_l1",
                                          "lstm.weight_hh_l1",
                                          "lstm.bias_ih_l1",
                                          "lstm.bias_hh_l1",
                                          "lstm.weight_ih_l1_reverse",
                                          "lstm.weight_hh_l1_reverse",
                                          "lstm.bias_ih_l1_reverse",
                                          "lstm.bias_hh_l1_reverse",
                                          "head.weight",
                                          "head.bias"};
  EXPECT_EQ(names, expected);
  EXPECT_EQ(params[8].shape, (Shape{16, 8}));  // layer 1 reads both directions of layer 0
  EXPECT_EQ(params[16].shape, (Shape{2, 4}));  // hn: H_out wide, not 2·H_out
  EXPECT_EQ(params[0].values, model.lstm().parameters().data());
  EXPECT_EQ(params[16].values, model.head().parameters().data());
  int64_t total = 0;
  for (const auto& p : params) total += p.size();
  EXPECT_EQ(total, lstmParameterCount(model.lstm().config()) + model.head().parameterCount());
}

TEST(SequenceModel, BackwardFillsTheGradientViews) {
  SequenceModel<double> model(modelCfg(cfg(3, 4), HeadKind::kLast));
  model.resetParameters(18);
  std::mt19937_64 rng(19);
  const Tensor<double> y = model.forward(randomTensor({2, 3, 3}, rng), nullptr, false);
  for (auto& p : model.parameters()) std::fill(p.grads, p.grads + p.size(), 123.0);
  model.backward(Tensor<double>(y.shape, 1.0));
  for (const auto& p : model.parameters())
    for (int64_t i = 0; i < p.size(); ++i) ASSERT_NE(p.grads[i], 123.0) << p.name;
  EXPECT_THROW(model.backward(Tensor<double>({2, 3})), ShapeError);
}

TEST(SequenceModel, RejectsInputThatIsNotBatchFirst3D) {
  SequenceModel<float> model(SequenceModelConfig{cfg(3, 4), HeadKind::kLast, 1});
  EXPECT_THROW(model.forward(Tensor<float>({5, 3}), nullptr, false), ShapeError);
  EXPECT_THROW(model.forward(Tensor<float>({2, 5, 4}), nullptr, false), ShapeError);
  EXPECT_EQ(model.trace(), nullptr);
}

}  // namespace
}  // namespace lstmviz::core
