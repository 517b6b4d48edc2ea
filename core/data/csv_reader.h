#pragma once
// CsvReader: imports numeric columns of a CSV file as a Series (PlotJuggler's DataLoadCSV as a
// library: no widget, typed warnings, a progress callback that can cancel).
//   - delimiter: given, or detected among tab, ';', ',';   decimal point '.' or ','
//   - header: detected (see HeaderMode), given or absent;  quoted fields, CRLF, blank lines, BOM
//   - columns by name or index; target columns; numbers parsed with fast_float
// Every problem is a FileError naming the file, the 1-based line and column and what was
// expected: "prices.csv: line 17, column 3 ('Close'): 'abc' is not a number". Missing or
// non-numeric cells are an error unless a MissingValuePolicy fills them, each with a CsvWarning.
// Ragged rows are always an error. Values are stored as float; ±inf and NaN are never accepted.
#include <string>
#include <string_view>

#include "core/data/csv_options.h"
#include "core/data/csv_result.h"

namespace lstmviz::core {

class CsvReader {
 public:
  explicit CsvReader(CsvOptions options = {});

  // Reads and parses a file. Throws FileError if it cannot be read or parsed.
  CsvResult readFile(const std::string& path) const;
  // Parses CSV text; sourceName stands for the file in messages.
  CsvResult parse(std::string_view text, const std::string& sourceName = "<text>") const;

  const CsvOptions& options() const { return options_; }

 private:
  CsvOptions options_;
};

}  // namespace lstmviz::core
