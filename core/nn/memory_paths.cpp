#include "core/nn/memory_paths.h"

#include <Eigen/Eigenvalues>
#include <cassert>
#include <cmath>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

template <typename T>
double dot(const Tensor<T>& a, const Tensor<T>& b) {
  double sum = 0;
  for (size_t i = 0; i < a.data.size(); ++i) sum += double(a.data[i]) * double(b.data[i]);
  return sum;
}

template <typename T>
void requireWeightsShape(const Tensor<T>& weights, const Tensor<T>& output) {
  if (weights.shape != output.shape)
    throw ShapeError(
        "the output weights of the attributed f(x) = sum(w * output) must have "
        "output's shape " +
        shapeToString(output.shape) + ", got " + shapeToString(weights.shape));
}

TraceOptions attributionOptions(const std::vector<GateClamp>& clamps) {
  TraceOptions o;
  o.recordPreActivations = false;
  o.recordGradients = false;
  o.clamps = clamps;
  return o;
}

}  // namespace

template <typename T>
Tensor<T> connectivity(const Tensor<T>& j) {
  assert(j.dim() == 4);
  const int64_t l = j.shape[0], width = j.shape[1], hIn = j.shape[3];
  Tensor<T> c(Shape{l, l});
  for (int64_t t = 0; t < l; ++t)
    for (int64_t s = 0; s < l; ++s) {
      double sum = 0;
      for (int64_t k = 0; k < width; ++k)
        for (int64_t f = 0; f < hIn; ++f) {
          const double v = j.data[((t * width + k) * l + s) * hIn + f];
          sum += v * v;
        }
      c.data[t * l + s] = static_cast<T>(std::sqrt(sum));
    }
  return c;
}

template <typename T>
Tensor<T> headConnectivity(const Tensor<T>& j, const Tensor<T>& headWeight) {
  assert(j.dim() == 4);
  const int64_t l = j.shape[0], width = j.shape[1], hIn = j.shape[3];
  if (headWeight.dim() != 2 || headWeight.shape[1] != width)
    throw ShapeError("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(hIn) + "x" +
                     std::to_string(width) + " and " + shapeToString(headWeight.shape) + "ᵀ)");
  const int64_t o = headWeight.shape[0];
  using M = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
  const M w = Eigen::Map<const RowMatrix<T>>(headWeight.ptr(), o, width).template cast<double>();
  Tensor<T> c(Shape{l, l});
  M block(width, hIn);
  for (int64_t t = 0; t < l; ++t)
    for (int64_t s = 0; s < l; ++s) {
      for (int64_t k = 0; k < width; ++k)
        for (int64_t f = 0; f < hIn; ++f) block(k, f) = j.data[((t * width + k) * l + s) * hIn + f];
      c.data[t * l + s] = static_cast<T>((w * block).norm());
    }
  return c;
}

template <typename T>
Tensor<T> forgetSurvival(const LstmTrace<T>& trace, int64_t layer, int64_t direction,
                         int64_t sample) {
  const DirectionTrace<T>& tr = trace.at(layer, direction);
  const int64_t h = trace.config.hiddenSize, l = trace.steps, len = trace.length(sample);
  Tensor<T> s(Shape{h, l, l});
  for (int64_t u = 0; u < h; ++u)
    for (int64_t from = 0; from < len; ++from) {
      double product = 1;
      s.data[(u * l + from) * l + from] = T(1);
      if (!tr.reverse) {
        for (int64_t t = from + 1; t < len; ++t) {
          product *= tr.gates(h + u, tr.column(t, sample));
          s.data[(u * l + t) * l + from] = static_cast<T>(product);
        }
      } else {
        for (int64_t t = from - 1; t >= 0; --t) {
          product *= tr.gates(h + u, tr.column(t, sample));
          s.data[(u * l + t) * l + from] = static_cast<T>(product);
        }
      }
    }
  return s;
}

template <typename T>
Attribution<T> gradientTimesInput(const Lstm<T>& lstm, const Tensor<T>& input,
                                  const LstmState<std::type_identity_t<T>>* initial,
                                  const std::vector<int64_t>* lengths,
                                  const Tensor<T>& outputWeights,
                                  const std::vector<GateClamp>& clamps) {
  const TraceOptions options = attributionOptions(clamps);
  LstmTrace<T> trace;
  Attribution<T> a;
  const LstmOutput<T> out = lstm.forward(input, trace, initial, lengths, options);
  requireWeightsShape(outputWeights, out.output);
  a.value = dot(outputWeights, out.output);
  LstmGradients<T> grads;
  lstm.backward(trace, &outputWeights, nullptr, nullptr, grads);
  a.attributions = Tensor<T>(input.shape);
  for (size_t i = 0; i < input.data.size(); ++i) {
    a.attributions.data[i] = input.data[i] * grads.input.data[i];
    a.sum += double(a.attributions.data[i]);
  }
  const Tensor<T> zeros(input.shape);
  a.baselineValue =
      dot(outputWeights, lstm.forward(zeros, trace, initial, lengths, options).output);
  return a;
}

template <typename T>
Tensor<T> headOutputWeights(HeadKind kind, const Tensor<T>& v, const Shape& outputShape,
                            bool batchFirst, int64_t directions,
                            const std::vector<int64_t>* lengths) {
  if (outputShape.size() != 3)
    throw ShapeError("head weights need the batched output (3-D), got " +
                     shapeToString(outputShape));
  const int64_t n = batchFirst ? outputShape[0] : outputShape[1];
  const int64_t l = batchFirst ? outputShape[1] : outputShape[0], width = outputShape[2];
  const int64_t hOut = width / directions;
  const int64_t want = kind == HeadKind::kFlatten ? l * width
                       : kind == HeadKind::kHn    ? hOut
                                                  : width;
  if (kind == HeadKind::kSeq)
    throw Error("a 'seq' head reads every step: attribute one step's output with a one-hot");
  if (v.numel() != want)
    throw ShapeError(std::string("the head row has ") + std::to_string(v.numel()) +
                     " values but a '" + headKindName(kind) + "' head reads " +
                     std::to_string(want));
  Tensor<T> w(outputShape);
  auto at = [&](int64_t b, int64_t t, int64_t j) -> T& {
    return w.data[((batchFirst ? b * l + t : t * n + b) * width) + j];
  };
  for (int64_t b = 0; b < n; ++b) {
    const int64_t len = lengths ? (*lengths)[b] : l;
    for (int64_t j = 0; j < want; ++j) {
      switch (kind) {
        case HeadKind::kLast:
          at(b, l - 1, j) = v.data[j];
          break;
        case HeadKind::kMean:
          for (int64_t t = 0; t < l; ++t) at(b, t, j) = v.data[j] / static_cast<T>(l);
          break;
        case HeadKind::kFlatten:
          at(b, j / width, j % width) = v.data[j];
          break;
        case HeadKind::kHn:
          if (directions == 1)
            at(b, len - 1, j) = v.data[j];
          else
            at(b, 0, hOut + j) = v.data[j];
          break;
        case HeadKind::kSeq:
          break;
      }
    }
  }
  return w;
}

template <typename T>
Attribution<T> integratedGradients(const Lstm<T>& lstm, const Tensor<T>& input,
                                   const LstmState<std::type_identity_t<T>>* initial,
                                   const std::vector<int64_t>* lengths,
                                   const Tensor<T>& outputWeights, int64_t steps,
                                   const Tensor<T>* baseline,
                                   const std::vector<GateClamp>& clamps) {
  if (steps < 1)
    throw Error("integrated gradients need at least 1 step, got " + std::to_string(steps));
  const Tensor<T> zeros(input.shape);
  const Tensor<T>& x0 = baseline ? *baseline : zeros;
  if (x0.shape != input.shape)
    throw ShapeError("the baseline must have the input's shape " + shapeToString(input.shape) +
                     ", got " + shapeToString(x0.shape));
  const TraceOptions options = attributionOptions(clamps);
  LstmTrace<T> trace;
  LstmGradients<T> grads;
  Tensor<T> point(input.shape);
  std::vector<double> integral(input.data.size(), 0.0);
  Attribution<T> a;
  for (int64_t k = 0; k <= steps; ++k) {
    const double alpha = double(k) / double(steps);
    for (size_t i = 0; i < point.data.size(); ++i)
      point.data[i] = static_cast<T>(x0.data[i] + alpha * (double(input.data[i]) - x0.data[i]));
    const LstmOutput<T> out = lstm.forward(point, trace, initial, lengths, options);
    if (k == 0) requireWeightsShape(outputWeights, out.output);
    if (k == 0) a.baselineValue = dot(outputWeights, out.output);
    if (k == steps) a.value = dot(outputWeights, out.output);
    lstm.backward(trace, &outputWeights, nullptr, nullptr, grads);
    const double weight = (k == 0 || k == steps ? 0.5 : 1.0) / double(steps);
    for (size_t i = 0; i < integral.size(); ++i) integral[i] += weight * grads.input.data[i];
  }
  a.attributions = Tensor<T>(input.shape);
  for (size_t i = 0; i < integral.size(); ++i) {
    const double v = (double(input.data[i]) - x0.data[i]) * integral[i];
    a.attributions.data[i] = static_cast<T>(v);
    a.sum += v;
  }
  return a;
}

template <typename T>
HiddenPca<T> hiddenStatePca(const LstmTrace<T>& trace, int64_t layer) {
  const LstmConfig& c = trace.config;
  if (layer < 0) layer = c.numLayers - 1;
  const int64_t d = c.numDirections(), hOut = c.outputSize(), width = d * hOut;
  const int64_t n = trace.batch, l = trace.steps;
  using M = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
  auto point = [&](int64_t t, int64_t b) {
    Eigen::VectorXd p(width);
    for (int64_t dir = 0; dir < d; ++dir) {
      const DirectionTrace<T>& tr = trace.at(layer, dir);
      p.segment(dir * hOut, hOut) = tr.hidden.col(tr.stateColumn(t, b)).template cast<double>();
    }
    return p;
  };
  Eigen::VectorXd mean = Eigen::VectorXd::Zero(width);
  int64_t count = 0;
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < trace.length(b); ++t, ++count) mean += point(t, b);
  mean /= double(std::max<int64_t>(count, 1));
  M covariance = M::Zero(width, width);
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < trace.length(b); ++t) {
      const Eigen::VectorXd centred = point(t, b) - mean;
      covariance.noalias() += centred * centred.transpose();
    }
  covariance /= double(std::max<int64_t>(count, 1));
  const Eigen::SelfAdjointEigenSolver<M> eigen(covariance);  // eigenvalues ascending

  HiddenPca<T> pca;
  pca.components = Tensor<T>(Shape{2, width});
  pca.mean = Tensor<T>(Shape{width});
  pca.projection = Tensor<T>(Shape{n, l, 2});
  pca.totalVariance = covariance.trace();
  M axes = M::Zero(width, 2);
  for (int64_t k = 0; k < 2 && k < width; ++k) {
    Eigen::VectorXd v = eigen.eigenvectors().col(width - 1 - k);
    Eigen::Index largest = 0;
    v.cwiseAbs().maxCoeff(&largest);
    if (v(largest) < 0) v = -v;
    axes.col(k) = v;
    pca.explainedVariance[k] = std::max(0.0, eigen.eigenvalues()(width - 1 - k));
  }
  for (int64_t k = 0; k < 2; ++k)
    for (int64_t u = 0; u < width; ++u) pca.components.data[k * width + u] = T(axes(u, k));
  for (int64_t u = 0; u < width; ++u) pca.mean.data[u] = T(mean(u));
  for (int64_t b = 0; b < n; ++b)
    for (int64_t t = 0; t < trace.length(b); ++t) {
      const Eigen::Vector2d p = axes.transpose() * (point(t, b) - mean);
      pca.projection.data[(b * l + t) * 2] = T(p(0));
      pca.projection.data[(b * l + t) * 2 + 1] = T(p(1));
    }
  return pca;
}

#define LSTMVIZ_INSTANTIATE(T)                                                                     \
  template Tensor<T> connectivity<T>(const Tensor<T>&);                                            \
  template Tensor<T> headConnectivity<T>(const Tensor<T>&, const Tensor<T>&);                      \
  template Tensor<T> forgetSurvival<T>(const LstmTrace<T>&, int64_t, int64_t, int64_t);            \
  template Attribution<T> gradientTimesInput<T>(const Lstm<T>&, const Tensor<T>&,                  \
                                                const LstmState<T>*, const std::vector<int64_t>*,  \
                                                const Tensor<T>&, const std::vector<GateClamp>&);  \
  template Attribution<T> integratedGradients<T>(                                                  \
      const Lstm<T>&, const Tensor<T>&, const LstmState<T>*, const std::vector<int64_t>*,          \
      const Tensor<T>&, int64_t, const Tensor<T>*, const std::vector<GateClamp>&);                 \
  template HiddenPca<T> hiddenStatePca<T>(const LstmTrace<T>&, int64_t);                           \
  template Tensor<T> headOutputWeights<T>(HeadKind, const Tensor<T>&, const Shape&, bool, int64_t, \
                                          const std::vector<int64_t>*);
LSTMVIZ_INSTANTIATE(float)
LSTMVIZ_INSTANTIATE(double)
#undef LSTMVIZ_INSTANTIATE

}  // namespace lstmviz::core
