#pragma once
// FollowedRun: what a run directory holds at one moment, for following a training run while it
// is written — by lstmviz (RunDirectory) or by the Python helper's lstmviz.Watch:
//   metrics.csv                          one row per finished epoch (RunDirectory::readMetrics)
//   checkpoints/epoch_NNNN.safetensors   the weights after epoch NNNN (lstmviz.Watch)
//   probe.safetensors                    the batch every epoch is shown on (lstmviz.Watch)
// Files are written atomically, but a copy in progress, a disk filling up or a writer that does
// not rename can leave an unreadable checkpoint: it is skipped with a note, never an error.
#include <cstdint>
#include <string>
#include <vector>

#include "core/train/training_snapshot.h"

namespace lstmviz::core {

struct FollowedRun {
  std::string path;
  std::vector<EpochRecord> metrics;       // empty while metrics.csv is absent
  std::vector<int64_t> checkpointEpochs;  // ascending; each file read and validated whole
  std::string probePath;                  // "" while probe.safetensors is absent
  std::vector<std::string> notes;         // "epoch_0005.safetensors skipped: <why>", ...
};

// <path>/checkpoints/epoch_0007.safetensors.
std::string followedCheckpointPath(const std::string& runPath, int64_t epoch);

// Scans `runPath`. Throws FileError only when it is not a directory; unreadable files become
// notes (metrics.csv: its FileError; a checkpoint: why it was skipped).
FollowedRun scanFollowedRun(const std::string& runPath);

// Histograms of the values of every float tensor of a checkpoint (a state_dict), split by gate
// (i, f, g, o) where hasGateBlocks, as the training dashboard draws them; gradient = false (a
// checkpoint holds no gradients). Throws FileError for an unreadable file.
std::vector<Histogram> checkpointHistograms(const std::string& checkpointPath, int64_t epoch,
                                            int bins);

}  // namespace lstmviz::core
