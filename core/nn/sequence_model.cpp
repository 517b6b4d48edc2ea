#include "core/nn/sequence_model.h"

#include <algorithm>
#include <string>

#include "core/common/error.h"
#include "core/nn/safe_resize.h"

namespace lstmviz::core {

namespace {

SequenceModelConfig checked(SequenceModelConfig config) {
  config.lstm.batchFirst = true;
  config.lstm.validate();
  if (config.outputSize <= 0)
    throw ShapeError("the head's out_features must be greater than zero, got " +
                     std::to_string(config.outputSize));
  if (config.head == HeadKind::kFlatten && config.steps <= 0)
    throw ShapeError(
        "the flatten head needs the sequence length L (its in_features is L·D·H_out), got " +
        std::to_string(config.steps));
  return config;
}

}  // namespace

int64_t SequenceModelConfig::headInputSize() const {
  const int64_t width = lstm.numDirections() * lstm.outputSize();
  switch (head) {
    case HeadKind::kHn:
      return lstm.outputSize();
    case HeadKind::kFlatten:
      return steps * width;
    case HeadKind::kLast:
    case HeadKind::kMean:
    case HeadKind::kSeq:
      return width;
  }
  return width;
}

template <typename T>
SequenceModel<T>::SequenceModel(const SequenceModelConfig& config)
    : config_(checked(config)),
      modules_({{"lstm", config_.lstm}}, config_.headInputSize(), config_.outputSize) {}

template <typename T>
std::string SequenceModel<T>::kind() const {
  return std::string("lstm+") + headKindName(config_.head);
}

template <typename T>
Tensor<T> SequenceModel<T>::forward(const Tensor<T>& x, const std::vector<int64_t>* lengths,
                                    bool training) {
  const LstmConfig& c = config_.lstm;
  if (x.dim() != 3)
    throw ShapeError("SequenceModel: expected x of shape (N, L, H_in) with H_in = " +
                     std::to_string(c.inputSize) + ", got " + shapeToString(x.shape));
  TraceOptions options = traceOptions_;
  options.training = training;
  options.dropoutSeed = traceOptions_.dropoutSeed + dropoutCalls_;
  if (training) ++dropoutCalls_;
  hasForward_ = false;
  lstmOut_ = lstm_.forward(x, trace_, nullptr, lengths, options);
  hasForward_ = true;
  lengths_ = lengths ? *lengths : std::vector<int64_t>{};

  const int64_t n = x.size(0), l = x.size(1), width = c.numDirections() * c.outputSize();
  const T* output = lstmOut_.output.ptr();  // (N, L, D·H_out) row-major
  auto length = [&](int64_t b) { return lengths_.empty() ? l : lengths_[b]; };
  switch (config_.head) {
    case HeadKind::kLast:
      resizeSafely(headInput_, width, n);
      lastSteps_.resize(n);
      for (int64_t b = 0; b < n; ++b) {
        lastSteps_[b] = config_.naivePaddedLast ? l - 1 : length(b) - 1;
        headInput_.col(b) =
            Eigen::Map<const Matrix<T>>(output + (b * l + lastSteps_[b]) * width, width, 1);
      }
      break;
    case HeadKind::kHn: {
      const int64_t hOut = c.outputSize();
      const int64_t index = c.numLayers * c.numDirections() - 1;
      headInput_ = Eigen::Map<const Matrix<T>>(lstmOut_.hN.ptr() + index * n * hOut, hOut, n);
      break;
    }
    case HeadKind::kFlatten:
      if (l * width != head_.inFeatures())
        throw ShapeError("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(n) + "x" +
                         std::to_string(l * width) + " and " + std::to_string(head_.inFeatures()) +
                         "x" + std::to_string(head_.outFeatures()) + ")");
      headInput_ = Eigen::Map<const Matrix<T>>(output, l * width, n);
      break;
    case HeadKind::kMean:
      resizeSafely(headInput_, width, n);
      for (int64_t b = 0; b < n; ++b) {
        Eigen::Map<const Matrix<T>> steps(output + b * l * width, width, length(b));
        headInput_.col(b) = steps.rowwise().sum() / static_cast<T>(length(b));
      }
      break;
    case HeadKind::kSeq:
      headInput_ = Eigen::Map<const Matrix<T>>(output, width, n * l);
      break;
  }
  const int64_t o = head_.outFeatures();
  predictionShape_ = config_.head == HeadKind::kSeq ? Shape{n, l, o} : Shape{n, o};
  Tensor<T> prediction(predictionShape_);
  Eigen::Map<Matrix<T>>(prediction.ptr(), o, headInput_.cols()) = head_.forward(headInput_);
  return prediction;
}

template <typename T>
void SequenceModel<T>::backward(const Tensor<T>& dPrediction) {
  if (!hasForward_) throw Error("SequenceModel::backward needs a forward pass first");
  if (dPrediction.shape != predictionShape_)
    throw ShapeError("grad of the prediction must have the prediction's shape " +
                     shapeToString(predictionShape_) + ", got " + shapeToString(dPrediction.shape));
  const LstmConfig& c = config_.lstm;
  const int64_t n = trace_.batch, l = trace_.steps, width = c.numDirections() * c.outputSize();
  const int64_t o = head_.outFeatures();
  const Matrix<T> dHeadInput = head_.backward(
      headInput_, Eigen::Map<const Matrix<T>>(dPrediction.ptr(), o, headInput_.cols()));

  Tensor<T> dOutput;  // (N, L, D·H_out), when the head read the output
  Tensor<T> dHN;      // (D·layers, N, H_out), when it read h_n
  auto length = [&](int64_t b) { return lengths_.empty() ? l : lengths_[b]; };
  switch (config_.head) {
    case HeadKind::kLast:
      dOutput = Tensor<T>(lstmOut_.output.shape);
      for (int64_t b = 0; b < n; ++b)
        Eigen::Map<Matrix<T>>(dOutput.ptr() + (b * l + lastSteps_[b]) * width, width, 1) =
            dHeadInput.col(b);
      break;
    case HeadKind::kHn: {
      dHN = Tensor<T>(lstmOut_.hN.shape);
      const int64_t hOut = c.outputSize();
      const int64_t index = c.numLayers * c.numDirections() - 1;
      Eigen::Map<Matrix<T>>(dHN.ptr() + index * n * hOut, hOut, n) = dHeadInput;
      break;
    }
    case HeadKind::kFlatten:
    case HeadKind::kSeq:
      dOutput = Tensor<T>(lstmOut_.output.shape);
      Eigen::Map<Matrix<T>>(dOutput.ptr(), dHeadInput.rows(), dHeadInput.cols()) = dHeadInput;
      break;
    case HeadKind::kMean:
      dOutput = Tensor<T>(lstmOut_.output.shape);
      for (int64_t b = 0; b < n; ++b)
        Eigen::Map<Matrix<T>>(dOutput.ptr() + b * l * width, width, length(b)) =
            (dHeadInput.col(b) / static_cast<T>(length(b))).replicate(1, length(b));
      break;
  }
  lstm_.backward(trace_, dOutput.empty() ? nullptr : &dOutput, dHN.empty() ? nullptr : &dHN,
                 nullptr, lstmGrads_);
  std::copy(lstmGrads_.parameters.begin(), lstmGrads_.parameters.end(), lstmGrad_.begin());
  inputGrad_ = lstmGrads_.input;
}

template class SequenceModel<float>;
template class SequenceModel<double>;

}  // namespace lstmviz::core
