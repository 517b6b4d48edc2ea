#pragma once
// Synthetic long-range memory benchmarks (generated, deterministic for a seed): the tasks on
// which an LSTM's gates show their worth over a plain RNN.
#include <cstdint>

#include "core/data/sequence_dataset.h"

namespace lstmviz::core {

// The adding problem (Hochreiter & Schmidhuber 1997; Le et al. 2015): each step carries
// (value ~ U[0, 1), marker ∈ {0, 1}); exactly two markers are 1, one in the first half
// [0, ⌊L/2⌋) and one in the second [⌊L/2⌋, L); the target is the sum of the two marked values.
struct AddingOptions {
  int64_t samples = 1000;  // S ≥ 1
  int64_t length = 50;     // L ≥ 2
  uint64_t seed = 0;
};
// Returns x (S, L, 2) with features "value", "marker" and y (S, 1) "sum". Throws Error on an
// invalid option.
SequenceDataset makeAddingProblem(const AddingOptions& options);

// The copy task (Arjovsky et al. 2016): remember K symbols over a delay of T steps.
//   input   s_1 … s_K, blank × (T − 1), delimiter, blank × K              L = T + 2K steps
//   target  blank × (T + K), s_1 … s_K
// Symbols s_i are drawn from 1 … A; blank is 0 and the delimiter A + 1. Inputs are one-hot over
// the A + 2 tokens; targets are per-step class indices over the A + 1 classes {blank, 1 … A}
// (many-to-many classification; a model that forgets scores only the blanks).
struct CopyOptions {
  int64_t samples = 1000;   // S ≥ 1
  int64_t delay = 20;       // T ≥ 1
  int64_t copyLength = 10;  // K ≥ 1
  int64_t alphabet = 8;     // A ≥ 1
  uint64_t seed = 0;
};
// Returns x (S, L, A + 2) one-hot and labels (S, L) int64 in [0, A]. Throws Error on an invalid
// option.
SequenceDataset makeCopyTask(const CopyOptions& options);

}  // namespace lstmviz::core
