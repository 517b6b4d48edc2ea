#pragma once
// The outcome of a CSV import: the numeric series plus a typed warning for every cell that was
// not taken as written.
#include <cstdint>
#include <string>
#include <vector>

#include "core/data/series.h"

namespace lstmviz::core {

enum class CsvWarningKind {
  kFilledPrevious,      // a missing / non-numeric cell took the previous value in its column
  kFilledNext,          // … the next value (no earlier value exists)
  kFilledInterpolated,  // … a linear interpolation between its neighbours
  kFilledMean,          // … the column mean
  kColumnSkipped,       // a text column was left out of the default column choice (line = 0)
};

struct CsvWarning {
  CsvWarningKind kind;
  int64_t line = 0;    // 1-based line in the file (the record's first line)
  int64_t column = 0;  // 1-based column in the file
  std::string columnName;
  std::string text;    // the cell as written ("" when empty)
  float value = 0.0f;  // the value filled in

  // "line 17, column 3 ('Close'): 'abc' replaced by the previous value 101.5".
  std::string message() const;
};

struct CsvResult {
  Series series;                             // (T, F): the input columns, then extra target columns
  std::vector<int64_t> inputColumns;         // indices into series: WindowOptions::inputColumns
  std::vector<int64_t> targetColumns;        // indices into series: WindowOptions::targetColumns
  std::vector<int64_t> fileColumns;          // per series column, its 0-based column in the file
  std::vector<std::string> fileColumnNames;  // every column of the file (for a column picker)
  std::vector<CsvWarning> warnings;          // in file order
  char delimiter = ',';
  bool hasHeader = false;
  bool cancelled = false;  // the progress callback returned false; series is empty
};

}  // namespace lstmviz::core
