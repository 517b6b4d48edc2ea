// Parity with torch 1.13: every case of tests/fixtures/lstm/ (written by make_fixtures.py) is run
// through Lstm<float> with torch's weights, and the output, final state, every gate / state of
// the trace and every gradient of
//   loss = Σ output⊙grad_output + Σ h_n⊙grad_h_n + Σ c_n⊙grad_c_n
// must match torch's: |a − b| ≤ 2e-5·(1 + |b|) forward, 2e-4·(1 + |b|) for gradients.
// A mismatch names the tensor, its largest difference and where (llm.c's test_gpt2 style).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "core/io/safetensors.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_cell.h"
#include "core/nn/thread_budget.h"
#include "core/nn/trace_export.h"

namespace lstmviz::core {
namespace {

constexpr double kForwardTolerance = 2e-5;
constexpr double kGradientTolerance = 2e-4;

std::string fixturePath(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/lstm/" + name + ".safetensors";
}

// Compares `count` values at got with want (whose shape must be `shape`).
::testing::AssertionResult allClose(const std::string& name, const Shape& shape, const float* got,
                                    const Tensor<float>& want, double tolerance) {
  if (want.shape != shape)
    return ::testing::AssertionFailure() << name << ": shape " << shapeToString(shape)
                                         << ", torch has " << shapeToString(want.shape);
  double maxDiff = 0.0;
  int64_t worst = -1, bad = 0;
  for (int64_t i = 0; i < want.numel(); ++i) {
    const double a = got[i], b = want.data[i];
    const double diff = std::abs(a - b);
    if (!(diff <= tolerance * (1.0 + std::abs(b)))) ++bad;
    if (!(diff <= maxDiff)) {  // also catches NaN
      maxDiff = diff;
      worst = i;
    }
  }
  if (bad == 0) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << name << ": " << bad << " of " << want.numel() << " values off, max |diff| " << maxDiff
         << " at flat index " << worst << " (got " << got[worst] << ", torch " << want.data[worst]
         << "), tolerance " << tolerance << "·(1+|torch|)";
}

::testing::AssertionResult allClose(const std::string& name, const Tensor<float>& got,
                                    const Tensor<float>& want, double tolerance) {
  return allClose(name, got.shape, got.ptr(), want, tolerance);
}

bool metadataFlag(const SafetensorsFile& file, const std::string& key) {
  return file.metadata().at(key) == "true";
}

LstmConfig configFromMetadata(const SafetensorsFile& file) {
  const auto& m = file.metadata();
  LstmConfig c;
  c.inputSize = std::stoll(m.at("input_size"));
  c.hiddenSize = std::stoll(m.at("hidden_size"));
  c.numLayers = std::stoll(m.at("num_layers"));
  c.projSize = std::stoll(m.at("proj_size"));
  c.bias = metadataFlag(file, "bias");
  c.batchFirst = metadataFlag(file, "batch_first");
  c.bidirectional = metadataFlag(file, "bidirectional");
  return c;
}

// Copies torch's state_dict (bare names) into the flat parameter buffer.
void loadParameters(const SafetensorsFile& file, Lstm<float>& lstm) {
  for (const LstmParamSpec& spec : lstm.specs()) {
    ASSERT_TRUE(file.contains(spec.name)) << spec.name << " missing from " << file.source();
    const Tensor<float> value = file.getFloat(spec.name);
    ASSERT_EQ(value.shape, spec.shape) << spec.name;
    const LstmParamSpec* found = lstm.findSpec(spec.name);
    ASSERT_NE(found, nullptr) << spec.name;
    std::copy(value.data.begin(), value.data.end(), lstm.parameters().begin() + found->offset);
  }
}

// Reads trace.l{k}[_reverse].{q} straight from the LstmTrace through its column convention and
// compares with torch's (N, L, width) tensor. Past a sample's length the convention says: gate
// columns are zero, forward state columns carry the state of the true last step, reverse state
// columns hold the initial state.
void expectTraceMatches(const SafetensorsFile& file, const LstmTrace<float>& trace,
                        const LstmState<float>* initial) {
  const LstmConfig& c = trace.config;
  const int64_t n = trace.batch, l = trace.steps, h = c.hiddenSize;
  for (int64_t k = 0; k < c.numLayers; ++k) {
    for (int64_t d = 0; d < c.numDirections(); ++d) {
      const DirectionTrace<float>& tr = trace.at(k, d);
      EXPECT_EQ(tr.reverse, d == 1);
      for (TraceQuantity q : kTraceQuantities) {
        const std::string name = traceTensorName(k, d, q);
        const Tensor<float> want = file.getFloat(name);
        const bool state = q == TraceQuantity::kCell || q == TraceQuantity::kHidden;
        const int64_t width = q == TraceQuantity::kHidden ? c.outputSize() : h;
        const int64_t firstRow = state ? 0 : static_cast<int64_t>(q) * h;
        const Matrix<float>& source = q == TraceQuantity::kCell     ? tr.cell
                                      : q == TraceQuantity::kHidden ? tr.hidden
                                                                    : tr.gates;
        Tensor<float> got(trace.unbatched ? Shape{l, width} : Shape{n, l, width});
        Tensor<float> carried = got;  // what the convention says past each length
        Tensor<float> carriedGot = got;
        for (int64_t b = 0; b < n; ++b) {
          const int64_t len = trace.length(b);
          for (int64_t t = 0; t < l; ++t) {
            const int64_t column = state ? tr.stateColumn(t, b) : tr.column(t, b);
            float* dst = got.ptr() + (b * l + t) * width;
            for (int64_t r = 0; r < width; ++r) dst[r] = source(firstRow + r, column);
            if (t < len) continue;
            // Inactive step: compare it separately, then blank it like torch's padding.
            float* expect = carried.ptr() + (b * l + t) * width;
            float* actual = carriedGot.ptr() + (b * l + t) * width;
            for (int64_t r = 0; r < width; ++r) {
              actual[r] = dst[r];
              dst[r] = 0.0f;
              if (!state) {
                expect[r] = 0.0f;
              } else if (!tr.reverse) {
                expect[r] = want.data[(b * l + len - 1) * width + r];
              } else if (initial) {
                const Tensor<float>& init = q == TraceQuantity::kCell ? initial->c : initial->h;
                expect[r] = init.data[((k * c.numDirections() + d) * n + b) * width + r];
              } else {
                expect[r] = 0.0f;
              }
            }
          }
        }
        EXPECT_TRUE(allClose(name, got, want, kForwardTolerance));
        if (trace.packed()) {
          EXPECT_TRUE(
              allClose(name + " (past each length)", carriedGot, carried, kForwardTolerance));
        }
      }
    }
  }
}

void checkCase(const std::string& caseName) {
  SCOPED_TRACE(caseName);
  const SafetensorsFile file = SafetensorsFile::read(fixturePath(caseName));
  const LstmConfig config = configFromMetadata(file);
  const bool unbatched = metadataFlag(file, "unbatched");
  Lstm<float> lstm(config);
  loadParameters(file, lstm);
  if (::testing::Test::HasFatalFailure()) return;

  const Tensor<float> input = file.getFloat("input");
  ASSERT_EQ(input.dim(), unbatched ? 2 : 3);
  LstmState<float> state;
  const bool withInitial = file.contains("h_0");
  if (withInitial) state = {file.getFloat("h_0"), file.getFloat("c_0")};
  std::vector<int64_t> lengths;
  if (file.contains("lengths")) lengths = file.getInt64("lengths").data;

  LstmTrace<float> trace;
  const LstmOutput<float> out = lstm.forward(input, trace, withInitial ? &state : nullptr,
                                             lengths.empty() ? nullptr : &lengths);
  EXPECT_TRUE(allClose("output", out.output, file.getFloat("output"), kForwardTolerance));
  EXPECT_TRUE(allClose("h_n", out.hN, file.getFloat("h_n"), kForwardTolerance));
  EXPECT_TRUE(allClose("c_n", out.cN, file.getFloat("c_n"), kForwardTolerance));
  EXPECT_EQ(trace.unbatched, unbatched);
  expectTraceMatches(file, trace, withInitial ? &state : nullptr);

  const Tensor<float> gradOutput = file.getFloat("grad_output");
  const Tensor<float> gradHN = file.getFloat("grad_h_n");
  const Tensor<float> gradCN = file.getFloat("grad_c_n");
  LstmGradients<float> grads;
  lstm.backward(trace, &gradOutput, &gradHN, &gradCN, grads);
  EXPECT_TRUE(allClose("grad.input", grads.input, file.getFloat("grad.input"), kGradientTolerance));
  if (withInitial) {
    EXPECT_TRUE(allClose("grad.h_0", grads.h0, file.getFloat("grad.h_0"), kGradientTolerance));
    EXPECT_TRUE(allClose("grad.c_0", grads.c0, file.getFloat("grad.c_0"), kGradientTolerance));
  }
  ASSERT_EQ(grads.parameters.size(), lstm.parameters().size());
  for (const LstmParamSpec& spec : lstm.specs()) {
    EXPECT_TRUE(allClose("grad." + spec.name, spec.shape, grads.parameters.data() + spec.offset,
                         file.getFloat("grad." + spec.name), kGradientTolerance));
  }
}

TEST(LstmParity, BaseMatchesTorch) { checkCase("base"); }
TEST(LstmParity, BatchFirstMatchesTorch) { checkCase("batch_first"); }
TEST(LstmParity, UnbatchedMatchesTorch) { checkCase("unbatched"); }
TEST(LstmParity, TwoLayersMatchTorch) { checkCase("layers2"); }
TEST(LstmParity, ThreeLayersMatchTorch) { checkCase("layers3"); }
TEST(LstmParity, BidirectionalMatchesTorch) { checkCase("bidirectional"); }
TEST(LstmParity, BidirectionalTwoLayersMatchTorch) { checkCase("bidirectional_layers2"); }
TEST(LstmParity, ProjectionMatchesTorch) { checkCase("proj"); }
TEST(LstmParity, ProjectionBidirectionalTwoLayersMatchTorch) {
  checkCase("proj_bidirectional_layers2");
}
TEST(LstmParity, NoBiasMatchesTorch) { checkCase("no_bias"); }
TEST(LstmParity, InitialStateMatchesTorch) { checkCase("with_h0_c0"); }
TEST(LstmParity, PackedMatchesTorch) { checkCase("packed"); }
TEST(LstmParity, PackedBidirectionalMatchesTorch) { checkCase("packed_bidirectional"); }
TEST(LstmParity, PackedBidirectionalBatchFirstTwoLayersProjectionMatchTorch) {
  checkCase("packed_bidirectional_batch_first_layers2_proj");
}
TEST(LstmParity, EveryFlagTogetherMatchesTorch) { checkCase("everything"); }

// 19 packed sequences, bidirectional, 2 layers, projection, initial state: the kernels split the
// batch between threads (uneven halves), and every number must still be torch's.
TEST(LstmParity, WideBatchSplitBetweenThreadsMatchesTorch) {
  for (int threads : {1, 2}) {
    SCOPED_TRACE(threads);
    const ThreadBudget budget(threads);
    checkCase("wide_batch");
  }
}

// exportTrace (what `forward --trace` and the GUI write) gives torch's tensors by name, zero past
// each length, (L, width) for unbatched input.
TEST(LstmParity, ExportedTraceMatchesTorchForEveryLayout) {
  for (const char* caseName : {"unbatched", "batch_first", "packed_bidirectional", "everything",
                               "proj_bidirectional_layers2"}) {
    SCOPED_TRACE(caseName);
    const SafetensorsFile file = SafetensorsFile::read(fixturePath(caseName));
    Lstm<float> lstm(configFromMetadata(file));
    loadParameters(file, lstm);
    LstmState<float> state;
    if (file.contains("h_0")) state = {file.getFloat("h_0"), file.getFloat("c_0")};
    std::vector<int64_t> lengths;
    if (file.contains("lengths")) lengths = file.getInt64("lengths").data;
    LstmTrace<float> trace;
    lstm.forward(file.getFloat("input"), trace, file.contains("h_0") ? &state : nullptr,
                 lengths.empty() ? nullptr : &lengths);
    const auto exported = exportTrace(trace);
    const LstmConfig& c = lstm.config();
    ASSERT_EQ(exported.size(), static_cast<size_t>(6 * c.numLayers * c.numDirections()));
    for (const auto& [name, tensor] : exported)
      EXPECT_TRUE(allClose(name, tensor, file.getFloat(name), kForwardTolerance));
  }
}

TEST(LstmParity, CellMatchesTorch) {
  const SafetensorsFile file = SafetensorsFile::read(fixturePath("cell"));
  LstmCell<float> cell(std::stoll(file.metadata().at("input_size")),
                       std::stoll(file.metadata().at("hidden_size")));
  auto load = [&](const std::string& name, auto& dst) {
    const Tensor<float> t = file.getFloat(name);
    ASSERT_EQ(t.numel(), dst.size()) << name;
    // Row-major weights and column biases share torch's element order.
    std::copy(t.data.begin(), t.data.end(), dst.data());
  };
  load("weight_ih", cell.weightIh());
  load("weight_hh", cell.weightHh());
  load("bias_ih", cell.biasIh());
  load("bias_hh", cell.biasHh());
  const Tensor<float> x = file.getFloat("x"), h = file.getFloat("h"), c = file.getFloat("c");
  const auto [hNext, cNext] = cell.forward(x, &h, &c);
  EXPECT_TRUE(allClose("h_next", hNext, file.getFloat("h_next"), kForwardTolerance));
  EXPECT_TRUE(allClose("c_next", cNext, file.getFloat("c_next"), kForwardTolerance));

  const LstmCellGradients<float> g =
      cell.backward(x, &h, &c, file.getFloat("grad_h_next"), file.getFloat("grad_c_next"));
  EXPECT_TRUE(allClose("grad.x", g.input, file.getFloat("grad.x"), kGradientTolerance));
  EXPECT_TRUE(allClose("grad.h", g.h, file.getFloat("grad.h"), kGradientTolerance));
  EXPECT_TRUE(allClose("grad.c", g.c, file.getFloat("grad.c"), kGradientTolerance));
  EXPECT_TRUE(
      allClose("grad.weight_ih", g.weightIh, file.getFloat("grad.weight_ih"), kGradientTolerance));
  EXPECT_TRUE(
      allClose("grad.weight_hh", g.weightHh, file.getFloat("grad.weight_hh"), kGradientTolerance));
  EXPECT_TRUE(
      allClose("grad.bias_ih", g.biasIh, file.getFloat("grad.bias_ih"), kGradientTolerance));
  EXPECT_TRUE(
      allClose("grad.bias_hh", g.biasHh, file.getFloat("grad.bias_hh"), kGradientTolerance));
}

// The comparison itself must be able to fail: a perturbed value beyond tolerance is reported.
TEST(LstmParity, ComparisonReportsTensorNameAndMaxDifference) {
  const Tensor<float> want({2, 2}, std::vector<float>{1.0f, -2.0f, 3.0f, 0.5f});
  Tensor<float> got = want;
  EXPECT_TRUE(allClose("x", got, want, kForwardTolerance));
  got.data[2] += 1e-3f;
  const auto result = allClose("x", got, want, kForwardTolerance);
  EXPECT_FALSE(result);
  EXPECT_NE(std::string(result.message()).find("x: 1 of 4 values off"), std::string::npos)
      << result.message();
  got = want;
  got.data[0] = std::nanf("");
  EXPECT_FALSE(allClose("x", got, want, kForwardTolerance));
  EXPECT_FALSE(allClose("x", Tensor<float>({4}), want, kForwardTolerance));
}

}  // namespace
}  // namespace lstmviz::core
