#include "core/nn/lstm_jacobian.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>

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

// `copies` copies of sample `sample`'s first `steps` steps, batched in the model's layout, with
// its initial state, lengths (when packed and steps = L) and the clamps that concern it.
template <typename T>
struct Replica {
  Tensor<T> input;
  std::optional<LstmState<T>> state;
  std::vector<int64_t> lengths;
  TraceOptions options;
};

template <typename T>
Replica<T> replicateSample(const LstmConfig& c, const Tensor<T>& input, const LstmState<T>* initial,
                           int64_t sample, int64_t length, int64_t copies, int64_t steps,
                           const std::vector<GateClamp>& clamps) {
  const bool unbatched = input.dim() == 2;
  const int64_t l = unbatched ? input.shape[0] : input.shape[c.batchFirst ? 1 : 0];
  const int64_t n = unbatched ? 1 : input.shape[c.batchFirst ? 0 : 1];
  const int64_t hIn = input.shape.back();
  const SequenceIndex from{n, l, hIn, c.batchFirst, unbatched};
  const SequenceIndex to{copies, steps, hIn, c.batchFirst, false};
  Replica<T> r;
  r.input = Tensor<T>(c.batchFirst ? Shape{copies, steps, hIn} : Shape{steps, copies, hIn});
  for (int64_t b = 0; b < copies; ++b)
    for (int64_t s = 0; s < steps; ++s)
      for (int64_t f = 0; f < hIn; ++f)
        r.input.data[to.at(b, s, f)] = input.data[from.at(sample, s, f)];
  if (initial) {
    const int64_t count = c.numDirections() * c.numLayers;
    auto replicate = [&](const Tensor<T>& src, int64_t w) {
      Tensor<T> dst(Shape{count, copies, w});
      for (int64_t k = 0; k < count; ++k)
        for (int64_t b = 0; b < copies; ++b)
          for (int64_t u = 0; u < w; ++u)
            dst.data[(k * copies + b) * w + u] =
                src.data[(unbatched ? k * w : (k * n + sample) * w) + u];
      return dst;
    };
    r.state =
        LstmState<T>{replicate(initial->h, c.outputSize()), replicate(initial->c, c.hiddenSize)};
  }
  if (length < steps) r.lengths.assign(copies, length);
  r.options.recordPreActivations = false;
  r.options.recordGradients = false;
  for (GateClamp k : clamps) {
    if (k.sample != GateClamp::kAllSamples && k.sample != sample) continue;
    if (k.firstStep >= steps) continue;  // beyond the steps kept: nothing to clamp
    if (k.lastStep >= steps) k.lastStep = GateClamp::kLastStep;
    k.sample = GateClamp::kAllSamples;
    r.options.clamps.push_back(k);
  }
  return r;
}

// Checks the arguments with torch's messages (one plain forward on the caller's tensors) and
// returns (L, the sample's length).
template <typename T>
std::pair<int64_t, int64_t> checkSample(const Lstm<T>& lstm, const Tensor<T>& input,
                                        const LstmState<T>* initial,
                                        const std::vector<int64_t>* lengths, int64_t sample) {
  LstmTrace<T> check;
  TraceOptions o;
  o.recordPreActivations = o.recordGradients = false;
  lstm.forward(input, check, initial, lengths, o);
  if (sample < 0 || sample >= check.batch)
    throw ShapeError("sample " + std::to_string(sample) + " is out of bounds for a batch of " +
                     std::to_string(check.batch));
  return {check.steps, check.length(sample)};
}

}  // namespace

// The forward-mode kernel (lstm_jacobian_forward.cpp): J of the one-sample pass in trace, padded
// with zeros to fullSteps.
template <typename T>
Tensor<T> lstmSampleJacobianForwardMode(const Lstm<T>& lstm, const LstmTrace<T>& trace,
                                        int64_t fullSteps);

template <typename T>
Tensor<T> lstmSampleJacobian(const Lstm<T>& lstm, const Tensor<T>& input,
                             const LstmState<std::type_identity_t<T>>* initial,
                             const std::vector<int64_t>* lengths, int64_t sample,
                             const std::vector<GateClamp>& clamps, int64_t rowsPerPass) {
  const LstmConfig& c = lstm.config();
  const auto [l, length] = checkSample(lstm, input, initial, lengths, sample);
  const int64_t hIn = c.inputSize, width = c.numDirections() * c.outputSize();
  const int64_t rows = length * width;
  const int64_t copies = std::clamp<int64_t>(rowsPerPass, 1, std::max<int64_t>(rows, 1));
  const Replica<T> replica = replicateSample(c, input, initial, sample, length, copies, l, clamps);
  const SequenceIndex to{copies, l, hIn, c.batchFirst, false};
  const SequenceIndex outIndex{copies, l, width, c.batchFirst, false};
  LstmTrace<T> trace;
  const LstmOutput<T> out =
      lstm.forward(replica.input, trace, replica.state ? &*replica.state : nullptr,
                   replica.lengths.empty() ? nullptr : &replica.lengths, replica.options);

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
Tensor<T> lstmSampleJacobianForward(const Lstm<T>& lstm, const Tensor<T>& input,
                                    const LstmState<std::type_identity_t<T>>* initial,
                                    const std::vector<int64_t>* lengths, int64_t sample,
                                    const std::vector<GateClamp>& clamps) {
  const auto [l, length] = checkSample(lstm, input, initial, lengths, sample);
  // The sample alone, cut at its length: a packed sample's steps past it do not exist.
  const Replica<T> replica =
      replicateSample(lstm.config(), input, initial, sample, length, 1, length, clamps);
  LstmTrace<T> trace;
  lstm.forward(replica.input, trace, replica.state ? &*replica.state : nullptr, nullptr,
               replica.options);
  return lstmSampleJacobianForwardMode(lstm, trace, l);
}

template <typename T>
Tensor<T> lstmJacobian(const Lstm<T>& lstm, const Tensor<T>& input,
                       const LstmState<std::type_identity_t<T>>* initial,
                       const std::vector<int64_t>* lengths, const std::vector<GateClamp>& clamps,
                       JacobianMode mode) {
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
    const Tensor<T> one = mode == JacobianMode::kForward
                              ? lstmSampleJacobianForward(lstm, input, initial, lengths, s, clamps)
                              : lstmSampleJacobian(lstm, input, initial, lengths, s, clamps);
    std::copy(one.data.begin(), one.data.end(), all.data.begin() + s * block);
  }
  return all;
}

#define LSTMVIZ_INSTANTIATE(T)                                                                     \
  template Tensor<T> lstmSampleJacobian<T>(const Lstm<T>&, const Tensor<T>&, const LstmState<T>*,  \
                                           const std::vector<int64_t>*, int64_t,                   \
                                           const std::vector<GateClamp>&, int64_t);                \
  template Tensor<T> lstmSampleJacobianForward<T>(                                                 \
      const Lstm<T>&, const Tensor<T>&, const LstmState<T>*, const std::vector<int64_t>*, int64_t, \
      const std::vector<GateClamp>&);                                                              \
  template Tensor<T> lstmJacobian<T>(const Lstm<T>&, const Tensor<T>&, const LstmState<T>*,        \
                                     const std::vector<int64_t>*, const std::vector<GateClamp>&,   \
                                     JacobianMode);
LSTMVIZ_INSTANTIATE(float)
LSTMVIZ_INSTANTIATE(double)
#undef LSTMVIZ_INSTANTIATE

}  // namespace lstmviz::core
