#pragma once
// The common mistake beside pack_padded_sequence: the same padded batch run WITHOUT packing. The
// steps past each sample's length are set to zero (pad_sequence's padding_value = 0) and nn.LSTM
// reads all L steps of every sample, so a shorter sample's h_n is the state after
// L − length further steps on zeros, not the state at its true last step. Qt-free.
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

// The zero-padded input (the snapshot's input with every step t ≥ lengths[n] zeroed) in the
// snapshot's layout. Requires: a batched snapshot.
core::Tensor<float> zeroPaddedInput(const ExplorerSnapshot& snapshot);

// nn.LSTM with the snapshot's parameters on zeroPaddedInput, without lengths, from the snapshot's
// initial state and with its what-if gate clamps: torch's (output, h_n, c_n) in the snapshot's
// layout. Requires: a batched snapshot.
core::LstmOutput<float> runWithoutPacking(const ExplorerSnapshot& snapshot);

}  // namespace lstmviz::ui
