#include "ui/explorer/stepper_heatmaps.h"

#include <qcustomplot.h>

#include <QHelpEvent>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/common/deferred_replot_plot.h"
#include "ui/common/plot_export.h"
#include "ui/explorer/whatif_marks.h"

namespace lstmviz::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

StepperHeatmaps::StepperHeatmaps(QWidget* parent)
    : QWidget(parent), plot_(new DeferredReplotPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  caption_ = new QLabel(this);
  caption_->setObjectName(QStringLiteral("stepperHeatmapCaption"));
  caption_->setWordWrap(true);
  caption_->setVisible(false);
  caption_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
  caption_->setStyleSheet(QStringLiteral("background:#fff4d6; padding:2px"));
  layout->addWidget(caption_);
  layout->addWidget(plot_, 1);
  plot_->setObjectName(QStringLiteral("stepperHeatmapPlot"));
  plot_->setMinimumSize(360, 420);
  plot_->plotLayout()->clear();
  plot_->plotLayout()->setRowSpacing(2);
  plot_->setAntialiasedElements(QCP::aeNone);

  QFont tickFont = font();
  tickFont.setPointSizeF(tickFont.pointSizeF() * 0.85);
  QFont labelFont = font();
  labelFont.setBold(true);

  auto* leftGroup = new QCPMarginGroup(plot_);
  for (int q = 0; q < kStepperQuantityCount; ++q) {
    const StepperQuantityStyle style = stepperQuantityStyle(static_cast<StepperQuantity>(q));
    auto* rect = new QCPAxisRect(plot_);
    rect->setupFullAxesBox(false);
    rect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    rect->setMargins(QMargins(0, 4, 0, 0));
    plot_->plotLayout()->addElement(q, 0, rect);
    QCPAxis* x = rect->axis(QCPAxis::atBottom);
    QCPAxis* y = rect->axis(QCPAxis::atLeft);
    for (QCPAxis* a : {x, y, rect->axis(QCPAxis::atTop), rect->axis(QCPAxis::atRight)}) {
      a->grid()->setVisible(false);
      a->setTickLabelFont(tickFont);
    }
    y->setRangeReversed(true);  // unit 0 at the top
    y->setLabel(tr("%1 · %2").arg(style.symbol, style.name));
    y->setLabelFont(labelFont);
    y->setLabelColor(style.accent);
    // Integer ticks only: steps and units are indices.
    for (QCPAxis* a : {x, y}) {
      QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
      ticker->setTickStep(1.0);
      ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
      ticker->setTickCount(a == x ? 10 : 3);
      a->setTicker(ticker);
    }
    if (q == kStepperQuantityCount - 1) {
      x->setLabel(tr("time step t  (units ↓, time →)"));
    }
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, leftGroup);

    auto* scale = new QCPColorScale(plot_);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(10);
    scale->setDataRange(QCPRange(style.low, style.high));
    scale->setGradient(style.low == 0.0 ? stepperGateGradient() : stepperSignedGradient());
    scale->axis()->setTickLabelFont(tickFont);
    scale->axis()->ticker()->setTickCount(q == static_cast<int>(StepperQuantity::kC) ? 4 : 2);
    scale->setRangeDrag(false);
    scale->setRangeZoom(false);
    plot_->plotLayout()->addElement(q, 1, scale);
    auto* rowGroup = new QCPMarginGroup(plot_);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, leftGroup);
    rect->setMarginGroup(QCP::msTop | QCP::msBottom, rowGroup);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, rowGroup);

    auto* map = new QCPColorMap(x, y);
    map->setInterpolate(false);
    map->setTightBoundary(false);
    map->setColorScale(scale);
    map->setGradient(scale->gradient());
    map->setDataRange(QCPRange(style.low, style.high));
    map->setName(style.symbol);

    auto* padding = new QCPItemRect(plot_);
    padding->setClipAxisRect(rect);
    padding->topLeft->setAxes(x, y);
    padding->bottomRight->setAxes(x, y);
    padding->setPen(QPen(QColor(110, 110, 110), 1));
    padding->setBrush(QBrush(QColor(120, 120, 120), Qt::BDiagPattern));
    padding->setVisible(false);

    auto* stepMark = new QCPItemRect(plot_);
    stepMark->setClipAxisRect(rect);
    stepMark->topLeft->setAxes(x, y);
    stepMark->bottomRight->setAxes(x, y);
    stepMark->setPen(QPen(QColor(20, 20, 20), 2));
    stepMark->setBrush(Qt::NoBrush);

    auto* unitMark = new QCPItemRect(plot_);
    unitMark->setClipAxisRect(rect);
    unitMark->topLeft->setAxes(x, y);
    unitMark->bottomRight->setAxes(x, y);
    unitMark->setPen(QPen(QColor(255, 200, 0), 2.5));
    unitMark->setBrush(Qt::NoBrush);

    rects_[q] = rect;
    maps_[q] = map;
    stepMarks_[q] = stepMark;
    unitMarks_[q] = unitMark;
    paddingMarks_[q] = padding;
  }
  paddingLabel_ = new QCPItemText(plot_);
  paddingLabel_->setClipAxisRect(rects_[0]);
  paddingLabel_->position->setType(QCPItemPosition::ptAxisRectRatio);
  paddingLabel_->position->setAxisRect(rects_[0]);
  paddingLabel_->position->setCoords(0.99, 0.05);
  paddingLabel_->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
  paddingLabel_->setText(tr("hatched: padding, not computed"));
  paddingLabel_->setBrush(QBrush(QColor(255, 255, 255, 220)));
  paddingLabel_->setPadding(QMargins(3, 1, 3, 1));
  paddingLabel_->setVisible(false);

  addPlotExportMenu(plot_, QStringLiteral("stepper_heatmaps"));
  plot_->installEventFilter(this);
  connect(plot_, &QCustomPlot::mousePress, this, [this](QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) return;
    const int row = rowAt(event->pos());
    if (row < 0) return;
    QCPAxisRect* rect = rects_[row];
    const int t = static_cast<int>(
        std::lround(rect->axis(QCPAxis::atBottom)->pixelToCoord(event->pos().x())));
    const int u =
        static_cast<int>(std::lround(rect->axis(QCPAxis::atLeft)->pixelToCoord(event->pos().y())));
    if (t < 0 || t >= steps_ || u < 0 || u >= units_[row]) return;
    emit cellClicked(t, u, static_cast<StepperQuantity>(row));
  });
}

QCustomPlot* StepperHeatmaps::plot() const {
  plot_->replotIfQueued();
  return plot_;
}

int StepperHeatmaps::rowAt(const QPoint& pos) const {
  for (int q = 0; q < kStepperQuantityCount; ++q)
    if (rects_[q]->rect().contains(pos)) return q;
  return -1;
}

bool StepperHeatmaps::eventFilter(QObject* watched, QEvent* event) {
  if (watched == plot_ && event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const int row = rowAt(help->pos());
    if (row >= 0) {
      const StepperQuantityStyle style = stepperQuantityStyle(static_cast<StepperQuantity>(row));
      QCPAxisRect* rect = rects_[row];
      const int t = static_cast<int>(
          std::lround(rect->axis(QCPAxis::atBottom)->pixelToCoord(help->pos().x())));
      const int u =
          static_cast<int>(std::lround(rect->axis(QCPAxis::atLeft)->pixelToCoord(help->pos().y())));
      QString text = style.tooltip;
      if (t >= 0 && t < steps_ && u >= 0 && u < units_[row]) {
        const double value = maps_[row]->data()->cell(t, u);
        const bool difference = effectiveMode() == StepperHeatmapMode::kDifference;
        const QString symbol = difference ? QStringLiteral("Δ") + style.symbol : style.symbol;
        text +=
            QStringLiteral("\n") +
            (std::isnan(value)
                 ? tr("t = %1, unit %2: padding, not computed").arg(t).arg(u)
                 : tr("t = %1, unit %2: %3 = %4").arg(t).arg(u).arg(symbol).arg(value, 0, 'f', 4));
        if (snapshot_ && row < static_cast<int>(StepperQuantity::kC) &&
            clampAt(*snapshot_, sel_.layer, sel_.direction, sel_.sample, t, u, row))
          text += QStringLiteral("\n") + tr("clamped by a what-if edit");
      }
      QToolTip::showText(help->globalPos(), text, plot_);
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QWidget::eventFilter(watched, event);
}

void StepperHeatmaps::setData(std::shared_ptr<const ExplorerSnapshot> snapshot,
                              const StepSelection& sel) {
  snapshot_ = std::move(snapshot);
  sel_ = sel;
  fill();
}

void StepperHeatmaps::setMode(StepperHeatmapMode mode) {
  if (mode == mode_) return;
  mode_ = mode;
  fill();
}

StepperHeatmapMode StepperHeatmaps::effectiveMode() const {
  return snapshot_ && snapshot_->edited() ? mode_ : StepperHeatmapMode::kEdited;
}

QString StepperHeatmaps::captionText() const {
  return caption_->isHidden() ? QString() : caption_->text();
}

void StepperHeatmaps::fill() {
  for (QCPItemRect* mark : editMarks_) plot_->removeItem(mark);
  editMarks_.clear();
  if (!snapshot_) {
    for (QCPColorMap* map : maps_) map->data()->clear();
    caption_->setVisible(false);
    plot_->queueReplot();
    return;
  }
  const StepSelection& sel = sel_;
  const StepperHeatmapMode mode = effectiveMode();
  const bool difference = mode == StepperHeatmapMode::kDifference;
  // The run drawn (the edited one for the difference, minus the original's values).
  const ExplorerSnapshot& shown =
      mode == StepperHeatmapMode::kOriginal ? snapshot_->unedited() : *snapshot_;
  const core::LstmConfig& config = shown.lstm.config();
  const core::LstmTrace<float>& trace = shown.trace;
  const core::DirectionTrace<float>& pass = trace.at(sel.layer, sel.direction);
  const core::DirectionTrace<float>& ghost =
      snapshot_->unedited().trace.at(sel.layer, sel.direction);
  const int64_t h = config.hiddenSize, hOut = config.outputSize(), l = pass.steps;
  const int64_t n = sel.sample;
  steps_ = l;
  projSize_ = config.projSize;

  for (int q = 0; q < kStepperQuantityCount; ++q) {
    const auto quantity = static_cast<StepperQuantity>(q);
    const StepperQuantityStyle style = stepperQuantityStyle(quantity);
    const int64_t units = quantity == StepperQuantity::kH ? hOut : h;
    units_[q] = units;
    QCPColorMapData* data = maps_[q]->data();
    data->setSize(static_cast<int>(l), static_cast<int>(units));
    data->setRange(QCPRange(0, static_cast<double>(l - 1)),
                   QCPRange(0, static_cast<double>(units - 1)));
    auto valueOf = [&](const core::DirectionTrace<float>& d, int64_t t, int64_t u) -> double {
      switch (quantity) {
        case StepperQuantity::kI:
        case StepperQuantity::kF:
        case StepperQuantity::kG:
        case StepperQuantity::kO:
          return d.gates(q * h + u, d.column(t, n));
        case StepperQuantity::kC:
          return d.cell(u, d.stateColumn(t, n));
        case StepperQuantity::kH:
          return d.hidden(u, d.stateColumn(t, n));
      }
      return kNaN;
    };
    double largest = 0.0;
    for (int64_t t = 0; t < l; ++t) {
      const bool active = trace.isActive(t, n);
      for (int64_t u = 0; u < units; ++u) {
        double value = kNaN;
        if (active) {
          value = valueOf(pass, t, u);
          if (difference) {
            value -= valueOf(ghost, t, u);
            largest = std::max(largest, std::abs(value));
          }
        }
        data->setCell(static_cast<int>(t), static_cast<int>(u), value);
      }
    }
    // The difference: a diverging scale symmetric around 0, its own label; else the fixed one.
    const QCPRange range =
        difference ? QCPRange(-(largest > 0 ? largest : 1.0), largest > 0 ? largest : 1.0)
                   : QCPRange(style.low, style.high);
    const QCPColorGradient gradient =
        difference || style.low != 0.0 ? stepperSignedGradient() : stepperGateGradient();
    QCPColorScale* scale = maps_[q]->colorScale();
    scale->setGradient(gradient);
    scale->setDataRange(range);
    scale->axis()->ticker()->setTickCount(
        difference || q == static_cast<int>(StepperQuantity::kC) ? 4 : 2);
    maps_[q]->setGradient(gradient);
    maps_[q]->setDataRange(range);
    QCPAxis* y = rects_[q]->axis(QCPAxis::atLeft);
    y->setLabel(difference ? tr("Δ%1 · %2").arg(style.symbol, style.name)
                           : tr("%1 · %2").arg(style.symbol, style.name));

    QCPAxisRect* rect = rects_[q];
    rect->axis(QCPAxis::atBottom)->setRange(-0.5, static_cast<double>(l) - 0.5);
    rect->axis(QCPAxis::atLeft)->setRange(-0.5, static_cast<double>(units) - 0.5);
    rect->axis(QCPAxis::atTop)->setRange(rect->axis(QCPAxis::atBottom)->range());
    rect->axis(QCPAxis::atRight)->setRange(rect->axis(QCPAxis::atLeft)->range());
    rect->axis(QCPAxis::atRight)->setRangeReversed(true);

    const int64_t length = trace.length(n);
    QCPItemRect* padding = paddingMarks_[q];
    padding->setVisible(length < l);
    padding->topLeft->setCoords(static_cast<double>(length) - 0.5, -0.5);
    padding->bottomRight->setCoords(static_cast<double>(l) - 0.5, static_cast<double>(units) - 0.5);
  }
  paddingLabel_->setVisible(trace.length(n) < l);
  if (snapshot_->edited()) {
    markClamps();
    caption_->setText(
        mode == StepperHeatmapMode::kDifference
            ? tr("Δ = edited − original (each row on its own scale, symmetric around 0) · "
                 "dashed: clamped cells")
        : mode == StepperHeatmapMode::kOriginal
            ? tr("the ORIGINAL run, without the edits · dashed: cells the edits clamp")
            : tr("the EDITED run · dashed: clamped cells"));
    caption_->setVisible(true);
  } else {
    caption_->setVisible(false);
  }
  setMarker(sel.step, sel.unit);
}

void StepperHeatmaps::markClamps() {
  // Clamped cells of this (layer, direction, sample): one rectangle per clamp over its steps.
  const core::LstmTrace<float>& trace = snapshot_->trace;
  const int64_t length = trace.length(sel_.sample);
  for (const core::GateClamp& c : snapshot_->edits.gateClamps()) {
    if (c.layer != sel_.layer || c.direction != sel_.direction) continue;
    if (c.sample != core::GateClamp::kAllSamples && c.sample != sel_.sample) continue;
    const int64_t first = c.firstStep, last = std::min(c.lastStep, length - 1);
    if (first > last) continue;
    const int q = static_cast<int>(c.gate);
    QCPAxis* x = rects_[q]->axis(QCPAxis::atBottom);
    QCPAxis* y = rects_[q]->axis(QCPAxis::atLeft);
    auto* mark = new QCPItemRect(plot_);
    mark->setClipAxisRect(rects_[q]);
    mark->topLeft->setAxes(x, y);
    mark->bottomRight->setAxes(x, y);
    mark->topLeft->setCoords(static_cast<double>(first) - 0.5, static_cast<double>(c.unit) - 0.5);
    mark->bottomRight->setCoords(static_cast<double>(last) + 0.5,
                                 static_cast<double>(c.unit) + 0.5);
    mark->setPen(QPen(QColor(230, 0, 160), 2, Qt::DashLine));
    mark->setBrush(Qt::NoBrush);
    mark->setSelectable(false);
    editMarks_.push_back(mark);
  }
}

void StepperHeatmaps::setMarker(int64_t step, int64_t unit) {
  for (int q = 0; q < kStepperQuantityCount; ++q) {
    const double units = static_cast<double>(units_[q]);
    int64_t row = unit;
    if (static_cast<StepperQuantity>(q) == StepperQuantity::kH && projSize_ > 0)
      row = std::min(unit, projSize_ - 1);
    const double t = static_cast<double>(step);
    stepMarks_[q]->topLeft->setCoords(t - 0.5, -0.5);
    stepMarks_[q]->bottomRight->setCoords(t + 0.5, units - 0.5);
    unitMarks_[q]->topLeft->setCoords(t - 0.5, static_cast<double>(row) - 0.5);
    unitMarks_[q]->bottomRight->setCoords(t + 0.5, static_cast<double>(row) + 0.5);
  }
  plot_->queueReplot();
}

}  // namespace lstmviz::ui
