// Closed-form checks (mlpack style): all weights zero but one pathway, compared with the hand
// formula of the LSTM equations for that pathway alone.
#include <gtest/gtest.h>

#include <cmath>

#include "core/common/error.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {
namespace {

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }

LstmConfig scalarConfig() {
  LstmConfig c;
  c.inputSize = 1;
  c.hiddenSize = 1;
  return c;
}

// Gate rows for H = 1 are i = 0, f = 1, g = 2, o = 3.
void set(Lstm<double>& lstm, const char* name, int64_t row, double value) {
  lstm.param (*lstm.findSpec(name))(row, 0) = value;
}

TEST(LstmClosedForm, ZeroWeightsGiveHalfOpenGatesAndZeroState) {
  LstmConfig c;
  c.inputSize = 2;
  c.hiddenSize = 3;
  Lstm<double> lstm(c);
  Tensor<double> x({4, 2, 2}, 1.5);
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace);
  for (double v : out.output.data) EXPECT_EQ(v, 0.0);
  const auto& tr = trace.at(0, 0);
  EXPECT_TRUE((tr.gates.topRows(6).array() == 0.5).all());        // i, f = σ(0)
  EXPECT_TRUE((tr.gates.middleRows(6, 3).array() == 0.0).all());  // g = tanh(0)
  EXPECT_TRUE((tr.gates.bottomRows(3).array() == 0.5).all());     // o = σ(0)
}

TEST(LstmClosedForm, OnlyForgetPathDecaysInitialCellGeometrically) {
  // g = 0 so c_t = σ(b_hf)^t · c_0 and h_t = σ(0) · tanh(c_t).
  Lstm<double> lstm(scalarConfig());
  const double b = 0.7, c0 = 2.0;
  set(lstm, "bias_hh_l0", 1, b);
  LstmState<double> initial{Tensor<double>({1, 1, 1}), Tensor<double>({1, 1, 1}, c0)};
  Tensor<double> x({5, 1, 1}, 3.0);  // input is ignored: W_ih = 0
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace, &initial);
  for (int t = 0; t < 5; ++t) {
    const double ct = std::pow(sigmoid(b), t + 1) * c0;
    EXPECT_NEAR(trace.at(0, 0).cell(0, t + 1), ct, 1e-15);
    EXPECT_NEAR(out.output.data[t], 0.5 * std::tanh(ct), 1e-15);
  }
  EXPECT_NEAR(out.cN.data[0], std::pow(sigmoid(b), 5) * c0, 1e-15);
}

TEST(LstmClosedForm, OnlyInputGatePathWritesTheCandidate) {
  // W_ii = w, b_ig = β: i_t = σ(w x_t), g = tanh(β), c_t = ½ c_{t-1} + i_t g, h_t = ½ tanh(c_t).
  Lstm<double> lstm(scalarConfig());
  const double w = 1.3, beta = 0.4;
  set(lstm, "weight_ih_l0", 0, w);
  set(lstm, "bias_ih_l0", 2, beta);
  const std::vector<double> xs{0.5, -1.0, 2.0, 0.0};
  Tensor<double> x({4, 1, 1}, xs);
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace);
  double c = 0;
  for (int t = 0; t < 4; ++t) {
    c = 0.5 * c + sigmoid(w * xs[t]) * std::tanh(beta);
    EXPECT_NEAR(out.output.data[t], 0.5 * std::tanh(c), 1e-15) << "t=" << t;
    EXPECT_NEAR(trace.at(0, 0).gatesPre(0, t), w * xs[t], 1e-15);
  }
}

TEST(LstmClosedForm, OnlyOutputGateScalesTanhOfCell) {
  // c held constant by f = σ(∞) ≈ 1 is awkward; instead c_0 = 1 and f = σ(b) known, o = σ(W_io x).
  Lstm<double> lstm(scalarConfig());
  const double w = -0.8, b = 2.0;
  set(lstm, "weight_ih_l0", 3, w);
  set(lstm, "bias_ih_l0", 1, b);
  LstmState<double> initial{Tensor<double>({1, 1, 1}), Tensor<double>({1, 1, 1}, 1.0)};
  const std::vector<double> xs{1.0, 2.0, -3.0};
  Tensor<double> x({3, 1, 1}, xs);
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace, &initial);
  for (int t = 0; t < 3; ++t) {
    const double ct = std::pow(sigmoid(b), t + 1);
    EXPECT_NEAR(out.output.data[t], sigmoid(w * xs[t]) * std::tanh(ct), 1e-15);
  }
}

TEST(LstmClosedForm, RecurrentWeightFeedsPreviousHidden) {
  // Only W_hg = u and b_ig = β: g_t = tanh(β + u h_{t-1}).
  Lstm<double> lstm(scalarConfig());
  const double u = 1.7, beta = 0.3;
  set(lstm, "weight_hh_l0", 2, u);
  set(lstm, "bias_ih_l0", 2, beta);
  Tensor<double> x({4, 1, 1});
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace);
  double c = 0, h = 0;
  for (int t = 0; t < 4; ++t) {
    c = 0.5 * c + 0.5 * std::tanh(beta + u * h);
    h = 0.5 * std::tanh(c);
    EXPECT_NEAR(out.output.data[t], h, 1e-15);
  }
}

TEST(LstmClosedForm, ProjectionMultipliesHiddenByWeightHr) {
  LstmConfig c;
  c.inputSize = 1;
  c.hiddenSize = 2;
  c.projSize = 1;
  Lstm<double> lstm(c);
  lstm.param (*lstm.findSpec("bias_ih_l0"))(4, 0) = 0.9;   // g of unit 0
  lstm.param (*lstm.findSpec("bias_ih_l0"))(5, 0) = -0.4;  // g of unit 1
  lstm.param (*lstm.findSpec("weight_hr_l0"))(0, 0) = 2.0;
  lstm.param (*lstm.findSpec("weight_hr_l0"))(0, 1) = -3.0;
  Tensor<double> x({1, 1, 1});
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace);
  const double m0 = 0.5 * std::tanh(0.5 * std::tanh(0.9));
  const double m1 = 0.5 * std::tanh(0.5 * std::tanh(-0.4));
  EXPECT_NEAR(out.output.data[0], 2.0 * m0 - 3.0 * m1, 1e-15);
  EXPECT_EQ(out.hN.shape, (Shape{1, 1, 1}));
  EXPECT_EQ(out.cN.shape, (Shape{1, 1, 2}));
}

TEST(LstmClosedForm, ReverseDirectionReadsSequenceBackwards) {
  // The reverse direction with only the input gate path: its output at t = 0 has read x_{L-1}..x_0.
  LstmConfig c = scalarConfig();
  c.bidirectional = true;
  Lstm<double> lstm(c);
  const double w = 1.1, beta = 0.5;
  set(lstm, "weight_ih_l0_reverse", 0, w);
  set(lstm, "bias_ih_l0_reverse", 2, beta);
  const std::vector<double> xs{0.3, -0.6, 1.2};
  Tensor<double> x({3, 1, 1}, xs);
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace);
  double cell = 0;
  std::vector<double> expected(3);
  for (int t = 2; t >= 0; --t) {
    cell = 0.5 * cell + sigmoid(w * xs[t]) * std::tanh(beta);
    expected[t] = 0.5 * std::tanh(cell);
  }
  for (int t = 0; t < 3; ++t) EXPECT_NEAR(out.output.data[t * 2 + 1], expected[t], 1e-15);
  EXPECT_NEAR(out.hN.data[1], expected[0], 1e-15);  // h_n[-1]: reverse state after t = 0
}

TEST(LstmClosedForm, PackedSequenceStopsAtItsLength) {
  // Sample 1 has length 2 of 4: its h_n is its state after step 1 and output past it is zero.
  Lstm<double> lstm(scalarConfig());
  set(lstm, "bias_ih_l0", 2, 0.5);
  Tensor<double> x({4, 2, 1});
  std::vector<int64_t> lengths{4, 2};
  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(x, trace, nullptr, &lengths);
  EXPECT_EQ(out.output.at({2, 1, 0}), 0.0);
  EXPECT_EQ(out.output.at({3, 1, 0}), 0.0);
  EXPECT_EQ(out.hN.at({0, 1, 0}), out.output.at({1, 1, 0}));
  EXPECT_EQ(out.hN.at({0, 0, 0}), out.output.at({3, 0, 0}));
  EXPECT_NE(out.hN.at({0, 0, 0}), out.hN.at({0, 1, 0}));
}

// --- torch's messages for wrong shapes -------------------------------------------------------

std::string forwardError(const LstmConfig& c, const Tensor<float>& x,
                         const LstmState<float>* initial = nullptr,
                         const std::vector<int64_t>* lengths = nullptr) {
  Lstm<float> lstm(c);
  LstmTrace<float> trace;
  try {
    lstm.forward(x, trace, initial, lengths);
  } catch (const ShapeError& e) {
    return e.what();
  }
  return "no error";
}

LstmConfig config5x20x2() {
  LstmConfig c;
  c.inputSize = 5;
  c.hiddenSize = 20;
  c.numLayers = 2;
  return c;
}

TEST(LstmShapeErrors, WrongInputWidth) {
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 4, 4})),
            "input.size(-1) must be equal to input_size. Expected 5, got 4");
}

TEST(LstmShapeErrors, WrongInputRank) {
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 4, 5, 1})),
            "LSTM: Expected input to be 2-D or 3-D but received 4-D tensor");
}

TEST(LstmShapeErrors, WrongHiddenBatch) {
  LstmState<float> s{Tensor<float>({2, 4, 20}), Tensor<float>({2, 3, 20})};
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 3, 5}), &s),
            "Expected hidden[0] size (2, 3, 20), got [2, 4, 20]");
  LstmState<float> s2{Tensor<float>({2, 3, 20}), Tensor<float>({2, 4, 20})};
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 3, 5}), &s2),
            "Expected hidden[1] size (2, 3, 20), got [2, 4, 20]");
}

TEST(LstmShapeErrors, UnbatchedInputWithBatchedState) {
  LstmState<float> s{Tensor<float>({2, 3, 20}), Tensor<float>({2, 3, 20})};
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 5}), &s),
            "For unbatched 2-D input, hx and cx should also be 2-D but got (3-D, 3-D) tensors");
}

TEST(LstmShapeErrors, EmptySequence) {
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({0, 3, 5})),
            "Expected sequence length to be larger than 0 in RNN");
}

TEST(LstmShapeErrors, BadLengths) {
  std::vector<int64_t> zero{0, 2};
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 2, 5}), nullptr, &zero),
            "Length of all samples has to be greater than 0, but found an element in 'lengths' "
            "that is <= 0");
  std::vector<int64_t> one{2};
  EXPECT_EQ(forwardError(config5x20x2(), Tensor<float>({3, 2, 5}), nullptr, &one),
            "Expected `len(lengths)` to be equal to batch_size, but got 1 (batch_size=2)");
  std::vector<int64_t> tooLong{4, 1};
  EXPECT_NE(forwardError(config5x20x2(), Tensor<float>({3, 2, 5}), nullptr, &tooLong)
                .find("lengths[0] = 4"),
            std::string::npos);
}

TEST(LstmConfigErrors, TorchMessages) {
  LstmConfig c = config5x20x2();
  c.projSize = 20;
  EXPECT_THROW(c.validate(), ShapeError);
  try {
    c.validate();
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(), "proj_size has to be smaller than hidden_size");
  }
  c.projSize = 0;
  c.dropout = 1.5;
  try {
    c.validate();
    FAIL();
  } catch (const ShapeError& e) {
    EXPECT_NE(std::string(e.what()).find("dropout should be a number in range [0, 1]"),
              std::string::npos);
  }
}

TEST(LstmParameters, NamesAndShapesFollowTorch) {
  LstmConfig c;
  c.inputSize = 10;
  c.hiddenSize = 20;
  c.numLayers = 2;
  c.bidirectional = true;
  c.projSize = 5;
  const auto specs = lstmParameterSpecs(c);
  ASSERT_EQ(specs.size(), 20u);  // 2 layers × 2 directions × 5 tensors
  EXPECT_EQ(specs[0].name, "weight_ih_l0");
  EXPECT_EQ(specs[0].shape, (Shape{80, 10}));
  EXPECT_EQ(specs[1].shape, (Shape{80, 5}));  // weight_hh: 4H × P
  EXPECT_EQ(specs[4].name, "weight_hr_l0");
  EXPECT_EQ(specs[4].shape, (Shape{5, 20}));
  EXPECT_EQ(specs[5].name, "weight_ih_l0_reverse");
  EXPECT_EQ(specs[10].name, "weight_ih_l1");
  EXPECT_EQ(specs[10].shape, (Shape{80, 10}));  // D·P = 10
  EXPECT_EQ(specs.back().name, "weight_hr_l1_reverse");
}

TEST(LstmTrace, RefusesTraceLargerThanBudget) {
  LstmConfig c;
  c.inputSize = 8;
  c.hiddenSize = 64;
  Lstm<float> lstm(c);
  TraceOptions options;
  options.memoryBudgetBytes = 1 << 20;
  Tensor<float> x({100, 32, 8});
  LstmTrace<float> trace;
  try {
    lstm.forward(x, trace, nullptr, nullptr, options);
    FAIL() << "no error";
  } catch (const ResourceError& e) {
    const int64_t bytes = LstmTrace<float>::bytesFor(c, 32, 100, options);
    EXPECT_NE(std::string(e.what()).find(std::to_string((bytes + (1 << 20) - 1) >> 20) + " MiB"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace lstmviz::core
