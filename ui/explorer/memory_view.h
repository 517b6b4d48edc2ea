#pragma once
// MemoryView: which earlier steps an nn.LSTM's outputs remember, for one sample of the explorer's
// snapshot (core/nn/memory_paths.h):
//   - the connectivity matrix ‖∂output[t] / ∂x[s]‖ (a heat map, lower-triangular for one
//     direction, only the true steps with packing);
//   - the forget-gate survival ∏ f of one unit of a chosen layer and direction (a heat map) beside
//     the gradient path: the connectivity of the last output step and the survival of its row,
//     against s — "the forget gate is the memory";
//   - per-step attributions of output[last step] (unit 0 or the sum) by gradient × input and
//     integrated gradients, with the completeness check Σ attributions = f(x) − f(baseline);
//   - the batch's h_t of the chosen layer on its two principal components, one curve per sample,
//     the step of the view's slider marked.
// The connectivity, attributions and the PCA are computed when the view is shown (on a worker
// thread, BackgroundJob, for large configurations: memoryPathsFlops, pcaFlops), ∏ f from the
// recorded trace at once.
// clang-format off
#include "ui/model/explorer_snapshot.h"
// clang-format on

#include <QWidget>
#include <memory>

#include "core/nn/memory_paths.h"
#include "ui/common/background_job.h"
#include "ui/explorer/memory_paths_model.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QSlider;
class QSpinBox;

namespace lstmviz::ui {

class MemoryView : public QWidget {
  Q_OBJECT

 public:
  explicit MemoryView(QWidget* parent = nullptr);
  ~MemoryView() override;
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);

  void setSample(int sample);
  // The step t (the Stepper's time step): marks the trajectories and, for a head seq, is the
  // step whose prediction is attributed. Emits stepChanged when it changes.
  void setStep(int step);
  int step() const;
  // Computes what is pending now (waits for a running worker): for tests and screenshots.
  void waitForResults();
  // True while the worker computes (its result is drawn when it arrives).
  bool computing() const { return working_; }
  // The drawn results (null before the first computation).
  const MemoryPaths* paths() const { return paths_.get(); }
  // The connectivity heat map's value at (output step t, input step s); 0 where blank.
  double connectivityCell(int t, int s) const;
  QString completenessText() const;
  // The line beside the step slider: "Computing…", or why nothing is drawn.
  QString statusText() const;
  // The trajectory plot: one curve per sample.
  QCustomPlot* trajectoryPlot() const { return trajectory_; }

 signals:
  void stepChanged(int step);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  // What a worker computes, copied from the view when it starts.
  struct Request {
    std::shared_ptr<const ExplorerSnapshot> snapshot;
    int64_t sample;
    MemoryTarget target;
    int64_t step;
    int64_t layer;
    uint64_t generation;  // generation_ of the paths asked for
    bool paths, pca;      // what is asked for
  };
  void drawAll();       // everything of a new snapshot
  void requestPaths();  // the connectivity and attributions of the chosen sample and target
  // Computes what is pending (paths, PCA): here when small, else on the worker.
  void computePending();
  bool computeHere(double flops) const;
  void computeNow();  // what is pending, on this thread, and draws it
  // True (and says so in the status) when the connectivity would need too much memory.
  bool tooLarge();
  void startWorker();
  void onComputed(const Request& request, std::shared_ptr<const MemoryPaths> paths,
                  std::shared_ptr<const core::HiddenPca<float>> pca, const QString& error);
  void drawPaths();
  void drawSurvival();    // the survival heat map and the gradient path
  void drawTrajectory();  // the PCA and the step marker
  void drawStepMarker();
  void onStepChanged();
  MemoryTarget target() const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  std::shared_ptr<const MemoryPaths> paths_;
  bool drawnStale_ = false;    // a snapshot arrived while hidden: nothing drawn for it yet
  bool pathsPending_ = false;  // paths_ is not of the current snapshot / sample / target
  std::shared_ptr<const core::HiddenPca<float>> pca_;
  bool pcaPending_ = false;  // pca_ is not of the current snapshot / layer
  bool working_ = false;
  uint64_t generation_ = 0;

  QSpinBox* sample_;
  QSpinBox* layer_;
  QComboBox* direction_;
  QSpinBox* unit_;
  QComboBox* target_;
  QSlider* step_;
  QLabel* stepLabel_;
  QLabel* status_;
  QLabel* source_;  // where the input came from, and whether the run is edited
  QCustomPlot* connectivity_;
  QCustomPlot* survival_;
  QCustomPlot* path_;
  QCustomPlot* attribution_;
  QCustomPlot* trajectory_;
  QLabel* completeness_;
  QLabel* trajectoryCaption_;
  BackgroundJob worker_;  // last: joined before the members its result is posted to go
};

}  // namespace lstmviz::ui
