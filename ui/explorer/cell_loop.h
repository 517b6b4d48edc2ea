#pragma once
// "Does an LSTMCell loop give the same numbers as nn.LSTM?" — one (layer, direction) of the
// snapshot's nn.LSTM re-run as the learners' notes write it: an nn.LSTMCell holding that layer's
// weight_ih, weight_hh, bias_ih, bias_hh, called once per step in a Python-style loop
//   h, c = zeros(N, H), zeros(N, H)
//   for t in range(L):  h, c = cell(x[:, t], (h, c))      (reverse: t = L−1 … 0)
// with core::LstmCell (independent of the LSTM kernels), and compared with the recorded h_t of
// every step. With packing, a sample's state is left unchanged past its length (what
// pack_padded_sequence does) and only its computed steps are compared. Qt-free.
#include <cstdint>
#include <string>
#include <vector>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

struct CellLoopComparison {
  bool supported = true;  // false with proj_size: nn.LSTMCell has no projection
  int64_t steps = 0;
  std::vector<double> stepMaxDifference;  // per step t: max over n, u of |h_cell − h_t|
  std::vector<bool> stepExactlyEqual;     // per step t: every compared float equal
  double maxDifference = 0.0;             // over every step
  int64_t comparedValues = 0;
  std::string code;  // the loop as PyTorch code for this configuration
};

// Requires: layer < num_layers, direction < D.
CellLoopComparison compareCellLoop(const ExplorerSnapshot& snapshot, int64_t layer,
                                   int64_t direction);

}  // namespace lstmviz::ui
