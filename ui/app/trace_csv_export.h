#pragma once
// The recorded forward pass of an ExplorerSnapshot as CSV, one row per (layer, direction, sample,
// step, unit): the gates i, f, g, o, the cell state c_t and the hidden state h_t as core's trace
// export gives them (core/nn/trace_export.h, the tensors of `lstmviz-cli forward --trace`; h_t has
// H_out units, the rest H; missing cells are empty). Padding steps of packed sequences are written
// with active = 0 and zeros, as pad_packed_sequence gives them.
#include <QString>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

// Writes the CSV atomically. Returns false with a message naming the file in *error.
bool writeTraceCsv(const ExplorerSnapshot& snapshot, const QString& path, QString* error);

}  // namespace lstmviz::ui
