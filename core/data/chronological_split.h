#pragma once
// ChronologicalSplit: train / validation / test by time, never shuffled, so no future step can
// inform the past:
//   rows [0, trainEnd)              train       trainEnd      = ⌊T · trainFraction⌋
//   rows [trainEnd, validationEnd)  validation  validationEnd = trainEnd + ⌊T · validationFraction⌋
//   rows [validationEnd, T)         test        (the rest)
// A Normalizer is fitted on trainRows() only. Windows are assigned by their target rows: a sample
// belongs to a part iff all its target rows do (its inputs may reach back into the earlier part,
// which is the past, not a leak); samples whose targets straddle a boundary are dropped.
#include <cstdint>

#include "core/data/series.h"
#include "core/data/window_dataset.h"

namespace lstmviz::core {

struct WindowSplit {
  WindowDataset train;
  WindowDataset validation;
  WindowDataset test;
};

class ChronologicalSplit {
 public:
  // Throws Error unless 0 < trainFraction, 0 ≤ validationFraction, their sum ≤ 1, and the train
  // part gets at least one row.
  ChronologicalSplit(int64_t rows, double trainFraction, double validationFraction);

  int64_t rows() const { return rows_; }
  int64_t trainEnd() const { return trainEnd_; }
  int64_t validationEnd() const { return validationEnd_; }

  // Returns the train / validation / test rows of series. Throws ShapeError if series has a
  // different number of rows than this split was made for.
  Series trainRows(const Series& series) const;
  Series validationRows(const Series& series) const;
  Series testRows(const Series& series) const;

  // Partitions windows cut from a series of rows() rows (see above). Parts may be empty.
  WindowSplit splitWindows(const WindowDataset& windows) const;

 private:
  void checkRows(const Series& series) const;

  int64_t rows_;
  int64_t trainEnd_;
  int64_t validationEnd_;
};

}  // namespace lstmviz::core
