#pragma once
// The rows of h_n (and c_n) named as torch orders them: row r = layer·D + direction, layer-major,
// forward before reverse — for 2 stacked bidirectional layers [l0 fwd, l0 rev, l1 fwd, l1 rev].
// Each row is the state its (layer, direction) reached after its last computed step: t = len−1
// for the forward direction, t = 0 for the reverse one (which reads the sequence backwards).
// Each row's values are read from h_n and checked against the trace's h_t at that step. Qt-free.
#include <cstdint>
#include <string>
#include <vector>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

struct HnRow {
  int64_t row = 0;        // r in h_n[r]
  int64_t alias = 0;      // the negative index of the same row: r − D·layers (h_n[-1] = last)
  int64_t layer = 0;      // r / D
  int64_t direction = 0;  // r % D: 0 forward, 1 reverse
  int64_t step = 0;       // the step whose h_t this is: length−1 (forward) or 0 (reverse)
  bool inOutput = false;  // true iff the top layer: the same numbers appear in output[step]
  std::vector<float> values;  // h_n[r, n, :] (H_out)
  bool matchesTrace = false;  // values == the trace's h_t at `step` for this layer/direction
  // What-if (issue 16): the unedited run's h_n[r, n, :] and the c_n rows of both runs; the
  // original ones are empty when the snapshot has no edits.
  std::vector<float> originalValues;
  std::vector<float> cellValues;          // c_n[r, n, :] (H)
  std::vector<float> originalCellValues;  // the unedited run's c_n[r, n, :]
};

// How far an edited run's h_n and c_n rows moved from the original's, over the whole batch:
// the largest |edited − original| of row r (0 exactly when the row is unchanged).
struct StateRowChange {
  int64_t row = 0;
  double hn = 0.0;
  double cn = 0.0;
};

// One entry per row of h_n, for sample n (0 for unbatched input). Requires: n < N.
std::vector<HnRow> describeHnRows(const ExplorerSnapshot& snapshot, int64_t sample);

// One entry per row of h_n; every change 0 when the snapshot has no edits.
std::vector<StateRowChange> compareStateRows(const ExplorerSnapshot& snapshot);

}  // namespace lstmviz::ui
