#include "core/data/series.h"

#include <set>

#include "core/common/error.h"

namespace lstmviz::core {

void checkColumnIndices(const std::vector<int64_t>& indices, int64_t columns, const char* what) {
  for (int64_t index : indices) {
    if (index < 0 || index >= columns) {
      throw ShapeError(std::string(what) + " column index " + std::to_string(index) +
                       " is out of range for a series of " + std::to_string(columns) +
                       " columns (expected 0.." + std::to_string(columns - 1) + ")");
    }
  }
}

Series::Series(std::vector<std::string> columnNames, std::vector<float> values)
    : names_(std::move(columnNames)), values_(std::move(values)) {
  if (names_.empty()) {
    if (!values_.empty())
      throw ShapeError("Series: " + std::to_string(values_.size()) +
                       " values given without any column");
    return;
  }
  if (values_.size() % names_.size() != 0) {
    throw ShapeError("Series: " + std::to_string(values_.size()) + " values do not fill whole " +
                     "rows of " + std::to_string(names_.size()) + " columns");
  }
  std::set<std::string> seen;
  for (const std::string& name : names_) {
    if (name.empty()) throw Error("Series: a column name is empty");
    if (!seen.insert(name).second) throw Error("Series: duplicate column name '" + name + "'");
  }
  rows_ = static_cast<int64_t>(values_.size() / names_.size());
}

Series Series::fromColumns(std::vector<std::string> columnNames,
                           const std::vector<std::vector<float>>& columns) {
  if (columnNames.size() != columns.size()) {
    throw ShapeError("Series: " + std::to_string(columnNames.size()) + " names for " +
                     std::to_string(columns.size()) + " columns");
  }
  const size_t rows = columns.empty() ? 0 : columns[0].size();
  const size_t width = columns.size();
  std::vector<float> values(rows * width);
  for (size_t f = 0; f < width; ++f) {
    if (columns[f].size() != rows) {
      throw ShapeError("Series: column '" + columnNames[f] + "' has " +
                       std::to_string(columns[f].size()) + " rows, expected " +
                       std::to_string(rows));
    }
    for (size_t t = 0; t < rows; ++t) values[t * width + f] = columns[f][t];
  }
  return Series(std::move(columnNames), std::move(values));
}

std::vector<float> Series::column(int64_t f) const {
  checkColumnIndices({f}, columns(), "Series");
  std::vector<float> out(rows_);
  for (int64_t t = 0; t < rows_; ++t) out[t] = at(t, f);
  return out;
}

int64_t Series::columnIndex(const std::string& name) const {
  for (size_t f = 0; f < names_.size(); ++f) {
    if (names_[f] == name) return static_cast<int64_t>(f);
  }
  std::string available;
  for (const std::string& n : names_) available += (available.empty() ? "'" : ", '") + n + "'";
  throw Error("no column named '" + name + "' (the columns are " + available + ")");
}

Series Series::rowRange(int64_t begin, int64_t end) const {
  if (begin < 0 || end < begin || end > rows_) {
    throw ShapeError("Series: row range [" + std::to_string(begin) + ", " + std::to_string(end) +
                     ") is outside [0, " + std::to_string(rows_) + ")");
  }
  const int64_t width = columns();
  return Series(names_,
                std::vector<float>(values_.begin() + begin * width, values_.begin() + end * width));
}

Series Series::selectColumns(const std::vector<int64_t>& columnList) const {
  checkColumnIndices(columnList, columns(), "selected");
  std::vector<std::string> names;
  for (int64_t f : columnList) names.push_back(names_[f]);
  const int64_t width = static_cast<int64_t>(columnList.size());
  std::vector<float> values(rows_ * width);
  for (int64_t t = 0; t < rows_; ++t) {
    for (int64_t j = 0; j < width; ++j) values[t * width + j] = at(t, columnList[j]);
  }
  return Series(std::move(names), std::move(values));
}

Tensor<float> Series::toTensor() const { return Tensor<float>({rows_, columns()}, values_); }

}  // namespace lstmviz::core
