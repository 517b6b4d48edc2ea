#include "core/data/csv_tokenizer.h"

#include "core/common/error.h"

namespace lstmviz::core {

CsvTokenizer::CsvTokenizer(std::string_view text, char delimiter, std::string sourceName)
    : text_(text), delimiter_(delimiter), source_(std::move(sourceName)) {}

bool CsvTokenizer::next(CsvRecord& record) {
  record.fields.clear();
  const size_t size = text_.size();
  // Skip blank lines (nothing between two line breaks).
  while (pos_ < size && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
    if (text_[pos_] == '\r' && pos_ + 1 < size && text_[pos_ + 1] == '\n') ++pos_;
    ++pos_;
    ++line_;
  }
  if (pos_ >= size) return false;
  record.line = line_;
  std::string field;
  while (true) {
    field.clear();
    if (pos_ < size && text_[pos_] == '"') {
      const int64_t openLine = line_;
      const int64_t column = static_cast<int64_t>(record.fields.size()) + 1;
      ++pos_;
      while (true) {
        if (pos_ >= size) {
          throw FileError(source_ + ": line " + std::to_string(openLine) + ", column " +
                          std::to_string(column) + ": the quoted field opened here is never " +
                          "closed (expected a closing '\"')");
        }
        const char c = text_[pos_++];
        if (c == '"') {
          if (pos_ < size && text_[pos_] == '"') {
            field += '"';
            ++pos_;
          } else {
            break;
          }
        } else {
          if (c == '\n' || (c == '\r' && !(pos_ < size && text_[pos_] == '\n'))) ++line_;
          field += c;
        }
      }
      if (pos_ < size && text_[pos_] != delimiter_ && text_[pos_] != '\n' && text_[pos_] != '\r') {
        throw FileError(source_ + ": line " + std::to_string(line_) + ", column " +
                        std::to_string(column) + ": unexpected '" + std::string(1, text_[pos_]) +
                        "' after a closing quote (expected the delimiter or the end of the line)");
      }
    } else {
      while (pos_ < size && text_[pos_] != delimiter_ && text_[pos_] != '\n' &&
             text_[pos_] != '\r') {
        field += text_[pos_++];
      }
    }
    record.fields.push_back(field);
    if (pos_ >= size) return true;
    const char c = text_[pos_++];
    if (c == delimiter_) continue;
    if (c == '\r' && pos_ < size && text_[pos_] == '\n') ++pos_;
    ++line_;
    return true;
  }
}

char CsvTokenizer::detectDelimiter(std::string_view text) {
  for (char candidate : {'\t', ';', ','}) {
    CsvTokenizer tokenizer(text, candidate, std::string());
    CsvRecord record;
    size_t width = 0;
    bool consistent = true;
    int lines = 0;
    try {
      while (lines < 20 && tokenizer.next(record)) {
        if (lines == 0) width = record.fields.size();
        consistent = consistent && record.fields.size() == width;
        ++lines;
      }
    } catch (const FileError&) {
      consistent = false;  // a quote that does not close with this delimiter: not this one
    }
    if (lines > 0 && consistent && width > 1) return candidate;
  }
  return ',';
}

}  // namespace lstmviz::core
