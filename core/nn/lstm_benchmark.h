#pragma once
// In-process timing of Lstm<float>: forward (with and without recording) and one training step
// (forward + backward to every parameter gradient with loss = sum(output)), the same step as
// ../shared/anchors/torch_lstm_bench.py times for torch.nn.LSTM. Medians after a warm-up.
#include <cstdint>
#include <functional>

#include "core/nn/gemm_kernel.h"
#include "core/nn/lstm_config.h"

namespace lstmviz::core {

struct LstmBenchmarkSpec {
  LstmConfig config;  // batch_first is forced on, as in the torch anchor
  int64_t batch = 32;
  int64_t seqLen = 50;
  int reps = 20;
};

struct LstmBenchmarkResult {
  double forwardMs = 0;          // forward with full recording (pre-activations kept)
  double forwardNoRecordMs = 0;  // forward keeping only what backward needs
  double trainStepMs = 0;        // forward (training trace) + backward
  double gflops = 0;             // 3 × forward FLOPs / trainStepMs
  int threads = 1;               // threads the matrix products may use
  int64_t traceBytes = 0;        // bytes of the training trace
  // Bytes per (layer · direction · step · sample · hidden unit) of the training trace.
  double bytesPerUnitStep = 0;
};

// FLOPs of one forward pass counted as the torch anchor does: 2·N·L·4H·(in + H_out) per layer
// and direction (the two GEMMs), plus the projection 2·N·L·P·H when P > 0.
double lstmForwardFlops(const LstmConfig& config, int64_t batch, int64_t seqLen);

// The median wall time of fn over `reps` timed calls, in milliseconds, after `warmups` untimed
// calls (the benchmarks' one timer).
double medianMs(const std::function<void()>& fn, int reps, int warmups);

// Throws ShapeError for an invalid spec.
LstmBenchmarkResult benchmarkLstm(const LstmBenchmarkSpec& spec);

// GFLOP/s of the float product C = A·B of size×size matrices (2·size³ FLOPs, median of `reps`)
// as the LSTM's large products run it (core/nn/matrix_product.h: split between the calling
// thread's budget, each slice one single-threaded GEMM) with `kernel`'s slices: kEigen gives
// Eigen's own rate, the process's gemmChoice() the rate of the products lstmviz runs — the
// ceiling of the LSTM's train step in this build, to set beside a BLAS's sgemm on the same CPU.
double sgemmGflops(GemmKernel kernel, int64_t size = 2048, int reps = 9);

}  // namespace lstmviz::core
