#include "core/nn/lstm_jacobian.h"

#include <algorithm>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

// Where (n, s, f) of a sequence tensor lives, for the three layouts.
struct SequenceIndex {
  int64_t batch, steps, width;
  bool batchFirst, unbatched;
  int64_t at(int64_t n, int64_t s, int64_t f) const {
    if (unbatched) return s * width + f;
    return (batchFirst ? n * steps + s : s * batch + n) * width + f;
  }
};

}  // namespace

template <typename T>
Tensor<T> lstmSampleJacobian(const Lstm<T>& lstm, const Tensor<T>& input,
                             const LstmState<T>* initial, const std::vector<int64_t>* lengths,
                             int64_t sample, const std::vector<GateClamp>& clamps,
                             int64_t rowsPerPass) {
  const LstmConfig& c = lstm.config();
  if (input.dim() != 2 && input.dim() != 3)
    throw ShapeError("LSTM: Expected input to be 2-D or 3-D but received " +
                     std::to_string(input.dim()) + "-D tensor");
  const bool unbatched = input.dim() == 2;
  const int64_t l = unbatched ? input.shape[0] : input.shape[c.batchFirst ? 1 : 0];
  const int64_t n = unbatched ? 1 : input.shape[c.batchFirst ? 0 : 1];
  const int64_t hIn = input.shape.back(), width = c.numDirections() * c.outputSize();
  if (sample < 0 || sample >= n)
    throw ShapeError("sample " + std::to_string(sample) + " is out of bounds for a batch of " +
                     std::to_string(n));
  {  // torch's messages for any bad argument, on the caller's tensors (one plain forward)
    LstmTrace<T> check;
    TraceOptions o;
    o.recordPreActivations = o.recordGradients = false;
    lstm.forward(input, check, initial, lengths, o);
  }
  const int64_t length = lengths && !unbatched ? (*lengths).at(sample) : l;
  const int64_t rows = length * width;
  const int64_t copies = std::clamp<int64_t>(rowsPerPass, 1, std::max<int64_t>(rows, 1));
  const SequenceIndex from{n, l, hIn, c.batchFirst, unbatched};
  const SequenceIndex to{copies, l, hIn, c.batchFirst, false};
  const SequenceIndex outIndex{copies, l, width, c.batchFirst, false};

  // B copies of the sample, batched in the model's layout.
  Tensor<T> replicated(c.batchFirst ? Shape{copies, l, hIn} : Shape{l, copies, hIn});
  for (int64_t b = 0; b < copies; ++b)
    for (int64_t s = 0; s < l; ++s)
      for (int64_t f = 0; f < hIn; ++f)
        replicated.data[to.at(b, s, f)] = input.data[from.at(sample, s, f)];
  std::optional<LstmState<T>> state;
  if (initial) {
    const int64_t count = c.numDirections() * c.numLayers;
    auto replicate = [&](const Tensor<T>& src, int64_t w) {
      Tensor<T> dst(Shape{count, copies, w});
      if (src.numel() != (unbatched ? count * w : count * n * w))
        throw ShapeError("Expected hidden size " + shapeToTuple(Shape{count, n, w}) + ", got " +
                         shapeToString(src.shape));
      for (int64_t k = 0; k < count; ++k)
        for (int64_t b = 0; b < copies; ++b)
          for (int64_t u = 0; u < w; ++u)
            dst.data[(k * copies + b) * w + u] =
                src.data[(unbatched ? k * w : (k * n + sample) * w) + u];
      return dst;
    };
    state =
        LstmState<T>{replicate(initial->h, c.outputSize()), replicate(initial->c, c.hiddenSize)};
  }
  std::vector<int64_t> copyLengths;
  if (lengths && !unbatched) copyLengths.assign(copies, length);
  TraceOptions options;
  options.recordPreActivations = false;
  options.recordGradients = false;
  for (GateClamp k : clamps) {
    if (k.sample != GateClamp::kAllSamples && k.sample != sample) continue;
    k.sample = GateClamp::kAllSamples;
    options.clamps.push_back(k);
  }
  LstmTrace<T> trace;
  const LstmOutput<T> out = lstm.forward(replicated, trace, state ? &*state : nullptr,
                                         copyLengths.empty() ? nullptr : &copyLengths, options);

  Tensor<T> jacobian(Shape{l, width, l, hIn});
  Tensor<T> gradOutput(out.output.shape);
  LstmGradients<T> grads;
  for (int64_t first = 0; first < rows; first += copies) {
    const int64_t count = std::min(copies, rows - first);
    std::fill(gradOutput.data.begin(), gradOutput.data.end(), T(0));
    for (int64_t b = 0; b < count; ++b) {
      const int64_t t = (first + b) / width, j = (first + b) % width;
      gradOutput.data[outIndex.at(b, t, j)] = T(1);
    }
    lstm.backward(trace, &gradOutput, nullptr, nullptr, grads);
    for (int64_t b = 0; b < count; ++b) {
      const int64_t row = first + b;  // = t·width + j, J's row-major (t, j) index
      T* dst = jacobian.ptr() + row * l * hIn;
      for (int64_t s = 0; s < length; ++s)
        for (int64_t f = 0; f < hIn; ++f) dst[s * hIn + f] = grads.input.data[to.at(b, s, f)];
    }
  }
  return jacobian;
}

template <typename T>
Tensor<T> lstmJacobian(const Lstm<T>& lstm, const Tensor<T>& input, const LstmState<T>* initial,
                       const std::vector<int64_t>* lengths, const std::vector<GateClamp>& clamps) {
  // Validates every argument with torch's messages before the per-sample passes.
  LstmTrace<T> check;
  TraceOptions o;
  o.recordPreActivations = o.recordGradients = false;
  o.clamps = clamps;
  lstm.forward(input, check, initial, lengths, o);
  const int64_t n = check.batch, l = check.steps;
  const int64_t width = lstm.config().numDirections() * lstm.config().outputSize();
  const int64_t hIn = lstm.config().inputSize, block = l * width * l * hIn;
  Tensor<T> all(Shape{n, l, width, l, hIn});
  for (int64_t s = 0; s < n; ++s) {
    const Tensor<T> one = lstmSampleJacobian(lstm, input, initial, lengths, s, clamps);
    std::copy(one.data.begin(), one.data.end(), all.data.begin() + s * block);
  }
  return all;
}

#define LSTMVIZ_INSTANTIATE(T)                                                                    \
  template Tensor<T> lstmSampleJacobian<T>(const Lstm<T>&, const Tensor<T>&, const LstmState<T>*, \
                                           const std::vector<int64_t>*, int64_t,                  \
                                           const std::vector<GateClamp>&, int64_t);               \
  template Tensor<T> lstmJacobian<T>(const Lstm<T>&, const Tensor<T>&, const LstmState<T>*,       \
                                     const std::vector<int64_t>*, const std::vector<GateClamp>&);
LSTMVIZ_INSTANTIATE(float)
LSTMVIZ_INSTANTIATE(double)
#undef LSTMVIZ_INSTANTIATE

}  // namespace lstmviz::core
