// Kernel benchmarks: Lstm<float> forward (recorded and lean) and one training step on the four
// anchor configurations of docs/performance.md. Run: build/bin/lstmviz_benchmarks
#include <benchmark/benchmark.h>

#include <random>

#include "core/nn/lstm.h"
#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_jacobian.h"
#include "core/nn/memory_paths.h"

namespace lstmviz::core {
namespace {

struct BenchShape {
  int64_t n, l, in, h, layers;
};
constexpr BenchShape kShapes[] = {
    {20, 7, 5, 50, 1}, {32, 50, 5, 64, 1}, {128, 28, 28, 256, 3}, {64, 100, 512, 512, 1}};

struct Setup {
  explicit Setup(const BenchShape& s) : lstm(config(s)), x({s.n, s.l, s.in}) {
    lstm.resetParameters(0);
    std::mt19937_64 rng(1);
    std::normal_distribution<float> normal;
    for (float& v : x.data) v = normal(rng);
  }
  static LstmConfig config(const BenchShape& s) {
    LstmConfig c;
    c.inputSize = s.in;
    c.hiddenSize = s.h;
    c.numLayers = s.layers;
    c.batchFirst = true;
    return c;
  }
  Lstm<float> lstm;
  Tensor<float> x;
  LstmTrace<float> trace;
};

void forward(benchmark::State& state, bool record) {
  Setup s(kShapes[state.range(0)]);
  TraceOptions options;
  options.recordPreActivations = record;
  options.recordGradients = record;
  for (auto _ : state)
    benchmark::DoNotOptimize(s.lstm.forward(s.x, s.trace, nullptr, nullptr, options));
}

void BM_ForwardRecorded(benchmark::State& state) { forward(state, true); }
void BM_ForwardLean(benchmark::State& state) { forward(state, false); }

void BM_TrainStep(benchmark::State& state) {
  Setup s(kShapes[state.range(0)]);
  TraceOptions options;
  options.recordPreActivations = false;
  options.recordGradients = false;
  LstmGradients<float> grads;
  Tensor<float> ones;
  for (auto _ : state) {
    LstmOutput<float> out = s.lstm.forward(s.x, s.trace, nullptr, nullptr, options);
    if (ones.shape != out.output.shape) ones = Tensor<float>(out.output.shape, 1.0f);
    s.lstm.backward(s.trace, &ones, nullptr, nullptr, grads);
    benchmark::DoNotOptimize(grads.parameters.data());
  }
}

// Issue 16's what-if budgets at H = 64, L = 100, N = 8, H_in = 4: an edited recorded forward
// (< 16 ms) and one sample's connectivity matrix (< 100 ms). lstmviz-cli bench --whatif times the
// same (whatif_benchmark.h).
constexpr BenchShape kWhatIfShape{8, 100, 4, 64, 1};

void BM_EditedForward(benchmark::State& state) {
  Setup s(kWhatIfShape);
  Lstm<float> edited(s.lstm.config());
  LstmEdits edits;
  edits.values.push_back(parseValueEdit("weight_hh_l0[1,0]=0.5"));
  edits.clamps.push_back(parseGateClamp("f@l0:u0:t0-50=1"));
  Tensor<float> editedInput;
  std::optional<LstmState<float>> editedInitial;
  for (auto _ : state)
    benchmark::DoNotOptimize(forwardWithEdits(s.lstm, edits, s.x, nullptr, nullptr, s.trace, {},
                                              edited, editedInput, editedInitial));
}

void BM_SampleConnectivity(benchmark::State& state) {
  Setup s(kWhatIfShape);
  for (auto _ : state) {
    const Tensor<float> jacobian = lstmSampleJacobianForward(s.lstm, s.x, nullptr, nullptr, 0);
    benchmark::DoNotOptimize(connectivity(jacobian));
  }
}

BENCHMARK(BM_EditedForward)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SampleConnectivity)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForwardRecorded)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ForwardLean)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TrainStep)->DenseRange(0, 3)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace lstmviz::core

BENCHMARK_MAIN();
