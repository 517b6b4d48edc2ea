// OneToManyModel: RepeatVector + decoder LSTM + per-step Linear is exactly a many-to-many
// SequenceModel ("seq" head) fed the input vector repeated L times.
#include "core/nn/one_to_many_model.h"

#include <gtest/gtest.h>

#include <random>

#include "core/common/error.h"
#include "core/nn/sequence_model.h"

namespace lstmviz::core {
namespace {

TEST(OneToManyModel, EqualsASeqHeadModelOnTheRepeatedInput) {
  const int64_t n = 3, f = 2, l = 5, o = 2;
  LstmConfig lstm;
  lstm.inputSize = f;
  lstm.hiddenSize = 4;
  lstm.numLayers = 2;
  lstm.bidirectional = true;
  OneToManyModel<double> model(OneToManyConfig{lstm, o, l});
  model.resetParameters(1);
  SequenceModel<double> seq(SequenceModelConfig{lstm, HeadKind::kSeq, o});
  seq.lstm().parameters() = model.decoder().parameters();
  seq.head().parameters() = model.head().parameters();

  std::mt19937_64 rng(2);
  std::normal_distribution<double> normal;
  Tensor<double> x({n, f});
  for (double& v : x.data) v = normal(rng);
  Tensor<double> repeated({n, l, f});
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t)
      for (int64_t i = 0; i < f; ++i) repeated.at({b, t, i}) = x.at({b, i});

  const Tensor<double> y = model.forward(x, nullptr, false);
  const Tensor<double> expected = seq.forward(repeated, nullptr, false);
  ASSERT_EQ(y.shape, (Shape{n, l, o}));
  EXPECT_EQ(model.repeatedInput().data, repeated.data);
  EXPECT_EQ(y.data, expected.data);
  // (N, 1, F) is accepted as the same input.
  Tensor<double> x3 = x;
  x3.shape = {n, 1, f};
  EXPECT_EQ(model.forward(x3, nullptr, false).data, y.data);
  // dL/dx is the sum over steps of dL/d(repeated input).
  Tensor<double> g(y.shape, 1.0);
  model.backward(g);
  seq.backward(g);
  ASSERT_EQ(model.inputGradient().shape, x3.shape);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t i = 0; i < f; ++i) {
      double sum = 0;
      for (int64_t t = 0; t < l; ++t) sum += seq.inputGradient().at({b, t, i});
      EXPECT_NEAR(model.inputGradient().data[b * f + i], sum, 1e-12);
    }
}

TEST(OneToManyModel, RejectsSequencesAndLengths) {
  LstmConfig lstm;
  lstm.inputSize = 2;
  lstm.hiddenSize = 3;
  OneToManyModel<float> model(OneToManyConfig{lstm, 1, 4});
  EXPECT_EQ(model.kind(), "one-to-many");
  EXPECT_THROW(model.forward(Tensor<float>({3, 4, 2}), nullptr, false), ShapeError);
  EXPECT_THROW(model.forward(Tensor<float>({3, 3}), nullptr, false), ShapeError);
  const std::vector<int64_t> lengths{1, 1, 1};
  EXPECT_THROW(model.forward(Tensor<float>({3, 2}), &lengths, false), ShapeError);
  EXPECT_THROW(OneToManyModel<float>(OneToManyConfig{lstm, 1, 0}), ShapeError);
}

}  // namespace
}  // namespace lstmviz::core
