#pragma once
// The shape of every tensor of an nn.LSTM call, with what each axis means — the table the
// `shapes` CLI command prints and the GUI's shapes view draws.
#include <string>
#include <vector>

#include "core/nn/lstm_config.h"

namespace lstmviz::core {

struct ShapeQuery {
  LstmConfig config;       // config.batchFirst selects (N, L, ·) for input and output
  int64_t batch = 1;       // N
  int64_t seqLen = 1;      // L
  bool unbatched = false;  // (L, H_in) input: every N axis disappears
};

struct ShapeRow {
  std::string name;               // "input", "h_0", ..., or a parameter name "weight_ih_l0"
  Shape shape;                    // e.g. {4, 8, 5}
  std::vector<std::string> axes;  // one letter-name per axis: "L", "N", "H_in", "D*num_layers", ...
  std::string meaning;            // one sentence for a learner
  bool isParameter = false;
};

// Rows in order: input, h_0, c_0, output, h_n, c_n, then every parameter (torch's order).
// Throws ShapeError when the config is invalid or batch/seqLen < 1.
std::vector<ShapeRow> describeShapes(const ShapeQuery& query);

}  // namespace lstmviz::core
