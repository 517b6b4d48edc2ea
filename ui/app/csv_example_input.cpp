#include "ui/app/csv_example_input.h"

#include <algorithm>
#include <cmath>

#include "core/data/normalizer.h"
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
  // Each column standardised (a constant one only centred), as the training data is.
  const core::Series standardised =
      core::Normalizer::fit(series, core::NormalizationKind::kStandard).transform(series);
  const int64_t stride = n > 1 ? std::min<int64_t>(5, (series.rows() - steps) / (n - 1)) : 0;

  auto snapshot = std::make_shared<ExplorerSnapshot>(base);
  snapshot->featureNames = series.columnNames();
  core::Tensor<float>& input = snapshot->input;
  const core::SequenceLayout layout = snapshot->layout();
  for (int64_t s = 0; s < n; ++s)
    for (int64_t t = 0; t < steps; ++t)
      for (int64_t f = 0; f < features; ++f) {
        // Windows wrap around when the CSV is too short for N distinct ones.
        const int64_t row = (s * stride + t) % series.rows();
        layout.at(input, s, t, f) = standardised.at(row, f);
      }
  const std::vector<int64_t>* lengths = snapshot->lengths.empty() ? nullptr : &snapshot->lengths;
  snapshot->result = snapshot->lstm.forward(input, snapshot->trace, nullptr, lengths);
  return snapshot;
}

}  // namespace lstmviz::ui
