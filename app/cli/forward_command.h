#pragma once
// `lstmviz-cli forward`: run an nn.LSTM state_dict on an input file, write output, final state,
// optionally the trace (gates and states per step) and the gradients of a given upstream
// gradient, all as safetensors.
#include <CLI/CLI.hpp>
#include <string>

#include "app/cli/forward_whatif.h"

namespace lstmviz::cli {

struct ForwardOptions {
  std::string weightsPath;  // nn.LSTM / nn.LSTMCell / x2h-h2h cell state_dict (lstm_import.h)
  std::string prefix;       // the module's key prefix when the file holds several; "" = found
  std::string inputPath;    // input, [h_0, c_0], [lengths (I64)], [grad_output, grad_h_n, grad_c_n]
  std::string outPath;
  bool batchFirst = false;  // not stored in a state_dict: the caller says how input is laid out
  bool trace = false;       // also write trace.l{k}[_reverse].{i,f,g,o,c,h}
  bool backward = false;    // also write grad.input, grad.h_0, grad.c_0, grad.<parameter>
  std::string head;         // "last", "hn", "mean" or "seq": apply the Linear found beside the
                            // LSTM to that part of the result and write head_output
  WhatIfOptions whatIf;     // --edit, --clamp, --knockout, --jacobian, --torch-code
};

// Registers the subcommand and its flags (bound to options, which must outlive app).
CLI::App* addForwardCommand(CLI::App& app, ForwardOptions& options);

// Runs the command. The layout is batch_first when --batch-first is given or the input file's
// metadata says batch_first "true" (as lstmviz.save writes it). Throws core::Error (FileError for
// unreadable / malformed files, ShapeError with torch's messages for shape mismatches).
void runForward(const ForwardOptions& options);

}  // namespace lstmviz::cli
