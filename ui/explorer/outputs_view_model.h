#pragma once
// OutputsComparison: the numbers behind the outputs view — for every sample n and unit j, the
// candidates a learner might feed to a head, each compared element by element (exact float
// equality) with the true last step of output:
//   kLastStep  output[:, -1] (batch_first) / output[-1] (seq-first, unbatched)   (N, D·H_out)
//   kHnLast    h_n[-1]: last layer, last direction                               (N, H_out)
//   kMisuse    the swapped index: output[-1] with batch_first / output[:, -1] seq-first — the
//              last sample's whole sequence, row n = step n of sample N−1        (L, D·H_out)
//              unbatched: output[:, -1] — what torch returns for (L, D·H_out): the LAST UNIT of
//              every step, row j = output[j, D·H_out−1]                          (L,)
//   kKeepTime  output[:, -1:] (batch_first) / output[-1:] — the last step with its time axis
//              kept (length 1); values equal the last step                      (N, 1, D·H_out)
//   kFlatten   output.reshape(N, -1)[n, -D·H_out:], the tail of the Flatten row   (N, L·D·H_out)
//              — a different tensor: only its last D·H_out block is compared
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
  enum Column { kLastStep = 0, kHnLast, kMisuse, kKeepTime, kFlatten, kCnLast, kColumnCount };
  // What a column is, taken whole, against the last step:
  //   kSame       every element present in both is equal and the shapes hold the same values
  //   kPartEqual  only a part is compared and that part is equal (Flatten: its last block of a
  //               longer row) — the tensor itself is NOT the last step
  //   kDiffers    some compared element differs, or nothing can be compared
  enum class Verdict { kSame, kPartEqual, kDiffers };

  explicit OutputsComparison(const ExplorerSnapshot& snapshot);

  int samples() const { return samples_; }
  int rows() const { return rows_; }  // the widest column's unit count
  int width(Column column) const { return widths_[column]; }
  const std::string& expression(Column column) const { return expressions_[column]; }
  const std::string& shape(Column column) const { return shapes_[column]; }

  // The value at (sample, unit), or nullopt where the column has no such element.
  std::optional<float> value(Column column, int sample, int unit) const;
  // True iff the element is zero padding: output at a step past its sample's length (packed).
  bool isPadding(Column column, int sample, int unit) const;
  // True iff both this column and kLastStep have the element, they are not both padding, and
  // they are equal as floats. Two padding zeros are not counted as equal: nothing was computed.
  bool equalsLastStep(Column column, int sample, int unit) const;
  // Elements of column present in both (and not both padding) and equal / present in both and
  // not both padding, over every sample.
  int equalCount(Column column) const { return equalCounts_[column]; }
  int comparableCount(Column column) const { return comparableCounts_[column]; }
  Verdict verdict(Column column) const;
  // Why column differs from (or agrees with) the last step, in plain language (translated).
  const QString& reason(Column column) const { return reasons_[column]; }

 private:
  int samples_ = 0;
  int steps_ = 0;
  int rows_ = 0;
  int widths_[kColumnCount] = {};
  std::string expressions_[kColumnCount];
  std::string shapes_[kColumnCount];
  QString reasons_[kColumnCount];
  // values_[column][sample · rows_ + unit], meaningful where flags_ has kHasValue (5 bytes an
  // element, not an optional's 8 and a padding byte: a large batch's six columns are 2 MB)
  static constexpr unsigned char kHasValue = 1, kPadding = 2;  // kPadding: zero padding
  std::vector<float> values_[kColumnCount];
  std::vector<unsigned char> flags_[kColumnCount];  // same index
  // equalCount / comparableCount of every column, counted once by countAgreement when the
  // values are in (a large batch has N·D·H_out elements per column).
  int equalCounts_[kColumnCount] = {};
  int comparableCounts_[kColumnCount] = {};
  // Element i of column is compared with the last step's: both have a value and, for another
  // column, not both are zero padding.
  bool compared(Column column, size_t i) const;
  void countAgreement();
};

}  // namespace lstmviz::ui
