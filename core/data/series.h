#pragma once
// Series: a multivariate time series of T rows (steps) × F columns (features), float, row-major
// (row t holds the F values of step t), with a name per column. It is what CSV import and the
// built-in generators produce and what WindowDataset cuts into samples.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::core {

class Series {
 public:
  Series() = default;
  // values: T·F numbers, row-major. Throws ShapeError if values.size() is not a multiple of
  // columnNames.size() (or values are given without columns); Error on an empty or duplicate name.
  Series(std::vector<std::string> columnNames, std::vector<float> values);
  // One vector per column, all of the same length T. Throws ShapeError on ragged columns.
  static Series fromColumns(std::vector<std::string> columnNames,
                            const std::vector<std::vector<float>>& columns);

  int64_t rows() const { return rows_; }                                   // T
  int64_t columns() const { return static_cast<int64_t>(names_.size()); }  // F
  bool empty() const { return rows_ == 0; }
  // On a temporary (makeNoisySine(o).values()) these return by value, so a range-for over them
  // does not dangle.
  const std::vector<std::string>& columnNames() const& { return names_; }
  std::vector<std::string> columnNames() && { return std::move(names_); }
  const std::vector<float>& values() const& { return values_; }  // T·F, row-major
  std::vector<float> values() && { return std::move(values_); }

  // Requires: 0 ≤ t < rows(), 0 ≤ f < columns().
  float at(int64_t t, int64_t f) const { return values_[t * columns() + f]; }
  float& at(int64_t t, int64_t f) { return values_[t * columns() + f]; }
  const float* row(int64_t t) const { return values_.data() + t * columns(); }

  // Returns the T values of column f. Throws ShapeError if f is out of range.
  std::vector<float> column(int64_t f) const;
  // Returns the index of the column called name. Throws Error listing the available names.
  int64_t columnIndex(const std::string& name) const;
  // Returns rows [begin, end). Throws ShapeError unless 0 ≤ begin ≤ end ≤ rows().
  Series rowRange(int64_t begin, int64_t end) const;
  // Returns the given columns, in the given order. Throws ShapeError on an index out of range.
  Series selectColumns(const std::vector<int64_t>& columns) const;
  // Returns a (T, F) tensor of the values.
  Tensor<float> toTensor() const;

 private:
  std::vector<std::string> names_;
  std::vector<float> values_;
  int64_t rows_ = 0;
};

// Throws ShapeError unless every index is in [0, columns); what names the purpose ("target").
void checkColumnIndices(const std::vector<int64_t>& indices, int64_t columns, const char* what);

}  // namespace lstmviz::core
