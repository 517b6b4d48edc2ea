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
  int64_t batch = 1;   // N
  int64_t steps = 1;   // L
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
};

// Copies a sequence tensor (layout's sequenceShape(F)) into dst (F × L·N). dst must be sized.
template <typename T>
void sequenceToColumns(const Tensor<T>& src, const SequenceLayout& layout,
                       Matrix<T>& dst);
// Writes src (F × L·N) into a tensor of the layout's sequenceShape(F).
template <typename T>
void columnsToSequence(const Matrix<T>& src, const SequenceLayout& layout,
                       Tensor<T>& dst);

}  // namespace lstmviz::core
