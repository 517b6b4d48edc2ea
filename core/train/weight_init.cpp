#include "core/train/weight_init.h"

#include <Eigen/QR>
#include <cmath>
#include <string>

#include "core/common/error.h"

namespace lstmviz::core {

double calculateGain(Nonlinearity nonlinearity, double param) {
  switch (nonlinearity) {
    case Nonlinearity::kLinear:
    case Nonlinearity::kSigmoid:
      return 1.0;
    case Nonlinearity::kTanh:
      return 5.0 / 3.0;
    case Nonlinearity::kRelu:
      return std::sqrt(2.0);
    case Nonlinearity::kLeakyRelu: {
      const double slope = std::isnan(param) ? 0.01 : param;
      return std::sqrt(2.0 / (1.0 + slope * slope));
    }
    case Nonlinearity::kSelu:
      return 3.0 / 4.0;
  }
  return 1.0;
}

template <typename T>
void uniformInit(Eigen::Ref<RowMatrix<T>> w, double low, double high, InitRng& rng) {
  if (!(low <= high))
    throw Error("uniform_ expects to return a [from, to) range, but found from=" +
                std::to_string(low) + " > to=" + std::to_string(high));
  std::uniform_real_distribution<double> dist(low, high);
  for (Eigen::Index r = 0; r < w.rows(); ++r)
    for (Eigen::Index c = 0; c < w.cols(); ++c) w(r, c) = static_cast<T>(dist(rng));
}

template <typename T>
void normalInit(Eigen::Ref<RowMatrix<T>> w, double mean, double std, InitRng& rng) {
  if (!(std >= 0.0)) throw Error("normal expects std >= 0.0, but found std " + std::to_string(std));
  std::normal_distribution<double> dist(mean, std);
  for (Eigen::Index r = 0; r < w.rows(); ++r)
    for (Eigen::Index c = 0; c < w.cols(); ++c) w(r, c) = static_cast<T>(dist(rng));
}

template <typename T>
void constantInit(Eigen::Ref<RowMatrix<T>> w, double value) {
  w.setConstant(static_cast<T>(value));
}

template <typename T>
void lstmDefaultInit(Eigen::Ref<RowMatrix<T>> w, int64_t hiddenSize, InitRng& rng) {
  if (hiddenSize <= 0) throw Error("hidden_size must be greater than zero");
  const double bound = 1.0 / std::sqrt(static_cast<double>(hiddenSize));
  uniformInit<T>(w, -bound, bound, rng);
}

template <typename T>
void xavierUniform(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng) {
  const double fans = static_cast<double>(w.cols() + w.rows());
  if (fans == 0) return;
  const double a = std::sqrt(3.0) * gain * std::sqrt(2.0 / fans);
  uniformInit<T>(w, -a, a, rng);
}

template <typename T>
void xavierNormal(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng) {
  const double fans = static_cast<double>(w.cols() + w.rows());
  if (fans == 0) return;
  normalInit<T>(w, 0.0, gain * std::sqrt(2.0 / fans), rng);
}

namespace {

template <typename T>
double kaimingStd(const Eigen::Ref<RowMatrix<T>>& w, double a, FanMode mode,
                  Nonlinearity nonlinearity) {
  const double fan = static_cast<double>(mode == FanMode::kFanIn ? w.cols() : w.rows());
  return calculateGain(nonlinearity, a) / std::sqrt(fan);
}

}  // namespace

template <typename T>
void kaimingUniform(Eigen::Ref<RowMatrix<T>> w, InitRng& rng, double a, FanMode mode,
                    Nonlinearity nonlinearity) {
  if (w.size() == 0) return;
  const double bound = std::sqrt(3.0) * kaimingStd<T>(w, a, mode, nonlinearity);
  uniformInit<T>(w, -bound, bound, rng);
}

template <typename T>
void kaimingNormal(Eigen::Ref<RowMatrix<T>> w, InitRng& rng, double a, FanMode mode,
                   Nonlinearity nonlinearity) {
  if (w.size() == 0) return;
  normalInit<T>(w, 0.0, kaimingStd<T>(w, a, mode, nonlinearity), rng);
}

template <typename T>
void orthogonalInit(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng) {
  if (w.size() == 0) return;
  const Eigen::Index rows = w.rows();
  const Eigen::Index cols = w.cols();
  const bool transposed = rows < cols;
  const Eigen::Index m = transposed ? cols : rows;  // m ≥ n
  const Eigen::Index n = transposed ? rows : cols;
  std::normal_distribution<double> normal(0.0, 1.0);
  Eigen::MatrixXd gaussian(m, n);
  for (Eigen::Index c = 0; c < n; ++c)
    for (Eigen::Index r = 0; r < m; ++r) gaussian(r, c) = normal(rng);
  Eigen::HouseholderQR<Eigen::MatrixXd> qr(gaussian);
  Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(m, n);  // thin Q, m × n
  const auto& packed = qr.matrixQR();  // R on and above the diagonal
  for (Eigen::Index c = 0; c < n; ++c) {
    const double d = packed(c, c);
    q.col(c) *= d > 0 ? 1.0 : (d < 0 ? -1.0 : 0.0);  // torch: q *= diag(r).sign()
  }
  if (transposed) {
    w = (gain * q.transpose()).cast<T>();
  } else {
    w = (gain * q).cast<T>();
  }
}

template <typename T>
void orthogonalGateBlocks(Eigen::Ref<RowMatrix<T>> w, double gain, InitRng& rng) {
  if (w.rows() % 4 != 0)
    throw Error("orthogonalGateBlocks: expected 4·H rows (gates i, f, g, o), got " +
                std::to_string(w.rows()));
  const Eigen::Index h = w.rows() / 4;
  for (Eigen::Index gate = 0; gate < 4; ++gate)
    orthogonalInit<T>(w.middleRows(gate * h, h), gain, rng);
}

#define LSTMVIZ_INSTANTIATE_INIT(T)                                                    \
  template void uniformInit<T>(Eigen::Ref<RowMatrix<T>>, double, double, InitRng&);    \
  template void normalInit<T>(Eigen::Ref<RowMatrix<T>>, double, double, InitRng&);     \
  template void constantInit<T>(Eigen::Ref<RowMatrix<T>>, double);                     \
  template void lstmDefaultInit<T>(Eigen::Ref<RowMatrix<T>>, int64_t, InitRng&);       \
  template void xavierUniform<T>(Eigen::Ref<RowMatrix<T>>, double, InitRng&);          \
  template void xavierNormal<T>(Eigen::Ref<RowMatrix<T>>, double, InitRng&);           \
  template void kaimingUniform<T>(Eigen::Ref<RowMatrix<T>>, InitRng&, double, FanMode, \
                                  Nonlinearity);                                       \
  template void kaimingNormal<T>(Eigen::Ref<RowMatrix<T>>, InitRng&, double, FanMode,  \
                                 Nonlinearity);                                        \
  template void orthogonalInit<T>(Eigen::Ref<RowMatrix<T>>, double, InitRng&);         \
  template void orthogonalGateBlocks<T>(Eigen::Ref<RowMatrix<T>>, double, InitRng&);

LSTMVIZ_INSTANTIATE_INIT(float)
LSTMVIZ_INSTANTIATE_INIT(double)
#undef LSTMVIZ_INSTANTIATE_INIT

}  // namespace lstmviz::core
