#pragma once
// TrainingWorkspace: the training dashboard as the main window sees it — three views (training,
// histograms, gradients) over one TrainingController, and modelUpdated with the LSTM's weights so
// the explorer follows training.
//
// Ownership: the workspace creates the three widgets without a parent and deletes them in its
// destructor unless they have been given a parent by then (e.g. added to the main window's tab
// widget, which then owns them). Either way, destroy the workspace after its views' parent or
// before it — the views keep a pointer to the workspace's controller: the workspace stops the
// worker thread in its destructor.
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <vector>

#include "core/experiment/experiment_config.h"

class QWidget;

namespace lstmviz::ui {

class TrainingController;
class TrainingView;
class HistogramsView;
class GradientsView;

class TrainingWorkspace : public QObject {
  Q_OBJECT
 public:
  explicit TrainingWorkspace(QObject* parent = nullptr);
  ~TrainingWorkspace() override;

  QWidget* trainingView();
  QWidget* histogramsView();
  QWidget* gradientsView();

  // The experiment the next run trains: its model, data and init, and its training options when
  // it has any — a config whose training options are all TrainerOptions' defaults (the explorer's)
  // keeps the form's current ones (the built-in demo settings or the user's edits). Does not stop
  // a run in progress.
  void setExperiment(const lstmviz::core::ExperimentConfig& config);
  // The experiment of a file (Open config, --config): its training options as written, also when
  // they are TrainerOptions' defaults. (The session keeps setExperiment: it stores the explorer's
  // configuration, not the dashboard's form.)
  void setExperimentAsWritten(const lstmviz::core::ExperimentConfig& config);
  // Trains the current experiment for `epochs` epochs on the calling thread (the command line's
  // --screenshot --train-epochs N), then updates every view. Returns false with a message in
  // *error if the run failed or a run is already active.
  bool trainEpochsBlocking(int epochs, QString* error);

  // Replaces the three views by new ones over the same controller (the interface language
  // changed): the run and its history stay, the form keeps the experiment and "Save runs in".
  // The old views are deleted; the caller adds the new ones where the old ones were.
  void recreateViews();

  TrainingController* controller() const { return controller_; }
  TrainingView* training() const;
  HistogramsView* histograms() const;
  GradientsView* gradients() const;

 signals:
  // The parameters (torch's flat nn.LSTM order) of the model's LSTM the explorer runs — its
  // "lstm.*", a seq2seq's or autoencoder's "encoder.*", a one-to-many's "decoder.*" tensors;
  // controller()->history().lstmModule / .lstm say which and its nn.LSTM arguments — after each
  // epoch (at most every 500 ms) and at the end of a run.
  void modelUpdated(std::shared_ptr<const std::vector<float>> lstmParameters);

 private:
  void onHistoryChanged();
  void createViews();

  TrainingController* controller_;
  QPointer<TrainingView> training_;
  QPointer<HistogramsView> histograms_;
  QPointer<GradientsView> gradients_;
};

}  // namespace lstmviz::ui
