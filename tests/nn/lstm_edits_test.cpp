// What-if edits (lstm_edits.h, gate_clamp.h, lstm_torch_code.h): every edit_* case of
// tests/fixtures/whatif/ (make_whatif_fixtures.py: a weight, bias, input, h_0, c_0 edit, forget /
// input / output clamps, knock-outs, with layers, both directions, projection, packing,
// batch_first and unbatched input) reproduces torch's numbers in float and double; the text
// syntax round-trips and refuses bad text with a message naming it; clamps pass the double
// gradient check.
#include "core/nn/lstm_edits.h"

#include <gtest/gtest.h>

#include <random>

#include "core/nn/lstm_torch_code.h"
#include "tests/nn/whatif_fixture.h"

namespace lstmviz::core {
namespace {

using testing::allClose;
using testing::loadWhatIf;

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = std::min(text.find(';', start), text.size());
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

template <typename T>
LstmEdits editsOf(const testing::WhatIfFixture<T>& f) {
  LstmEdits edits;
  for (const std::string& e : splitList(f.meta("edits"))) edits.values.push_back(parseValueEdit(e));
  for (const std::string& e : splitList(f.meta("clamps")))
    edits.clamps.push_back(parseGateClamp(e));
  for (const std::string& e : splitList(f.meta("knockouts")))
    edits.knockouts.push_back(parseKnockout(e));
  return edits;
}

const char* const kEditCases[] = {"weight",
                                  "bias_reverse_layer1",
                                  "input",
                                  "h0",
                                  "c0_with_initial",
                                  "forget_clamp",
                                  "clamps_bidirectional",
                                  "knockout",
                                  "knockout_proj_packed",
                                  "everything",
                                  "unbatched"};

template <typename T>
void expectEditedRunMatchesTorch(const std::string& name, double tolerance) {
  const auto f = loadWhatIf<T>("edit_" + name);
  const LstmEdits edits = editsOf(f);
  ASSERT_FALSE(edits.empty()) << name;
  Lstm<T> edited(f.lstm.config());
  Tensor<T> editedInput;
  std::optional<LstmState<T>> editedInitial;
  LstmTrace<T> trace;
  const LstmOutput<T> out =
      forwardWithEdits(f.lstm, edits, f.input, f.initialOrNull(), f.lengthsOrNull(), trace, {},
                       edited, editedInput, editedInitial);
  EXPECT_TRUE(allClose(name + ".output", out.output, f.file.getFloat("output"), tolerance));
  EXPECT_TRUE(allClose(name + ".h_n", out.hN, f.file.getFloat("h_n"), tolerance));
  EXPECT_TRUE(allClose(name + ".c_n", out.cN, f.file.getFloat("c_n"), tolerance));
}

TEST(LstmEdits, EveryEditedRunMatchesTorchInFloat) {
  for (const char* name : kEditCases) expectEditedRunMatchesTorch<float>(name, 2e-5);
}

TEST(LstmEdits, EveryEditedRunMatchesTorchInDouble) {
  for (const char* name : kEditCases) expectEditedRunMatchesTorch<double>(name, 1e-6);
}

TEST(LstmEdits, NoEditIsThePlainForwardBitForBit) {
  const auto f = loadWhatIf<float>("edit_everything");
  LstmTrace<float> plainTrace, editedTrace;
  const LstmOutput<float> plain =
      f.lstm.forward(f.input, plainTrace, f.initialOrNull(), f.lengthsOrNull());
  Lstm<float> edited(f.lstm.config());
  Tensor<float> editedInput;
  std::optional<LstmState<float>> editedInitial;
  const LstmOutput<float> out =
      forwardWithEdits(f.lstm, LstmEdits{}, f.input, f.initialOrNull(), f.lengthsOrNull(),
                       editedTrace, {}, edited, editedInput, editedInitial);
  EXPECT_EQ(out.output.data, plain.output.data);
  EXPECT_EQ(out.hN.data, plain.hN.data);
  EXPECT_EQ(out.cN.data, plain.cN.data);
}

TEST(LstmEdits, KnockedOutUnitReadsZeroAtEveryStepAndClampedGateHoldsItsValue) {
  const auto f = loadWhatIf<float>("edit_knockout");
  LstmEdits edits;
  edits.knockouts.push_back(parseKnockout("l0:u5"));
  edits.clamps.push_back(parseGateClamp("f@l0:u1:t2-4=1"));
  Lstm<float> edited(f.lstm.config());
  Tensor<float> editedInput;
  std::optional<LstmState<float>> editedInitial;
  LstmTrace<float> trace;
  forwardWithEdits(f.lstm, edits, f.input, f.initialOrNull(), f.lengthsOrNull(), trace, {}, edited,
                   editedInput, editedInitial);
  const DirectionTrace<float>& tr = trace.at(0, 0);
  const int64_t h = f.lstm.config().hiddenSize;
  for (int64_t t = 0; t < trace.steps; ++t)
    for (int64_t n = 0; n < trace.batch; ++n) {
      EXPECT_EQ(tr.hidden(5, tr.stateColumn(t, n)), 0.0f);
      if (t >= 2 && t <= 4) {
        EXPECT_EQ(tr.gates(h + 1, tr.column(t, n)), 1.0f);
        // f = 1 and the cell keeps c_{t-1} plus what i ⊙ g writes.
        EXPECT_FLOAT_EQ(tr.cell(1, tr.stateColumn(t, n)),
                        tr.cell(1, tr.stateColumn(t - 1, n)) +
                            tr.gates(1, tr.column(t, n)) * tr.gates(2 * h + 1, tr.column(t, n)));
      }
    }
}

TEST(LstmEdits, TextSyntaxRoundTrips) {
  for (const char* text : {"weight_hh_l0[5,3]=0.25", "bias_ih_l1_reverse[7]=-2", "x[0,2,1]=1.5",
                           "h0[0,0,3]=0.1", "c0[1,0,2]=-1", "x[-1,0,0]=3"})
    EXPECT_EQ(formatValueEdit(parseValueEdit(text)), text);
  for (const char* text :
       {"f@l0:u3:t2-7=1", "i@l1_reverse:u0=0", "o@l0:u2:t4-:n1=1", "g@l0:u1:t3-3=0.5"})
    EXPECT_EQ(formatGateClamp(parseGateClamp(text)), text);
  for (const char* text : {"l0:u5", "l1_reverse:u2:n3"})
    EXPECT_EQ(formatKnockout(parseKnockout(text)), text);
  const ValueEdit spaced = parseValueEdit(" weight_hh_l0[5, 3] = 0.25 ");
  EXPECT_EQ(spaced.parameter, "weight_hh_l0");
  EXPECT_EQ(spaced.index, (std::vector<int64_t>{5, 3}));
  const GateClamp k = parseGateClamp("f@l0:u3:t2-7=1.0");
  EXPECT_EQ(k.gate, LstmGate::kForget);
  EXPECT_EQ(k.unit, 3);
  EXPECT_EQ(k.firstStep, 2);
  EXPECT_EQ(k.lastStep, 7);
  EXPECT_EQ(k.sample, GateClamp::kAllSamples);
}

// The message of the EditError `action` throws; "" if it throws nothing.
template <typename Action>
std::string editError(Action action) {
  try {
    action();
  } catch (const EditError& e) {
    return e.what();
  }
  return "";
}

TEST(LstmEdits, BadTextIsRefusedNamingIt) {
  EXPECT_EQ(editError([] {
              parseValueEdit("weight_hh_l0[5,3]0.25");
            }).find("cannot read the edit 'weight_hh_l0[5,3]0.25': expected NAME[i,j,...]=VALUE"),
            0u);
  EXPECT_NE(editError([] { parseValueEdit("x[0,a,1]=1"); }).find("index 'a' is not an integer"),
            std::string::npos);
  EXPECT_NE(editError([] { parseValueEdit("x[0,1,1]=big"); }).find("'big' is not a number"),
            std::string::npos);
  EXPECT_NE(
      editError([] { parseGateClamp("q@l0:u1=1"); }).find("gate 'q' is not one of i, f, g, o"),
      std::string::npos);
  EXPECT_NE(editError([] { parseGateClamp("f@l0:u1:t5-2=1"); }).find("cannot read the clamp"),
            std::string::npos);
  EXPECT_NE(editError([] { parseKnockout("l0"); }).find("cannot read the knock-out 'l0'"),
            std::string::npos);
}

TEST(LstmEdits, EditsThatDoNotFitTheModelSayWhyInTorchsWords) {
  LstmConfig c;
  c.inputSize = 3;
  c.hiddenSize = 4;
  const Shape input{5, 2, 3};  // (L, N, H_in)
  auto check = [&](const char* kind, const char* text) {
    LstmEdits e;
    if (std::string(kind) == "edit") e.values.push_back(parseValueEdit(text));
    if (std::string(kind) == "clamp") e.clamps.push_back(parseGateClamp(text));
    if (std::string(kind) == "knockout") e.knockouts.push_back(parseKnockout(text));
    return editError([&] { checkEdits(e, c, input); });
  };
  EXPECT_EQ(check("edit", "x[0,9,1]=1"),
            "x[0,9,1]=1: index 9 is out of bounds for dimension 1 with size 2");
  EXPECT_EQ(check("edit", "weight_hh_l0[16,0]=1"),
            "weight_hh_l0[16,0]=1: index 16 is out of bounds for dimension 0 with size 16");
  EXPECT_EQ(check("edit", "bias_ih_l0[1,2]=1"),
            "bias_ih_l0[1,2]=1: too many indices for tensor of dimension 1");
  EXPECT_EQ(check("edit", "weight_xx_l0[1,2]=1"),
            "weight_xx_l0[1,2]=1: 'LSTM' object has no attribute 'weight_xx_l0'");
  EXPECT_NE(check("edit", "x[0,1]=1").find("give one index per dimension (3)"), std::string::npos);
  EXPECT_EQ(check("edit", "h0[0,1,3]=1"), "");
  EXPECT_EQ(check("clamp", "f@l1:u0=1"), "f@l1:u0=1: layer 1 does not exist (num_layers=1)");
  EXPECT_EQ(check("clamp", "f@l0_reverse:u0=1"),
            "f@l0_reverse:u0=1: the reverse direction exists only with bidirectional=True");
  EXPECT_EQ(check("clamp", "f@l0:u4=1"), "f@l0:u4=1: unit 4 is out of bounds for hidden_size 4");
  EXPECT_EQ(check("clamp", "f@l0:u1:t2-5=1"),
            "f@l0:u1:t2-5=1: step 5 is out of bounds for a sequence of 5 steps");
  EXPECT_EQ(check("knockout", "l0:u1:n2"), "l0:u1:n2: sample 2 is out of bounds for a batch of 2");
}

TEST(LstmEdits, ForwardRefusesAClampThatDoesNotFitInsteadOfWritingOutOfBounds) {
  LstmConfig c;
  c.inputSize = 2;
  c.hiddenSize = 3;
  const Lstm<float> lstm(c);
  LstmTrace<float> trace;
  const Tensor<float> x(Shape{4, 1, 2});
  TraceOptions options;
  options.clamps.push_back(GateClamp{});
  options.clamps.back().unit = 3;
  try {
    lstm.forward(x, trace, nullptr, nullptr, options);
    FAIL() << "a clamp of unit 3 with hidden_size 3 ran";
  } catch (const ShapeError& e) {
    EXPECT_STREQ(e.what(),
                 "gate clamp f of layer 0, unit 3: unit 3 is out of bounds for "
                 "hidden_size 3");
  }
  options.clamps.back().unit = -1;
  EXPECT_THROW(lstm.forward(x, trace, nullptr, nullptr, options), ShapeError);
  options.clamps.back().unit = 0;
  options.clamps.back().lastStep = 4;
  EXPECT_THROW(lstm.forward(x, trace, nullptr, nullptr, options), ShapeError);
}

TEST(LstmEdits, TorchCodeSaysEachEditInTorchsOwnTerms) {
  LstmConfig c;
  c.inputSize = 3;
  c.hiddenSize = 6;
  LstmEdits e;
  e.values.push_back(parseValueEdit("weight_hh_l0[5,3]=0.25"));
  e.values.push_back(parseValueEdit("x[0,2,1]=1.5"));
  e.values.push_back(parseValueEdit("h0[0,1,3]=0.1"));
  std::string code = torchCodeForEdits(c, e, Shape{7, 3, 3});
  EXPECT_NE(code.find("with torch.no_grad():\n    lstm.weight_hh_l0[5, 3] = 0.25\n"),
            std::string::npos)
      << code;
  EXPECT_NE(code.find("x[0, 2, 1] = 1.5\n"), std::string::npos) << code;
  EXPECT_NE(code.find("h0 = torch.zeros(1, 3, 6)"), std::string::npos) << code;
  EXPECT_NE(code.find("h0[0, 1, 3] = 0.10000000000000001\n"), std::string::npos) << code;
  EXPECT_EQ(code.find("lstm_forward_edited"), std::string::npos) << code;
  e.knockouts.push_back(parseKnockout("l0:u5"));
  code = torchCodeForEdits(c, e, Shape{7, 3, 3});
  EXPECT_NE(code.find("def lstm_forward_edited("), std::string::npos);
  EXPECT_NE(code.find("(\"o\", 0, 0, 5, 0, 6, None, 0.0),  # knock out l0:u5"), std::string::npos)
      << code;
}

// Gradient check in double: with clamps and a knock-out (bidirectional, two layers, projection,
// packing), every analytic gradient of Σ G ⊙ output + Σ G_h ⊙ h_n matches centred differences.
TEST(LstmEdits, ClampedBackwardMatchesFiniteDifferences) {
  LstmConfig c;
  c.inputSize = 3;
  c.hiddenSize = 4;
  c.numLayers = 2;
  c.bidirectional = true;
  c.projSize = 3;
  Lstm<double> lstm(c);
  lstm.resetParameters(3);
  for (double& v : lstm.parameters()) v *= 2.0;
  std::mt19937_64 rng(5);
  std::normal_distribution<double> normal;
  auto random = [&](const Shape& s) {
    Tensor<double> t(s);
    for (double& v : t.data) v = normal(rng);
    return t;
  };
  const int64_t l = 5, n = 2;
  Tensor<double> input = random({l, n, 3});
  const std::vector<int64_t> lengths{5, 3};
  LstmEdits edits;
  for (const char* k :
       {"f@l0:u1:t1-3=1", "i@l1_reverse:u2:t0-2=0", "g@l0_reverse:u0:t2:n1=0.5", "o@l1:u3=1"})
    edits.clamps.push_back(parseGateClamp(k));
  edits.knockouts.push_back(parseKnockout("l0:u2"));
  TraceOptions options;
  options.clamps = edits.gateClamps();
  LstmTrace<double> trace;
  const LstmOutput<double> out0 = lstm.forward(input, trace, nullptr, &lengths, options);
  const Tensor<double> gOut = random(out0.output.shape), gH = random(out0.hN.shape);
  auto loss = [&]() {
    LstmTrace<double> tr;
    const LstmOutput<double> o = lstm.forward(input, tr, nullptr, &lengths, options);
    double s = 0;
    for (size_t i = 0; i < o.output.data.size(); ++i) s += o.output.data[i] * gOut.data[i];
    for (size_t i = 0; i < o.hN.data.size(); ++i) s += o.hN.data[i] * gH.data[i];
    return s;
  };
  LstmGradients<double> grads;
  lstm.backward(trace, &gOut, &gH, nullptr, grads);
  const double eps = 1e-6;
  auto numeric = [&](double& v) {
    const double saved = v;
    v = saved + eps;
    const double up = loss();
    v = saved - eps;
    const double down = loss();
    v = saved;
    return (up - down) / (2 * eps);
  };
  for (size_t i = 0; i < input.data.size(); ++i)
    EXPECT_NEAR(grads.input.data[i], numeric(input.data[i]), 1e-7) << "input " << i;
  for (size_t i = 0; i < lstm.parameters().size(); ++i)
    EXPECT_NEAR(grads.parameters[i], numeric(lstm.parameters()[i]), 1e-7) << "parameter " << i;
}

}  // namespace
}  // namespace lstmviz::core
