#pragma once
// `lstmviz-cli compare-forecasters`: trains the four multi-step forecasters of
// core/train/forecaster_comparison.h on one series and horizon and prints their validation error
// per horizon step side by side (or, with --json, {"horizon", "data", "forecasters": [{"name",
// "description", "step_error": [K], "mean_error"}]}).
#include <CLI/CLI.hpp>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

namespace lstmviz::cli {

struct CompareOptions {
  std::string dataset = "sine";
  std::string csvPath;
  std::string target;
  int64_t horizon = 5;
  int64_t window = 20;
  int64_t hiddenSize = 16;
  int64_t epochs = 10;
  int64_t batchSize = 32;
  double lr = 0.01;
  std::string optimizer = "adam";
  uint64_t seed = 0;
  bool noShuffle = false;
  bool json = false;
};

// Registers the subcommand and its flags (bound to options, which must outlive app).
CLI::App* addCompareCommand(CLI::App& app, CompareOptions& options);

// Trains the models and writes the table (or the JSON) to out. Throws core::Error for a dataset
// that cannot be compared or invalid settings.
void runCompare(const CompareOptions& options, std::ostream& out);

}  // namespace lstmviz::cli
