#pragma once
// The what-if half of `lstmviz-cli forward`: --edit / --clamp / --knockout (the text syntax of
// core/nn/lstm_edits.h), --jacobian and --torch-code, kept beside forward_command.cpp.
#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/io/lstm_import.h"
#include "core/nn/lstm_edits.h"

namespace lstmviz::cli {

struct WhatIfOptions {
  std::vector<std::string> edits;      // "weight_hh_l0[5,3]=0.25", "x[0,2,1]=1.5", "h0[0,0,3]=0.1"
  std::vector<std::string> clamps;     // "f@l0:u3:t2-7=1.0"
  std::vector<std::string> knockouts;  // "l0:u5"
  bool jacobian = false;               // write jacobian (N, L, D·H_out, L, H_in)
  std::string jacobianMode = "reverse";  // "reverse" (the core's backward) or "forward"
  std::string torchCodePath;             // write the runnable PyTorch script of the same run
};

// Registers the flags on the forward subcommand (bound to options, which must outlive cmd).
void addWhatIfFlags(CLI::App& cmd, WhatIfOptions& options);

// The edits of the flags, in flag order within each kind. Throws core::EditError naming the text
// that does not parse.
core::LstmEdits parseWhatIfEdits(const WhatIfOptions& options);

// A self-contained Python script (torch 1.13+, plus numpy for .npy/.npz input) that loads the
// same weights and input files, makes the same edits (core::torchCodeForEdits) and runs the
// forward; `python3 FILE OUT.safetensors` writes output, h_n and c_n to OUT.
std::string forwardTorchScript(const core::LstmImport<float>& imported,
                               const std::string& weightsPath, const std::string& inputPath,
                               const core::LstmEdits& edits, const core::Shape& inputShape,
                               const std::string& commandLine);

}  // namespace lstmviz::cli
