#pragma once
// HyperParameterForm: the training options a learner may change before a run — optimizer, learning
// rate, batch size, epochs, gradient clipping (norm or value), ReduceLROnPlateau, early stopping
// and the LSTM's initialisation — and the folder runs are saved in. Edits apply on top of the
// experiment given to setConfig: every field takes what the engine accepts, and a value no field
// can hold (a seed beyond an int) is kept as given and named under the fields (LoadedValues), so
// the form never trains another experiment than the one it was given.
#include <QWidget>

#include "core/experiment/experiment_config.h"
#include "ui/common/loaded_values.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QDoubleSpinBox;
class QSpinBox;

namespace lstmviz::ui {

class HyperParameterForm : public QWidget {
  Q_OBJECT
 public:
  explicit HyperParameterForm(QWidget* parent = nullptr);

  // Shows config's training and init options.
  void setConfig(const core::ExperimentConfig& config);
  // The config given to setConfig with the form's values applied.
  core::ExperimentConfig config() const;

  // "Save runs in": a folder (empty: runs are not saved). Each run started from the dashboard
  // gets its own new directory in it (newRunDirectory), with config.json, metrics.csv, events,
  // histograms and best/last checkpoints — what "Compare run…" opens.
  QString runsFolder() const;
  void setRunsFolder(const QString& folder);
  // A directory name in runsFolder() that does not exist yet: run_YYYY-MM-DD_HH-MM-SS[_k].
  // Empty when no folder is set. Shows the name below the folder field.
  QString newRunDirectory();

 private:
  void updateEnabled();
  void updateNotShown();

  core::ExperimentConfig base_;
  LoadedValues loaded_;
  QComboBox* optimizer_;
  QDoubleSpinBox* lr_;
  QSpinBox* batchSize_;
  QSpinBox* epochs_;
  QDoubleSpinBox* clipNorm_;
  QDoubleSpinBox* clipValue_;
  QCheckBox* plateauOn_;
  QDoubleSpinBox* plateauFactor_;
  QSpinBox* plateauPatience_;
  QCheckBox* earlyStopOn_;
  QSpinBox* earlyStopPatience_;
  QComboBox* weightInit_;
  QComboBox* biasInit_;
  QSpinBox* seed_;
  QLineEdit* runsFolder_;
  QLabel* lastRun_;
  QLabel* notShown_;
};

}  // namespace lstmviz::ui
