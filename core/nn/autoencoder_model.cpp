#include "core/nn/autoencoder_model.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/common/error.h"
#include "core/nn/safe_resize.h"

namespace lstmviz::core {

namespace {

AutoencoderConfig checked(AutoencoderConfig config) {
  config.encoder.batchFirst = true;
  config.encoder.validate();
  config.decoder = config.decoderConfig();
  config.decoder.validate();
  return config;
}

// The errors of the active steps (t < len_n), in row-major order.
template <typename T>
std::vector<T> activeErrors(const Tensor<T>& errors, const std::vector<int64_t>* lengths) {
  if (errors.dim() != 2)
    throw ShapeError("expected reconstruction errors of shape (N, L), got " +
                     shapeToString(errors.shape));
  const int64_t n = errors.size(0), l = errors.size(1);
  if (lengths && static_cast<int64_t>(lengths->size()) != n)
    throw ShapeError("expected " + std::to_string(n) + " lengths, got " +
                     std::to_string(lengths->size()));
  std::vector<T> values;
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < std::min(l, lengths ? (*lengths)[b] : l); ++t)
      values.push_back(errors.at({b, t}));
  if (values.empty()) throw Error("an anomaly threshold needs at least one reconstruction error");
  return values;
}

}  // namespace

LstmConfig AutoencoderConfig::decoderConfig() const {
  LstmConfig c = decoder;
  c.inputSize = codeSize();
  c.batchFirst = true;
  return c;
}

template <typename T>
AutoencoderModel<T>::AutoencoderModel(const AutoencoderConfig& config)
    : config_(checked(config)),
      modules_({{"encoder", config_.encoder}, {"decoder", config_.decoder}},
               config_.decoder.numDirections() * config_.decoder.outputSize(),
               config_.encoder.inputSize) {}

template <typename T>
Tensor<T> AutoencoderModel<T>::forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                                       bool training) {
  const LstmConfig& e = config_.encoder;
  if (x.dim() != 3)
    throw ShapeError("autoencoder: expected x of shape (N, L, F) with F = " +
                     std::to_string(e.inputSize) + ", got " + shapeToString(x.shape));
  TraceOptions options = traceOptions_;
  options.training = training;
  options.dropoutSeed = traceOptions_.dropoutSeed + dropoutCalls_;
  hasForward_ = false;
  encoderOut_ = encoder_.forward(x, encoderTrace_, nullptr, lengths, options);
  lengths_ = lengths ? *lengths : std::vector<int64_t>{};

  // z: the last layer's h_n, directions stacked (forward rows first).
  const int64_t n = x.size(0), l = x.size(1), hOut = e.outputSize(), d = e.numDirections();
  const int64_t first = (e.numLayers - 1) * d;
  resizeSafely(code_, d * hOut, n);
  for (int64_t dir = 0; dir < d; ++dir)
    code_.middleRows(dir * hOut, hOut) =
        Eigen::Map<const Matrix<T>>(encoderOut_.hN.ptr() + (first + dir) * n * hOut, hOut, n);
  Tensor<T> repeated({n, l, d * hOut});
  for (int64_t b = 0; b < n; ++b)
    Eigen::Map<Matrix<T>>(repeated.ptr() + b * l * d * hOut, d * hOut, l) =
        code_.col(b).replicate(1, l);

  options.dropoutSeed = traceOptions_.dropoutSeed + dropoutCalls_ + 1;
  if (training) dropoutCalls_ += 2;
  decoderOut_ = decoder_.forward(repeated, decoderTrace_, nullptr, lengths, options);
  hasForward_ = true;
  return head_.forward(decoderOut_.output);
}

template <typename T>
void AutoencoderModel<T>::backward(const Tensor<T>& dPrediction) {
  if (!hasForward_) throw Error("AutoencoderModel::backward needs a forward pass first");
  const LstmConfig& e = config_.encoder;
  const int64_t n = encoderTrace_.batch, l = encoderTrace_.steps, f = e.inputSize;
  if (dPrediction.shape != Shape{n, l, f})
    throw ShapeError("grad of the prediction must have the prediction's shape " +
                     shapeToString({n, l, f}) + ", got " + shapeToString(dPrediction.shape));
  const Tensor<T>& output = decoderOut_.output;  // (N, L, D_d·H_out_d)
  const int64_t width = output.size(2);
  Tensor<T> dOutput(output.shape);
  Eigen::Map<Matrix<T>>(dOutput.ptr(), width, n * l) =
      head_.backward(Eigen::Map<const Matrix<T>>(output.ptr(), width, n * l),
                     Eigen::Map<const Matrix<T>>(dPrediction.ptr(), f, n * l));
  decoder_.backward(decoderTrace_, &dOutput, nullptr, nullptr, lstmGrads_);
  std::copy(lstmGrads_.parameters.begin(), lstmGrads_.parameters.end(), decoderGrad_.begin());

  // dz_n = Σ_t dr[n, t] (inactive steps have zero gradient), into the last layer's dL/dh_n.
  const int64_t hOut = e.outputSize(), d = e.numDirections(), first = (e.numLayers - 1) * d;
  Tensor<T> dHN(encoderOut_.hN.shape);
  for (int64_t b = 0; b < n; ++b) {
    const Matrix<T> dz =
        Eigen::Map<const Matrix<T>>(lstmGrads_.input.ptr() + b * l * d * hOut, d * hOut, l)
            .rowwise()
            .sum();
    for (int64_t dir = 0; dir < d; ++dir)
      Eigen::Map<Matrix<T>>(dHN.ptr() + ((first + dir) * n + b) * hOut, hOut, 1) =
          dz.middleRows(dir * hOut, hOut);
  }
  encoder_.backward(encoderTrace_, nullptr, &dHN, nullptr, lstmGrads_);
  std::copy(lstmGrads_.parameters.begin(), lstmGrads_.parameters.end(), encoderGrad_.begin());
  inputGrad_ = lstmGrads_.input;
}

template <typename T>
Tensor<T> AutoencoderModel<T>::reconstructionError(const Tensor<T>& x,
                                                   const std::vector<int64_t>* lengths) {
  const Tensor<T> reconstruction = forward(x, lengths, false);
  const int64_t n = x.size(0), l = x.size(1), f = x.size(2);
  Tensor<T> errors({n, l});
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < (lengths ? (*lengths)[b] : l); ++t) {
      T sum = 0;
      for (int64_t i = 0; i < f; ++i) {
        const T diff = reconstruction.at({b, t, i}) - x.at({b, t, i});
        sum += diff * diff;
      }
      errors.at({b, t}) = sum / static_cast<T>(f);
    }
  return errors;
}

template <typename T>
T AutoencoderModel<T>::thresholdMeanStd(const Tensor<T>& errors, double k,
                                        const std::vector<int64_t>* lengths) {
  const std::vector<T> values = activeErrors(errors, lengths);
  const double count = static_cast<double>(values.size());
  double mean = 0;
  for (T v : values) mean += v;
  mean /= count;
  double squares = 0;
  for (T v : values) squares += (v - mean) * (v - mean);
  const double std = values.size() > 1 ? std::sqrt(squares / (count - 1)) : 0.0;
  return static_cast<T>(mean + k * std);
}

template <typename T>
T AutoencoderModel<T>::thresholdPercentile(const Tensor<T>& errors, double q,
                                           const std::vector<int64_t>* lengths) {
  if (!(q >= 0.0 && q <= 100.0))
    throw Error("percentile must be in [0, 100], got " + std::to_string(q));
  std::vector<T> values = activeErrors(errors, lengths);
  std::sort(values.begin(), values.end());
  // numpy's "linear" method: position q/100 · (count − 1) between order statistics.
  const double position = q / 100.0 * static_cast<double>(values.size() - 1);
  const size_t below = static_cast<size_t>(std::floor(position));
  const size_t above = std::min(below + 1, values.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return static_cast<T>(values[below] + fraction * (values[above] - values[below]));
}

template class AutoencoderModel<float>;
template class AutoencoderModel<double>;

}  // namespace lstmviz::core
