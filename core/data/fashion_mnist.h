#pragma once
// Fashion-MNIST read row by row, as note 002 feeds MNIST to an LSTM: each 28×28 image is a
// sequence of L = 28 steps (image rows) of F = 28 features (the pixels of a row) scaled to
// [0, 1]; the label 0–9 is one class per image (many-to-one classification). The files come from
// Debian's dataset-fashion-mnist package; nothing is downloaded.
#include <cstdint>
#include <string>

#include "core/data/sequence_dataset.h"

namespace lstmviz::core {

inline constexpr const char* kFashionMnistDirectory = "/usr/share/datasets/fashion-mnist";

enum class FashionMnistSplit { kTrain, kTest };  // 60000 / 10000 images

// Returns true iff both files of the split exist in directory.
bool fashionMnistAvailable(FashionMnistSplit split,
                           const std::string& directory = kFashionMnistDirectory);

// Returns x (S, 28, 28) float in [0, 1] and labels (S,) int64 in [0, 9]; targetNames are the 10
// class names ("T-shirt/top", …, "Ankle boot"). limit > 0 keeps the first `limit` images.
// Throws FileError naming the package ("apt-get install dataset-fashion-mnist") when a file is
// absent; FileError (from IdxReader) when a file is corrupt, its images are not 28×28, the image
// and label counts differ or a label is not 0–9; Error on limit < 0.
SequenceDataset loadFashionMnist(FashionMnistSplit split, int64_t limit = 0,
                                 const std::string& directory = kFashionMnistDirectory);

}  // namespace lstmviz::core
