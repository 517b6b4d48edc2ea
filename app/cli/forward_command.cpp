#include "app/cli/forward_command.h"

#include <cstdio>
#include <optional>

#include "app/cli/cli_support.h"
#include "core/common/error.h"
#include "core/common/non_finite.h"
#include "core/io/atomic_file.h"
#include "core/io/input_batch.h"
#include "core/io/lstm_import.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_jacobian.h"
#include "core/nn/trace_export.h"

namespace lstmviz::cli {

namespace {

std::string boolText(bool value) { return value ? "true" : "false"; }

void addConfigMetadata(const core::LstmConfig& c, bool unbatched, core::SafetensorsWriter& out) {
  out.setMetadata("input_size", std::to_string(c.inputSize));
  out.setMetadata("hidden_size", std::to_string(c.hiddenSize));
  out.setMetadata("num_layers", std::to_string(c.numLayers));
  out.setMetadata("proj_size", std::to_string(c.projSize));
  out.setMetadata("bias", boolText(c.bias));
  out.setMetadata("batch_first", boolText(c.batchFirst));
  out.setMetadata("bidirectional", boolText(c.bidirectional));
  out.setMetadata("unbatched", boolText(unbatched));
}

// An upstream gradient from the input file, checked against the tensor it belongs to (backward
// requires equal shapes); nullopt (zeros) when absent.
std::optional<core::Tensor<float>> upstreamGradient(const core::SafetensorsFile& file,
                                                    const std::string& name, const std::string& of,
                                                    const core::Shape& shape) {
  std::optional<core::Tensor<float>> grad = optionalFloat(file, name);
  if (grad) requireSameShape(file.source() + ": " + name, grad->shape, of, shape);
  return grad;
}

// The part of the LSTM's result a head reads (head_kind.h), row-major:
//   last  output[:, -1] | output[-1]   (N, D·H_out), unbatched (D·H_out)
//   hn    h_n[-1]                      (N, H_out),   unbatched (H_out)
//   mean  output averaged over steps   (N, D·H_out), unbatched (D·H_out)
//   seq   output                       its own shape
core::Tensor<float> headInput(const std::string& kind, const core::LstmOutput<float>& out,
                              bool batchFirst) {
  if (kind == "seq") return out.output;
  if (kind == "hn") {
    const core::Shape& s = out.hN.shape;  // (D·layers, N, H_out) or (D·layers, H_out)
    const int64_t rows = s[0], per = out.hN.numel() / rows;
    core::Shape shape(s.begin() + 1, s.end());
    return core::Tensor<float>(shape,
                               std::vector<float>(out.hN.data.end() - per, out.hN.data.end()));
  }
  const core::Shape& s = out.output.shape;
  const bool unbatched = s.size() == 2;
  const int64_t width = s.back();
  const int64_t steps = unbatched ? s[0] : (batchFirst ? s[1] : s[0]);
  const int64_t batch = unbatched ? 1 : (batchFirst ? s[0] : s[1]);
  core::Tensor<float> picked(unbatched ? core::Shape{width} : core::Shape{batch, width});
  for (int64_t n = 0; n < batch; ++n)
    for (int64_t t = 0; t < steps; ++t) {
      if (kind == "last" && t != steps - 1) continue;
      const int64_t row = unbatched ? t : (batchFirst ? n * steps + t : t * batch + n);
      for (int64_t k = 0; k < width; ++k)
        picked.data[n * width + k] += out.output.data[row * width + k];
    }
  if (kind == "mean")
    for (float& v : picked.data) v /= static_cast<float>(steps);
  return picked;
}

// --torch-code: the script of the same run (written atomically).
void writeTorchScript(const ForwardOptions& options, const core::LstmImport<float>& imported,
                      const core::LstmEdits& edits, const core::Shape& inputShape) {
  std::string command =
      "lstmviz-cli forward --weights " + options.weightsPath + " --input " + options.inputPath;
  for (const std::string& e : options.whatIf.edits) command += " --edit '" + e + "'";
  for (const std::string& e : options.whatIf.clamps) command += " --clamp '" + e + "'";
  for (const std::string& e : options.whatIf.knockouts) command += " --knockout '" + e + "'";
  const std::string script = forwardTorchScript(imported, options.weightsPath, options.inputPath,
                                                edits, inputShape, command);
  core::writeFileAtomically(options.whatIf.torchCodePath, std::string_view(script));
}

}  // namespace

CLI::App* addForwardCommand(CLI::App& app, ForwardOptions& options) {
  CLI::App* cmd = app.add_subcommand(
      "forward", "Run an nn.LSTM state_dict on an input; write output, h_n, c_n (safetensors)");
  cmd->add_option("--weights", options.weightsPath,
                  "state_dict (.safetensors) of an nn.LSTM, an nn.LSTMCell or an x2h/h2h cell "
                  "under any prefix (found by its keys)")
      ->required();
  cmd->add_option("--prefix", options.prefix,
                  "key prefix of the module to run when the state_dict holds several, e.g. "
                  "model.encoder.lstm.");
  cmd->add_option("--head", options.head,
                  "apply the Linear stored beside the LSTM (fc.*, linear.*, head.*, ...) to "
                  "output[:, -1] (last), h_n[-1] (hn), the mean over steps (mean) or every step "
                  "(seq); writes head_output")
      ->check(CLI::IsMember({"last", "hn", "mean", "seq"}));
  cmd->add_option("--input", options.inputPath,
                  "safetensors with input and optionally h_0, c_0, lengths (I64), and for "
                  "--backward grad_output, grad_h_n, grad_c_n; or NumPy: a .npy (the input) or "
                  "an .npz with input and optionally lengths, h_0, c_0")
      ->required();
  cmd->add_option("--out", options.outPath, "safetensors to write (atomically)")->required();
  cmd->add_flag("--batch-first", options.batchFirst,
                "input and output are (N, L, features) (also when the input file's metadata "
                "says batch_first \"true\")");
  cmd->add_flag("--trace", options.trace,
                "also write trace.l{k}[_reverse].{i,f,g,o,c,h}, each (N, L, width)");
  cmd->add_flag("--backward", options.backward,
                "also write grad.input, grad.h_0, grad.c_0 and grad.<parameter> of "
                "sum(output*grad_output) + sum(h_n*grad_h_n) + sum(c_n*grad_c_n)");
  addWhatIfFlags(*cmd, options.whatIf);
  return cmd;
}

void runForward(const ForwardOptions& options) {
  const core::LstmEdits edits = parseWhatIfEdits(options.whatIf);  // bad text before any file
  const core::SafetensorsFile weights = core::SafetensorsFile::read(options.weightsPath);
  // NumPy input (.npy: input only; .npz: input, lengths, h_0, c_0; no upstream gradients).
  const bool numpyInput =
      options.inputPath.ends_with(".npy") || options.inputPath.ends_with(".npz");
  std::optional<core::InputBatch> numpyBatch;
  if (numpyInput) numpyBatch = core::readInputBatch(options.inputPath);
  // For NumPy input, `inputs` is an empty file: metadata and upstream gradients read as absent.
  const core::SafetensorsFile inputs =
      numpyInput
          ? core::SafetensorsFile::parse(core::SafetensorsWriter().serialize(), options.inputPath)
          : core::SafetensorsFile::read(options.inputPath);
  auto layout = inputs.metadata().find("batch_first");
  const bool batchFirst =
      options.batchFirst || (layout != inputs.metadata().end() && layout->second == "true");
  const std::optional<std::string> prefix =
      options.prefix.empty() ? std::nullopt : std::optional<std::string>(options.prefix);
  core::LstmImport<float> imported = core::importLstm<float>(weights, batchFirst, prefix);
  const core::Lstm<float>& lstm = imported.lstm;
  core::requireFiniteParameters(lstm, weights.source());
  if (imported.kind != core::ImportedModuleKind::kLstm) {
    // What runs is the equivalent nn.LSTM: say which key became which parameter.
    std::string note = std::string("note: ") + core::importedModuleKindName(imported.kind) +
                       " under '" + imported.prefix + "' runs as the one-layer nn.LSTM(" +
                       std::to_string(lstm.config().inputSize) + ", " +
                       std::to_string(lstm.config().hiddenSize) + ") it equals:";
    for (const auto& [key, name] : imported.mapping) note += " " + name + " = " + key + ";";
    std::fprintf(stderr, "%s\n", note.c_str());
  }
  if (!options.head.empty() && imported.head) {
    const std::vector<float>& head = imported.head->parameters();
    const std::string problem = core::nonFiniteProblem(
        head.data(), head.size(), weights.source() + ": " + imported.headPrefix + "weight/bias");
    if (!problem.empty()) throw core::FileError(problem + "; head_output would be NaN");
  }
  if (!options.head.empty() && !imported.head)
    throw core::FileError(weights.source() + ": --head " + options.head +
                          " but no Linear head fits beside the LSTM" +
                          (imported.headNote.empty() ? std::string(" (none found: expected "
                                                                   "fc.*, linear.*, head.*, ...)")
                                                     : ": " + imported.headNote));

  core::Tensor<float> input;
  std::optional<core::LstmState<float>> initial;
  std::optional<std::vector<int64_t>> lengths;
  if (numpyBatch) {
    input = std::move(numpyBatch->input);
    initial = std::move(numpyBatch->initial);
    if (!numpyBatch->lengths.empty()) lengths = std::move(numpyBatch->lengths);
  } else {
    input =
        requireFloat(inputs, "input", "the LSTM input, (L, N, H_in), (N, L, H_in) or (L, H_in)");
    std::optional<core::Tensor<float>> h0 = optionalFloat(inputs, "h_0");
    std::optional<core::Tensor<float>> c0 = optionalFloat(inputs, "c_0");
    if (h0.has_value() != c0.has_value())
      throw core::FileError(inputs.source() + ": has " + (h0 ? "h_0" : "c_0") + " but not " +
                            (h0 ? "c_0" : "h_0") +
                            "; the initial state (h_0, c_0) is given as a pair or not at all");
    if (h0) initial = core::LstmState<float>{std::move(*h0), std::move(*c0)};
    lengths = optionalLengths(inputs);
  }

  core::TraceOptions traceOptions;
  traceOptions.recordPreActivations = false;
  traceOptions.recordGradients = false;
  // What-if: the script is written from the unedited files; then the edits change the weights,
  // the input and (h_0, c_0), and the clamps ride in the trace options (lstm_edits.h).
  core::checkEdits(edits, lstm.config(), input.shape);
  if (!options.whatIf.torchCodePath.empty())
    writeTorchScript(options, imported, edits, input.shape);
  core::applyParameterEdits(edits, imported.lstm);
  core::applyInputEdits(edits, lstm.config(), input, initial);
  traceOptions.clamps = edits.gateClamps();
  core::LstmTrace<float> trace;
  const core::LstmOutput<float> out = lstm.forward(input, trace, initial ? &*initial : nullptr,
                                                   lengths ? &*lengths : nullptr, traceOptions);

  core::SafetensorsWriter writer;
  addConfigMetadata(lstm.config(), trace.unbatched, writer);
  writer.add("output", out.output);
  writer.add("h_n", out.hN);
  writer.add("c_n", out.cN);
  if (!options.head.empty())
    writer.add("head_output", imported.head->forward(headInput(options.head, out, batchFirst)));
  if (options.trace)
    for (const auto& [name, tensor] : core::exportTrace(trace)) writer.add(name, tensor);
  if (options.whatIf.jacobian)
    writer.add("jacobian", core::lstmJacobian(lstm, input, initial ? &*initial : nullptr,
                                              lengths ? &*lengths : nullptr, traceOptions.clamps,
                                              options.whatIf.jacobianMode == "forward"
                                                  ? core::JacobianMode::kForward
                                                  : core::JacobianMode::kReverse));

  if (options.backward) {
    const auto gradOutput = upstreamGradient(inputs, "grad_output", "output", out.output.shape);
    const auto gradHN = upstreamGradient(inputs, "grad_h_n", "h_n", out.hN.shape);
    const auto gradCN = upstreamGradient(inputs, "grad_c_n", "c_n", out.cN.shape);
    core::LstmGradients<float> grads;
    lstm.backward(trace, gradOutput ? &*gradOutput : nullptr, gradHN ? &*gradHN : nullptr,
                  gradCN ? &*gradCN : nullptr, grads);
    writer.add("grad.input", grads.input);
    if (initial) {
      writer.add("grad.h_0", grads.h0);
      writer.add("grad.c_0", grads.c0);
    }
    for (const core::LstmParamSpec& spec : lstm.specs()) {
      const auto begin = grads.parameters.begin() + spec.offset;
      writer.add("grad." + spec.name,
                 core::Tensor<float>(spec.shape, std::vector<float>(begin, begin + spec.size())));
    }
  }
  writer.write(options.outPath);
}

}  // namespace lstmviz::cli
