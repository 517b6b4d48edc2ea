#pragma once
// TrainingController: runs core::Trainer on a worker thread (BackgroundJob) and hands the GUI
// thread an accumulated TrainingHistory. Threading contract:
//   worker:  builds data and model, calls Trainer::run; its snapshot callback only appends the
//            immutable snapshot (and, at epoch ends, a TaskEvaluation computed on a private copy of
//            the model) to a mutex-protected inbox.
//   GUI:     a 33 ms timer drains the inbox into history() and emits historyChanged() once — so
//            views redraw at most ~30 times a second however fast batches arrive.
// No exception crosses the thread: a failure ends the run with state kFinished and a message.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <mutex>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/train/trainer.h"
#include "ui/common/background_job.h"
#include "ui/training/training_history.h"

namespace lstmviz::core {
class Trainer;
}

namespace lstmviz::ui {

class TrainingController : public QObject {
  Q_OBJECT
 public:
  enum class State { kIdle, kRunning, kPaused, kFinished };

  explicit TrainingController(QObject* parent = nullptr);
  ~TrainingController() override;  // stops and joins the worker

  // Starts a new run of config (history cleared). singleEpoch: pause after the first epoch.
  // Ignored while a run is active.
  void start(const core::ExperimentConfig& config, bool singleEpoch = false);
  void pause();
  void resume();
  void stop();
  // Idle / finished: starts a run that pauses after one epoch; paused: trains one more epoch.
  void stepEpoch(const core::ExperimentConfig& config);

  // Trains config for `epochs` epochs on the calling thread, then publishes the history. Returns
  // false with a message in *error when the run failed. Requires: no run active.
  bool runBlocking(const core::ExperimentConfig& config, int epochs, QString* error);

  State state() const { return state_; }
  bool active() const { return state_ == State::kRunning || state_ == State::kPaused; }
  const TrainingHistory& history() const { return history_; }
  const core::ExperimentConfig& config() const { return config_; }
  // Waits for the worker to end (tests). Returns false on timeout.
  bool waitForFinished(int timeoutMs);

 signals:
  void historyChanged();  // history() grew; at most every 33 ms
  void stateChanged(lstmviz::ui::TrainingController::State state);
  // The parameters (torch's flat nn.LSTM order) of the model's LSTM the explorer runs —
  // history().lstmModule ("lstm", "encoder", "decoder"), nn.LSTM arguments history().lstm — after
  // an epoch (at most every 500 ms) and at the end of a run.
  void lstmParametersChanged(std::shared_ptr<const std::vector<float>> lstmParameters);

 private:
  struct Inbox;
  // The worker's whole life: data, model, Trainer::run. Never throws.
  static void trainOnThisThread(const std::shared_ptr<Inbox>& inbox,
                                const core::ExperimentConfig& config);
  void launch(const core::ExperimentConfig& config, bool singleEpoch);
  void drain();
  void setState(State state);
  void joinWorker();

  core::ExperimentConfig config_;
  TrainingHistory history_;
  State state_ = State::kIdle;
  std::shared_ptr<Inbox> inbox_;
  QTimer drainTimer_;
  const std::vector<float>* lastEmittedParameters_ = nullptr;
  QElapsedTimer sinceModelUpdate_;
  BackgroundJob job_;  // the worker: Trainer::run (trainOnThisThread)
};

}  // namespace lstmviz::ui
