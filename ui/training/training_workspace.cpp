#include "ui/training/training_workspace.h"

#include "ui/training/gradients_view.h"
#include "ui/training/histograms_view.h"
#include "ui/training/hyper_parameter_form.h"
#include "ui/training/training_controller.h"
#include "ui/training/training_plots.h"
#include "ui/training/training_setup.h"
#include "ui/training/training_view.h"

namespace lstmviz::ui {

TrainingWorkspace::TrainingWorkspace(QObject* parent)
    : QObject(parent), controller_(new TrainingController(this)) {
  connect(controller_, &TrainingController::historyChanged, this,
          &TrainingWorkspace::onHistoryChanged);
  connect(controller_, &TrainingController::lstmParametersChanged, this,
          &TrainingWorkspace::modelUpdated);
  createViews();
  setExperiment(defaultTrainingExperiment());
}

void TrainingWorkspace::createViews() {
  training_ = new TrainingView(controller_);
  histograms_ = new HistogramsView;
  gradients_ = new GradientsView;
  connect(training_, &TrainingView::comparisonHistograms, histograms_,
          [this](const QString& name, const std::vector<std::vector<core::Histogram>>& epochs) {
            if (histograms_) histograms_->setComparison(name, epochs);
          });
  gradients_->setExperimentProvider(
      [this] { return training_ ? training_->experiment() : defaultTrainingExperiment(); });
}

void TrainingWorkspace::recreateViews() {
  const core::ExperimentConfig experiment =
      training_ ? training_->experiment() : defaultTrainingExperiment();
  const QString runsFolder = training_ ? training_->form()->runsFolder() : QString();
  for (QWidget* w :
       {static_cast<QWidget*>(training_.data()), static_cast<QWidget*>(histograms_.data()),
        static_cast<QWidget*>(gradients_.data())})
    delete w;
  createViews();
  training_->setExperiment(experiment);
  training_->form()->setRunsFolder(runsFolder);
  onHistoryChanged();
  emit controller_->historyChanged();  // the training view redraws the history it has
}

TrainingWorkspace::~TrainingWorkspace() {
  // Stop the worker before the views (which draw its history) go away.
  delete controller_;
  for (QWidget* w :
       {static_cast<QWidget*>(training_.data()), static_cast<QWidget*>(histograms_.data()),
        static_cast<QWidget*>(gradients_.data())})
    if (w && !w->parent()) delete w;
}

TrainingView* TrainingWorkspace::training() const { return training_; }
HistogramsView* TrainingWorkspace::histograms() const { return histograms_; }
GradientsView* TrainingWorkspace::gradients() const { return gradients_; }

QWidget* TrainingWorkspace::trainingView() { return training_; }
QWidget* TrainingWorkspace::histogramsView() { return histograms_; }
QWidget* TrainingWorkspace::gradientsView() { return gradients_; }

namespace {

// True when options are TrainerOptions' defaults in everything the form shows — the explorer's
// config carries no training choices then, and the dashboard keeps its own (and the user's edits).
bool untouchedTraining(const core::TrainerOptions& t) {
  const core::TrainerOptions d;
  return t.optimizer == d.optimizer && t.lr == d.lr && t.epochs == d.epochs &&
         t.batchSize == d.batchSize && t.clipGradNorm == d.clipGradNorm &&
         t.clipGradValue == d.clipGradValue && !t.plateau && !t.earlyStopping &&
         t.runDirectory.empty();
}

}  // namespace

void TrainingWorkspace::setExperiment(const core::ExperimentConfig& config) {
  if (!training_) return;
  core::ExperimentConfig merged = config;
  if (untouchedTraining(config.training)) {
    const core::LossKind loss = config.training.loss;  // belongs to the dataset
    merged.training = training_->experiment().training;
    merged.training.loss = loss;
  }
  training_->setExperiment(merged);
}

void TrainingWorkspace::setExperimentAsWritten(const core::ExperimentConfig& config) {
  if (training_) training_->setExperiment(config);
}

bool TrainingWorkspace::trainEpochsBlocking(int epochs, QString* error) {
  const core::ExperimentConfig config =
      training_ ? training_->experiment() : defaultTrainingExperiment();
  const bool ok = controller_->runBlocking(config, epochs, error);
  // Views may be hidden (an offscreen screenshot): draw them all now.
  if (training_) training_->plots()->replotNow();
  if (histograms_) histograms_->redrawNow();
  if (gradients_) gradients_->redrawNow();
  return ok;
}

void TrainingWorkspace::onHistoryChanged() {
  const TrainingHistory& history = controller_->history();
  if (histograms_) histograms_->setHistory(history);
  if (gradients_) gradients_->setHistory(history);
}

}  // namespace lstmviz::ui
