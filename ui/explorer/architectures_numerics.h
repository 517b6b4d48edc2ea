#pragma once
// The numbers behind the architectures view: TimeDistributed(Dense) against nn.Linear on the
// 3-D output, computed on a snapshot's real LSTM output, and the presets that load each
// architecture into the other views.
#include <cstdint>

#include "core/experiment/experiment_config.h"
#include "core/nn/head_kind.h"
#include "ui/explorer/architectures_diagrams.h"

namespace lstmviz::ui {

struct ExplorerSnapshot;

// One seeded nn.Linear(D·H_out, O) applied to the snapshot's output two ways:
//   A (TimeDistributed): for each step t, y[n, t] = W output[n, t] + b for the N samples of
//     step t, stacked over t — Keras' TimeDistributed(Dense(O)), a Python loop in torch;
//   B (Linear on 3-D): what nn.Linear does with (N, L, D·H_out): view it as N·L rows, apply
//     y = W row + b to every row, view the result as (N, L, O).
// Both evaluate each y element as b_o + Σ_k W_ok z_k in the same order, so when the two are the
// same computation they agree to the last bit: maxAbsDifference is exactly 0.
// blockedDifference compares A with core::Linear's Eigen product on the 3-D tensor, whose
// blocked kernels add in another order: it may differ by float rounding (~1e-7), never more.
struct TimeDistributedComparison {
  double maxAbsDifference = 0.0;   // max |A − B| over every element
  double blockedDifference = 0.0;  // max |A − Linear::forward(3-D)|
  int64_t values = 0;              // N·L·O elements compared
  int64_t outFeatures = 0;         // O
  int64_t inFeatures = 0;          // D·H_out
  float firstA = 0.0f;             // A[0, 0, 0] and B[0, 0, 0], to show one pair of numbers
  float firstB = 0.0f;
  float lastA = 0.0f;  // A[N−1, L−1, O−1] and B[…]
  float lastB = 0.0f;
};

// Requires: a snapshot from buildExplorerSnapshot. Deterministic for seed.
TimeDistributedComparison compareTimeDistributed(const ExplorerSnapshot& snapshot,
                                                 int64_t outFeatures = 3, uint64_t seed = 7);

// The core architecture a diagram page draws (the ui enum lists the pages in the view's order).
core::Architecture coreArchitecture(Architecture a);

// The config that loads architecture a into the explorer and the training dashboard, derived from
// current (same LSTM sizes, layers, directions, projection, batch, initialisation). Its
// `architecture` is a, so the dashboard trains the model the diagram draws
// (core::buildExperimentModel):
//   many-to-one   SequenceModel, head manyToOneHead (last/hn/flatten/mean), dataset kept if it has
//                 one target per window (sine, stock, airline, adding, fashion_mnist, csv), else
//                 "sine"
//   one-to-many   OneToManyModel on "sine": the window of L = 10 steps flattened into one vector
//                 (input_size = L·F = 10), repeated K = 10 times, the next 10 steps predicted
//   many-to-many  SequenceModel head seq, dataset kept if a regression series (sine, stock,
//                 airline, csv), else "sine"
//   seq2seq       Seq2SeqModel on "sine": L = 20 steps in, the next K = 10 out
//   autoencoder   AutoencoderModel on "anomalies" (F = 3 sensors), L = 20, decoder H = encoder H
// input_size is that of the LSTM the explorer runs (explorerLstmModule: lstm, the one-to-many's
// decoder, the seq2seq's and the autoencoder's encoder), so the explorer and the trained model
// share its weights; for Fashion-MNIST / copy seq_len follows the dataset; the loss is cross
// entropy for the classification datasets and MSE otherwise; packing lengths and unbatched are
// cleared.
core::ExperimentConfig architecturePreset(Architecture a, const core::ExperimentConfig& current,
                                          core::HeadKind manyToOneHead = core::HeadKind::kLast);

}  // namespace lstmviz::ui
