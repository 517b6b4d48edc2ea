#pragma once
// Built-in synthetic time series, generated (never downloaded) and deterministic for a seed on
// every platform (SeededRandom). Each throws Error naming the first invalid option.
#include <cstdint>
#include <vector>

#include "core/data/series.h"

namespace lstmviz::core {

// x_t = Σ_j a_j · sin(2π t / P_j + φ_j) + ε_t,  ε_t ~ N(0, σ²), phases φ_j drawn from the seed.
struct SineOptions {
  int64_t length = 1000;                        // T ≥ 1
  std::vector<double> periods = {50.0, 17.0};   // P_j > 0, in steps
  std::vector<double> amplitudes = {1.0, 0.4};  // a_j, one per period
  double noiseStd = 0.1;                        // σ ≥ 0
  uint64_t seed = 0;
};
// Returns one column "value".
Series makeNoisySine(const SineOptions& options);

// A daily stock with macro indicators, the columns of note 004's StockDataset:
//   close   log c_t = log c_{t−1} + μ − σ_t²/2 + σ_t ε_t, with GARCH(1,1) volatility
//           σ_t² = ω + 0.08 r_{t−1}² + 0.90 σ_{t−1}² (calm and turbulent stretches)
//   high    max(c_{t−1}, c_t) · e^{|u|·σ_t/2} ≥ low = min(c_{t−1}, c_t) · e^{−|v|·σ_t/2}
//   volume  V · (1 + 8 |r_t| / σ) · lognormal noise — busier on big moves
//   gdp     stepped quarterly (63 days), ~2 % a year with noise      (billions)
//   cpi     stepped monthly (21 days), ~2.4 % a year with noise      (index)
struct StockOptions {
  int64_t length = 1000;      // T ≥ 2 trading days
  double startPrice = 100.0;  // > 0
  double drift = 0.0003;      // μ, daily log drift
  double volatility = 0.015;  // σ > 0, long-run daily volatility
  double baseVolume = 1.0e6;  // V > 0
  uint64_t seed = 0;
};
// Returns columns "high", "low", "volume", "gdp", "cpi".
Series makeSyntheticStock(const StockOptions& options);

// Noisy correlated sines with injected anomalies for LSTM-autoencoder detection. F = features
// columns share one phase θ_t = 2π t / period + φ:
//   x_{t,k} = (1 − 0.15k) · sin(θ_t + 0.35k) + 0.2k · sin(2θ_t) + ε_{t,k},  ε ~ N(0, noiseStd²)
// (k = 0 is the plain sine; F = 1 gives exactly the one-column series "value"). The first
// cleanFraction of the steps is anomaly-free (train the autoencoder there); after it come spikes
// (one step shifted by ±spikeSize) and level shifts (levelShiftLength steps shifted by
// ±levelShiftSize), each in a random non-empty subset of the features when F > 1 (one or several).
struct AnomalyOptions {
  int64_t length = 1000;   // T ≥ 1
  int64_t features = 1;    // F in [1, 16]
  double period = 50.0;    // > 0
  double noiseStd = 0.05;  // ≥ 0
  int64_t spikeCount = 6;  // ≥ 0
  double spikeSize = 3.0;
  int64_t levelShiftCount = 2;    // ≥ 0
  int64_t levelShiftLength = 40;  // ≥ 1
  double levelShiftSize = 1.5;
  double cleanFraction = 0.5;  // in [0, 1)
  uint64_t seed = 0;
};
enum AnomalyLabel : int64_t { kNormalStep = 0, kSpikeStep = 1, kLevelShiftStep = 2 };
struct AnomalySeries {
  Series series;                // F = 1: one column "value"; else "sensor_1" … "sensor_F"; T rows
  std::vector<int64_t> labels;  // (T,) AnomalyLabel per step; nonzero means anomalous
  // (T, F) row-major: the AnomalyLabel of each step in each feature (which features it hit).
  std::vector<int64_t> featureLabels;
};
AnomalySeries makeSineWithAnomalies(const AnomalyOptions& options);

}  // namespace lstmviz::core
