#pragma once
// ForecasterComparisonDialog (Training ▸ Compare forecasters…): note 000's multi-step question
// answered with numbers. It runs core::compareForecasters — five real models (a K-wide
// many-to-one head, RepeatVector + decoder, seq2seq trained with and without teacher forcing, a
// one-step model rolled forward) trained on the same windows — on a worker thread, and shows their
// validation MSE per step ahead in a table and a plot, with what each way of forecasting K steps
// does and why slicing a many-to-many output[:, -K:] is not among them.
// Threading: the worker owns a copy of the settings and writes its result into a shared,
// mutex-guarded state that a 100 ms timer on the GUI thread polls; closing the dialog while it
// runs leaves the worker to finish on its own (its result is dropped). No exception crosses the
// thread: a failure is shown as its message.
#include <QDialog>
#include <memory>
#include <optional>
#include <string>
#include <thread>

#include "core/experiment/experiment_config.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace lstmviz::core {
struct ForecasterComparison;
}

namespace lstmviz::ui {

// The settings of a comparison, as `lstmviz-cli compare-forecasters` takes them.
struct ForecasterComparisonSettings {
  std::string dataset = "sine";  // sine, airline or anomalies (every input is a target)
  int64_t horizon = 5;           // --horizon K
  int64_t window = 20;           // --window L
  int64_t hiddenSize = 16;       // --hidden-size H
  int64_t epochs = 10;           // --epochs
  uint64_t seed = 0;             // --seed
};

// The experiment compareForecasters runs for settings: exactly the configuration
// `lstmviz-cli compare-forecasters` builds from the same flags (adam, lr 0.01, batch 32,
// shuffled), so both print the same numbers.
core::ExperimentConfig forecasterComparisonConfig(const ForecasterComparisonSettings& settings);
// "lstmviz-cli compare-forecasters --dataset sine --horizon 5 …" for settings.
QString forecasterComparisonCommand(const ForecasterComparisonSettings& settings);

class ForecasterComparisonDialog : public QDialog {
  Q_OBJECT
 public:
  // The form starts from current (its series dataset, seq_len, horizon, hidden size, seed).
  explicit ForecasterComparisonDialog(const core::ExperimentConfig& current,
                                      QWidget* parent = nullptr);
  ~ForecasterComparisonDialog() override;

  ForecasterComparisonSettings settings() const;
  void setSettings(const ForecasterComparisonSettings& settings);
  // Starts a comparison on the worker (ignored while one runs).
  void run();
  bool running() const { return running_; }
  // The last finished comparison, or null (none yet, or it failed: errorText() says why).
  const core::ForecasterComparison* comparison() const { return comparison_.get(); }
  QString errorText() const { return error_; }
  QTableWidget* table() const { return table_; }

 signals:
  void comparisonFinished();  // a comparison ended (comparison() or errorText() holds the outcome)

 private:
  struct Shared;
  void poll();
  void showComparison(const core::ForecasterComparison& comparison);

  QComboBox* dataset_;
  QSpinBox *horizon_, *window_, *hidden_, *epochs_, *seed_;
  QPushButton* run_;
  QLabel* status_;
  QLabel* command_;
  QTableWidget* table_;
  QCustomPlot* plot_;
  QLabel* explanation_;
  QTimer* poll_;
  std::shared_ptr<Shared> shared_;
  std::thread worker_;
  bool running_ = false;
  ForecasterComparisonSettings ran_;  // the settings of the comparison shown / running
  std::shared_ptr<const core::ForecasterComparison> comparison_;
  QString error_;
};

}  // namespace lstmviz::ui
