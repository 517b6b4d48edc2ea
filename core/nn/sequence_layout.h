#pragma once
// Conversions between the user's tensor layouts and the LSTM's column layout.
// Column layout: an F × L·N column-major matrix whose column t·N + n is step t of sample n —
// the same memory as a contiguous seq-first (L, N, F) tensor, so seq-first and unbatched
// tensors copy straight through and batch_first (N, L, F) tensors are transposed per sample.
#include <cstdint>

#include "core/common/tensor.h"
#include "core/nn/lstm_trace.h"

namespace lstmviz::core {

struct SequenceLayout {
  int64_t batch = 1;  // N
  int64_t steps = 1;  // L
  bool batchFirst = false;
  bool unbatched = false;

  // The tensor shape of a sequence of `width` features in this layout.
  Shape sequenceShape(int64_t width) const {
    if (unbatched) return {steps, width};
    return batchFirst ? Shape{batch, steps, width} : Shape{steps, batch, width};
  }
  // Shape of a (D·layers, N, width) state tensor; unbatched drops N.
  Shape stateShape(int64_t count, int64_t width) const {
    return unbatched ? Shape{count, width} : Shape{count, batch, width};
  }
  // The axis of N (-1 when unbatched), of L and of the features in sequenceShape.
  int batchAxis() const { return unbatched ? -1 : (batchFirst ? 0 : 1); }
  int timeAxis() const { return unbatched || !batchFirst ? 0 : 1; }
  int featureAxis() const { return unbatched ? 1 : 2; }
  // The flat offset of sample n's step t, feature f in a contiguous tensor of
  // sequenceShape(width): (t, f) unbatched (n = 0), (n, t, f) batch_first, (t, n, f) seq-first.
  int64_t offset(int64_t n, int64_t t, int64_t f, int64_t width) const {
    if (unbatched) return t * width + f;
    return (batchFirst ? n * steps + t : t * batch + n) * width + f;
  }
  // x[n, t, f] of a sequence tensor in this layout, whatever the order of its axes.
  template <typename T>
  T& at(Tensor<T>& x, int64_t n, int64_t t, int64_t f) const {
    return x.data[offset(n, t, f, x.shape.back())];
  }
  template <typename T>
  const T& at(const Tensor<T>& x, int64_t n, int64_t t, int64_t f) const {
    return x.data[offset(n, t, f, x.shape.back())];
  }
};

// Copies a sequence tensor (layout's sequenceShape(F)) into dst (F × L·N). dst must be sized.
template <typename T>
void sequenceToColumns(const Tensor<T>& src, const SequenceLayout& layout, Matrix<T>& dst);
// Writes src (F × L·N) into a tensor of the layout's sequenceShape(F).
template <typename T>
void columnsToSequence(const Matrix<T>& src, const SequenceLayout& layout, Tensor<T>& dst);

}  // namespace lstmviz::core
