#pragma once
// HyperParameterForm: the training options a learner may change before a run — optimizer, learning
// rate, batch size, epochs, gradient clipping (norm or value), ReduceLROnPlateau, early stopping and
// the LSTM's initialisation. Edits apply on top of the experiment given to setConfig.
#include <QWidget>

#include "core/train/experiment.h"

class QCheckBox;
class QComboBox;
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

 private:
  void updateEnabled();

  core::ExperimentConfig base_;
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
};

}  // namespace lstmviz::ui
