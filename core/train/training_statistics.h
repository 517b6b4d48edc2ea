#pragma once
// Statistics the dashboard draws, computed from what the model already holds: histograms of
// every parameter's values and gradients (LSTM matrices and biases split into their gate blocks
// i, f, g, o — four consecutive row blocks of H rows each), and the norms of the BPTT gradients
// recorded in an LstmTrace.
#include <span>
#include <string>
#include <vector>

#include "core/nn/lstm_trace.h"
#include "core/nn/model.h"
#include "core/train/training_snapshot.h"

namespace lstmviz::core {

// True for an LSTM parameter whose rows are the four gate blocks (weight_ih/hh, bias_ih/hh).
bool hasGateBlocks(const std::string& parameterName);

// Histogram of the finite values of data in `bins` equal bins over [min, max]; counts zeros,
// NaNs and infinities separately. Requires: bins ≥ 1.
Histogram makeHistogram(std::span<const float> data, int bins);

// Histograms of values and gradients of every parameter, gate-split where hasGateBlocks.
std::vector<Histogram> parameterHistograms(const std::vector<ParameterRef<float>>& parameters,
                                           int bins, int64_t epoch);

// Mean over samples of ‖dL/dh_t‖ and ‖dL/dc_t‖ per (layer·D + direction) and step, from a trace
// whose backward has run (dCell needs TraceOptions::recordGradients). Inactive (padded) steps
// count as zero.
GradientsThroughTime gradientNormsThroughTime(const LstmTrace<float>& trace, int64_t epoch);

}  // namespace lstmviz::core
