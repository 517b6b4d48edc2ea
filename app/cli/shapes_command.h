#pragma once
// `lstmviz-cli shapes`: the shape of every tensor of an nn.LSTM call, with what each axis means.
#include <CLI/CLI.hpp>
#include <ostream>
#include <string>

#include "core/nn/shape_table.h"

namespace lstmviz::cli {

struct ShapesOptions {
  core::ShapeQuery query;
  bool json = false;
};

// Registers the subcommand and its flags (bound to options, which must outlive app).
CLI::App* addShapesCommand(CLI::App& app, ShapesOptions& options);

// Prints the table (or, with options.json, one JSON object {name: [shape...]}) to out, torch's
// dropout warning to stderr. Throws core::ShapeError for an invalid configuration.
void runShapes(const ShapesOptions& options, std::ostream& out);

// The aligned table: a header with the configuration and letters, then one row per tensor
// (name, shape, axes, meaning), parameters after a separator, then the parameter count.
std::string formatShapeTable(const core::ShapeQuery& query);
// {"input": [L, N, H_in], ..., "weight_ih_l0": [4H, H_in], ...} in describeShapes' order.
std::string formatShapeJson(const core::ShapeQuery& query);

}  // namespace lstmviz::cli
