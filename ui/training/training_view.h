#pragma once
// TrainingView: the "Training" tab — run controls (start, pause, resume, stop, one epoch), the
// hyper-parameter form (editable while no run is active), progress (epoch, batch, time left), the
// log-scale switch, "Compare run…" (a saved run directory's metrics.csv overlaid), and the live
// TrainingPlots; for seq2seq, one_to_many and the autoencoder an ArchitectureOutputView (forecast
// fan, reconstruction and anomalies) in place of the task plot. It draws only
// TrainingController::history(), on historyChanged.
#include <QWidget>

#include "core/experiment/experiment_config.h"
#include "core/train/training_snapshot.h"
#include "ui/training/training_controller.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace lstmviz::ui {

class ArchitectureOutputView;
class HyperParameterForm;
class TrainingPlots;

class TrainingView : public QWidget {
  Q_OBJECT
 public:
  TrainingView(TrainingController* controller, QWidget* parent = nullptr);

  // Shows config in the form (the next Start uses it with the form's edits).
  void setExperiment(const core::ExperimentConfig& config);
  core::ExperimentConfig experiment() const;
  // experiment() for a new run: with its own directory under the form's "Save runs in" folder.
  core::ExperimentConfig experimentToRun();
  HyperParameterForm* form() const { return form_; }
  // Overlays the metrics.csv of a run directory (or the CSV file itself) and, for a directory,
  // announces its histograms (comparisonHistograms) for the histograms view. Returns false with a
  // message in *error, changing nothing, when either cannot be read.
  bool compareWithRun(const QString& path, QString* error);

  TrainingPlots* plots() const { return plots_; }
  ArchitectureOutputView* architectureOutput() const { return output_; }
  QProgressBar* progressBar() const { return progress_; }
  QPushButton* startButton() const { return start_; }
  QPushButton* pauseButton() const { return pause_; }
  QPushButton* resumeButton() const { return resume_; }
  QPushButton* stopButton() const { return stop_; }
  QPushButton* stepButton() const { return step_; }
  // The "Data: …" line above the plots: the next run's data, and the shown run's when they differ.
  QString dataText() const;

 signals:
  // A compared run's per-epoch histograms (empty when cleared or when it has none).
  void comparisonHistograms(const QString& name,
                            const std::vector<std::vector<core::Histogram>>& epochs);

 private:
  void refresh();
  // Shows the architecture output (and hides the task plot) for the non-head architectures.
  void showArchitectureOutput();
  static QString describeRunEnd(const core::TrainingSnapshot& snapshot);
  void updateButtons();
  void chooseComparison();
  QString configuredText() const;  // the next run's dataset and model (the form's), one line

  TrainingController* controller_;
  HyperParameterForm* form_;
  TrainingPlots* plots_;
  ArchitectureOutputView* output_;
  QPushButton *start_, *pause_, *resume_, *stop_, *step_, *compare_, *clearCompare_;
  QProgressBar* progress_;
  QLabel* status_;
  QLabel* data_;
  QCheckBox* logScale_;
};

}  // namespace lstmviz::ui
