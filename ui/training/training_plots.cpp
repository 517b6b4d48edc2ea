#include "ui/training/training_plots.h"

#include <qcustomplot.h>

#include <QGridLayout>
#include <QTimer>
#include <algorithm>
#include <cmath>

#include "ui/common/replot_queue.h"
#include "ui/training/plot_style.h"

namespace lstmviz::ui {

namespace {

constexpr int kMaxMarkedDrops = 20;            // learning-rate drops marked with a line
constexpr qint64 kMinReplotMs = 100;           // live curves redraw at most 10 times a second
constexpr double kSlantedTickDegrees = -45.0;  // the confusion matrix's predicted-class names

// A vertical dashed line at x with a small label at the top of the axis rect.
void markX(QCustomPlot* plot, double x, const QString& label, const QColor& color,
           bool bottom = false, double bottomRatio = 0.97) {
  auto* line = new QCPItemStraightLine(plot);
  line->point1->setCoords(x, 0);
  line->point2->setCoords(x, 1);
  line->setPen(QPen(color, 1.2, Qt::DashLine));
  auto* text = new QCPItemText(plot);
  text->position->setTypeX(QCPItemPosition::ptPlotCoords);
  text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
  text->position->setCoords(x, bottom ? bottomRatio : 0.02);
  // Labels sit left of the line: the newest marks are near the right edge.
  text->setPositionAlignment((bottom ? Qt::AlignBottom : Qt::AlignTop) | Qt::AlignRight);
  text->setText(label);
  text->setColor(color);
  text->setFont(QFont(plot->font().family(), 8));
  text->setBrush(QColor(255, 255, 255, 200));
  text->setPadding(QMargins(2, 0, 3, 0));
}

void markY(QCustomPlot* plot, double y, const QString& label, const QColor& color) {
  auto* line = new QCPItemStraightLine(plot);
  line->point1->setCoords(0, y);
  line->point2->setCoords(1, y);
  line->setPen(QPen(color, 1.2, Qt::DashLine));
  auto* text = new QCPItemText(plot);
  text->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
  text->position->setTypeY(QCPItemPosition::ptPlotCoords);
  text->position->setCoords(0.01, y);
  text->setPositionAlignment(Qt::AlignBottom | Qt::AlignLeft);
  text->setText(label);
  text->setColor(color);
  text->setFont(QFont(plot->font().family(), 8));
}

}  // namespace

TrainingPlots::TrainingPlots(QWidget* parent) : QWidget(parent) {
  queue_ = ReplotQueue::shared();  // one throttle for the three dashboard views
  throttle_ = new QTimer(this);
  throttle_->setSingleShot(true);
  connect(throttle_, &QTimer::timeout, this, [this] { replot({}); });
  grid_ = new QGridLayout(this);
  grid_->setContentsMargins(0, 0, 0, 0);
  grid_->setSpacing(4);

  loss_ = makePlot(tr("Loss"), tr("epoch"), tr("loss"), "loss", this);
  batchLoss_ = addLine(loss_, tr("train (batch)"), kTrainColor.lighter(165), 1.0);
  epochTrain_ = addLine(loss_, tr("train (epoch)"), kTrainColor, 2.0);
  epochVal_ = addLine(loss_, tr("validation (epoch)"), kValidationColor, 2.0);
  for (QCPGraph* g : {epochTrain_, epochVal_})
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
  compareTrain_ = addLine(loss_, tr("compare: train"), kTrainColor.darker(130), 1.2, true);
  compareVal_ = addLine(loss_, tr("compare: validation"), kValidationColor.darker(130), 1.2, true);
  for (QCPGraph* g : {compareTrain_, compareVal_}) g->removeFromLegend();
  batchLoss_->setAntialiased(false);  // dense per-batch curve: the fast path

  lr_ = makePlot(tr("Learning rate"), tr("epoch"), tr("lr"), "learning_rate", this);
  lrGraph_ = addLine(lr_, tr("lr per batch"), QColor(148, 103, 189), 1.0);
  lrGraph_->setLineStyle(QCPGraph::lsStepLeft);
  lrDrops_ = addLine(lr_, tr("lr reduced"), kAlertColor);
  lrDrops_->setLineStyle(QCPGraph::lsNone);
  lrDrops_->setScatterStyle(
      QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, kAlertColor, kAlertColor, 9));

  gradNorm_ =
      makePlot(tr("Gradient norm ‖∇‖₂"), tr("epoch"), tr("total 2-norm"), "gradient_norm", this);
  normBefore_ = addLine(gradNorm_, tr("before clipping"), QColor(140, 86, 75), 1.0);
  normAfter_ = addLine(gradNorm_, tr("after clipping"), kMarkColor, 1.0);
  // Dense per-batch curves: 1-pixel pens without antialiasing take Qt's fast line path.
  for (QCPGraph* g : {normBefore_, normAfter_}) g->setAntialiased(false);

  accuracy_ = makePlot(tr("Accuracy"), tr("epoch"), tr("accuracy"), "accuracy", this);
  accTrain_ = addLine(accuracy_, tr("train"), kTrainColor, 2.0);
  accVal_ = addLine(accuracy_, tr("validation"), kValidationColor, 2.0);
  compareAccVal_ = addLine(accuracy_, tr("compare: validation"), kCompareColor, 1.2, true);
  compareAccVal_->removeFromLegend();
  for (QCPGraph* g : {accTrain_, accVal_})
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));

  task_ = makePlot(tr("Validation: prediction vs target"), tr("validation sample"), tr("value"),
                   "task", this);
  arrange(false);
}

void TrainingPlots::arrange(bool classification) {
  if (arranged_ && classification == classification_) return;
  arranged_ = true;
  classification_ = classification;
  for (QWidget* w :
       {static_cast<QWidget*>(loss_), static_cast<QWidget*>(lr_), static_cast<QWidget*>(gradNorm_),
        static_cast<QWidget*>(accuracy_), static_cast<QWidget*>(task_)})
    grid_->removeWidget(w);
  grid_->addWidget(loss_, 0, 0);
  grid_->addWidget(lr_, 0, 1);
  grid_->addWidget(gradNorm_, 0, 2);
  if (classification) {
    grid_->addWidget(accuracy_, 1, 0);
    grid_->addWidget(task_, 1, 1, 1, 2);
  } else {
    grid_->addWidget(task_, 1, 0, 1, 3);
  }
  accuracy_->setVisible(classification);
  for (int c = 0; c < 3; ++c) grid_->setColumnStretch(c, 1);
}

void TrainingPlots::setLogScale(bool log) {
  setLogY(loss_, log);
  setLogY(gradNorm_, log);
  rescaleY(loss_);
  rescaleY(gradNorm_);
  replot({loss_, gradNorm_});
}

void TrainingPlots::setComparison(const QString& name,
                                  const std::vector<core::EpochRecord>& epochs) {
  QVector<double> x, train, val, acc;
  for (const auto& e : epochs) {
    x << e.epoch;
    train << e.trainLoss;
    val << e.valLoss;
    acc << e.valAccuracy;
  }
  compareTrain_->setData(x, train);
  compareVal_->setData(x, val);
  compareAccVal_->setData(x, acc);
  compareTrain_->setName(tr("%1: train").arg(name));
  compareVal_->setName(tr("%1: validation").arg(name));
  compareAccVal_->setName(tr("%1: validation").arg(name));
  for (QCPGraph* g : {compareTrain_, compareVal_, compareAccVal_}) {
    if (epochs.empty())
      g->removeFromLegend();
    else
      g->addToLegend();
  }
  comparisonMaxEpoch_ = epochs.empty() ? 0 : epochs.back().epoch;
  const double right = std::max<double>(comparisonMaxEpoch_, loss_->xAxis->range().upper);
  for (QCustomPlot* p : {loss_, accuracy_}) {
    p->xAxis->setRange(0, std::max(1.0, right));
    rescaleY(p);
  }
  replot({loss_, accuracy_});
}

void TrainingPlots::update(const TrainingHistory& history, double clipNorm) {
  arrange(history.classification);
  if (history.batches.size() < drawnBatches_) {  // a new run
    for (QCPGraph* g : {batchLoss_, lrGraph_, normBefore_, normAfter_}) g->data()->clear();
    drawnBatches_ = 0;
  }
  if (history.latest && history.latest->batchesPerEpoch > 0)
    batchesPerEpoch_ = history.latest->batchesPerEpoch;
  for (size_t i = drawnBatches_; i < history.batches.size(); ++i) {
    const core::BatchRecord& b = history.batches[i];
    const double x = b.epoch - 1 + static_cast<double>(b.batch) / batchesPerEpoch_;
    batchLoss_->addData(x, b.loss);
    lrGraph_->addData(x, b.lr);
    normBefore_->addData(x, b.gradNormBefore);
    normAfter_->addData(x, b.gradNormAfter);
  }
  drawnBatches_ = history.batches.size();

  QVector<double> x, train, val, accT, accV, dropX, dropY;
  for (size_t i = 0; i < history.epochs.size(); ++i) {
    const core::EpochRecord& e = history.epochs[i];
    x << e.epoch;
    train << e.trainLoss;
    val << e.valLoss;
    accT << e.trainAccuracy;
    accV << e.valAccuracy;
    if (e.lrReduced && i + 1 < history.epochs.size()) {
      dropX << e.epoch;
      dropY << history.epochs[i + 1].lr;
    }
  }
  epochTrain_->setData(x, train, true);
  epochVal_->setData(x, val, true);
  accTrain_->setData(x, accT, true);
  accVal_->setData(x, accV, true);
  lrDrops_->setData(dropX, dropY, true);

  double right = std::max(1.0, comparisonMaxEpoch_);
  if (!history.batches.empty()) {
    const core::BatchRecord& last = history.batches.back();
    right = std::max(right, last.epoch - 1 + static_cast<double>(last.batch) / batchesPerEpoch_);
  }
  if (history.latest)
    right = std::max<double>(
        right, std::min<int64_t>(history.latest->totalEpochs, static_cast<int64_t>(right) + 1));
  for (QCustomPlot* p : {loss_, lr_, gradNorm_, accuracy_}) {
    p->xAxis->setRange(0, right);
    rescaleY(p);
  }
  if (!lrGraph_->data()->isEmpty()) lr_->yAxis->setRange(0, lr_->yAxis->range().upper * 1.05);
  accuracy_->yAxis->setRange(0, 1.02);
  drawMarks(history, clipNorm);
  std::vector<QCustomPlot*> changed;
  if (history.batches.size() != replottedBatches_ || history.epochs.size() != replottedEpochs_ ||
      history.batches.empty())
    changed = {loss_, lr_, gradNorm_};
  if (history.epochs.size() != replottedEpochs_ || history.epochs.empty())
    changed.push_back(accuracy_);
  replottedBatches_ = history.batches.size();
  replottedEpochs_ = history.epochs.size();
  if (history.evaluation.get() != drawnTask_ || !history.evaluation) {
    drawTask(history.evaluation.get());
    drawnTask_ = history.evaluation.get();
    changed.push_back(task_);
  }
  replot(changed);
}

void TrainingPlots::drawMarks(const TrainingHistory& history, double clipNorm) {
  loss_->clearItems();
  lr_->clearItems();
  gradNorm_->clearItems();
  accuracy_->clearItems();
  const int64_t best = history.latest ? history.latest->bestEpoch : 0;
  if (best > 0) {
    markX(loss_, best, tr("best epoch %1").arg(best), kMarkColor, true);
    if (classification_) markX(accuracy_, best, tr("best epoch %1").arg(best), kMarkColor, true);
  }
  // The newest drops only: a long run may hold hundreds.
  int drops = 0;
  for (auto e = history.epochs.rbegin(); e != history.epochs.rend() && drops < kMaxMarkedDrops; ++e)
    if (e->lrReduced) {
      markX(lr_, e->epoch, drops == 0 ? tr("lr reduced after epoch %1").arg(e->epoch) : QString(),
            kAlertColor, true);
      ++drops;
    }
  if (history.latest)
    for (const core::TrainingEvent& ev : history.latest->events)
      if (ev.kind == core::TrainingEvent::Kind::kEarlyStop)
        markX(loss_, ev.epoch, tr("early stop"), kAlertColor, true, 0.88);
  if (clipNorm > 0) {
    markY(gradNorm_, clipNorm, tr("max_norm = %1").arg(clipNorm), kAlertColor);
    const QCPRange r = gradNorm_->yAxis->range();
    if (clipNorm > r.upper) gradNorm_->yAxis->setRange(r.lower, clipNorm * 1.1);
  }
}

void TrainingPlots::drawTask(const TaskEvaluation* evaluation) {
  task_->clearPlottables();
  task_->clearItems();
  task_->legend->setVisible(false);
  auto* title = qobject_cast<QCPTextElement*>(task_->plotLayout()->element(0, 0));
  task_->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  task_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  task_->yAxis->setRangeReversed(false);
  task_->xAxis->setTickLabelRotation(0);
  if (!evaluation || evaluation->kind == TaskEvaluation::Kind::kNone) {
    if (title)
      title->setText(classification_ ? tr("Confusion matrix (validation)")
                                     : tr("Validation: prediction vs target"));
    task_->xAxis->setRange(0, 1);
    task_->yAxis->setRange(0, 1);
    auto* hint = new QCPItemText(task_);
    hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint->position->setCoords(0.5, 0.5);
    hint->setText(tr("drawn after the first epoch"));
    hint->setColor(Qt::gray);
    return;
  }
  switch (evaluation->kind) {
    case TaskEvaluation::Kind::kForecast: {
      if (title)
        title->setText(tr("Validation series, epoch %1: one-step-ahead prediction vs target "
                          "(original units)")
                           .arg(evaluation->epoch));
      task_->xAxis->setLabel(tr("validation sample (time →)"));
      task_->yAxis->setLabel(evaluation->targetName.empty()
                                 ? tr("value")
                                 : QString::fromStdString(evaluation->targetName));
      QVector<double> x(static_cast<int>(evaluation->target.size()));
      std::iota(x.begin(), x.end(), 0.0);
      QCPGraph* target = addLine(task_, tr("target"), QColor(60, 60, 60), 1.4);
      target->setData(x, QVector<double>(evaluation->target.begin(), evaluation->target.end()),
                      true);
      QCPGraph* pred = addLine(task_, tr("prediction"), kValidationColor, 1.8);
      pred->setData(
          x, QVector<double>(evaluation->prediction.begin(), evaluation->prediction.end()), true);
      task_->rescaleAxes();
      rescaleY(task_);
      break;
    }
    case TaskEvaluation::Kind::kReconstruction: {
      if (title)
        title->setText(tr("Reconstruction error per test window (the anomalous part), epoch %1 — "
                          "flagged above the threshold")
                           .arg(evaluation->epoch));
      task_->xAxis->setLabel(tr("test window (time →)"));
      task_->yAxis->setLabel(tr("mean squared error"));
      QVector<double> x, err, fx, fy;
      for (size_t i = 0; i < evaluation->reconstructionError.size(); ++i) {
        x << i;
        err << evaluation->reconstructionError[i];
        if (evaluation->flagged[i]) {
          fx << i;
          fy << evaluation->reconstructionError[i];
        }
      }
      addLine(task_, tr("reconstruction error"), kTrainColor, 1.4)->setData(x, err, true);
      QCPGraph* flagged = addLine(task_, tr("flagged anomaly (%1)").arg(fx.size()), kAlertColor);
      flagged->setLineStyle(QCPGraph::lsNone);
      flagged->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, kAlertColor, 6));
      flagged->setData(fx, fy, true);
      task_->rescaleAxes();
      rescaleY(task_);
      markY(task_, evaluation->threshold,
            tr("threshold (train mean + 3σ) = %1").arg(evaluation->threshold, 0, 'g', 3),
            kAlertColor);
      break;
    }
    case TaskEvaluation::Kind::kClassification: {
      const int classes = static_cast<int>(evaluation->confusion.size());
      if (title)
        title->setText(tr("Confusion matrix (validation), epoch %1").arg(evaluation->epoch));
      task_->xAxis->setLabel(tr("predicted class"));
      task_->yAxis->setLabel(tr("true class"));
      auto* map = new QCPColorMap(task_->xAxis, task_->yAxis);
      map->data()->setSize(classes, classes);
      map->data()->setRange(QCPRange(0, classes - 1), QCPRange(0, classes - 1));
      int64_t peak = 1;
      for (int t = 0; t < classes; ++t)
        for (int p = 0; p < classes; ++p) {
          const int64_t n = evaluation->confusion[t][p];
          map->data()->setCell(p, t, static_cast<double>(n));
          peak = std::max(peak, n);
        }
      // Sequential: the darker the cell, the larger its count (0 white … peak dark blue), and
      // every count is written in its cell, so colour never carries the number alone.
      QCPColorGradient gradient = sequentialCountGradient();  // color() is not const
      const QCPRange range(0, static_cast<double>(peak));
      map->setGradient(gradient);
      map->setDataRange(range);
      map->setInterpolate(false);
      for (int t = 0; t < classes; ++t)
        for (int p = 0; p < classes; ++p) {
          const int64_t n = evaluation->confusion[t][p];
          auto* cell = new QCPItemText(task_);
          cell->position->setCoords(p, t);
          cell->setText(QString::number(n));
          QFont font(task_->font().family(), 7);
          font.setBold(t == p);  // the diagonal: correct predictions
          cell->setFont(font);
          const QColor fill = QColor::fromRgb(gradient.color(static_cast<double>(n), range));
          cell->setColor(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
        }
      QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
      for (int c = 0; c < classes; ++c) {
        const QString name = c < static_cast<int>(evaluation->classNames.size())
                                 ? QString::fromStdString(evaluation->classNames[c])
                                 : QString::number(c);
        ticks->addTick(c, name);
      }
      task_->xAxis->setTicker(ticks);
      task_->yAxis->setTicker(ticks);
      // Class names ("T-shirt/top", "Ankle boot") are wider than a column: slanted, adjacent
      // names are a column width · sin 45° apart, clear of each other.
      task_->xAxis->setTickLabelRotation(kSlantedTickDegrees);
      task_->xAxis->setRange(-0.5, classes - 0.5);
      task_->yAxis->setRange(-0.5, classes - 0.5);
      task_->yAxis->setRangeReversed(true);
      break;
    }
    case TaskEvaluation::Kind::kNone:
      break;
  }
}

void TrainingPlots::replot(const std::vector<QCustomPlot*>& plots) {
  // Hidden (another tab): draw when shown again.
  for (QCustomPlot* p : plots)
    if (std::find(stale_.begin(), stale_.end(), p) == stale_.end()) stale_.push_back(p);
  if (!isVisible()) return;
  // At most kMinReplotMs apart: the batch curves change with every snapshot.
  if (sinceReplot_.isValid() && sinceReplot_.elapsed() < kMinReplotMs) {
    if (!throttle_->isActive())
      throttle_->start(static_cast<int>(kMinReplotMs - sinceReplot_.elapsed()));
    return;
  }
  sinceReplot_.restart();
  for (QCustomPlot* p : stale_)
    if (p->isVisible()) queue_->add(p, [p] { p->replot(); });
  stale_.clear();
}

void TrainingPlots::replotNow() {
  stale_.clear();
  queue_->flush();
  for (QCustomPlot* p : {loss_, lr_, gradNorm_, accuracy_, task_}) p->replot();
}

void TrainingPlots::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  replot({});
}

}  // namespace lstmviz::ui
