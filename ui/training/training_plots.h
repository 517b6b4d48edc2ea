#pragma once
// TrainingPlots: the live curves of the training view, drawn from a TrainingHistory —
//   loss       train loss per batch (faint) and per epoch, validation loss per epoch, best epoch
//   learning rate per batch, each ReduceLROnPlateau drop marked
//   gradient norm per batch before and after clipping, the clip threshold
//   accuracy   per epoch (classification)
//   task       forecast vs target (de-normalised) | confusion matrix | reconstruction error
// plus the curves of a saved run laid over them (setComparison). x is in epochs throughout: batch b
// of epoch e sits at e − 1 + b / batchesPerEpoch, so batch and epoch curves line up.
#include <QElapsedTimer>
#include <QWidget>
#include <vector>

#include "core/train/training_snapshot.h"
#include "ui/training/training_history.h"

class QCustomPlot;
class QCPGraph;
class QGridLayout;

namespace lstmviz::ui {

class ReplotQueue;

class TrainingPlots : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPlots(QWidget* parent = nullptr);

  // Redraws from history (incrementally for batch curves). clipNorm > 0 draws the threshold.
  void update(const TrainingHistory& history, double clipNorm);
  void setLogScale(bool log);
  // Replots every plot now, shown or not (e.g. before grabbing a hidden view).
  void replotNow();
  // Overlays a saved run's epoch curves (empty records: removes the overlay).
  void setComparison(const QString& name, const std::vector<core::EpochRecord>& epochs);

  QCustomPlot* lossPlot() const { return loss_; }
  QCustomPlot* lrPlot() const { return lr_; }
  QCustomPlot* gradNormPlot() const { return gradNorm_; }
  QCustomPlot* accuracyPlot() const { return accuracy_; }
  QCustomPlot* taskPlot() const { return task_; }
  // Graphs by role, for tests: batch loss, epoch train loss, epoch validation loss.
  QCPGraph* batchLossGraph() const { return batchLoss_; }
  QCPGraph* epochTrainLossGraph() const { return epochTrain_; }
  QCPGraph* epochValLossGraph() const { return epochVal_; }
  QCPGraph* comparisonValLossGraph() const { return compareVal_; }

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void arrange(bool classification);
  void drawMarks(const TrainingHistory& history, double clipNorm);
  void drawTask(const TaskEvaluation* evaluation);
  // Queues the plots' replots (one per event-loop pass); hidden: when shown.
  void replot(const std::vector<QCustomPlot*>& plots);

  QGridLayout* grid_;
  QCustomPlot *loss_, *lr_, *gradNorm_, *accuracy_, *task_;
  QCPGraph *batchLoss_, *epochTrain_, *epochVal_, *compareTrain_, *compareVal_;
  QCPGraph *lrGraph_, *lrDrops_, *normBefore_, *normAfter_;
  QCPGraph *accTrain_, *accVal_, *compareAccVal_;
  size_t drawnBatches_ = 0;
  int64_t batchesPerEpoch_ = 1;
  bool classification_ = false;
  bool arranged_ = false;
  const TaskEvaluation* drawnTask_ = nullptr;
  double comparisonMaxEpoch_ = 0;
  std::vector<QCustomPlot*> stale_;  // changed while hidden
  size_t replottedBatches_ = 0, replottedEpochs_ = 0;
  ReplotQueue* queue_;
  class QTimer* throttle_;
  QElapsedTimer sinceReplot_;
};

}  // namespace lstmviz::ui
