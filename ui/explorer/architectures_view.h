#pragma once
// ArchitecturesView: the five sequence architectures (many-to-one with its four heads,
// one-to-many, many-to-many, encoder–decoder, autoencoder), each as a diagram with the tensor
// shapes torch gives for the current configuration on every arrow, the matching PyTorch code,
// and a "Load preset" button that emits presetRequested with a config for that architecture
// (architectures_numerics.h). The many-to-many page runs TimeDistributed(Dense) and nn.Linear on
// the snapshot's real output and shows that they agree exactly.
#include <QWidget>
#include <array>
#include <memory>

#include "core/experiment/experiment_config.h"
#include "ui/explorer/architectures_diagrams.h"
#include "ui/explorer/architectures_numerics.h"

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

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

 signals:
  void presetRequested(const lstmviz::core::ExperimentConfig& config);

 private:
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
  // The backward comparison's text (compareTimeDistributedBackward) for the many-to-many box.
  QString backwardText(const ExplorerSnapshot& snapshot, int64_t outFeatures) const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  std::array<Page, kArchitectureCount> pages_;
  QListWidget* list_;
  QStackedWidget* stack_;
  QComboBox* headBox_ = nullptr;
  QLabel* comparisonLabel_ = nullptr;
  QLabel* backwardLabel_ = nullptr;  // the backward half: Σ_t dW_t against dW of one product
  TimeDistributedComparison comparison_;
};

}  // namespace lstmviz::ui
