#pragma once
// What the user chose in the CSV import dialog (or on the command line).
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lstmviz::core {

// What to do with a cell that is empty, an NA token (NA, N/A, NaN, null, None — any case) or not
// a number. Filling is never silent: each filled cell yields a CsvWarning.
enum class MissingValuePolicy {
  kError,        // throw FileError naming line and column (the default)
  kPrevious,     // the previous value in the column (the next one before the first value)
  kInterpolate,  // linear in the row index between the neighbouring values (nearest at the ends)
  kMean,         // the mean of the column's numeric cells
};
const char* missingValuePolicyName(MissingValuePolicy policy);        // "error", "previous", …
MissingValuePolicy parseMissingValuePolicy(const std::string& name);  // throws Error

enum class HeaderMode {
  kAuto,     // the first row is a header iff it has a non-numeric cell where the second row has
             // a number (for a one-row file: iff it has a non-numeric cell)
  kPresent,  // the first row is a header
  kAbsent,   // every row is data; columns are named "column 1", "column 2", …
};

// A column chosen by its header name or by its 0-based index in the file.
struct ColumnRef {
  std::string name;    // used when not empty
  int64_t index = -1;  // used when name is empty

  static ColumnRef byName(std::string name) { return {std::move(name), -1}; }
  static ColumnRef byIndex(int64_t index) { return {std::string(), index}; }
};

struct CsvOptions {
  char delimiter = '\0';    // '\0': detect among tab, ';' and ',' (in that order of preference)
  char decimalPoint = '.';  // ',' for files written with a European locale (then use ';')
  HeaderMode header = HeaderMode::kAuto;
  // Input columns, in this order. Empty: every column whose first data cell is a number or
  // missing (text columns such as dates are skipped, each with a kColumnSkipped warning).
  std::vector<ColumnRef> columns;
  // Target columns. Those not among the inputs are appended to the series after them.
  std::vector<ColumnRef> targets;
  MissingValuePolicy missing = MissingValuePolicy::kError;
  // Called every few thousand rows and at the end with the bytes parsed and the total; returning
  // false cancels the import (CsvResult::cancelled). Runs on the reading thread.
  std::function<bool(int64_t bytesDone, int64_t bytesTotal)> progress;
};

}  // namespace lstmviz::core
