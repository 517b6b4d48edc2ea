#include "ui/training/training_history.h"

namespace lstmviz::ui {

void TrainingHistory::add(const std::shared_ptr<const core::TrainingSnapshot>& snapshot) {
  if (!snapshot) return;
  batches.insert(batches.end(), snapshot->newBatches.begin(), snapshot->newBatches.end());
  epochs = snapshot->epochs;
  if (snapshot->histograms && !snapshot->histograms->empty() &&
      (histograms.empty() || epochOf(*histograms.back()) < epochOf(*snapshot->histograms)))
    histograms.push_back(snapshot->histograms);
  if (snapshot->gradientsThroughTime &&
      (gradients.empty() || gradients.back()->epoch < snapshot->gradientsThroughTime->epoch))
    gradients.push_back(snapshot->gradientsThroughTime);
  latest = snapshot;
}

}  // namespace lstmviz::ui
