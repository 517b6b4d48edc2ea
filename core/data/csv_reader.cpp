#include "core/data/csv_reader.h"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <optional>
#include <sstream>

#include "core/common/error.h"
#include "core/data/csv_tokenizer.h"
#include "core/io/file_reader.h"

namespace lstmviz::core {
namespace {

constexpr int64_t kProgressEveryRecords = 4096;

enum class CellKind { kNumber, kMissing, kText };

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

bool isMissingToken(std::string_view s) {
  std::string lower(s);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower.empty() || lower == "na" || lower == "n/a" || lower == "nan" || lower == "null" ||
         lower == "none";
}

// A parsed cell: a finite float, a missing marker, or text with the reason it is not a number.
struct Cell {
  CellKind kind = CellKind::kMissing;
  float value = 0.0f;
  const char* reason = "";
};

Cell parseCell(std::string_view raw, char decimalPoint) {
  std::string_view s = trim(raw);
  if (isMissingToken(s)) return {CellKind::kMissing, 0.0f, "is missing"};
  std::string_view digits = s;
  if (digits.size() > 1 && digits.front() == '+' && digits[1] != '-') digits.remove_prefix(1);
  double value = 0.0;
  const auto result = fast_float::from_chars_advanced(
      digits.data(), digits.data() + digits.size(), value,
      fast_float::parse_options(fast_float::chars_format::general, decimalPoint));
  if (result.ec != std::errc() || result.ptr != digits.data() + digits.size()) {
    return {CellKind::kText, 0.0f, "is not a number"};
  }
  if (!std::isfinite(value)) return {CellKind::kText, 0.0f, "is not a finite number"};
  if (std::abs(value) > std::numeric_limits<float>::max()) {
    return {CellKind::kText, 0.0f, "is out of the range of a float (±3.4e38)"};
  }
  return {CellKind::kNumber, static_cast<float>(value), ""};
}

std::string cellPlace(const std::string& source, int64_t line, int64_t column,
                      const std::string& name) {
  return source + ": line " + std::to_string(line) + ", column " + std::to_string(column) + " ('" +
         name + "')";
}

// "the value is missing" / "'NA' is missing" / "'abc' is not a number".
std::string describeBadCell(std::string_view text, const Cell& cell) {
  std::string out;
  if (text.empty()) {
    out = "the value is missing";
  } else {
    out.append("'").append(text).append("' ").append(cell.reason);
  }
  if (cell.kind == CellKind::kMissing) out += " (choose a fill policy to fill missing values)";
  return out;
}

std::string formatValue(float value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// A cell that could not be read and waits to be filled.
struct PendingCell {
  int64_t row;     // data row
  int64_t column;  // series column
  int64_t line;
  std::string text;
};

}  // namespace

const char* missingValuePolicyName(MissingValuePolicy policy) {
  switch (policy) {
    case MissingValuePolicy::kError:
      return "error";
    case MissingValuePolicy::kPrevious:
      return "previous";
    case MissingValuePolicy::kInterpolate:
      return "interpolate";
    case MissingValuePolicy::kMean:
      return "mean";
  }
  return "?";
}

MissingValuePolicy parseMissingValuePolicy(const std::string& name) {
  for (MissingValuePolicy policy : {MissingValuePolicy::kError, MissingValuePolicy::kPrevious,
                                    MissingValuePolicy::kInterpolate, MissingValuePolicy::kMean}) {
    if (name == missingValuePolicyName(policy)) return policy;
  }
  throw Error("unknown missing-value policy '" + name +
              "' (expected one of: error, previous, interpolate, mean)");
}

std::string CsvWarning::message() const {
  std::string place = "line " + std::to_string(line) + ", column " + std::to_string(column) +
                      " ('" + columnName + "')";
  const std::string cell = text.empty() ? "empty cell" : "'" + text + "'";
  switch (kind) {
    case CsvWarningKind::kFilledPrevious:
      return place + ": " + cell + " replaced by the previous value " + formatValue(value);
    case CsvWarningKind::kFilledNext:
      return place + ": " + cell + " replaced by the next value " + formatValue(value) +
             " (no earlier value)";
    case CsvWarningKind::kFilledInterpolated:
      return place + ": " + cell + " replaced by the interpolated value " + formatValue(value);
    case CsvWarningKind::kFilledMean:
      return place + ": " + cell + " replaced by the column mean " + formatValue(value);
    case CsvWarningKind::kColumnSkipped:
      return "column " + std::to_string(column) + " ('" + columnName + "') skipped: its first " +
             "value '" + text + "' is not a number";
  }
  return place;
}

CsvReader::CsvReader(CsvOptions options) : options_(std::move(options)) {}

CsvResult CsvReader::readFile(const std::string& path) const {
  const std::string text = readRegularTextFile(path, kMaxDataFileBytes, "a CSV file");
  return parse(text, path);
}

CsvResult CsvReader::parse(std::string_view text, const std::string& source) const {
  const CsvOptions& opt = options_;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 byte-order mark
  CsvResult result;
  result.delimiter = opt.delimiter != '\0' ? opt.delimiter : CsvTokenizer::detectDelimiter(text);
  if (result.delimiter == opt.decimalPoint) {
    throw Error(std::string("the delimiter and the decimal point are both '") + opt.decimalPoint +
                "'; use ';' as the delimiter with a decimal comma");
  }
  const auto total = static_cast<int64_t>(text.size());
  CsvTokenizer tokenizer(text, result.delimiter, source);

  // The first two records decide the header and the default columns.
  CsvRecord first;
  CsvRecord second;
  if (!tokenizer.next(first)) throw FileError(source + ": the file has no rows");
  const bool hasSecond = tokenizer.next(second);
  const size_t width = first.fields.size();
  if (opt.header == HeaderMode::kAuto) {
    bool header = false;
    for (size_t c = 0; c < width; ++c) {
      const CellKind top = parseCell(first.fields[c], opt.decimalPoint).kind;
      if (top != CellKind::kText) continue;
      if (!hasSecond) header = true;
      if (hasSecond && c < second.fields.size() &&
          parseCell(second.fields[c], opt.decimalPoint).kind == CellKind::kNumber) {
        header = true;
      }
    }
    result.hasHeader = header;
  } else {
    result.hasHeader = opt.header == HeaderMode::kPresent;
  }
  for (size_t c = 0; c < width; ++c) {
    std::string name = result.hasHeader ? std::string(trim(first.fields[c])) : std::string();
    if (name.empty()) name = "column " + std::to_string(c + 1);
    result.fileColumnNames.push_back(name);
  }
  const int64_t headerLine = first.line;
  if (result.hasHeader && !hasSecond) {
    throw FileError(source + ": the file has a header but no data rows");
  }

  // Resolve the chosen columns to file columns.
  auto resolve = [&](const ColumnRef& ref) -> int64_t {
    if (!ref.name.empty()) {
      for (size_t c = 0; c < width; ++c) {
        if (result.fileColumnNames[c] == ref.name) return static_cast<int64_t>(c);
      }
      std::string names;
      for (const std::string& n : result.fileColumnNames) {
        names += (names.empty() ? "'" : ", '") + n + "'";
      }
      throw FileError(source + ": no column named '" + ref.name + "' (the columns are " + names +
                      ")");
    }
    if (ref.index < 0 || ref.index >= static_cast<int64_t>(width)) {
      throw FileError(source + ": column index " + std::to_string(ref.index) +
                      " is out of range (the file has " + std::to_string(width) +
                      " columns, indices 0.." + std::to_string(width - 1) + ")");
    }
    return ref.index;
  };
  std::vector<int64_t> fileColumns;
  if (!opt.columns.empty()) {
    for (const ColumnRef& ref : opt.columns) {
      const int64_t c = resolve(ref);
      if (std::find(fileColumns.begin(), fileColumns.end(), c) != fileColumns.end()) {
        throw FileError(source + ": column " + std::to_string(c + 1) + " ('" +
                        result.fileColumnNames[c] + "') is chosen twice");
      }
      fileColumns.push_back(c);
    }
  } else {
    const CsvRecord& firstData = result.hasHeader ? second : first;
    for (size_t c = 0; c < width && c < firstData.fields.size(); ++c) {
      if (parseCell(firstData.fields[c], opt.decimalPoint).kind == CellKind::kText) {
        result.warnings.push_back({CsvWarningKind::kColumnSkipped, 0, static_cast<int64_t>(c + 1),
                                   result.fileColumnNames[c],
                                   std::string(trim(firstData.fields[c])), 0.0f});
      } else {
        fileColumns.push_back(static_cast<int64_t>(c));
      }
    }
    if (fileColumns.empty()) throw FileError(source + ": no column holds numbers");
  }
  const int64_t inputCount = static_cast<int64_t>(fileColumns.size());
  for (int64_t i = 0; i < inputCount; ++i) result.inputColumns.push_back(i);
  for (const ColumnRef& ref : opt.targets) {
    const int64_t c = resolve(ref);
    auto it = std::find(fileColumns.begin(), fileColumns.end(), c);
    if (it == fileColumns.end()) {
      fileColumns.push_back(c);
      it = fileColumns.end() - 1;
    }
    const int64_t seriesColumn = it - fileColumns.begin();
    if (std::find(result.targetColumns.begin(), result.targetColumns.end(), seriesColumn) !=
        result.targetColumns.end()) {
      throw FileError(source + ": target column " + std::to_string(c + 1) + " ('" +
                      result.fileColumnNames[c] + "') is chosen twice");
    }
    result.targetColumns.push_back(seriesColumn);
  }
  result.fileColumns = fileColumns;
  const int64_t columns = static_cast<int64_t>(fileColumns.size());
  std::vector<std::string> names;
  for (int64_t c : fileColumns) names.push_back(result.fileColumnNames[c]);

  // Parse the data rows.
  std::vector<float> values;
  std::vector<PendingCell> pending;
  int64_t rows = 0;
  auto addRecord = [&](const CsvRecord& record) {
    if (record.fields.size() != width) {
      throw FileError(source + ": line " + std::to_string(record.line) + ": " +
                      std::to_string(record.fields.size()) + " fields, expected " +
                      std::to_string(width) + " (as on line " + std::to_string(headerLine) + ")");
    }
    for (int64_t j = 0; j < columns; ++j) {
      const std::string& raw = record.fields[fileColumns[j]];
      const Cell cell = parseCell(raw, opt.decimalPoint);
      if (cell.kind == CellKind::kNumber) {
        values.push_back(cell.value);
        continue;
      }
      if (opt.missing == MissingValuePolicy::kError) {
        throw FileError(cellPlace(source, record.line, fileColumns[j] + 1, names[j]) + ": " +
                        describeBadCell(trim(raw), cell));
      }
      values.push_back(std::numeric_limits<float>::quiet_NaN());  // filled below
      pending.push_back({rows, j, record.line, std::string(trim(raw))});
    }
    ++rows;
  };
  auto reportProgress = [&]() {
    return !opt.progress || opt.progress(std::min(tokenizer.offset(), total), total);
  };
  if (!result.hasHeader) addRecord(first);
  if (hasSecond) {
    addRecord(second);
    CsvRecord record;
    while (tokenizer.next(record)) {
      addRecord(record);
      if (rows % kProgressEveryRecords == 0 && !reportProgress()) {
        result.cancelled = true;
        return result;
      }
    }
  }

  // Fill, column by column, from the numeric cells only (never from another filled cell).
  if (!pending.empty()) {
    std::vector<std::vector<int64_t>> byColumn(columns);
    for (size_t p = 0; p < pending.size(); ++p) byColumn[pending[p].column].push_back(p);
    std::vector<float> filled(pending.size());
    std::vector<CsvWarningKind> kinds(pending.size());
    for (int64_t j = 0; j < columns; ++j) {
      if (byColumn[j].empty()) continue;
      std::vector<int64_t> valid;  // rows with a number
      double sum = 0.0;
      for (int64_t t = 0; t < rows; ++t) {
        const float v = values[t * columns + j];
        if (!std::isnan(v)) {
          valid.push_back(t);
          sum += v;
        }
      }
      if (valid.empty()) {
        throw FileError(source + ": column " + std::to_string(fileColumns[j] + 1) + " ('" +
                        names[j] + "') has no numeric value to fill its missing cells from");
      }
      const float mean = static_cast<float>(sum / static_cast<double>(valid.size()));
      for (int64_t p : byColumn[j]) {
        const int64_t t = pending[p].row;
        const auto after = std::lower_bound(valid.begin(), valid.end(), t);
        const std::optional<int64_t> prev =
            after == valid.begin() ? std::nullopt : std::optional<int64_t>(*(after - 1));
        const std::optional<int64_t> next =
            after == valid.end() ? std::nullopt : std::optional<int64_t>(*after);
        auto at = [&](int64_t row) { return values[row * columns + j]; };
        if (opt.missing == MissingValuePolicy::kMean) {
          filled[p] = mean;
          kinds[p] = CsvWarningKind::kFilledMean;
        } else if (opt.missing == MissingValuePolicy::kInterpolate && prev && next) {
          const double w = static_cast<double>(t - *prev) / static_cast<double>(*next - *prev);
          filled[p] = static_cast<float>(at(*prev) + w * (at(*next) - at(*prev)));
          kinds[p] = CsvWarningKind::kFilledInterpolated;
        } else if (prev) {
          filled[p] = at(*prev);
          kinds[p] = CsvWarningKind::kFilledPrevious;
        } else {
          filled[p] = at(*next);
          kinds[p] = CsvWarningKind::kFilledNext;
        }
      }
    }
    for (size_t p = 0; p < pending.size(); ++p) {
      const PendingCell& cell = pending[p];
      values[cell.row * columns + cell.column] = filled[p];
      result.warnings.push_back({kinds[p], cell.line, fileColumns[cell.column] + 1,
                                 names[cell.column], cell.text, filled[p]});
    }
  }
  if (!reportProgress()) {
    result.cancelled = true;
    return result;
  }
  result.series = Series(std::move(names), std::move(values));
  return result;
}

}  // namespace lstmviz::core
