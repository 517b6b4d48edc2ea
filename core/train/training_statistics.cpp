#include "core/train/training_statistics.h"

#include <algorithm>
#include <cmath>

#include "core/nn/lstm_gates.h"

namespace lstmviz::core {

bool hasGateBlocks(const std::string& name) {
  const bool lstmModule = name.find("weight_ih_l") != std::string::npos ||
                          name.find("weight_hh_l") != std::string::npos ||
                          name.find("bias_ih_l") != std::string::npos ||
                          name.find("bias_hh_l") != std::string::npos;
  return lstmModule;
}

Histogram makeHistogram(std::span<const float> data, int bins) {
  Histogram h;
  h.total = static_cast<int64_t>(data.size());
  h.counts.assign(std::max(bins, 1), 0);
  bool any = false;
  float lo = 0, hi = 0;
  for (float v : data) {
    if (std::isnan(v)) {
      ++h.nans;
    } else if (std::isinf(v)) {
      ++h.infs;
    } else {
      if (v == 0.0f) ++h.zeros;
      lo = any ? std::min(lo, v) : v;
      hi = any ? std::max(hi, v) : v;
      any = true;
    }
  }
  h.min = lo;
  h.max = hi;
  if (!any) return h;
  const double width = (static_cast<double>(hi) - lo) / h.counts.size();
  for (float v : data) {
    if (!std::isfinite(v)) continue;
    int64_t bin = width > 0 ? static_cast<int64_t>((v - lo) / width) : 0;
    bin = std::clamp<int64_t>(bin, 0, static_cast<int64_t>(h.counts.size()) - 1);
    ++h.counts[bin];
  }
  return h;
}

std::vector<Histogram> parameterHistograms(const std::vector<ParameterRef<float>>& parameters,
                                           int bins, int64_t epoch) {
  std::vector<Histogram> out;
  for (const auto& p : parameters) {
    for (bool gradient : {false, true}) {
      const float* data = gradient ? p.grads : p.values;
      const int64_t size = p.size();
      const bool split = hasGateBlocks(p.name) && size % kGateCount == 0;
      const int parts = split ? kGateCount : 1;
      for (int part = 0; part < parts; ++part) {
        const int64_t chunk = size / parts;
        Histogram h = makeHistogram({data + part * chunk, static_cast<size_t>(chunk)}, bins);
        h.parameter = p.name;
        h.gate = split ? kGateLetters[part] : "";
        h.gradient = gradient;
        h.epoch = epoch;
        out.push_back(std::move(h));
      }
    }
  }
  return out;
}

GradientsThroughTime gradientNormsThroughTime(const LstmTrace<float>& trace, int64_t epoch) {
  GradientsThroughTime g;
  g.epoch = epoch;
  const int64_t n = trace.batch, l = trace.steps;
  for (const DirectionTrace<float>& tr : trace.directions) {
    std::vector<double> hidden(l, 0.0), cell(l, 0.0);
    for (int64_t t = 0; t < l; ++t) {
      for (int64_t b = 0; b < n; ++b) {
        if (tr.dHidden.cols() == l * n) hidden[t] += tr.dHidden.col(t * n + b).norm();
        if (tr.dCell.cols() == l * n) cell[t] += tr.dCell.col(t * n + b).norm();
      }
      hidden[t] /= static_cast<double>(n);
      cell[t] /= static_cast<double>(n);
    }
    g.hiddenNorm.push_back(std::move(hidden));
    g.cellNorm.push_back(std::move(cell));
  }
  return g;
}

}  // namespace lstmviz::core
