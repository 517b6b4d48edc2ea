#pragma once
// The user's CSV as the explorer's example batch: N windows of L consecutive rows of its input
// columns (each column standardised to mean 0, standard deviation 1, windows up to 5 rows apart,
// as the built-in sine), fed through the same nn.LSTM as `base`. Only when the shapes allow it:
// the CSV must have input_size columns and at least L rows.
#include <memory>
#include <string>

#include "core/data/series.h"

namespace lstmviz::ui {

struct ExplorerSnapshot;

// Returns the snapshot of `base`'s nn.LSTM and parameters on the CSV's windows, or nullptr with
// the reason in *why ("the CSV has 3 input columns but input_size is 1").
std::shared_ptr<const ExplorerSnapshot> snapshotWithSeries(const ExplorerSnapshot& base,
                                                           const core::Series& series,
                                                           std::string* why);

}  // namespace lstmviz::ui
