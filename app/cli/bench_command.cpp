#include "app/cli/bench_command.h"

#include <cstdio>
#include <nlohmann/json.hpp>
#include <thread>

#include "core/common/error.h"
#include "core/nn/gemm_kernel.h"
#include "core/nn/thread_budget.h"

namespace lstmviz::cli {

namespace {

void runWhatIfBench(const BenchOptions& options, std::ostream& out) {
  const core::WhatIfBenchmarkResult r = core::benchmarkWhatIf(options.spec);
  if (options.json) {
    nlohmann::json j{{"edit_forward_ms", r.editForwardMs},
                     {"edit_forward_backward_ms", r.editForwardBackwardMs},
                     {"plain_forward_ms", r.plainForwardMs},
                     {"sample_jacobian_ms", r.sampleJacobianMs},
                     {"connectivity_ms", r.connectivityMs},
                     {"threads", r.threads}};
    out << j.dump() << "\n";
    return;
  }
  char line[320];
  std::snprintf(line, sizeof line,
                "edit + forward %.3f ms (unedited forward %.3f ms), edit + forward + backward "
                "%.3f ms, one sample's Jacobian %.3f ms, its connectivity matrix %.3f ms, %d "
                "thread(s)\n",
                r.editForwardMs, r.plainForwardMs, r.editForwardBackwardMs, r.sampleJacobianMs,
                r.connectivityMs, r.threads);
  out << line;
}

}  // namespace

CLI::App* addBenchCommand(CLI::App& app, BenchOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "bench", "Time forward and one training step of an LSTM (batch_first input)");
  core::LstmBenchmarkSpec& s = options.spec;
  cmd->add_option("--batch", s.batch, "N: sequences per batch")->required();
  cmd->add_option("--seq-len", s.seqLen, "L: steps per sequence")->required();
  cmd->add_option("--input-size", s.config.inputSize, "H_in: features per step")->required();
  cmd->add_option("--hidden-size", s.config.hiddenSize, "H: units of the cell state")->required();
  cmd->add_option("--num-layers", s.config.numLayers, "stacked layers")->capture_default_str();
  cmd->add_flag("--bidirectional", s.config.bidirectional, "add a reverse direction");
  cmd->add_option("--proj-size", s.config.projSize, "P: projection size (0 = off)")
      ->capture_default_str();
  cmd->add_option("--threads", options.threads, "threads for matrix products (0 = one per core)")
      ->capture_default_str();
  cmd->add_option("--reps", s.reps, "timed repetitions (the median is reported)")
      ->capture_default_str();
  cmd->add_flag("--json", options.json, "print one JSON object");
  cmd->add_flag("--eigen-sgemm", options.eigenSgemm,
                "also time a 2048x2048 float product split between the same threads as the "
                "LSTM's large products are, with Eigen's kernel and with the one lstmviz chose "
                "(OpenBLAS' or Eigen's, printed): the ceiling of the LSTM's products");
  cmd->add_flag("--whatif", options.whatIf,
                "time the what-if lab instead: an edited forward (a weight, an input value, a "
                "clamp), with backward, and one sample's Jacobian and connectivity matrix");
  return cmd;
}

void runBench(const BenchOptions& options, std::ostream& out) {
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (options.threads < 0 || options.threads > cores)
    throw core::Error("--threads must be between 0 and the number of cores (" +
                      std::to_string(cores) + "), got " + std::to_string(options.threads));
  options.spec.config.validate();
  const core::ThreadBudget budget(options.threads == 0 ? cores : options.threads);
  if (options.whatIf) {
    runWhatIfBench(options, out);
    return;
  }
  const core::LstmBenchmarkResult r = core::benchmarkLstm(options.spec);
  if (options.json) {
    nlohmann::json j{{"forward_ms", r.forwardMs},
                     {"forward_no_record_ms", r.forwardNoRecordMs},
                     {"train_step_ms", r.trainStepMs},
                     {"gflops", r.gflops},
                     {"threads", r.threads},
                     {"trace_bytes", r.traceBytes},
                     {"bytes_per_unit_step", r.bytesPerUnitStep}};
    j["gemm"] = core::gemmChoice().description;
    if (options.eigenSgemm) {
      j["eigen_sgemm_gflops"] = core::sgemmGflops(core::GemmKernel::kEigen);
      j["product_sgemm_gflops"] = core::sgemmGflops(core::gemmChoice().kernel);
    }
    out << j.dump() << "\n";
    return;
  }
  char line[256];
  std::snprintf(line, sizeof line,
                "forward %.3f ms (without recording %.3f ms), train step %.3f ms, %.1f GFLOP/s, "
                "%d thread(s); training trace %.1f MiB, %.1f bytes per unit-step\n",
                r.forwardMs, r.forwardNoRecordMs, r.trainStepMs, r.gflops, r.threads,
                r.traceBytes / 1048576.0, r.bytesPerUnitStep);
  out << line << "large products: " << core::gemmChoice().description << "\n";
  if (options.eigenSgemm) {
    std::snprintf(line, sizeof line,
                  "2048x2048 float product: Eigen's kernel %.1f GFLOP/s, the chosen one %.1f "
                  "GFLOP/s\n",
                  core::sgemmGflops(core::GemmKernel::kEigen),
                  core::sgemmGflops(core::gemmChoice().kernel));
    out << line;
  }
}

}  // namespace lstmviz::cli
