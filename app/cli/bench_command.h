#pragma once
// `lstmviz-cli bench`: times forward and one training step (forward + backward to every
// parameter gradient, loss = sum(output)) in-process after a warm-up — the step
// ../shared/anchors/torch_lstm_bench.py times for torch.nn.LSTM. Medians of --reps runs.
#include <CLI/CLI.hpp>
#include <ostream>

#include "core/nn/lstm_benchmark.h"
#include "core/nn/whatif_benchmark.h"

namespace lstmviz::cli {

struct BenchOptions {
  core::LstmBenchmarkSpec spec;
  int threads = 0;  // 0: one per core
  bool json = false;
  bool eigenSgemm = false;  // also time the 2048² product, Eigen's kernel and the chosen one
  bool whatIf = false;      // time the what-if lab and the Memory view instead (whatif_benchmark.h)
};

// Registers the subcommand and its flags (bound to options, which must outlive app).
CLI::App* addBenchCommand(CLI::App& app, BenchOptions& options);

// Runs the benchmark and prints a summary (or, with --json, {"forward_ms", "train_step_ms",
// "gflops", "threads", ...}). Throws core::Error for invalid sizes or thread counts.
void runBench(const BenchOptions& options, std::ostream& out);

}  // namespace lstmviz::cli
