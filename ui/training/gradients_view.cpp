#include "ui/training/gradients_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/common/replot_queue.h"
#include "ui/training/init_comparison.h"
#include "ui/training/plot_style.h"
#include "ui/training/training_history.h"

namespace lstmviz::ui {

namespace {

constexpr qint64 kMinRedrawMs = 750;  // heavy views redraw at most this often during a run

constexpr double kFloor = 1e-12;  // norms below are drawn as this (log colour scale)

// A heat-map plot over (epoch, step t).
QCustomPlot* makeHeatPlot(const QString& title, const QString& baseName, QWidget* parent) {
  return makeLogHeatPlot(title, QObject::tr("epoch"), QObject::tr("step t"), baseName, parent);
}

// Norms per (epoch, t) of one layer/direction as a heat map; returns the value range drawn.
QCPRange drawHeatMap(QCustomPlot* plot,
                     const std::vector<std::shared_ptr<const core::GradientsThroughTime>>& epochs,
                     int row, bool cell, const QString& emptyText) {
  plot->clearPlottables();
  plot->clearItems();
  QCPRange range(kFloor, 1);
  if (epochs.empty() || row >= static_cast<int>(epochs.back()->hiddenNorm.size())) {
    auto* hint = new QCPItemText(plot);
    hint->position->setType(QCPItemPosition::ptAxisRectRatio);
    hint->position->setCoords(0.5, 0.5);
    hint->setText(emptyText);
    hint->setColor(Qt::gray);
    plot->xAxis->setRange(0, 1);
    plot->yAxis->setRange(0, 1);
    return range;
  }
  const int steps = static_cast<int>(epochs.back()->hiddenNorm[row].size());
  const int columns = static_cast<int>(epochs.size());
  auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
  map->setColorScale(colorScaleOf(plot));
  map->data()->setSize(columns, std::max(1, steps));
  map->data()->setRange(QCPRange(epochs.front()->epoch, epochs.back()->epoch),
                        QCPRange(0, std::max(0, steps - 1)));
  double lo = INFINITY, hi = 0;
  for (int c = 0; c < columns; ++c) {
    const auto& norms = cell ? epochs[c]->cellNorm : epochs[c]->hiddenNorm;
    if (row >= static_cast<int>(norms.size())) continue;
    for (int t = 0; t < steps && t < static_cast<int>(norms[row].size()); ++t) {
      const double v = std::max(kFloor, norms[row][t]);
      map->data()->setCell(c, t, v);
      if (norms[row][t] > 0) lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  }
  if (!std::isfinite(lo)) lo = kFloor;
  range = QCPRange(lo, std::max(hi, lo * 10));
  map->setGradient(sequentialMagnitudeGradient());  // norms: sequential, not a rainbow
  map->setDataScaleType(QCPAxis::stLogarithmic);
  map->setDataRange(range);
  map->setInterpolate(false);
  plot->xAxis->setRange(epochs.front()->epoch - 0.5, epochs.back()->epoch + 0.5);
  plot->yAxis->setRange(-0.5, steps - 0.5);
  QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
  ticker->setTickStep(std::max(1.0, std::ceil(columns / 8.0)));
  ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
  plot->xAxis->setTicker(ticker);
  return range;
}

// One line per (label, norms) over t, log y.
void drawProfile(QCustomPlot* plot,
                 const std::vector<std::pair<QString, std::vector<double>>>& lines,
                 const std::vector<QColor>& colors, const std::vector<bool>& dashed) {
  plot->clearGraphs();
  plot->legend->setVisible(false);
  for (size_t i = 0; i < lines.size(); ++i) {
    QVector<double> x, y;
    for (size_t t = 0; t < lines[i].second.size(); ++t) {
      x << t;
      y << std::max(kFloor, lines[i].second[t]);
    }
    addLine(plot, lines[i].first, colors[i % colors.size()], 1.8, dashed[i % dashed.size()])
        ->setData(x, y, true);
  }
  plot->xAxis->rescale();
  rescaleY(plot);
}

}  // namespace

GradientsView::GradientsView(QWidget* parent) : QWidget(parent) {
  queue_ = ReplotQueue::shared();  // one throttle for the three dashboard views
  throttle_ = new QTimer(this);
  throttle_->setSingleShot(true);
  connect(throttle_, &QTimer::timeout, this, &GradientsView::redraw);
  layer_ = new QComboBox(this);
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("Layer / direction"), this));
  controls->addWidget(layer_);
  explain_ = new QLabel(caption(core::HeadKind::kLast), this);
  explain_->setObjectName(QStringLiteral("gradientsCaption"));
  explain_->setWordWrap(true);
  explain_->setStyleSheet("color: #555");
  controls->addWidget(explain_, 1);

  hidden_ = makeHeatPlot(tr("‖dL/dh_t‖ over epochs"), "grad_hidden_heatmap", this);
  cell_ = makeHeatPlot(tr("‖dL/dc_t‖ over epochs"), "grad_cell_heatmap", this);
  profile_ = makePlot(tr("Newest epoch: gradient norm per step"), tr("step t"), tr("norm"),
                      "grad_profile", this);
  setLogY(profile_, true);

  auto* compareBox =
      new QGroupBox(tr("Initialisation: forget-gate bias 0 vs 1 on the same data"), this);
  compareButton_ = new QPushButton(tr("Run comparison"), compareBox);
  compareButton_->setToolTip(
      tr("Trains two fresh models in the background (same data and seed), "
         "one with every bias 0 and one with forget-gate bias 1"));
  compareEpochs_ = new QSpinBox(compareBox);
  compareEpochs_->setRange(1, 50);
  compareEpochs_->setValue(4);
  compareEpochs_->setSuffix(tr(" epochs each"));
  compareStatus_ = new QLabel(tr("Not run yet."), compareBox);
  compareStatus_->setWordWrap(true);
  compareZero_ = makeHeatPlot(tr("forget bias 0: ‖dL/dc_t‖"), "compare_forget_bias_0", compareBox);
  compareOne_ = makeHeatPlot(tr("forget bias 1: ‖dL/dc_t‖"), "compare_forget_bias_1", compareBox);
  compareProfile_ = makePlot(tr("Last epoch: ‖dL/dc_t‖ per step"), tr("step t"), tr("norm"),
                             "compare_profile", compareBox);
  setLogY(compareProfile_, true);
  auto* compareControls = new QHBoxLayout;
  compareControls->addWidget(compareButton_);
  compareControls->addWidget(compareEpochs_);
  compareControls->addWidget(compareStatus_, 1);
  auto* compareGrid = new QGridLayout(compareBox);
  compareGrid->setContentsMargins(4, 4, 4, 4);
  compareGrid->addLayout(compareControls, 0, 0, 1, 3);
  compareGrid->addWidget(compareZero_, 1, 0);
  compareGrid->addWidget(compareOne_, 1, 1);
  compareGrid->addWidget(compareProfile_, 1, 2);
  compareGrid->setRowStretch(1, 1);

  auto* top = new QGridLayout;
  top->addWidget(hidden_, 0, 0);
  top->addWidget(cell_, 0, 1);
  top->addWidget(profile_, 0, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(controls);
  layout->addLayout(top, 1);
  layout->addWidget(compareBox, 1);

  comparison_ = new InitComparison(this);
  connect(compareButton_, &QPushButton::clicked, this, &GradientsView::startComparison);
  connect(comparison_, &InitComparison::progressed, this, &GradientsView::drawComparison);
  connect(layer_, &QComboBox::currentIndexChanged, this, [this] {
    dirty_ = true;
    redraw();
  });
  redraw();
  drawComparison();
}

QString GradientsView::caption(core::HeadKind head) {
  const QString common =
      tr("Backpropagation through time of a fixed validation batch, recorded after each epoch: "
         "mean over the batch of ‖dL/dh_t‖ and ‖dL/dc_t‖. ");
  switch (head) {
    case core::HeadKind::kSeq:
      return common + tr("The loss reads every step (head seq: one prediction per step), so "
                         "each h_t receives its own share directly, plus what flows back from "
                         "the later steps — the early steps collect from more of them.");
    case core::HeadKind::kFlatten:
      return common + tr("The loss reads every step through Flatten (one weight block per "
                         "step), so each h_t receives its own share directly, plus what flows "
                         "back from later steps.");
    case core::HeadKind::kMean:
      return common + tr("The loss reads the mean over the steps, so each h_t receives 1/L of "
                         "the gradient directly, plus what flows back from later steps.");
    case core::HeadKind::kHn:
      return common + tr("The loss reads h_n, the final state (t = L−1 forward, t = 0 for a "
                         "reverse direction), so gradients start there and shrink (vanish) or "
                         "grow (explode) as they flow back through the steps.");
    case core::HeadKind::kLast:
      break;
  }
  return common + tr("The loss reads the last step, so gradients start there and shrink "
                     "(vanish) or grow (explode) towards t = 0.");
}

QString GradientsView::captionText() const { return explain_->text(); }

void GradientsView::setHistory(const TrainingHistory& history) {
  explain_->setText(caption(history.head));
  if (history.gradients.size() == gradients_.size() &&
      (gradients_.empty() || gradients_.back() == history.gradients.back()))
    return;
  gradients_ = history.gradients;
  bidirectional_ = history.bidirectional;
  const int rows = gradients_.empty() ? 0 : static_cast<int>(gradients_.back()->hiddenNorm.size());
  if (rows != layer_->count()) {
    const QSignalBlocker block(layer_);
    layer_->clear();
    const int directions = bidirectional_ ? 2 : 1;
    for (int r = 0; r < rows; ++r)
      layer_->addItem(directions == 2
                          ? tr("layer %1 %2").arg(r / 2).arg(r % 2 ? tr("reverse") : tr("forward"))
                          : tr("layer %1").arg(r));
  }
  dirty_ = true;
  scheduleRedraw();
}

void GradientsView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  redraw();
}

void GradientsView::redraw() {
  if (dirty_ && isVisible()) draw();
}

void GradientsView::redrawNow() {
  draw();
  drawComparison();
  queue_->flush();
}

void GradientsView::scheduleRedraw() {
  if (!isVisible()) return;  // showEvent draws
  const qint64 since = lastDraw_.isValid() ? lastDraw_.elapsed() : kMinRedrawMs;
  if (since >= kMinRedrawMs) {
    redraw();
  } else if (!throttle_->isActive()) {
    throttle_->start(static_cast<int>(kMinRedrawMs - since));
  }
}

void GradientsView::draw() {
  dirty_ = false;
  lastDraw_.restart();
  const int row = std::max(0, layer_->currentIndex());
  const QString empty = tr("drawn after the first epoch");
  drawHeatMap(hidden_, gradients_, row, false, empty);
  drawHeatMap(cell_, gradients_, row, true, empty);
  std::vector<std::pair<QString, std::vector<double>>> lines;
  if (!gradients_.empty() && row < static_cast<int>(gradients_.back()->hiddenNorm.size())) {
    lines.emplace_back(tr("‖dL/dh_t‖ (epoch %1)").arg(gradients_.back()->epoch),
                       gradients_.back()->hiddenNorm[row]);
    lines.emplace_back(tr("‖dL/dc_t‖ (epoch %1)").arg(gradients_.back()->epoch),
                       gradients_.back()->cellNorm[row]);
  }
  drawProfile(profile_, lines, {kTrainColor, kValidationColor}, {false, false});
  for (QCustomPlot* p : {hidden_, cell_, profile_}) queue_->add(p, [p] { p->replot(); });
}

void GradientsView::startComparison() {
  if (comparison_->running()) return;
  comparison_->start(provider_ ? provider_() : core::ExperimentConfig{}, compareEpochs_->value());
  compareButton_->setEnabled(false);
  compareStatus_->setText(tr("Training forget bias 0…"));
}

void GradientsView::drawComparison() {
  const auto& results = comparison_->results();
  QCustomPlot* maps[2] = {compareZero_, compareOne_};
  std::vector<std::pair<QString, std::vector<double>>> lines;
  QStringList status;
  double commonLo = INFINITY, commonHi = 0;  // (QCPRange would swap an empty range)
  for (int k = 0; k < 2; ++k) {
    const InitComparisonResult* r = k < static_cast<int>(results.size()) ? &results[k] : nullptr;
    const QString empty = r ? tr("training…") : tr("press Run comparison");
    const QCPRange range =
        drawHeatMap(maps[k], r ? r->gradients : decltype(r->gradients){}, 0, true, empty);
    if (r && !r->gradients.empty()) {
      commonLo = std::min(commonLo, range.lower);
      commonHi = std::max(commonHi, range.upper);
      lines.emplace_back(r->label, r->gradients.back()->cellNorm.at(0));
    }
    if (r) {
      QString s = r->label + ": ";
      if (!r->error.isEmpty())
        s += tr("failed: %1").arg(r->error);
      else if (!r->epochs.empty())
        s += tr("epoch %1, val loss %2")
                 .arg(r->epochs.back().epoch)
                 .arg(r->epochs.back().valLoss, 0, 'g', 4);
      else
        s += tr("starting…");
      status << s;
    }
  }
  // One colour range for both maps, so equal colours mean equal norms.
  const QCPRange common(commonLo, commonHi);
  if (std::isfinite(commonLo) && commonLo > 0)
    for (QCustomPlot* p : maps)
      for (int i = 0; i < p->plottableCount(); ++i)
        if (auto* m = qobject_cast<QCPColorMap*>(p->plottable(i))) {
          m->setDataRange(common);
          colorScaleOf(p)->setDataRange(common);
        }
  drawProfile(compareProfile_, lines, {kAlertColor, kMarkColor}, {false, false});
  if (!status.isEmpty())
    compareStatus_->setText(status.join("  ·  ") +
                            (comparison_->running() ? QString() : tr("  — done")));
  compareButton_->setEnabled(!comparison_->running());
  for (QCustomPlot* p : {compareZero_, compareOne_, compareProfile_})
    queue_->add(p, [p] { p->replot(); });
}

}  // namespace lstmviz::ui
