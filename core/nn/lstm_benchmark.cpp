#include "core/nn/lstm_benchmark.h"

#include <Eigen/Core>
#include <algorithm>
#include <chrono>
#include <functional>
#include <random>
#include <vector>

#include "core/common/error.h"
#include "core/nn/lstm.h"
#include "core/nn/matrix_product.h"
#include "core/nn/thread_budget.h"

namespace lstmviz::core {

double medianMs(const std::function<void()>& fn, int reps, int warmups) {
  for (int w = 0; w < warmups; ++w) fn();
  std::vector<double> times;
  for (int r = 0; r < reps; ++r) {
    const auto start = std::chrono::steady_clock::now();
    fn();
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

double sgemmGflops(GemmKernel kernel, int64_t size, int reps) {
  using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
  const Matrix a = Matrix::Random(size, size), b = Matrix::Random(size, size);
  Matrix c(size, size);
  const double ms =
      medianMs([&] { multiply(operandOf(a), operandOf(b), operandOf(c), false, kernel); }, reps, 2);
  return 2.0 * static_cast<double>(size) * size * size / (ms * 1e6);
}

double lstmForwardFlops(const LstmConfig& c, int64_t batch, int64_t seqLen) {
  double flops = 0;
  for (int64_t k = 0; k < c.numLayers; ++k) {
    double perDirection =
        2.0 * batch * seqLen * 4 * c.hiddenSize * (c.layerInputSize(k) + c.outputSize());
    if (c.projSize > 0) perDirection += 2.0 * batch * seqLen * c.projSize * c.hiddenSize;
    flops += perDirection * c.numDirections();
  }
  return flops;
}

LstmBenchmarkResult benchmarkLstm(const LstmBenchmarkSpec& spec) {
  if (spec.batch < 1 || spec.seqLen < 1 || spec.reps < 1)
    throw ShapeError("bench needs batch, seq-len and reps of at least 1");
  LstmConfig config = spec.config;
  config.batchFirst = true;
  Lstm<float> lstm(config);
  lstm.resetParameters(0);
  LstmTrace<float> recorded, lean, training;
  TraceOptions full;
  // The recorded trace is the largest buffer: sizing it first refuses an oversized benchmark
  // with its size (ResourceError) before the input is allocated.
  recorded.allocate(config, spec.batch, spec.seqLen, full);
  std::mt19937_64 rng(1);
  std::normal_distribution<float> normal;
  Tensor<float> x({spec.batch, spec.seqLen, config.inputSize});
  for (float& v : x.data) v = normal(rng);

  TraceOptions noRecord;
  noRecord.recordPreActivations = false;
  noRecord.recordGradients = false;
  TraceOptions train = noRecord;
  train.training = true;

  LstmBenchmarkResult r;
  r.threads = ThreadBudget::current();
  r.forwardMs = medianMs([&] { lstm.forward(x, recorded, nullptr, nullptr, full); }, spec.reps, 2);
  r.forwardNoRecordMs =
      medianMs([&] { lstm.forward(x, lean, nullptr, nullptr, noRecord); }, spec.reps, 2);
  LstmGradients<float> grads;
  Tensor<float> ones;
  r.trainStepMs = medianMs(
      [&] {
        LstmOutput<float> out = lstm.forward(x, training, nullptr, nullptr, train);
        if (ones.shape != out.output.shape) ones = Tensor<float>(out.output.shape, 1.0f);
        lstm.backward(training, &ones, nullptr, nullptr, grads);
      },
      spec.reps, 2);
  r.gflops = 3.0 * lstmForwardFlops(config, spec.batch, spec.seqLen) / (r.trainStepMs * 1e6);
  r.traceBytes = LstmTrace<float>::bytesFor(config, spec.batch, spec.seqLen, train);
  r.bytesPerUnitStep =
      static_cast<double>(r.traceBytes) /
      (config.numLayers * config.numDirections() * spec.seqLen * spec.batch * config.hiddenSize);
  return r;
}

}  // namespace lstmviz::core
