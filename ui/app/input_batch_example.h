#pragma once
// The learner's own batch (core::InputBatch, File ▸ Open input…) as the explorer's example
// batch: the same nn.LSTM and parameters as `base`, run on the file's input, lengths and
// (h_0, c_0). Only when the shapes agree with base's configuration (N, L, H_in and the lengths);
// the input is transposed between (L, N, H_in) and (N, L, H_in) when the file's layout differs
// from batch_first.
#include <memory>
#include <string>

#include "core/io/input_batch.h"

namespace lstmviz::ui {

struct ExplorerSnapshot;

// The batch, seq_len and unbatched that fit `batch`, and the layout its 3-D input is in: the
// file's own word (metadata batch_first), else the one N agrees with when lengths or h_0 tell
// N and only one layout fits, else `batchFirst` (the configuration's). Throws core::ShapeError
// for an input that is not 2-D or 3-D.
struct BatchShape {
  int64_t batch = 1;
  int64_t steps = 1;
  int64_t features = 1;
  bool unbatched = false;
  bool batchFirst = false;  // the file's layout (meaningless when unbatched)
};
BatchShape inputBatchShape(const core::InputBatch& batch, bool batchFirst);

// Returns the snapshot of base's nn.LSTM on `batch`, or nullptr with the reason in *why ("the
// file's input has 3 features but input_size is 1", or torch's message for a mis-shaped h_0).
std::shared_ptr<const ExplorerSnapshot> snapshotWithInputBatch(const ExplorerSnapshot& base,
                                                               const core::InputBatch& batch,
                                                               std::string* why);

}  // namespace lstmviz::ui
