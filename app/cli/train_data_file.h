#pragma once
// `lstmviz-cli train --data D.safetensors`: the tensors of a data file as an experiment's data,
// laid out for the architecture that trains on it (core/nn/architecture.h):
//   many_to_one   x (S, L, F) float; y (S, O) float, or (S,) int64 class indices
//   many_to_many  x (S, L, F); y (S, L, O) float, or (S, L) int64 class indices
//   one_to_many   x (S, F); y (S, K, O): K generated steps
//   seq2seq       x (S, L, F); y (S, K, O): the horizon K read from y, the O targets being input
//                 features (targetFeatures, default the first O; O ≤ F)
//   autoencoder   x (S, L, F) only: the target is x itself (a y is refused)
// plus optionally x_val / y_val (the same layout) and lengths / lengths_val (int64 (S,), for the
// sequence inputs).
#include <cstdint>
#include <string>
#include <vector>

#include "core/nn/architecture.h"
#include "core/train/experiment.h"

namespace lstmviz::cli {

// Reads path for `architecture`. classification: y holds class indices (cross_entropy; head
// architectures only). targetFeatures: seq2seq's target indices into F (empty: the first O).
// Throws core::FileError / ShapeError / Error naming the file, the tensor and what was expected.
core::ExperimentData readDataFile(const std::string& path, core::Architecture architecture,
                                  bool classification, const std::vector<int64_t>& targetFeatures);

}  // namespace lstmviz::cli
