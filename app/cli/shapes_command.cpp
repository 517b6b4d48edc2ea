#include "app/cli/shapes_command.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/cli_support.h"

namespace lstmviz::cli {

namespace {

std::string pythonBool(bool value) { return value ? "True" : "False"; }

std::string configLine(const core::LstmConfig& c) {
  std::ostringstream s;
  s << "nn.LSTM(input_size=" << c.inputSize << ", hidden_size=" << c.hiddenSize
    << ", num_layers=" << c.numLayers << ", bias=" << pythonBool(c.bias)
    << ", batch_first=" << pythonBool(c.batchFirst) << ", dropout=" << c.dropout
    << ", bidirectional=" << pythonBool(c.bidirectional) << ", proj_size=" << c.projSize << ")";
  return s.str();
}

std::string lettersLine(const core::ShapeQuery& q) {
  const core::LstmConfig& c = q.config;
  std::ostringstream s;
  if (q.unbatched)
    s << "unbatched (no N axis)";
  else
    s << "N=" << q.batch;
  s << "  L=" << q.seqLen << "  D=" << c.numDirections() << "  H_in=" << c.inputSize
    << "  H=" << c.hiddenSize << "  H_out=" << c.outputSize();
  if (c.projSize > 0) s << "  P=" << c.projSize;
  return s.str();
}

std::string axesTuple(const std::vector<std::string>& axes) {
  std::string out = "(";
  for (size_t i = 0; i < axes.size(); ++i) out += (i ? ", " : "") + axes[i];
  return out + (axes.size() == 1 ? ",)" : ")");
}

}  // namespace

CLI::App* addShapesCommand(CLI::App& app, ShapesOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "shapes", "Print the shape of every nn.LSTM tensor and what each axis means");
  core::LstmConfig& c = options.query.config;
  cmd->add_option("--input-size", c.inputSize, "H_in: features per step")->required();
  cmd->add_option("--hidden-size", c.hiddenSize, "H: units of the cell state")->required();
  cmd->add_option("--num-layers", c.numLayers, "stacked LSTM layers")->capture_default_str();
  cmd->add_flag_callback(
      "--no-bias", [&c] { c.bias = false; }, "no bias_ih / bias_hh parameters");
  cmd->add_flag("--batch-first", c.batchFirst, "input and output are (N, L, features)");
  cmd->add_flag("--bidirectional", c.bidirectional, "add a reverse direction (D = 2)");
  cmd->add_option("--proj-size", c.projSize, "P: project h_t to P features (0 = off)")
      ->capture_default_str();
  cmd->add_option("--dropout", c.dropout, "dropout between layers (training only)")
      ->capture_default_str();
  CLI::Option* batch = cmd->add_option("--batch", options.query.batch, "N: sequences per batch")
                           ->capture_default_str();
  CLI::Option* unbatched =
      cmd->add_flag("--unbatched", options.query.unbatched, "one sequence, input (L, H_in)");
  batch->excludes(unbatched);
  cmd->add_option("--seq-len", options.query.seqLen, "L: steps per sequence")
      ->capture_default_str();
  cmd->add_flag("--json", options.json, "print {name: shape} as one JSON object");
  return cmd;
}

std::string formatShapeTable(const core::ShapeQuery& query) {
  const std::vector<core::ShapeRow> rows = core::describeShapes(query);
  std::vector<std::string> shapes, axes;
  size_t nameWidth = 4, shapeWidth = 5, axesWidth = 4, meaningWidth = 7;  // the titles' widths
  for (const core::ShapeRow& row : rows) {
    meaningWidth = std::max(meaningWidth, row.meaning.size());
    shapes.push_back(core::shapeToString(row.shape));
    axes.push_back(axesTuple(row.axes));
    nameWidth = std::max(nameWidth, row.name.size());
    shapeWidth = std::max(shapeWidth, shapes.back().size());
    axesWidth = std::max(axesWidth, axes.back().size());
  }
  std::ostringstream out;
  auto line = [&](const std::string& name, const std::string& shape, const std::string& ax,
                  const std::string& meaning) {
    out << name << std::string(nameWidth + 2 - name.size(), ' ') << shape
        << std::string(shapeWidth + 2 - shape.size(), ' ') << ax
        << std::string(axesWidth + 2 - ax.size(), ' ') << meaning << "\n";
  };
  out << configLine(query.config) << "\n" << lettersLine(query) << "\n\n";
  line("name", "shape", "axes", "meaning");
  const size_t total = nameWidth + shapeWidth + axesWidth + 3 * 2 + meaningWidth;  // 2 gaps
  out << std::string(total, '-') << "\n";
  bool inParameters = false;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].isParameter && !inParameters) {
      out << std::string(total, '-') << "\n";
      inParameters = true;
    }
    line(rows[i].name, shapes[i], axes[i], rows[i].meaning);
  }
  out << std::string(total, '-') << "\n";
  out << "parameters: " << core::lstmParameterCount(query.config) << "\n";
  return out.str();
}

std::string formatShapeJson(const core::ShapeQuery& query) {
  // One key per line, each shape on one line: {"input": [5, 3, 10], ...}.
  std::string out = "{";
  const std::vector<core::ShapeRow> rows = core::describeShapes(query);
  for (size_t i = 0; i < rows.size(); ++i) {
    out += (i ? ",\n  " : "\n  ") + nlohmann::json(rows[i].name).dump() + ": " +
           nlohmann::json(rows[i].shape).dump();
  }
  return out + "\n}\n";
}

void runShapes(const ShapesOptions& options, std::ostream& out) {
  const core::LstmConfig& c = options.query.config;
  c.validate();
  if (c.dropout > 0 && c.numLayers == 1) {
    std::ostringstream s;
    s << "dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
         "expects num_layers greater than 1, but got dropout="
      << c.dropout << " and num_layers=" << c.numLayers;
    printWarning(s.str());
  }
  out << (options.json ? formatShapeJson(options.query) : formatShapeTable(options.query));
}

}  // namespace lstmviz::cli
