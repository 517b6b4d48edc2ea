#include "ui/training/training_controller.h"

#include <chrono>
#include <condition_variable>

#include "core/nn/thread_budget.h"
#include "core/train/trainer.h"
#include "ui/model/explorer_lstm.h"
#include "ui/training/data_description.h"
#include "ui/training/task_evaluator.h"
#include "ui/training/training_setup.h"

namespace lstmviz::ui {

namespace {
constexpr int kDrainIntervalMs = 33;       // ~30 redraws a second at most
constexpr qint64 kMinModelUpdateMs = 500;  // lstmParametersChanged at most twice a second
}  // namespace

// Shared by the GUI thread and the worker; every field is guarded by mutex.
struct TrainingController::Inbox {
  std::mutex mutex;
  std::condition_variable finished;
  std::vector<std::shared_ptr<const core::TrainingSnapshot>> snapshots;
  std::shared_ptr<const TaskEvaluation> evaluation;
  core::Trainer* trainer = nullptr;  // set while Trainer::run is active
  // Requests made before the trainer exists, applied when it does.
  bool pauseRequested = false, stopRequested = false, singleEpochRequested = false;
  bool done = false;
  std::string error;  // setup failure (no snapshot was published)
  std::string description;
  bool classification = false;
  // The explorer's LSTM in the model (TrainingSetup): module, nn.LSTM arguments, parameter span.
  std::string lstmModule;
  core::LstmConfig lstm;
  int64_t lstmParameterOffset = 0;
  int64_t lstmParameterCount = 0;
};

void TrainingController::trainOnThisThread(const std::shared_ptr<Inbox>& inbox,
                                           const core::ExperimentConfig& config) {
  const core::ThreadBudget oneThread(1);  // this thread only: the GUI thread keeps every core
  auto finish = [&](const std::string& error) {
    std::lock_guard lock(inbox->mutex);
    inbox->trainer = nullptr;
    inbox->error = error;
    inbox->done = true;
    inbox->finished.notify_all();
  };
  TrainingSetup setup;
  try {
    setup = makeTrainingSetup(config);
  } catch (const std::exception& e) {
    finish(e.what());
    return;
  }
  TaskEvaluator evaluator(setup);
  core::Trainer trainer(*setup.model, setup.data.train, setup.data.validation, config.training);
  {
    std::lock_guard lock(inbox->mutex);
    inbox->description = DataDescription::describe(config, setup.data).toStdString();
    inbox->classification = setup.data.classification;
    inbox->lstmModule = setup.lstmModule;
    inbox->lstm = setup.lstm;
    inbox->lstmParameterOffset = setup.lstmParameterOffset;
    inbox->lstmParameterCount = setup.lstmParameterCount;
    inbox->trainer = &trainer;
    if (inbox->singleEpochRequested) trainer.requestSingleEpoch();
    if (inbox->pauseRequested) trainer.requestPause();
    if (inbox->stopRequested) trainer.requestStop();
  }
  const std::vector<float>* lastEvaluated = nullptr;
  trainer.run([&](std::shared_ptr<const core::TrainingSnapshot> snapshot) {
    std::shared_ptr<const TaskEvaluation> evaluation;
    if (snapshot->parameters && snapshot->parameters.get() != lastEvaluated &&
        !snapshot->epochs.empty()) {
      lastEvaluated = snapshot->parameters.get();
      try {
        evaluation = evaluator.evaluate(*snapshot->parameters, snapshot->epochs.back().epoch);
      } catch (const std::exception&) {
        // The task plot keeps its previous state; the run itself is unaffected.
      }
    }
    std::lock_guard lock(inbox->mutex);
    inbox->snapshots.push_back(std::move(snapshot));
    if (evaluation) inbox->evaluation = std::move(evaluation);
  });
  finish("");
}

TrainingController::TrainingController(QObject* parent) : QObject(parent) {
  drainTimer_.setInterval(kDrainIntervalMs);
  connect(&drainTimer_, &QTimer::timeout, this, &TrainingController::drain);
}

TrainingController::~TrainingController() {
  if (inbox_) {
    std::lock_guard lock(inbox_->mutex);
    inbox_->stopRequested = true;
    if (inbox_->trainer) inbox_->trainer->requestStop();
  }
  joinWorker();
}

void TrainingController::joinWorker() { job_.join(); }

void TrainingController::launch(const core::ExperimentConfig& config, bool singleEpoch) {
  joinWorker();
  config_ = config;
  history_.clear();
  history_.bidirectional = config.lstm.bidirectional;
  history_.head = explorerLstmReadout(config.modelArchitecture(), config.head);
  lastEmittedParameters_ = nullptr;
  inbox_ = std::make_shared<Inbox>();
  inbox_->singleEpochRequested = singleEpoch;
  setState(State::kRunning);
  emit historyChanged();
  // Stop, pause and single epochs reach the trainer through the inbox (they exist before it does).
  job_.start(
      [inbox = inbox_, config](BackgroundJob::Control&) { trainOnThisThread(inbox, config); });
  drainTimer_.start();
}

void TrainingController::start(const core::ExperimentConfig& config, bool singleEpoch) {
  if (active()) return;
  launch(config, singleEpoch);
}

void TrainingController::pause() {
  if (!inbox_ || state_ != State::kRunning) return;
  std::lock_guard lock(inbox_->mutex);
  inbox_->pauseRequested = true;
  if (inbox_->trainer) inbox_->trainer->requestPause();
}

void TrainingController::resume() {
  if (!inbox_ || !active()) return;
  std::lock_guard lock(inbox_->mutex);
  inbox_->pauseRequested = false;
  if (inbox_->trainer) inbox_->trainer->requestResume();
}

void TrainingController::stop() {
  if (!inbox_ || !active()) return;
  std::lock_guard lock(inbox_->mutex);
  inbox_->stopRequested = true;
  if (inbox_->trainer) inbox_->trainer->requestStop();
}

void TrainingController::stepEpoch(const core::ExperimentConfig& config) {
  if (!active()) {
    launch(config, true);
    return;
  }
  std::lock_guard lock(inbox_->mutex);
  inbox_->pauseRequested = false;
  inbox_->singleEpochRequested = true;
  if (inbox_->trainer) inbox_->trainer->requestSingleEpoch();
}

bool TrainingController::runBlocking(const core::ExperimentConfig& config, int epochs,
                                     QString* error) {
  if (active()) {
    if (error) *error = tr("a training run is already active");
    return false;
  }
  joinWorker();
  config_ = config;
  config_.training.epochs = epochs;
  history_.clear();
  history_.bidirectional = config.lstm.bidirectional;
  history_.head = explorerLstmReadout(config.modelArchitecture(), config.head);
  lastEmittedParameters_ = nullptr;
  inbox_ = std::make_shared<Inbox>();
  trainOnThisThread(inbox_, config_);
  drain();
  const auto& latest = history_.latest;
  std::string message;
  {
    std::lock_guard lock(inbox_->mutex);
    message = inbox_->error;
  }
  if (message.empty() && latest && latest->state == core::TrainingSnapshot::State::kFailed)
    message = latest->message;
  if (!message.empty()) {
    if (error) *error = QString::fromStdString(message);
    return false;
  }
  return true;
}

bool TrainingController::waitForFinished(int timeoutMs) {
  if (!inbox_) return true;
  std::unique_lock lock(inbox_->mutex);
  return inbox_->finished.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                   [&] { return inbox_->done; });
}

void TrainingController::drain() {
  if (!inbox_) return;
  std::vector<std::shared_ptr<const core::TrainingSnapshot>> snapshots;
  std::shared_ptr<const TaskEvaluation> evaluation;
  bool done = false;
  std::string error;
  {
    std::lock_guard lock(inbox_->mutex);
    snapshots.swap(inbox_->snapshots);
    evaluation = std::move(inbox_->evaluation);
    done = inbox_->done;
    error = inbox_->error;
    history_.description = inbox_->description;
    history_.classification = inbox_->classification;
    history_.lstmModule = inbox_->lstmModule;
    history_.lstm = inbox_->lstm;
  }
  for (const auto& s : snapshots) history_.add(s);
  if (evaluation) history_.evaluation = evaluation;

  // The explorer recomputes its whole trace per update: at most every kMinModelUpdateMs, and
  // always the final weights.
  const bool modelDue =
      done || !sinceModelUpdate_.isValid() || sinceModelUpdate_.elapsed() >= kMinModelUpdateMs;
  if (modelDue && history_.latest && history_.latest->parameters &&
      history_.latest->parameters.get() != lastEmittedParameters_) {
    sinceModelUpdate_.restart();
    lastEmittedParameters_ = history_.latest->parameters.get();
    int64_t offset = 0, count = 0;
    {
      std::lock_guard lock(inbox_->mutex);
      offset = inbox_->lstmParameterOffset;
      count = inbox_->lstmParameterCount;
    }
    const auto& all = *history_.latest->parameters;
    offset = std::min<int64_t>(offset, static_cast<int64_t>(all.size()));
    count = std::min<int64_t>(count, static_cast<int64_t>(all.size()) - offset);
    emit lstmParametersChanged(std::make_shared<const std::vector<float>>(
        all.begin() + offset, all.begin() + offset + count));
  }
  if (!snapshots.empty() || evaluation || done) emit historyChanged();

  if (done) {
    drainTimer_.stop();
    joinWorker();
    if (!error.empty()) {
      auto failed = std::make_shared<core::TrainingSnapshot>();
      failed->state = core::TrainingSnapshot::State::kFailed;
      failed->message = error;
      history_.latest = failed;
      emit historyChanged();
    }
    setState(State::kFinished);
  } else if (history_.latest) {
    setState(history_.latest->state == core::TrainingSnapshot::State::kPaused ? State::kPaused
                                                                              : State::kRunning);
  }
}

void TrainingController::setState(State state) {
  if (state == state_) return;
  state_ = state;
  emit stateChanged(state);
}

}  // namespace lstmviz::ui
