#pragma once
// The recorded forward pass of an ExplorerSnapshot as CSV, one row per (layer, direction, sample,
// step, unit): the gates i, f, g, o, the cell state c_t and the hidden state h_t straight from the
// trace (h_t has H_out units, the rest H; missing cells are empty). Padding steps of packed
// sequences are written with active = 0 and their recorded values.
// clang-format off
#include "ui/model/explorer_snapshot.h"
// clang-format on

#include <QString>

namespace lstmviz::ui {

// Writes the CSV atomically. Returns false with a message naming the file in *error.
bool writeTraceCsv(const ExplorerSnapshot& snapshot, const QString& path, QString* error);

}  // namespace lstmviz::ui
