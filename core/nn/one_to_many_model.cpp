#include "core/nn/one_to_many_model.h"

#include <algorithm>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

OneToManyConfig checked(OneToManyConfig config) {
  config.decoder.batchFirst = true;
  config.decoder.validate();
  if (config.outputSize <= 0)
    throw ShapeError("the head's out_features must be greater than zero, got " +
                     std::to_string(config.outputSize));
  if (config.steps <= 0)
    throw ShapeError("the number of generated steps L must be greater than zero, got " +
                     std::to_string(config.steps));
  return config;
}

}  // namespace

template <typename T>
OneToManyModel<T>::OneToManyModel(const OneToManyConfig& config)
    : config_(checked(config)),
      modules_({{"decoder", config_.decoder}},
               config_.decoder.numDirections() * config_.decoder.outputSize(), config_.outputSize) {
}

template <typename T>
Tensor<T> OneToManyModel<T>::forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                                     bool training) {
  const int64_t f = config_.decoder.inputSize, l = config_.steps;
  const bool shapeOk =
      (x.dim() == 2 && x.size(1) == f) || (x.dim() == 3 && x.size(1) == 1 && x.size(2) == f);
  if (!shapeOk)
    throw ShapeError("one-to-many: expected x of shape (N, F) or (N, 1, F) with F = " +
                     std::to_string(f) + ", got " + shapeToString(x.shape));
  if (lengths)
    throw ShapeError("one-to-many: lengths are not supported, every output sequence has L = " +
                     std::to_string(l) + " steps");
  const int64_t n = x.size(0);
  inputShape_ = x.shape;
  repeated_ = Tensor<T>({n, l, f});
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < l; ++t)
      std::copy(x.ptr() + b * f, x.ptr() + (b + 1) * f, repeated_.ptr() + (b * l + t) * f);

  TraceOptions options = traceOptions_;
  options.training = training;
  options.dropoutSeed = traceOptions_.dropoutSeed + dropoutCalls_;
  if (training) ++dropoutCalls_;
  hasForward_ = false;
  decoderOut_ = decoder_.forward(repeated_, trace_, nullptr, nullptr, options);
  hasForward_ = true;
  return head_.forward(decoderOut_.output);
}

template <typename T>
void OneToManyModel<T>::backward(const Tensor<T>& dPrediction) {
  if (!hasForward_) throw Error("OneToManyModel::backward needs a forward pass first");
  const int64_t n = trace_.batch, l = trace_.steps, f = config_.decoder.inputSize;
  const Shape want{n, l, head_.outFeatures()};
  if (dPrediction.shape != want)
    throw ShapeError("grad of the prediction must have the prediction's shape " +
                     shapeToString(want) + ", got " + shapeToString(dPrediction.shape));
  const Tensor<T>& output = decoderOut_.output;  // (N, L, D·H_out)
  const int64_t width = output.size(2);
  Tensor<T> dOutput(output.shape);
  Eigen::Map<Matrix<T>>(dOutput.ptr(), width, n * l) =
      head_.backward(Eigen::Map<const Matrix<T>>(output.ptr(), width, n * l),
                     Eigen::Map<const Matrix<T>>(dPrediction.ptr(), head_.outFeatures(), n * l));
  decoder_.backward(trace_, &dOutput, nullptr, nullptr, decoderGrads_);
  std::copy(decoderGrads_.parameters.begin(), decoderGrads_.parameters.end(), decoderGrad_.begin());
  inputGrad_ = Tensor<T>(inputShape_);
  Eigen::Map<Matrix<T>> dx(inputGrad_.ptr(), f, n);
  for (int64_t b = 0; b < n; ++b)
    dx.col(b) =
        Eigen::Map<const Matrix<T>>(decoderGrads_.input.ptr() + b * l * f, f, l).rowwise().sum();
}

template class OneToManyModel<float>;
template class OneToManyModel<double>;

}  // namespace lstmviz::core
