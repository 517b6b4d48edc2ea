#pragma once
// OutputsComparison: the numbers behind the outputs view — for every sample n and unit j, the
// candidates a learner might feed to a head, each compared element by element (exact float
// equality) with the true last step of output:
//   kLastStep  output[:, -1] (batch_first) / output[-1] (seq-first, unbatched)   (N, D·H_out)
//   kHnLast    h_n[-1]: last layer, last direction                               (N, H_out)
//   kMisuse    the swapped index: output[-1] with batch_first / output[:, -1] seq-first — the
//              last sample's whole sequence, row n = step n of sample N−1        (L, D·H_out)
//   kFlatten   output.reshape(N, -1)[n, -D·H_out:], the tail of the Flatten row   (N, L·D·H_out)
//   kCnLast    c_n[-1]: the cell state, not the hidden state                     (N, H)
// and a plain-language reason for every column that differs (translatable: QtCore only).
#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace lstmviz::ui {

struct ExplorerSnapshot;

class OutputsComparison {
 public:
  enum Column { kLastStep = 0, kHnLast, kMisuse, kFlatten, kCnLast, kColumnCount };

  explicit OutputsComparison(const ExplorerSnapshot& snapshot);

  int samples() const { return samples_; }
  int rows() const { return rows_; }  // the widest column's unit count
  int width(Column column) const { return widths_[column]; }
  const std::string& expression(Column column) const { return expressions_[column]; }
  const std::string& shape(Column column) const { return shapes_[column]; }

  // The value at (sample, unit), or nullopt where the column has no such element.
  std::optional<float> value(Column column, int sample, int unit) const;
  // True iff both this column and kLastStep have the element and they are equal as floats.
  bool equalsLastStep(Column column, int sample, int unit) const;
  // Elements of column present in both and equal / present in both, over every sample.
  int equalCount(Column column) const;
  int comparableCount(Column column) const;
  // Why column differs from (or agrees with) the last step, in plain language (translated).
  const QString& reason(Column column) const { return reasons_[column]; }

 private:
  int samples_ = 0;
  int rows_ = 0;
  int widths_[kColumnCount] = {};
  std::string expressions_[kColumnCount];
  std::string shapes_[kColumnCount];
  QString reasons_[kColumnCount];
  // values_[column][sample · rows_ + unit]
  std::vector<std::optional<float>> values_[kColumnCount];
};

}  // namespace lstmviz::ui
