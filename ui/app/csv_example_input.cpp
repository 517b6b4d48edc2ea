#include "ui/app/csv_example_input.h"

#include <algorithm>
#include <cmath>

#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

std::shared_ptr<const ExplorerSnapshot> snapshotWithSeries(const ExplorerSnapshot& base,
                                                           const core::Series& series,
                                                           std::string* why) {
  const auto& cfg = base.config;
  const int64_t features = cfg.lstm.inputSize, n = base.batch(), steps = base.steps();
  if (series.columns() != features) {
    *why = "the CSV has " + std::to_string(series.columns()) +
           " input column(s) but input_size is " + std::to_string(features);
    return nullptr;
  }
  if (series.rows() < steps) {
    *why = "the CSV has " + std::to_string(series.rows()) +
           " rows, fewer than seq_len = " + std::to_string(steps);
    return nullptr;
  }
  // Standardise each column.
  std::vector<double> mean(features, 0.0), sd(features, 0.0);
  for (int64_t t = 0; t < series.rows(); ++t)
    for (int64_t f = 0; f < features; ++f) mean[f] += series.at(t, f);
  for (auto& m : mean) m /= static_cast<double>(series.rows());
  for (int64_t t = 0; t < series.rows(); ++t)
    for (int64_t f = 0; f < features; ++f) sd[f] += std::pow(series.at(t, f) - mean[f], 2);
  for (auto& s : sd) s = std::sqrt(s / static_cast<double>(series.rows()));
  const int64_t stride = n > 1 ? std::min<int64_t>(5, (series.rows() - steps) / (n - 1)) : 0;

  auto snapshot = std::make_shared<ExplorerSnapshot>(base);
  snapshot->featureNames = series.columnNames();
  core::Tensor<float>& input = snapshot->input;
  for (int64_t s = 0; s < n; ++s)
    for (int64_t t = 0; t < steps; ++t)
      for (int64_t f = 0; f < features; ++f) {
        // Windows wrap around when the CSV is too short for N distinct ones.
        const int64_t row = (s * stride + t) % series.rows();
        const float v = static_cast<float>(sd[f] > 0 ? (series.at(row, f) - mean[f]) / sd[f]
                                                     : series.at(row, f) - mean[f]);
        if (cfg.unbatched)
          input.at({t, f}) = v;
        else if (cfg.lstm.batchFirst)
          input.at({s, t, f}) = v;
        else
          input.at({t, s, f}) = v;
      }
  const std::vector<int64_t>* lengths = snapshot->lengths.empty() ? nullptr : &snapshot->lengths;
  snapshot->result = snapshot->lstm.forward(input, snapshot->trace, nullptr, lengths);
  return snapshot;
}

}  // namespace lstmviz::ui
