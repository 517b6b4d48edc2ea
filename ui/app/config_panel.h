#pragma once
// ConfigPanel: the left dock of the main window — one control per torch.nn.LSTM argument
// (input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional, proj_size), the
// example batch (batch size or unbatched, seq_len, variable lengths for packing), the
// architecture (with its horizon K and which of its LSTMs the explorer runs), the head, the
// dataset and the initialisation. The architecture and the head agree: head seq is many_to_many,
// another head many_to_one; the other three architectures ignore the head (its box is disabled).
// It never clamps one value to fit another: every combination can be entered, and an invalid one
// is explained in place (setError) in torch's words by whoever validates it. Every user edit emits
// configChanged() once. A value the controls cannot show (an int64 size, a 64-bit seed) is kept as
// given and named under them, never clamped (LoadedValues).
#include <QWidget>

#include "core/experiment/experiment_config.h"
#include "ui/common/loaded_values.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace lstmviz::ui {

class ConfigPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ConfigPanel(QWidget* parent = nullptr);

  // The configuration the controls describe (training options and fields without a control are
  // those of the last setConfig).
  core::ExperimentConfig config() const;
  // Shows config in the controls without emitting configChanged().
  void setConfig(const core::ExperimentConfig& config);

  // Shows message in red under the controls ("" hides it): why the current combination is not a
  // valid nn.LSTM, while the views keep the last valid snapshot.
  void setError(const QString& message);
  QString errorText() const;
  // A non-fatal note in amber (torch's UserWarning, e.g. dropout with one layer); "" hides it.
  void setWarning(const QString& message);
  // Where the LSTM's parameters come from ("initialisation", "imported from x.safetensors").
  void setWeightsSource(const QString& text);

  // The lengths the "variable lengths" box gives for a batch: L, L−3, L−6, … never below 1.
  static std::vector<int64_t> variableLengths(int64_t batch, int64_t steps);

  // Controls, for the main window's tests.
  QSpinBox* inputSizeBox() const { return inputSize_; }
  QSpinBox* hiddenSizeBox() const { return hiddenSize_; }
  QSpinBox* numLayersBox() const { return numLayers_; }
  QCheckBox* biasBox() const { return bias_; }
  QCheckBox* batchFirstBox() const { return batchFirst_; }
  QDoubleSpinBox* dropoutBox() const { return dropout_; }
  QCheckBox* bidirectionalBox() const { return bidirectional_; }
  QSpinBox* projSizeBox() const { return projSize_; }
  QSpinBox* batchBox() const { return batch_; }
  QCheckBox* unbatchedBox() const { return unbatched_; }
  QSpinBox* seqLenBox() const { return seqLen_; }
  QCheckBox* variableLengthsBox() const { return variableLengths_; }
  QComboBox* headBox() const { return head_; }
  QComboBox* architectureBox() const { return architecture_; }
  QSpinBox* horizonBox() const { return horizon_; }

 signals:
  void configChanged();

 private:
  void emitChanged();
  void updateLengthsLabel();
  // Enables head / horizon for the architecture and says which LSTM the explorer runs.
  void updateModelControls();
  void updateNotShown();

  core::ExperimentConfig base_;  // fields without a control, and values no control has changed
  LoadedValues loaded_;
  bool updating_ = false;

  QSpinBox* inputSize_;
  QSpinBox* hiddenSize_;
  QSpinBox* numLayers_;
  QCheckBox* bias_;
  QCheckBox* batchFirst_;
  QDoubleSpinBox* dropout_;
  QCheckBox* bidirectional_;
  QSpinBox* projSize_;
  QSpinBox* batch_;
  QCheckBox* unbatched_;
  QSpinBox* seqLen_;
  QCheckBox* variableLengths_;
  QLabel* lengthsLabel_;
  QComboBox* architecture_;
  QSpinBox* horizon_;
  QLabel* modelNote_;
  QComboBox* head_;
  QComboBox* dataset_;
  QComboBox* initWeights_;
  QComboBox* initRecurrent_;
  QComboBox* initBias_;
  QDoubleSpinBox* initGain_;
  QSpinBox* initSeed_;
  QLabel* weightsSource_;
  QLabel* error_;
  QLabel* warning_;
  QLabel* notShown_;
};

}  // namespace lstmviz::ui
