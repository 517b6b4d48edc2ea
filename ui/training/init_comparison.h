#pragma once
// InitComparison: two short runs of the same experiment on the same data and seed that differ only
// in the forget-gate bias (b_f = 0: all biases zero, vs b_f = 1: torch's LSTM with bias_ih_f = 1),
// run one after the other on a background thread. Each run keeps its gradients through time of the
// fixed batch per epoch and its epoch records, so the gradients view can show side by side how far
// back ‖dL/dc_t‖ reaches with each initialisation.
#include <QObject>
#include <QTimer>
#include <memory>
#include <mutex>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/train/training_snapshot.h"
#include "ui/common/background_job.h"

namespace lstmviz::ui {

struct InitComparisonResult {
  QString label;                                                             // "forget bias 0"
  std::vector<std::shared_ptr<const core::GradientsThroughTime>> gradients;  // per epoch
  std::vector<core::EpochRecord> epochs;
  QString error;  // the run failed
};

class InitComparison : public QObject {
  Q_OBJECT
 public:
  explicit InitComparison(QObject* parent = nullptr);
  ~InitComparison() override;  // stops the runs and joins their thread

  // Starts both runs of config with `epochs` epochs each. Ignored while running.
  void start(const core::ExperimentConfig& config, int epochs);
  bool running() const { return running_; }
  // Results so far: [0] forget bias 0, [1] forget bias 1.
  const std::vector<InitComparisonResult>& results() const { return results_; }
  // Waits for the runs (tests). Returns false on timeout.
  bool waitForFinished(int timeoutMs);

 signals:
  void progressed();  // results() changed
  void finished();

 private:
  struct Shared;
  void poll();

  std::shared_ptr<Shared> shared_;
  QTimer pollTimer_;
  std::vector<InitComparisonResult> results_;
  bool running_ = false;
  BackgroundJob job_;  // last, so destroyed first: the runs stop before the members above go
};

}  // namespace lstmviz::ui
