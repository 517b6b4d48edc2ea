#include "app/cli/compare_command.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/train/forecaster_comparison.h"

namespace lstmviz::cli {

CLI::App* addCompareCommand(CLI::App& app, CompareOptions& o) {
  CLI::App* cmd = app.add_subcommand(
      "compare-forecasters",
      "Train four multi-step forecasters on one series; validation error per horizon step");
  cmd->add_option("--dataset", o.dataset, "sine (default), airline, anomalies or csv");
  cmd->add_option("--csv", o.csvPath, "CSV series (with --dataset csv)");
  cmd->add_option("--target", o.target, "CSV target column(s), comma-separated");
  cmd->add_option("--horizon", o.horizon, "K future steps (default 5)");
  cmd->add_option("--window", o.window, "L input steps (default 20)");
  cmd->add_option("--hidden-size", o.hiddenSize, "H of every LSTM (default 16)");
  cmd->add_option("--epochs", o.epochs, "epochs per model (default 10)");
  cmd->add_option("--batch-size", o.batchSize, "samples per batch (default 32)");
  cmd->add_option("--lr", o.lr, "learning rate (default 0.01)");
  cmd->add_option("--optimizer", o.optimizer, "sgd, adam (default), adamw or rmsprop");
  cmd->add_option("--seed", o.seed, "initialisation, shuffling and generated data (default 0)");
  cmd->add_flag("--no-shuffle", o.noShuffle, "keep the sample order");
  cmd->add_flag("--json", o.json, "print JSON instead of a table");
  return cmd;
}

void runCompare(const CompareOptions& o, std::ostream& out) {
  core::ExperimentConfig c;
  c.dataset = o.dataset;
  c.csvPath = o.csvPath;
  c.csvTarget = o.target;
  if (!o.csvPath.empty()) c.dataset = "csv";
  c.seqLen = o.window;
  c.horizon = o.horizon;
  c.lstm.hiddenSize = o.hiddenSize;
  c.init.seed = c.training.seed = o.seed;
  c.training.epochs = o.epochs;
  c.training.batchSize = o.batchSize;
  c.training.lr = o.lr;
  c.training.optimizer = core::parseOptimizerKind(o.optimizer);
  c.training.shuffle = !o.noShuffle;
  c.validate();
  const core::ForecasterComparison comparison = core::compareForecasters(c);

  if (o.json) {
    nlohmann::ordered_json j;
    j["horizon"] = comparison.horizon;
    j["data"] = comparison.data;
    j["forecasters"] = nlohmann::ordered_json::array();
    for (const core::ForecasterResult& r : comparison.results)
      j["forecasters"].push_back({{"name", r.name},
                                  {"description", r.description},
                                  {"step_error", r.stepError},
                                  {"mean_error", r.meanError}});
    out << j.dump(2) << "\n";
    return;
  }
  out << "validation MSE per horizon step (standardised units) on " << comparison.data << "\n";
  char cell[32];
  std::snprintf(cell, sizeof cell, "%-26s", "forecaster");
  out << cell;
  for (int64_t k = 1; k <= comparison.horizon; ++k) {
    std::snprintf(cell, sizeof cell, "%10s", ("t+" + std::to_string(k)).c_str());
    out << cell;
  }
  out << "      mean\n";
  for (const core::ForecasterResult& r : comparison.results) {
    std::snprintf(cell, sizeof cell, "%-26s", r.name.c_str());
    out << cell;
    for (double e : r.stepError) {
      std::snprintf(cell, sizeof cell, "%10.4f", e);
      out << cell;
    }
    std::snprintf(cell, sizeof cell, "%10.4f", r.meanError);
    out << cell << "\n";
  }
  out << "(slicing a many-to-many output[:, -K:] is not a forecast: those are the last K steps "
         "inside the window, already read)\n";
}

}  // namespace lstmviz::cli
