// Gradient checks in double: every analytic gradient of Lstm<double>::backward against centred
// finite differences of the scalar loss  Σ output⊙G_out + Σ h_n⊙G_h + Σ c_n⊙G_c
// with random upstream gradients G, for each flag of nn.LSTM.
#include <gtest/gtest.h>

#include <random>

#include "core/nn/lstm.h"
#include "core/nn/thread_budget.h"

namespace lstmviz::core {
namespace {

struct GradCase {
  const char* name;
  LstmConfig config;
  int64_t batch;
  int64_t steps;
  bool unbatched = false;
  bool withInitialState = false;
  std::vector<int64_t> lengths = {};
  bool training = false;  // dropout on, fixed mask seed
  int threads = 0;        // > 0: the thread budget of this case (the kernels split the batch)
};

// The calling thread's budget for a scope (unchanged for threads = 0).
class ThreadCount {
 public:
  explicit ThreadCount(int threads) : budget_(threads > 0 ? threads : ThreadBudget::current()) {}

 private:
  ThreadBudget budget_;
};

Tensor<double> randomTensor(const Shape& shape, std::mt19937_64& rng) {
  std::normal_distribution<double> normal(0.0, 1.0);
  Tensor<double> t(shape);
  for (double& v : t.data) v = normal(rng);
  return t;
}

class LstmGradCheck : public ::testing::TestWithParam<GradCase> {};

TEST_P(LstmGradCheck, AnalyticGradientsMatchFiniteDifferences) {
  const GradCase& gc = GetParam();
  const ThreadCount threads(gc.threads);
  std::mt19937_64 rng(7);
  Lstm<double> lstm(gc.config);
  lstm.resetParameters(3);
  // Larger weights than the default make every gate pathway matter in the check.
  for (double& p : lstm.parameters()) p *= 2.0;
  const LstmConfig& c = gc.config;
  const int64_t count = c.numDirections() * c.numLayers;
  Shape inputShape = gc.unbatched   ? Shape{gc.steps, c.inputSize}
                     : c.batchFirst ? Shape{gc.batch, gc.steps, c.inputSize}
                                    : Shape{gc.steps, gc.batch, c.inputSize};
  Tensor<double> input = randomTensor(inputShape, rng);
  auto stateShape = [&](int64_t w) {
    return gc.unbatched ? Shape{count, w} : Shape{count, gc.batch, w};
  };
  LstmState<double> state{randomTensor(stateShape(c.outputSize()), rng),
                          randomTensor(stateShape(c.hiddenSize), rng)};
  const LstmState<double>* initial = gc.withInitialState ? &state : nullptr;
  const std::vector<int64_t>* lengths = gc.lengths.empty() ? nullptr : &gc.lengths;
  TraceOptions options;
  options.training = gc.training;
  options.dropoutSeed = 11;

  LstmTrace<double> trace;
  LstmOutput<double> out = lstm.forward(input, trace, initial, lengths, options);
  Tensor<double> gOut = randomTensor(out.output.shape, rng);
  Tensor<double> gH = randomTensor(out.hN.shape, rng);
  Tensor<double> gC = randomTensor(out.cN.shape, rng);
  LstmGradients<double> grads;
  lstm.backward(trace, &gOut, &gH, &gC, grads);

  auto loss = [&]() {
    LstmTrace<double> t;
    LstmOutput<double> o = lstm.forward(input, t, initial, lengths, options);
    double s = 0;
    for (int64_t i = 0; i < o.output.numel(); ++i) s += o.output.data[i] * gOut.data[i];
    for (int64_t i = 0; i < o.hN.numel(); ++i) s += o.hN.data[i] * gH.data[i];
    for (int64_t i = 0; i < o.cN.numel(); ++i) s += o.cN.data[i] * gC.data[i];
    return s;
  };
  const double eps = 1e-6;
  auto check = [&](std::vector<double>& values, const std::vector<double>& analytic,
                   const std::string& what) {
    ASSERT_EQ(values.size(), analytic.size()) << what;
    for (size_t i = 0; i < values.size(); ++i) {
      const double saved = values[i];
      values[i] = saved + eps;
      const double up = loss();
      values[i] = saved - eps;
      const double down = loss();
      values[i] = saved;
      const double numeric = (up - down) / (2 * eps);
      ASSERT_NEAR(analytic[i], numeric, 1e-6 * (1 + std::abs(numeric)))
          << gc.name << ": " << what << "[" << i << "]";
    }
  };
  for (const auto& spec : lstm.specs()) {
    std::vector<double> analytic(grads.parameters.begin() + spec.offset,
                                 grads.parameters.begin() + spec.offset + spec.size());
    // Perturb each parameter in place in the flat buffer.
    for (int64_t i = 0; i < spec.size(); ++i) {
      double& p = lstm.parameters()[spec.offset + i];
      const double saved = p;
      p = saved + eps;
      const double up = loss();
      p = saved - eps;
      const double down = loss();
      p = saved;
      const double numeric = (up - down) / (2 * eps);
      ASSERT_NEAR(analytic[i], numeric, 1e-6 * (1 + std::abs(numeric)))
          << gc.name << ": " << spec.name << "[" << i << "]";
    }
  }
  check(input.data, grads.input.data, "input");
  if (gc.withInitialState) {
    check(state.h.data, grads.h0.data, "h_0");
    check(state.c.data, grads.c0.data, "c_0");
  }
}

LstmConfig cfg(int64_t in, int64_t hidden, int64_t layers = 1, bool bidir = false, int64_t proj = 0,
               bool bias = true, bool batchFirst = false, double dropout = 0) {
  LstmConfig c;
  c.inputSize = in;
  c.hiddenSize = hidden;
  c.numLayers = layers;
  c.bidirectional = bidir;
  c.projSize = proj;
  c.bias = bias;
  c.batchFirst = batchFirst;
  c.dropout = dropout;
  return c;
}

INSTANTIATE_TEST_SUITE_P(
    EveryFlag, LstmGradCheck,
    ::testing::Values(GradCase{"one_layer", cfg(3, 4), 2, 4},
                      GradCase{"two_layers", cfg(3, 4, 2), 2, 3},
                      GradCase{"three_layers", cfg(2, 3, 3), 2, 3},
                      GradCase{"bidirectional", cfg(3, 4, 1, true), 2, 4},
                      GradCase{"bidirectional_two_layers", cfg(3, 3, 2, true), 2, 3},
                      GradCase{"projection", cfg(3, 5, 1, false, 2), 2, 4},
                      GradCase{"projection_bidirectional_two_layers", cfg(2, 4, 2, true, 3), 2, 3},
                      GradCase{"no_bias", cfg(3, 4, 2, false, 0, false), 2, 3},
                      GradCase{"batch_first", cfg(3, 4, 1, true, 0, true, true), 3, 4},
                      GradCase{"unbatched", cfg(3, 4, 2, true), 1, 4, true},
                      GradCase{"initial_state", cfg(3, 4, 2, true, 2), 2, 3, false, true},
                      GradCase{"unbatched_initial_state", cfg(3, 4, 1, false, 2), 1, 3, true, true},
                      GradCase{"lengths", cfg(3, 4), 3, 5, false, true, {5, 2, 3}},
                      GradCase{"lengths_bidirectional_two_layers_proj",
                               cfg(2, 4, 2, true, 3, true, true),
                               3,
                               4,
                               false,
                               true,
                               {1, 4, 2}},
                      GradCase{"dropout_training",
                               cfg(3, 4, 3, true, 0, true, false, 0.4),
                               2,
                               3,
                               false,
                               false,
                               {},
                               true},
                      // 17 packed sequences on two threads: an uneven split of the batch.
                      GradCase{"wide_batch_two_threads",
                               cfg(2, 3, 2, true, 2),
                               17,
                               4,
                               false,
                               true,
                               {4, 1, 3, 2, 4, 4, 1, 2, 3, 4, 2, 1, 4, 3, 2, 4, 1},
                               false,
                               2}),
    [](const ::testing::TestParamInfo<GradCase>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace lstmviz::core
