#pragma once
// LessonValue: the value a lesson's expression evaluates to — a dense, row-major n-d array of
// doubles with torch's semantics for the few operations lessons need (indexing and slicing,
// view / reshape / permute, broadcasting arithmetic, matmul, reductions). Scalars have shape {};
// booleans are the scalars 0 and 1; shape(x) is a 1-D value of the sizes.
//
// The LSTM's numbers enter as float and are widened exactly, so equal(a, b) on two values copied
// from the same float (output[:, -1] and h_n[-1]) is a bit-for-bit comparison, like torch.equal.
// Every operation throws core::Error with torch's wording where torch has one
// ("shape '[4, 5]' is invalid for input of size 24", "index 7 is out of bounds for dimension 0
// with size 3", "The size of tensor a (3) must match the size of tensor b (4) at non-singleton
// dimension 1").
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::ui {

struct LessonValue {
  core::Shape shape;
  std::vector<double> data;

  LessonValue() = default;
  LessonValue(core::Shape s, std::vector<double> values)
      : shape(std::move(s)), data(std::move(values)) {}
  static LessonValue scalar(double v) { return LessonValue({}, {v}); }
  template <typename T>
  static LessonValue fromTensor(const core::Tensor<T>& t) {
    return LessonValue(t.shape, std::vector<double>(t.data.begin(), t.data.end()));
  }

  int64_t dim() const { return static_cast<int64_t>(shape.size()); }
  int64_t numel() const { return static_cast<int64_t>(data.size()); }
  bool isScalar() const { return data.size() == 1 && shape.empty(); }
  // The single element of a one-element value. Throws Error otherwise ("a Tensor with 6 elements
  // cannot be converted to Scalar", torch's message for .item()).
  double item() const;
  // "(2, 3, 4)" for a shape-like 1-D value, "0.1234" for a scalar, "[...]" for small arrays,
  // "tensor of shape (8, 20, 12)" for larger ones.
  std::string toString() const;
};

// One entry of an index expression x[a, b:c, None, ...].
struct LessonIndex {
  enum class Kind { kInteger, kSlice, kNewAxis, kEllipsis } kind = Kind::kInteger;
  int64_t integer = 0;
  bool hasStart = false, hasStop = false;
  int64_t start = 0, stop = 0, step = 1;
};

// torch's basic indexing (integers drop an axis, slices keep it, None adds one, ... fills).
LessonValue indexValue(const LessonValue& x, const std::vector<LessonIndex>& index);
// view / reshape with one optional -1 (both copy here; the memory order is the same).
LessonValue reshapeValue(const LessonValue& x, std::vector<int64_t> sizes);
LessonValue permuteValue(const LessonValue& x, std::vector<int64_t> axes);
LessonValue transposeValue(const LessonValue& x, int64_t a, int64_t b);
// Elementwise a op b with broadcasting; op is one of + - * / ** == != < > <= >=.
LessonValue binaryValue(const LessonValue& a, const LessonValue& b, const std::string& op);
// torch.matmul for 1-D and 2-D operands and batched (…, M, K) @ (…, K, P) with equal batch shapes.
LessonValue matmulValue(const LessonValue& a, const LessonValue& b);
// Sum or mean over one axis (keepdim = false), or over everything when axis is absent.
LessonValue reduceValue(const LessonValue& x, bool mean, const int64_t* axis);
// x.chunk(chunks, axis) stacked on a new leading axis, so x.chunk(4, 0)[1] is chunk 1.
// Requires the axis to divide evenly (as LSTM weights do).
LessonValue chunkValue(const LessonValue& x, int64_t chunks, int64_t axis);

}  // namespace lstmviz::ui
