#pragma once
// CsvTokenizer: splits CSV text into records of fields (RFC 4180): quoted fields may hold the
// delimiter, doubled quotes ("") and line breaks; records end at \n, \r\n or \r; blank lines are
// skipped. It only tokenizes — numbers are CsvReader's business.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lstmviz::core {

struct CsvRecord {
  std::vector<std::string> fields;
  int64_t line = 0;  // 1-based line on which the record starts
};

class CsvTokenizer {
 public:
  // text must outlive the tokenizer. sourceName prefixes error messages.
  CsvTokenizer(std::string_view text, char delimiter, std::string sourceName);

  // Reads the next non-blank record into record. Returns false at the end of the text.
  // Throws FileError on a quote that is never closed or text after a closing quote.
  bool next(CsvRecord& record);
  int64_t offset() const { return static_cast<int64_t>(pos_); }  // bytes consumed

  // Returns the delimiter among '\t', ';', ',' that splits the first lines (up to 20) into the
  // same number (> 1) of fields on every line, preferring that order; ',' if none does.
  static char detectDelimiter(std::string_view text);

 private:
  std::string_view text_;
  char delimiter_;
  std::string source_;
  size_t pos_ = 0;
  int64_t line_ = 1;
};

}  // namespace lstmviz::core
