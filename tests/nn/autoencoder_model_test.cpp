// AutoencoderModel: the code is the encoder's last-layer h_n (both directions), the decoder reads
// it at every step, and the anomaly tools (per-step reconstruction error, thresholds) compute
// what they say.
#include "core/nn/autoencoder_model.h"

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

AutoencoderConfig config() {
  LstmConfig encoder, decoder;
  encoder.inputSize = 3;
  encoder.hiddenSize = 4;
  encoder.numLayers = 2;
  encoder.bidirectional = true;
  decoder.hiddenSize = 5;
  return AutoencoderConfig{encoder, decoder};
}

TEST(AutoencoderModel, CodeIsTheLastLayersFinalStateOfBothDirections) {
  AutoencoderModel<double> model(config());
  model.resetParameters(1);
  std::mt19937_64 rng(2);
  const Tensor<double> x = randomTensor({2, 5, 3}, rng);
  const Tensor<double> y = model.forward(x, nullptr, false);
  ASSERT_EQ(y.shape, x.shape);
  ASSERT_EQ(model.code().rows(), 8);
  const Tensor<double>& hN = model.encoderOutput().hN;  // (4, N, 4): l0, l0_rev, l1, l1_rev
  for (int64_t b = 0; b < 2; ++b)
    for (int64_t i = 0; i < 4; ++i) {
      EXPECT_EQ(model.code()(i, b), hN.at({2, b, i}));
      EXPECT_EQ(model.code()(4 + i, b), hN.at({3, b, i}));
    }
  EXPECT_EQ(model.parameters()[16].name, "decoder.weight_ih_l0");
  EXPECT_EQ(model.parameters()[16].shape, (Shape{20, 8}));
  EXPECT_EQ(model.parameters().back().shape, (Shape{3}));  // head back to F features
}

TEST(AutoencoderModel, ReconstructionErrorIsTheMeanSquaredErrorOfEachTrueStep) {
  AutoencoderModel<double> model(config());
  model.resetParameters(3);
  std::mt19937_64 rng(4);
  const Tensor<double> x = randomTensor({3, 4, 3}, rng);
  const std::vector<int64_t> lengths{4, 2, 3};
  const Tensor<double> errors = model.reconstructionError(x, &lengths);
  const Tensor<double> y = model.forward(x, &lengths, false);
  ASSERT_EQ(errors.shape, (Shape{3, 4}));
  for (int64_t b = 0; b < 3; ++b)
    for (int64_t t = 0; t < 4; ++t) {
      double sum = 0;
      for (int64_t f = 0; f < 3; ++f) sum += std::pow(y.at({b, t, f}) - x.at({b, t, f}), 2);
      EXPECT_NEAR(errors.at({b, t}), t < lengths[b] ? sum / 3 : 0.0, 1e-14);
    }
}

TEST(AutoencoderModel, ThresholdsAreMeanPlusKStdAndLinearPercentiles) {
  // Errors 1..5 in the true steps; the padded step (value 100) is skipped with lengths.
  const Tensor<double> errors({2, 3}, {1, 2, 3, 4, 5, 100});
  const std::vector<int64_t> lengths{3, 2};
  // mean 3, unbiased std √(10/4) (torch.std).
  EXPECT_NEAR(AutoencoderModel<double>::thresholdMeanStd(errors, 2.0, &lengths),
              3 + 2 * std::sqrt(2.5), 1e-12);
  // numpy.percentile([1, 2, 3, 4, 5], 90) = 4.6; 0 → min, 100 → max.
  EXPECT_NEAR(AutoencoderModel<double>::thresholdPercentile(errors, 90, &lengths), 4.6, 1e-12);
  EXPECT_EQ(AutoencoderModel<double>::thresholdPercentile(errors, 0, &lengths), 1.0);
  EXPECT_EQ(AutoencoderModel<double>::thresholdPercentile(errors, 100, &lengths), 5.0);
  // Without lengths every value counts.
  EXPECT_EQ(AutoencoderModel<double>::thresholdPercentile(errors, 100), 100.0);
  EXPECT_THROW(AutoencoderModel<double>::thresholdPercentile(errors, 101), Error);
}

}  // namespace
}  // namespace lstmviz::core
