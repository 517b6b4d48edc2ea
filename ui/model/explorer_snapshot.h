#pragma once
// ExplorerSnapshot: one immutable, fully computed state that every explorer view draws — the
// experiment's settings, the example batch as nn.LSTM receives it in the chosen layout, the LSTM's
// parameters, its (output, h_n, c_n) and the whole recorded trace (every gate, cell and hidden
// value). Views hold a shared_ptr<const ExplorerSnapshot> and never see a half-updated state.
// Qt-free, so it can be built on any thread and tested without a window.
//
// The example batch: sample n, step t, feature f of
//   x[n, t, f] = s((n·stride + t + f·3) mod T),  s = the standardised built-in noisy sine
// i.e. N consecutive windows of the sine (stride 5), feature f lagged by 3f steps. In the tensor
// handed to nn.LSTM it is laid out (L, N, H_in) seq-first, (N, L, H_in) batch_first, or (L, H_in)
// unbatched (sample 0 only).
// With config.dataset "copy" or "adding" the example batch is instead the first N sequences of
// that task exactly as training draws them (loadExperimentData: the same generator, options and
// seed config.training.seed) — the copy task's one-hot symbols, delay and delimiter, the adding
// problem's values and markers —, featureNames are the task's ("symbol 3", "delimiter", "marker")
// and inputSource says which task (explorerInputSource). input_size must then equal the task's
// features (copy 10, adding 2): checkExplorerConfig refuses any other with torch's message.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/nn/lstm.h"
#include "core/nn/lstm_edits.h"
#include "core/nn/sequence_layout.h"

namespace lstmviz::ui {

struct ExplorerSnapshot {
  core::ExperimentConfig config;   // config.lstm is exactly the nn.LSTM that ran
  core::Lstm<float> lstm;          // its parameters (torch's flat order; lstm.specs() names them)
  core::Tensor<float> input;       // as fed to nn.LSTM: (L, N, H_in) | (N, L, H_in) | (L, H_in)
  std::vector<int64_t> lengths;    // true lengths (packing) or empty: every sample has L steps
  core::LstmOutput<float> result;  // output, h_n, c_n in torch's shapes for the layout
  core::LstmTrace<float> trace;    // gates i, f, g, o (and pre-activations), c_t, h_t per step
  // The input's feature names (a CSV's column names, in any language), H_in of them; empty for
  // the built-in example.
  std::vector<std::string> featureNames;
  // (h_0, c_0) the forward pass started from; nullopt: zeros (torch's default).
  std::optional<core::LstmState<float>> initial;
  std::string inputSource;  // the file or task (explorerInputSource) it came from; "": the sine
  std::string initialStateSource;  // the file h_0, c_0 came from; "": zeros
  // What-if (issue 16): the edits this run was computed with (core/nn/lstm_edits.h) — empty for
  // the model as it is — and, when there are edits, the unedited run the views draw as a ghost
  // beside this one. lstm, input, initial, result and trace then hold what actually ran (the
  // edited parameters and values, the clamped gates); original never has edits itself.
  core::LstmEdits edits;
  std::shared_ptr<const ExplorerSnapshot> original;

  explicit ExplorerSnapshot(const core::LstmConfig& c) : lstm(c) {}
  bool edited() const { return original != nullptr; }
  // The unedited run: original, or this snapshot when it has no edits.
  const ExplorerSnapshot& unedited() const { return original ? *original : *this; }
  int64_t batch() const { return config.unbatched ? 1 : config.batch; }  // N in the trace
  int64_t steps() const { return config.seqLen; }                        // L
  // The layout of input and output (batch_first, seq-first or unbatched): layout().at(output,
  // n, t, k) is sample n's step t, unit k.
  core::SequenceLayout layout() const {
    return {batch(), steps(), config.lstm.batchFirst, config.unbatched};
  }
};

// Everything buildExplorerSnapshot checks before computing, without computing: torch's rules for
// the nn.LSTM, the batch and sequence, the lengths, the count of lstmParameters (when given) and
// the trace's memory budget, and that config.whatIf's edits parse and fit. Cheap (no allocation, no
// forward pass), so the GUI thread can refuse a configuration before anything changes and leave the
// forward pass to a worker. The same throws as buildExplorerSnapshot; a snapshot can still fail to
// build past this check only for what needs the weights (an initialisation that comes out
// non-finite) or memory.
void checkExplorerConfig(const core::ExperimentConfig& config,
                         const std::vector<float>* lstmParameters = nullptr);

// Computes a snapshot (checkExplorerConfig first). With config.whatIf, the unedited run is
// computed first and the result is applyWhatIfEdits of it (config.whatIf in its canonical texts).
// lstmParameters, when given, replaces the seeded initialisation (imported weights, or the training
// model's latest weights) and must hold lstmParameterCount(config.lstm) values. Throws
// core::ShapeError / core::Error with torch's message for an invalid config (e.g. "proj_size has to
// be smaller than hidden_size"), or for lengths outside [1, L].
std::shared_ptr<const ExplorerSnapshot> buildExplorerSnapshot(
    const core::ExperimentConfig& config, const std::vector<float>* lstmParameters = nullptr);

// The run of snapshot's unedited model with `edits` applied (what-if, issue 16): a new snapshot
// whose `original` is snapshot's unedited run (edits replace any edits snapshot already had, they
// do not add to them; the new snapshot's config.whatIf lists them in canonical text). Empty edits
// return the unedited run itself. Throws core::EditError naming
// the edit that does not fit (unknown parameter, index out of range in torch's words, a step or
// unit that does not exist, a value that is not finite); nothing is changed then. One forward
// pass with the trace: cheap enough for every drag event at the sizes the window computes on the
// GUI thread.
std::shared_ptr<const ExplorerSnapshot> applyWhatIfEdits(
    const std::shared_ptr<const ExplorerSnapshot>& snapshot, const core::LstmEdits& edits);

// Floating-point operations of the snapshot's recorded forward pass: core::lstmForwardFlops for
// its batch (1 unbatched) and steps. The window computes configurations above a threshold of
// this on a worker thread.
double explorerForwardFlops(const core::ExperimentConfig& config);

// Where the example batch of config comes from when it is not the built-in sine: "the copy task
// (seed 0)", "the adding problem (seed 0)"; "" for the built-in example.
std::string explorerInputSource(const core::ExperimentConfig& config);
// True for the datasets whose own sequences are the explorer's example batch (copy, adding): the
// nn.LSTM's input_size must then be the dataset's features.
bool explorerInputIsTask(const std::string& dataset);

// The standardised example batch (N, L, F) sample-major, before any layout is applied.
core::Tensor<float> explorerExampleBatch(int64_t batch, int64_t steps, int64_t features);

}  // namespace lstmviz::ui
