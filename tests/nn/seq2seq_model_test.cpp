// Seq2SeqModel: what each decoder step reads — the last true input step's targets, then its own
// previous prediction (or the teacher's value) — and that the encoder's final state starts it.
#include "core/nn/seq2seq_model.h"

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

Seq2SeqConfig config() {
  LstmConfig encoder;
  encoder.inputSize = 3;
  encoder.hiddenSize = 4;
  encoder.numLayers = 2;
  return Seq2SeqConfig{encoder, 2, 3, {2, 0}};
}

TEST(Seq2SeqModel, DecoderReadsTheLastTrueStepThenItsOwnPredictions) {
  Seq2SeqModel<double> model(config());
  model.resetParameters(1);
  std::mt19937_64 rng(2);
  const Tensor<double> x = randomTensor({3, 5, 3}, rng);
  const std::vector<int64_t> lengths{5, 2, 4};
  const Tensor<double> y = model.forward(x, &lengths, false);
  ASSERT_EQ(y.shape, (Shape{3, 3, 2}));
  for (int64_t b = 0; b < 3; ++b) {
    // Step 0: x[n, len_n − 1, (2, 0)].
    EXPECT_EQ(model.decoderInput(0).at({b, 0, 0}), x.at({b, lengths[b] - 1, 2}));
    EXPECT_EQ(model.decoderInput(0).at({b, 0, 1}), x.at({b, lengths[b] - 1, 0}));
    // Step j: the prediction of step j − 1.
    for (int64_t j = 1; j < 3; ++j)
      for (int64_t i = 0; i < 2; ++i)
        EXPECT_EQ(model.decoderInput(j).at({b, 0, i}), y.at({b, j - 1, i}));
  }
  // The decoder starts from the encoder's (h_n, c_n): one decoder step run by hand from them.
  LstmState<double> state{model.encoderOutput().hN, model.encoderOutput().cN};
  LstmTrace<double> trace;
  const LstmOutput<double> step =
      model.decoder().forward(model.decoderInput(0), trace, &state, nullptr);
  EXPECT_EQ(step.output.data, model.decoderOutput(0).output.data);
}

TEST(Seq2SeqModel, TeacherForcingFeedsTheTrueTargets) {
  Seq2SeqModel<double> model(config());
  model.resetParameters(3);
  std::mt19937_64 rng(4);
  const Tensor<double> x = randomTensor({2, 4, 3}, rng);
  const Tensor<double> teacher = randomTensor({2, 3, 2}, rng);
  const Tensor<double> free = model.forward(x, nullptr, false);
  const Tensor<double> forced = model.forward(x, nullptr, false, &teacher);
  for (int64_t b = 0; b < 2; ++b)
    for (int64_t j = 1; j < 3; ++j)
      for (int64_t i = 0; i < 2; ++i)
        EXPECT_EQ(model.decoderInput(j).at({b, 0, i}), teacher.at({b, j - 1, i}));
  // Step 0 reads the same input either way; later steps differ.
  for (int64_t b = 0; b < 2; ++b)
    for (int64_t i = 0; i < 2; ++i) EXPECT_EQ(forced.at({b, 0, i}), free.at({b, 0, i}));
  EXPECT_NE(forced.at({0, 2, 0}), free.at({0, 2, 0}));
  EXPECT_THROW(model.forward(x, nullptr, false, &x), ShapeError);
}

TEST(Seq2SeqModel, NamesAndConfigErrors) {
  Seq2SeqModel<float> model(config());
  EXPECT_EQ(model.kind(), "seq2seq");
  const auto params = model.parameters();
  EXPECT_EQ(params.front().name, "encoder.weight_ih_l0");
  EXPECT_EQ(params[8].name, "decoder.weight_ih_l0");
  EXPECT_EQ(params[8].shape, (Shape{16, 2}));  // the decoder reads the O = 2 targets
  EXPECT_EQ(params[params.size() - 2].name, "head.weight");
  Seq2SeqConfig bad = config();
  bad.targetFeatures = {0, 3};
  EXPECT_THROW(Seq2SeqModel<float>{bad}, ShapeError);
  bad.targetFeatures = {0};
  EXPECT_THROW(Seq2SeqModel<float>{bad}, ShapeError);
  bad.targetFeatures = {};
  bad.outputSize = 4;
  EXPECT_THROW(Seq2SeqModel<float>{bad}, ShapeError);
}

}  // namespace
}  // namespace lstmviz::core
