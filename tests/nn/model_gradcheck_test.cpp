// Gradient checks in double for every Model: each analytic gradient written by backward
// (every named parameter, and dL/dx) against centred finite differences of the scalar loss
//   loss = Σ prediction ⊙ G
// with a random upstream gradient G. Parameters are scaled up from torch's default init so that
// every gate pathway matters.
#include <gtest/gtest.h>

#include <functional>
#include <random>
#include <string>

#include "core/nn/autoencoder_model.h"
#include "core/nn/one_to_many_model.h"
#include "core/nn/seq2seq_model.h"
#include "core/nn/sequence_model.h"

namespace lstmviz::core {
namespace {

constexpr double kEps = 1e-6;

Tensor<double> randomTensor(const Shape& shape, std::mt19937_64& rng) {
  std::normal_distribution<double> normal(0.0, 1.0);
  Tensor<double> t(shape);
  for (double& v : t.data) v = normal(rng);
  return t;
}

// Checks every parameter of model and, when inputGradient is given, dL/dx. forwardFn runs one
// forward pass of the model on x (so a test can pass extra arguments such as teacher targets).
void checkModelGradients(Model<double>& model, Tensor<double>& x,
                         const std::function<Tensor<double>()>& forwardFn,
                         const std::function<const Tensor<double>&()>& inputGradient,
                         const std::string& name) {
  std::mt19937_64 rng(5);
  for (ParameterRef<double>& p : model.parameters())
    for (int64_t i = 0; i < p.size(); ++i) p.values[i] *= 2.0;
  const Tensor<double> prediction = forwardFn();
  const Tensor<double> g = randomTensor(prediction.shape, rng);
  model.backward(g);
  auto loss = [&]() {
    const Tensor<double> y = forwardFn();
    double s = 0;
    for (int64_t i = 0; i < y.numel(); ++i) s += y.data[i] * g.data[i];
    return s;
  };
  auto numeric = [&](double& value) {
    const double saved = value;
    value = saved + kEps;
    const double up = loss();
    value = saved - kEps;
    const double down = loss();
    value = saved;
    return (up - down) / (2 * kEps);
  };
  std::vector<ParameterRef<double>> params = model.parameters();
  ASSERT_FALSE(params.empty());
  // Copy the analytic gradients first: the finite-difference passes must not change them.
  std::vector<std::vector<double>> analytic;
  for (const auto& p : params) analytic.emplace_back(p.grads, p.grads + p.size());
  const Tensor<double> dx = inputGradient ? inputGradient() : Tensor<double>();
  for (size_t k = 0; k < params.size(); ++k)
    for (int64_t i = 0; i < params[k].size(); ++i) {
      const double num = numeric(params[k].values[i]);
      ASSERT_NEAR(analytic[k][i], num, 1e-6 * (1 + std::abs(num)))
          << name << ": " << params[k].name << "[" << i << "]";
    }
  if (inputGradient) {
    ASSERT_EQ(dx.shape, x.shape) << name;
    for (int64_t i = 0; i < x.numel(); ++i) {
      const double num = numeric(x.data[i]);
      ASSERT_NEAR(dx.data[i], num, 1e-6 * (1 + std::abs(num))) << name << ": x[" << i << "]";
    }
  }
}

LstmConfig cfg(int64_t in, int64_t hidden, int64_t layers = 1, bool bidir = false,
               int64_t proj = 0) {
  LstmConfig c;
  c.inputSize = in;
  c.hiddenSize = hidden;
  c.numLayers = layers;
  c.bidirectional = bidir;
  c.projSize = proj;
  return c;
}

struct HeadCase {
  const char* name;
  HeadKind head;
  LstmConfig lstm;
  std::vector<int64_t> lengths = {};  // empty: no packing
  bool naivePaddedLast = false;
};

class SequenceModelGradCheck : public ::testing::TestWithParam<HeadCase> {};

TEST_P(SequenceModelGradCheck, EveryParameterAndInputMatchFiniteDifferences) {
  const HeadCase& hc = GetParam();
  const int64_t n = 3, l = 4, o = 2;
  SequenceModelConfig config;
  config.lstm = hc.lstm;
  config.head = hc.head;
  config.outputSize = o;
  config.steps = l;
  config.naivePaddedLast = hc.naivePaddedLast;
  SequenceModel<double> model(config);
  model.resetParameters(17);
  std::mt19937_64 rng(3);
  Tensor<double> x = randomTensor({n, l, hc.lstm.inputSize}, rng);
  const std::vector<int64_t>* lengths = hc.lengths.empty() ? nullptr : &hc.lengths;
  checkModelGradients(
      model, x, [&] { return model.forward(x, lengths, false); },
      [&]() -> const Tensor<double>& { return model.inputGradient(); }, hc.name);
}

INSTANTIATE_TEST_SUITE_P(
    EveryHead, SequenceModelGradCheck,
    ::testing::Values(
        HeadCase{"last", HeadKind::kLast, cfg(3, 4)},
        HeadCase{"last_bidirectional_two_layers", HeadKind::kLast, cfg(3, 3, 2, true)},
        HeadCase{"last_lengths", HeadKind::kLast, cfg(3, 4, 2), {4, 1, 3}},
        HeadCase{"last_lengths_bidirectional", HeadKind::kLast, cfg(2, 3, 2, true), {2, 4, 3}},
        HeadCase{"last_naive_padded", HeadKind::kLast, cfg(2, 3, 1, true), {2, 4, 3}, true},
        HeadCase{"hn", HeadKind::kHn, cfg(3, 4)},
        HeadCase{"hn_bidirectional_two_layers", HeadKind::kHn, cfg(3, 3, 2, true)},
        HeadCase{
            "hn_lengths_bidirectional_projection", HeadKind::kHn, cfg(2, 4, 2, true, 2), {3, 4, 1}},
        HeadCase{"flatten", HeadKind::kFlatten, cfg(3, 3)},
        HeadCase{"flatten_bidirectional_two_layers", HeadKind::kFlatten, cfg(2, 3, 2, true)},
        HeadCase{"flatten_lengths", HeadKind::kFlatten, cfg(2, 3, 1, true), {1, 4, 2}},
        HeadCase{"mean", HeadKind::kMean, cfg(3, 4)},
        HeadCase{"mean_bidirectional_two_layers", HeadKind::kMean, cfg(2, 3, 2, true)},
        HeadCase{"mean_lengths", HeadKind::kMean, cfg(2, 3, 2, true), {4, 2, 1}},
        HeadCase{"seq", HeadKind::kSeq, cfg(3, 4)},
        HeadCase{"seq_bidirectional_two_layers", HeadKind::kSeq, cfg(2, 3, 2, true)},
        HeadCase{"seq_lengths", HeadKind::kSeq, cfg(2, 3, 2, true), {3, 4, 2}}),
    [](const ::testing::TestParamInfo<HeadCase>& info) { return std::string(info.param.name); });

struct OneToManyCase {
  const char* name;
  LstmConfig decoder;
  bool inputWithStepAxis;  // x (N, 1, F) instead of (N, F)
};

class OneToManyGradCheck : public ::testing::TestWithParam<OneToManyCase> {};

TEST_P(OneToManyGradCheck, EveryParameterAndInputMatchFiniteDifferences) {
  const OneToManyCase& tc = GetParam();
  OneToManyConfig config{tc.decoder, 2, 4};
  OneToManyModel<double> model(config);
  model.resetParameters(23);
  std::mt19937_64 rng(4);
  const int64_t n = 3, f = tc.decoder.inputSize;
  Tensor<double> x = randomTensor(tc.inputWithStepAxis ? Shape{n, 1, f} : Shape{n, f}, rng);
  checkModelGradients(
      model, x, [&] { return model.forward(x, nullptr, false); },
      [&]() -> const Tensor<double>& { return model.inputGradient(); }, tc.name);
}

INSTANTIATE_TEST_SUITE_P(
    Architectures, OneToManyGradCheck,
    ::testing::Values(OneToManyCase{"one_layer", cfg(3, 4), false},
                      OneToManyCase{"two_layers_bidirectional", cfg(2, 3, 2, true), true},
                      OneToManyCase{"projection", cfg(2, 4, 2, false, 2), false}),
    [](const ::testing::TestParamInfo<OneToManyCase>& info) {
      return std::string(info.param.name);
    });

struct Seq2SeqCase {
  const char* name;
  LstmConfig encoder;
  int64_t outputSize;
  std::vector<int64_t> targetFeatures;
  std::vector<int64_t> lengths = {};
  bool teacherForcing = false;
};

class Seq2SeqGradCheck : public ::testing::TestWithParam<Seq2SeqCase> {};

TEST_P(Seq2SeqGradCheck, EveryParameterAndInputMatchFiniteDifferences) {
  const Seq2SeqCase& tc = GetParam();
  const int64_t n = 3, l = 4, k = 3;
  Seq2SeqConfig config{tc.encoder, tc.outputSize, k, tc.targetFeatures};
  Seq2SeqModel<double> model(config);
  model.resetParameters(29);
  std::mt19937_64 rng(6);
  Tensor<double> x = randomTensor({n, l, tc.encoder.inputSize}, rng);
  const Tensor<double> teacher = randomTensor({n, k, tc.outputSize}, rng);
  const std::vector<int64_t>* lengths = tc.lengths.empty() ? nullptr : &tc.lengths;
  checkModelGradients(
      model, x,
      [&] { return model.forward(x, lengths, false, tc.teacherForcing ? &teacher : nullptr); },
      [&]() -> const Tensor<double>& { return model.inputGradient(); }, tc.name);
}

INSTANTIATE_TEST_SUITE_P(
    Architectures, Seq2SeqGradCheck,
    ::testing::Values(
        Seq2SeqCase{"one_layer", cfg(3, 4), 2, {}, {}},
        Seq2SeqCase{"two_layers_targets_reordered", cfg(3, 3, 2), 2, {2, 0}, {}},
        Seq2SeqCase{"bidirectional_projection", cfg(3, 4, 2, true, 2), 1, {1}, {}},
        Seq2SeqCase{"lengths", cfg(2, 3, 2), 2, {}, {2, 4, 1}},
        Seq2SeqCase{"teacher_forcing", cfg(3, 3, 2), 2, {1, 2}, {}, true},
        Seq2SeqCase{
            "teacher_forcing_lengths_bidirectional", cfg(2, 3, 1, true), 1, {}, {3, 1, 4}, true}),
    [](const ::testing::TestParamInfo<Seq2SeqCase>& info) { return std::string(info.param.name); });

struct AutoencoderCase {
  const char* name;
  LstmConfig encoder;
  LstmConfig decoder;
  std::vector<int64_t> lengths = {};
};

class AutoencoderGradCheck : public ::testing::TestWithParam<AutoencoderCase> {};

TEST_P(AutoencoderGradCheck, EveryParameterAndInputMatchFiniteDifferences) {
  const AutoencoderCase& tc = GetParam();
  AutoencoderModel<double> model({tc.encoder, tc.decoder});
  model.resetParameters(31);
  std::mt19937_64 rng(8);
  Tensor<double> x = randomTensor({3, 4, tc.encoder.inputSize}, rng);
  const std::vector<int64_t>* lengths = tc.lengths.empty() ? nullptr : &tc.lengths;
  checkModelGradients(
      model, x, [&] { return model.forward(x, lengths, false); },
      [&]() -> const Tensor<double>& { return model.inputGradient(); }, tc.name);
}

INSTANTIATE_TEST_SUITE_P(
    Architectures, AutoencoderGradCheck,
    ::testing::Values(AutoencoderCase{"one_layer", cfg(3, 4), cfg(0, 3)},
                      AutoencoderCase{"two_layers", cfg(3, 3, 2), cfg(0, 4, 2)},
                      AutoencoderCase{"bidirectional_encoder_and_decoder", cfg(2, 3, 2, true),
                                      cfg(0, 3, 1, true, 2)},
                      AutoencoderCase{"lengths", cfg(2, 3, 2, true), cfg(0, 3, 2), {4, 1, 3}}),
    [](const ::testing::TestParamInfo<AutoencoderCase>& info) {
      return std::string(info.param.name);
    });

}  // namespace
}  // namespace lstmviz::core
