#include "core/nn/seq2seq_model.h"

#include <algorithm>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

Seq2SeqConfig checked(Seq2SeqConfig config) {
  config.encoder.batchFirst = true;
  config.encoder.validate();
  if (config.outputSize <= 0)
    throw ShapeError("the head's out_features must be greater than zero, got " +
                     std::to_string(config.outputSize));
  if (config.horizon <= 0)
    throw ShapeError("the number of predicted steps k must be greater than zero, got " +
                     std::to_string(config.horizon));
  return config;
}

std::vector<int64_t> targetIndices(const Seq2SeqConfig& config) {
  const int64_t f = config.encoder.inputSize, o = config.outputSize;
  std::vector<int64_t> targets = config.targetFeatures;
  if (targets.empty()) {
    if (o > f)
      throw ShapeError("seq2seq: without targetFeatures the O = " + std::to_string(o) +
                       " targets are the first O of the F = " + std::to_string(f) +
                       " input features; O must not exceed F");
    for (int64_t i = 0; i < o; ++i) targets.push_back(i);
  }
  if (static_cast<int64_t>(targets.size()) != o)
    throw ShapeError("seq2seq: targetFeatures names " + std::to_string(targets.size()) +
                     " features, expected O = " + std::to_string(o));
  for (int64_t index : targets)
    if (index < 0 || index >= f)
      throw ShapeError("seq2seq: target feature " + std::to_string(index) +
                       " is out of range for F = " + std::to_string(f) + " input features");
  return targets;
}

template <typename T>
void requireShape(const Tensor<T>& t, const Shape& want, const std::string& what) {
  if (t.shape != want)
    throw ShapeError("seq2seq: expected " + what + " of shape " + shapeToString(want) + ", got " +
                     shapeToString(t.shape));
}

}  // namespace

LstmConfig Seq2SeqConfig::decoderConfig() const {
  LstmConfig c = encoder;
  c.inputSize = outputSize;
  c.batchFirst = true;
  return c;
}

template <typename T>
Seq2SeqModel<T>::Seq2SeqModel(const Seq2SeqConfig& config)
    : config_(checked(config)),
      targets_(targetIndices(config_)),
      modules_({{"encoder", config_.encoder}, {"decoder", config_.decoderConfig()}},
               config_.encoder.numDirections() * config_.encoder.outputSize(), config_.outputSize) {
}

template <typename T>
Tensor<T> Seq2SeqModel<T>::forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                                   bool training, const Tensor<T>* teacherTargets) {
  const int64_t f = config_.encoder.inputSize, o = config_.outputSize, k = config_.horizon;
  if (x.dim() != 3)
    throw ShapeError("seq2seq: expected x of shape (N, L, F) with F = " + std::to_string(f) +
                     ", got " + shapeToString(x.shape));
  const int64_t n = x.size(0), l = x.size(1);
  if (teacherTargets) requireShape(*teacherTargets, {n, k, o}, "teacher targets (N, k, O)");
  TraceOptions options = traceOptions_;
  options.training = training;
  auto nextSeed = [&] {
    const uint64_t seed = traceOptions_.dropoutSeed + dropoutCalls_;
    if (training) ++dropoutCalls_;
    return seed;
  };
  hasForward_ = false;
  options.dropoutSeed = nextSeed();
  encoderOut_ = encoder_.forward(x, encoderTrace_, nullptr, lengths, options);

  // y_{−1}: the target features of each sample's last (true) input step.
  lastSteps_.resize(n);
  Tensor<T> input({n, 1, o});
  for (int64_t b = 0; b < n; ++b) {
    lastSteps_[b] = (lengths ? (*lengths)[b] : l) - 1;
    for (int64_t i = 0; i < o; ++i) input.at({b, 0, i}) = x.at({b, lastSteps_[b], targets_[i]});
  }
  teacherForced_ = teacherTargets != nullptr;
  decoderTraces_.resize(k);
  decoderInputs_.resize(k);
  decoderOuts_.resize(k);
  Tensor<T> prediction({n, k, o});
  const int64_t width = head_.inFeatures();
  LstmState<T> state{encoderOut_.hN, encoderOut_.cN};
  for (int64_t j = 0; j < k; ++j) {
    decoderInputs_[j] = input;
    options.dropoutSeed = nextSeed();
    decoderOuts_[j] = decoder_.forward(input, decoderTraces_[j], &state, nullptr, options);
    state = {decoderOuts_[j].hN, decoderOuts_[j].cN};
    // (N, 1, D·H_out) row-major is D·H_out × N column-major; p_j is O × N.
    const Matrix<T> p =
        head_.forward(Eigen::Map<const Matrix<T>>(decoderOuts_[j].output.ptr(), width, n));
    for (int64_t b = 0; b < n; ++b)
      for (int64_t i = 0; i < o; ++i) {
        prediction.at({b, j, i}) = p(i, b);
        input.at({b, 0, i}) = teacherTargets ? teacherTargets->at({b, j, i}) : p(i, b);
      }
  }
  hasForward_ = true;
  return prediction;
}

template <typename T>
void Seq2SeqModel<T>::backward(const Tensor<T>& dPrediction) {
  if (!hasForward_) throw Error("Seq2SeqModel::backward needs a forward pass first");
  const int64_t n = encoderTrace_.batch;
  const int64_t o = config_.outputSize, k = config_.horizon, width = head_.inFeatures();
  requireShape(dPrediction, {n, k, o}, "the prediction's gradient");

  head_.zeroGradients();
  std::fill(decoderGrad_.begin(), decoderGrad_.end(), T(0));
  // dInput: dL/d(input of the step after j), O × N; it is dL/dp_j unless teacher forced.
  Matrix<T> dInput = Matrix<T>::Zero(o, n);
  Tensor<T> dH(encoderOut_.hN.shape), dC(encoderOut_.cN.shape);  // dL/d(state after step j)
  Tensor<T> dOutput({n, 1, width});
  for (int64_t j = k - 1; j >= 0; --j) {
    Matrix<T> dP(o, n);
    for (int64_t b = 0; b < n; ++b)
      for (int64_t i = 0; i < o; ++i)
        dP(i, b) = dPrediction.at({b, j, i}) + (teacherForced_ ? T(0) : dInput(i, b));
    Eigen::Map<Matrix<T>>(dOutput.ptr(), width, n) = head_.backward(
        Eigen::Map<const Matrix<T>>(decoderOuts_[j].output.ptr(), width, n), dP, true);
    decoder_.backward(decoderTraces_[j], &dOutput, &dH, &dC, lstmGrads_);
    for (size_t i = 0; i < decoderGrad_.size(); ++i) decoderGrad_[i] += lstmGrads_.parameters[i];
    dInput = Eigen::Map<const Matrix<T>>(lstmGrads_.input.ptr(), o, n);
    dH = lstmGrads_.h0;
    dC = lstmGrads_.c0;
  }
  encoder_.backward(encoderTrace_, nullptr, &dH, &dC, lstmGrads_);
  std::copy(lstmGrads_.parameters.begin(), lstmGrads_.parameters.end(), encoderGrad_.begin());
  inputGrad_ = lstmGrads_.input;
  // dInput is now dL/dy_{−1}, which was read from x[n, len_n − 1, targets].
  for (int64_t b = 0; b < n; ++b)
    for (int64_t i = 0; i < o; ++i) inputGrad_.at({b, lastSteps_[b], targets_[i]}) += dInput(i, b);
}

template class Seq2SeqModel<float>;
template class Seq2SeqModel<double>;

}  // namespace lstmviz::core
