#pragma once
// ArchitecturesView: the five sequence architectures (many-to-one with its four heads,
// one-to-many, many-to-many, encoder–decoder, autoencoder), each as a diagram with the tensor
// shapes torch gives for the current configuration on every arrow, the matching PyTorch code,
// and a "Load preset" button that emits presetRequested with a config for that architecture
// (architectures_numerics.h). The many-to-many page runs TimeDistributed(Dense) and nn.Linear on
// the snapshot's real output and shows that they agree exactly.
//
// The comparison reads the whole output (N·L·D·H_out values, forward and backward): up to
// kSynchronousComparisonMacs multiply-adds it runs at once; above that on a worker (BackgroundJob)
// and only while the view is shown, so opening a large configuration never waits for it
// (issue 17); the box says "Computing…" meanwhile.
#include <QWidget>
#include <array>
#include <memory>

#include "core/experiment/experiment_config.h"
#include "ui/common/background_job.h"
#include "ui/explorer/architectures_diagrams.h"
#include "ui/explorer/architectures_numerics.h"
#include "ui/explorer/time_distributed_backward.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace lstmviz::ui {

class ArchitecturesDiagramWidget;
struct ExplorerSnapshot;

class ArchitecturesView : public QWidget {
  Q_OBJECT

 public:
  explicit ArchitecturesView(QWidget* parent = nullptr);

  // Redraws every diagram for snapshot's config and reruns the TimeDistributed comparison.
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);

  void showArchitecture(Architecture a);
  Architecture currentArchitecture() const;
  // The head drawn (and loaded by the preset) on the many-to-one page: kLast, kHn, kFlatten, kMean.
  void setManyToOneHead(core::HeadKind head);
  core::HeadKind manyToOneHead() const;

  // Parts, for tests and the screenshot.
  ArchitecturesDiagramWidget* diagramWidget(Architecture a) const {
    return pages_[static_cast<int>(a)].diagram;
  }
  QPushButton* presetButton(Architecture a) const { return pages_[static_cast<int>(a)].preset; }
  const TimeDistributedComparison& timeDistributedComparison() const { return comparison_; }
  // Completes a pending comparison now (waits for the worker, or computes it): for tests and
  // screenshots.
  void waitForComparison();
  // True while the worker computes the comparison (drawn when it arrives).
  bool computing() const { return working_; }

  // Multiply-adds (N·L·O·D·H_out) up to which the comparison is computed on the GUI thread.
  static constexpr int64_t kSynchronousComparisonMacs = int64_t{1} << 16;

 signals:
  void presetRequested(const lstmviz::core::ExperimentConfig& config);

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  struct Comparison {  // both halves, for one snapshot and O
    TimeDistributedComparison forward;
    TimeDistributedGradient<float> backward;
    QString error;  // what the computation threw (out of memory), or ""
  };
  struct Page {
    QWidget* widget = nullptr;
    QLabel* title = nullptr;
    QLabel* summary = nullptr;
    ArchitecturesDiagramWidget* diagram = nullptr;
    QPlainTextEdit* code = nullptr;
    QLabel* presetInfo = nullptr;
    QPushButton* preset = nullptr;
  };

  Page buildPage(Architecture a);
  void refresh();
  core::ExperimentConfig currentConfig() const;
  static Comparison compare(const ExplorerSnapshot& snapshot, int64_t outFeatures);
  // Starts the comparison for snapshot_: now when small, else on the worker when shown.
  void requestComparison();
  void startWorker();
  void onComparisonComputed(uint64_t generation, std::shared_ptr<const Comparison> result);
  void showComparison(const Comparison& result);
  // The backward comparison's text (compareTimeDistributedBackward) for the many-to-many box.
  QString backwardText(const TimeDistributedGradient<float>& g) const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  std::array<Page, kArchitectureCount> pages_;
  QListWidget* list_;
  QWidget* pageArea_;  // the pages, the current one shown
  QComboBox* headBox_ = nullptr;
  QLabel* comparisonLabel_ = nullptr;
  QLabel* backwardLabel_ = nullptr;  // the backward half: Σ_t dW_t against dW of one product
  TimeDistributedComparison comparison_;
  // The comparison on the worker: generation_ counts requests; a result of an older one is
  // dropped (and the newest started). pending_: snapshot_'s comparison is not shown yet.
  BackgroundJob worker_;
  uint64_t generation_ = 0;
  bool working_ = false;
  bool pending_ = false;
  int64_t pendingOutFeatures_ = 0;
};

}  // namespace lstmviz::ui
