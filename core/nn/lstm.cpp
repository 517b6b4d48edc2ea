#include "core/nn/lstm.h"

#include <cmath>
#include <random>
#include <string>

#include "core/common/error.h"
#include "core/nn/lstm_kernels.h"
#include "core/nn/safe_resize.h"
#include "core/nn/sequence_layout.h"

namespace lstmviz::core {

namespace {

std::string dimName(int64_t d) { return std::to_string(d) + "-D"; }

// Checks input, (h_0, c_0) and lengths against torch's rules; returns the layout.
template <typename T>
SequenceLayout checkForwardArguments(const LstmConfig& c, const Tensor<T>& input,
                                     const LstmState<T>* initial,
                                     const std::vector<int64_t>* lengths) {
  if (input.dim() != 2 && input.dim() != 3)
    throw ShapeError("LSTM: Expected input to be 2-D or 3-D but received " + dimName(input.dim()) +
                     " tensor");
  if (input.numel() != numel(input.shape))
    throw ShapeError("input holds " + std::to_string(input.numel()) + " values but its shape " +
                     shapeToString(input.shape) + " needs " + std::to_string(numel(input.shape)));
  SequenceLayout layout;
  layout.unbatched = input.dim() == 2;
  layout.batchFirst = c.batchFirst;
  if (layout.unbatched) {
    layout.steps = input.shape[0];
    layout.batch = 1;
  } else {
    layout.steps = c.batchFirst ? input.shape[1] : input.shape[0];
    layout.batch = c.batchFirst ? input.shape[0] : input.shape[1];
  }
  if (input.size(-1) != c.inputSize)
    throw ShapeError("input.size(-1) must be equal to input_size. Expected " +
                     std::to_string(c.inputSize) + ", got " + std::to_string(input.size(-1)));
  if (layout.steps <= 0) throw ShapeError("Expected sequence length to be larger than 0 in RNN");
  if (layout.batch <= 0) throw ShapeError("Expected batch size to be larger than 0 in RNN");

  if (initial) {
    const int64_t want = layout.unbatched ? 2 : 3;
    if (initial->h.dim() != want || initial->c.dim() != want)
      throw ShapeError(
          std::string(layout.unbatched ? "For unbatched 2-D input" : "For batched 3-D input") +
          ", hx and cx should also be " + dimName(want) + " but got (" + dimName(initial->h.dim()) +
          ", " + dimName(initial->c.dim()) + ") tensors");
    // torch checks the unbatched states after unsqueezing them to (D·layers, 1, ·).
    auto batched = [&](const Shape& s) { return layout.unbatched ? Shape{s[0], 1, s[1]} : s; };
    const int64_t count = c.numDirections() * c.numLayers;
    const Shape wantH{count, layout.batch, c.outputSize()};
    const Shape wantC{count, layout.batch, c.hiddenSize};
    if (batched(initial->h.shape) != wantH)
      throw ShapeError("Expected hidden[0] size " + shapeToTuple(wantH) + ", got " +
                       shapeToString(batched(initial->h.shape)));
    if (batched(initial->c.shape) != wantC)
      throw ShapeError("Expected hidden[1] size " + shapeToTuple(wantC) + ", got " +
                       shapeToString(batched(initial->c.shape)));
  }

  if (lengths) {
    if (layout.unbatched)
      throw ShapeError("lengths (pack_padded_sequence) need batched 3-D input, got 2-D input");
    if (static_cast<int64_t>(lengths->size()) != layout.batch)
      throw ShapeError("Expected `len(lengths)` to be equal to batch_size, but got " +
                       std::to_string(lengths->size()) +
                       " (batch_size=" + std::to_string(layout.batch) + ")");
    for (size_t n = 0; n < lengths->size(); ++n) {
      const int64_t len = (*lengths)[n];
      if (len <= 0)
        throw ShapeError(
            "Length of all samples has to be greater than 0, but found an element in 'lengths' "
            "that is <= 0");
      if (len > layout.steps)
        throw ShapeError("lengths[" + std::to_string(n) + "] = " + std::to_string(len) +
                         " is longer than the padded sequence (" + std::to_string(layout.steps) +
                         " steps)");
    }
  }
  return layout;
}

}  // namespace

template <typename T>
Lstm<T>::Lstm(const LstmConfig& config) : config_(config) {
  config_.validate();
  const int64_t count = lstmParameterCount(config_);  // before any list or buffer is built
  if (count > kMaxParameterBytes / static_cast<int64_t>(sizeof(T)))
    throw ResourceError("this nn.LSTM has " + std::to_string(count) + " parameters (" +
                        std::to_string((count >> 20) * static_cast<int64_t>(sizeof(T))) +
                        " MiB), more than lstmviz's budget of " +
                        std::to_string(kMaxParameterBytes >> 20) +
                        " MiB; use a smaller hidden_size");
  specs_ = lstmParameterSpecs(config_);
  parameters_.assign(count, T(0));
}

template <typename T>
const LstmParamSpec* Lstm<T>::findSpec(const std::string& name) const {
  for (const auto& spec : specs_)
    if (spec.name == name) return &spec;
  return nullptr;
}

template <typename T>
const LstmParamSpec* Lstm<T>::findSpec(int64_t layer, int64_t direction, LstmParamKind kind) const {
  for (const auto& spec : specs_)
    if (spec.layer == layer && spec.direction == direction && spec.kind == kind) return &spec;
  return nullptr;
}

template <typename T>
Eigen::Map<RowMatrix<T>> Lstm<T>::param(const LstmParamSpec& spec) {
  const int64_t cols = spec.shape.size() == 2 ? spec.shape[1] : 1;
  return {parameters_.data() + spec.offset, spec.shape[0], cols};
}

template <typename T>
Eigen::Map<const RowMatrix<T>> Lstm<T>::param(const LstmParamSpec& spec) const {
  const int64_t cols = spec.shape.size() == 2 ? spec.shape[1] : 1;
  return {parameters_.data() + spec.offset, spec.shape[0], cols};
}

template <typename T>
void Lstm<T>::resetParameters(uint64_t seed) {
  std::mt19937_64 rng(seed);
  const double bound = 1.0 / std::sqrt(static_cast<double>(config_.hiddenSize));
  std::uniform_real_distribution<double> uniform(-bound, bound);
  for (T& value : parameters_) value = static_cast<T>(uniform(rng));
}

template <typename T>
LstmOutput<T> Lstm<T>::forward(const Tensor<T>& input, LstmTrace<T>& trace,
                               const LstmState<T>* initial, const std::vector<int64_t>* lengths,
                               const TraceOptions& options) const {
  const LstmConfig& c = config_;
  const SequenceLayout layout = checkForwardArguments(c, input, initial, lengths);
  for (const GateClamp& clamp : options.clamps)
    if (const std::string problem = gateClampProblem(clamp, c, layout.steps, layout.batch);
        !problem.empty())
      throw ShapeError("gate clamp " + std::string(1, gateLetter(clamp.gate)) + " of layer " +
                       std::to_string(clamp.layer) + ", unit " + std::to_string(clamp.unit) + ": " +
                       problem);
  const int64_t n = layout.batch, l = layout.steps, d = c.numDirections();
  const int64_t h = c.hiddenSize, hOut = c.outputSize(), ln = l * n;

  trace.allocate(c, n, l, options);
  trace.unbatched = layout.unbatched;
  trace.lengths = lengths ? *lengths : std::vector<int64_t>{};
  sequenceToColumns<T>(input, layout, trace.layerInput[0]);
  std::mt19937_64 dropoutRng(options.dropoutSeed);

  LstmOutput<T> out;
  out.hN = Tensor<T>(layout.stateShape(d * c.numLayers, hOut));
  out.cN = Tensor<T>(layout.stateShape(d * c.numLayers, h));
  Matrix<T> lastOutput;  // D·H_out × L·N, the top layer's output (zero past each length)

  for (int64_t k = 0; k < c.numLayers; ++k) {
    for (int64_t dir = 0; dir < d; ++dir) {
      DirectionTrace<T>& tr = trace.at(k, dir);
      const int64_t index = k * d + dir;
      // Initial state: slot initialBlock() of hidden / cell.
      auto h0 = tr.hidden.middleCols(tr.initialBlock() * n, n);
      auto c0 = tr.cell.middleCols(tr.initialBlock() * n, n);
      if (initial) {
        h0 = Eigen::Map<const Matrix<T>>(initial->h.ptr() + index * n * hOut, hOut, n);
        c0 = Eigen::Map<const Matrix<T>>(initial->c.ptr() + index * n * h, h, n);
      } else {
        h0.setZero();
        c0.setZero();
      }
      const DirectionWeights<T> w(*this, k, dir);
      runDirection(w, trace.layerInput[k], trace, tr);
      // h_n, c_n: the state after the last processed step (carried past each length).
      const int64_t finalBlock = tr.reverse ? 0 : l;
      Eigen::Map<Matrix<T>>(out.hN.ptr() + index * n * hOut, hOut, n) =
          tr.hidden.middleCols(finalBlock * n, n);
      Eigen::Map<Matrix<T>>(out.cN.ptr() + index * n * h, h, n) =
          tr.cell.middleCols(finalBlock * n, n);
    }
    // This layer's output: directions stacked, zeroed where a sequence has ended.
    const bool last = k + 1 == c.numLayers;
    Matrix<T>& dst = last ? lastOutput : trace.layerInput[k + 1];
    if (last) resizeSafely(dst, d * hOut, ln);
    for (int64_t dir = 0; dir < d; ++dir) {
      const DirectionTrace<T>& tr = trace.at(k, dir);
      dst.middleRows(dir * hOut, hOut) = tr.hidden.middleCols(tr.stateBlock(0) * n, ln);
    }
    if (last) {
      if (trace.packed())
        for (int64_t t = 0; t < l; ++t)
          for (int64_t b = 0; b < n; ++b)
            if (!trace.isActive(t, b)) dst.col(t * n + b).setZero();
    } else if (!trace.dropoutMask.empty()) {
      Matrix<T>& mask = trace.dropoutMask[k + 1];
      const double p = c.dropout;
      std::bernoulli_distribution keep(1.0 - p);
      const T scale = p < 1.0 ? static_cast<T>(1.0 / (1.0 - p)) : T(0);
      for (int64_t i = 0; i < mask.size(); ++i) mask.data()[i] = keep(dropoutRng) ? scale : T(0);
      dst.array() *= mask.array();
    }
  }
  columnsToSequence<T>(lastOutput, layout, out.output);
  return out;
}

template class Lstm<float>;
template class Lstm<double>;

}  // namespace lstmviz::core
