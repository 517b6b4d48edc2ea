#include "core/data/synthetic_series.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "core/common/error.h"
#include "core/data/seeded_random.h"

namespace lstmviz::core {
namespace {

constexpr double kTwoPi = 2.0 * std::numbers::pi;

void require(bool condition, const std::string& message) {
  if (!condition) throw Error(message);
}

}  // namespace

Series makeNoisySine(const SineOptions& o) {
  require(o.length >= 1, "sine length should be ≥ 1, but got " + std::to_string(o.length));
  require(!o.periods.empty() && o.periods.size() == o.amplitudes.size(),
          "sine: give one amplitude per period (got " + std::to_string(o.periods.size()) +
              " periods and " + std::to_string(o.amplitudes.size()) + " amplitudes)");
  for (double p : o.periods) {
    require(p > 0.0, "sine periods should be > 0, but got " + std::to_string(p));
  }
  require(o.noiseStd >= 0.0, "sine noise should be ≥ 0, but got " + std::to_string(o.noiseStd));
  SeededRandom random(o.seed);
  std::vector<double> phases(o.periods.size());
  for (double& phase : phases) phase = random.uniform(0.0, kTwoPi);
  std::vector<float> values(o.length);
  for (int64_t t = 0; t < o.length; ++t) {
    double x = 0.0;
    for (size_t j = 0; j < o.periods.size(); ++j) {
      x += o.amplitudes[j] * std::sin(kTwoPi * t / o.periods[j] + phases[j]);
    }
    values[t] = static_cast<float>(x + o.noiseStd * random.normal());
  }
  return Series({"value"}, std::move(values));
}

Series makeSyntheticStock(const StockOptions& o) {
  require(o.length >= 2, "stock length should be ≥ 2, but got " + std::to_string(o.length));
  require(o.startPrice > 0.0 && o.volatility > 0.0 && o.baseVolume > 0.0,
          "stock: start price, volatility and base volume should be > 0");
  constexpr double kAlpha = 0.08;
  constexpr double kBeta = 0.90;
  constexpr int64_t kQuarter = 63;
  constexpr int64_t kMonth = 21;
  const double omega = o.volatility * o.volatility * (1.0 - kAlpha - kBeta);
  SeededRandom random(o.seed);
  std::vector<float> values;
  values.reserve(o.length * 5);
  double close = o.startPrice;
  double variance = o.volatility * o.volatility;
  double lastReturn = 0.0;
  double gdp = 20000.0;
  double cpi = 250.0;
  for (int64_t t = 0; t < o.length; ++t) {
    variance = omega + kAlpha * lastReturn * lastReturn + kBeta * variance;
    const double sigma = std::sqrt(variance);
    const double logReturn = o.drift - 0.5 * variance + sigma * random.normal();
    const double open = close;
    close = open * std::exp(logReturn);
    lastReturn = logReturn;
    const double high = std::max(open, close) * std::exp(std::abs(random.normal()) * sigma / 2);
    const double low = std::min(open, close) * std::exp(-std::abs(random.normal()) * sigma / 2);
    const double volume = o.baseVolume * (1.0 + 8.0 * std::abs(logReturn) / o.volatility) *
                          std::exp(0.25 * random.normal() - 0.03125);
    if (t > 0 && t % kQuarter == 0) gdp *= std::exp(0.005 + 0.004 * random.normal());
    if (t > 0 && t % kMonth == 0) cpi *= 1.0 + 0.002 + 0.001 * random.normal();
    values.insert(values.end(),
                  {static_cast<float>(high), static_cast<float>(low), static_cast<float>(volume),
                   static_cast<float>(gdp), static_cast<float>(cpi)});
  }
  return Series({"high", "low", "volume", "gdp", "cpi"}, std::move(values));
}

AnomalySeries makeSineWithAnomalies(const AnomalyOptions& o) {
  require(o.length >= 1,
          "anomaly series length should be ≥ 1, but got " + std::to_string(o.length));
  require(o.features >= 1 && o.features <= 16,
          "anomaly series features should be in [1, 16], but got " + std::to_string(o.features));
  require(o.period > 0.0, "anomaly series period should be > 0");
  require(o.noiseStd >= 0.0, "anomaly series noise should be ≥ 0");
  require(o.spikeCount >= 0 && o.levelShiftCount >= 0, "anomaly counts should be ≥ 0");
  require(o.levelShiftLength >= 1, "level shift length should be ≥ 1");
  require(o.cleanFraction >= 0.0 && o.cleanFraction < 1.0,
          "clean fraction should be in [0, 1), but got " + std::to_string(o.cleanFraction));
  SeededRandom random(o.seed);
  AnomalySeries out;
  const int64_t f = o.features;
  std::vector<float> values(o.length * f);  // (T, F) row-major
  const double phase = random.uniform(0.0, kTwoPi);
  for (int64_t t = 0; t < o.length; ++t) {
    const double theta = kTwoPi * t / o.period + phase;
    for (int64_t k = 0; k < f; ++k) {
      const double signal =
          k == 0 ? std::sin(theta)
                 : (1.0 - 0.15 * k) * std::sin(theta + 0.35 * k) + 0.2 * k * std::sin(2 * theta);
      values[t * f + k] = static_cast<float>(signal + o.noiseStd * random.normal());
    }
  }
  out.labels.assign(o.length, kNormalStep);
  out.featureLabels.assign(o.length * f, kNormalStep);
  // The features one anomaly hits: all of one feature series, or a random non-empty subset.
  const auto pickFeatures = [&] {
    const uint64_t mask = f == 1 ? 1 : 1 + random.index((int64_t{1} << f) - 1);
    std::vector<int64_t> hit;
    for (int64_t k = 0; k < f; ++k)
      if (mask >> k & 1) hit.push_back(k);
    return hit;
  };
  const auto firstAnomaly = static_cast<int64_t>(std::ceil(o.length * o.cleanFraction));
  const int64_t span = o.length - firstAnomaly;
  if (span > 0) {
    const int64_t shiftLength = std::min(o.levelShiftLength, span);
    for (int64_t n = 0; n < o.levelShiftCount; ++n) {
      const int64_t begin = firstAnomaly + random.index(span - shiftLength + 1);
      const double size = (random.uniform() < 0.5 ? -1.0 : 1.0) * o.levelShiftSize;
      for (int64_t k : pickFeatures())
        for (int64_t t = begin; t < begin + shiftLength; ++t) {
          values[t * f + k] += static_cast<float>(size);
          out.labels[t] = out.featureLabels[t * f + k] = kLevelShiftStep;
        }
    }
    for (int64_t n = 0; n < o.spikeCount; ++n) {
      const int64_t t = firstAnomaly + random.index(span);
      const double size = (random.uniform() < 0.5 ? -1.0 : 1.0) * o.spikeSize;
      for (int64_t k : pickFeatures()) {
        values[t * f + k] += static_cast<float>(size);
        out.labels[t] = out.featureLabels[t * f + k] = kSpikeStep;
      }
    }
  }
  std::vector<std::string> names;
  if (f == 1) names = {"value"};
  for (int64_t k = 0; f > 1 && k < f; ++k) names.push_back("sensor_" + std::to_string(k + 1));
  out.series = Series(std::move(names), std::move(values));
  return out;
}

}  // namespace lstmviz::core
