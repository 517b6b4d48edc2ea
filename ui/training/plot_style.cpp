#include "ui/training/plot_style.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

#include "ui/common/deferred_replot_plot.h"
#include "ui/common/plot_export.h"

namespace lstmviz::ui {

QCustomPlot* makePlot(const QString& title, const QString& xLabel, const QString& yLabel,
                      const QString& baseName, QWidget* parent) {
  auto* plot = new DeferredReplotPlot(parent);
  plot->setObjectName(baseName);
  plot->setMinimumSize(170, 150);
  plot->plotLayout()->insertRow(0);
  auto* heading = new QCPTextElement(plot, title, QFont(plot->font().family(), 10, QFont::Bold));
  plot->plotLayout()->addElement(0, 0, heading);
  plot->xAxis->setLabel(xLabel);
  plot->yAxis->setLabel(yLabel);
  plot->legend->setVisible(false);
  plot->legend->setFont(QFont(plot->font().family(), 8));
  plot->legend->setBrush(QColor(255, 255, 255, 210));
  plot->legend->setBorderPen(QPen(QColor(180, 180, 180)));
  plot->legend->setRowSpacing(-3);
  plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  plot->setNoAntialiasingOnDrag(true);
  plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
  addPlotExportMenu(plot, baseName);
  return plot;
}

QCustomPlot* makeLogHeatPlot(const QString& title, const QString& xLabel, const QString& yLabel,
                             const QString& baseName, QWidget* parent) {
  QCustomPlot* plot = makePlot(title, xLabel, yLabel, baseName, parent);
  plot->setInteractions({});
  auto* scale = new QCPColorScale(plot);
  plot->plotLayout()->addElement(1, 1, scale);
  scale->setType(QCPAxis::atRight);
  scale->setDataScaleType(QCPAxis::stLogarithmic);
  scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  scale->axis()->setNumberFormat("eb");
  scale->axis()->setNumberPrecision(0);
  scale->setBarWidth(10);
  auto* group = new QCPMarginGroup(plot);
  plot->axisRect()->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  scale->setMarginGroup(QCP::msBottom | QCP::msTop, group);
  return plot;
}

QCPColorScale* colorScaleOf(QCustomPlot* plot) {
  // Searched, not read at makeLogHeatPlot's cell: a view may move it (the Memory view nests the
  // axes and the scale in one row).
  for (QCPLayoutElement* element : plot->plotLayout()->elements(true))
    if (auto* scale = qobject_cast<QCPColorScale*>(element)) return scale;
  return nullptr;
}

QCPGraph* addLine(QCustomPlot* plot, const QString& name, const QColor& color, double width,
                  bool dashed) {
  QCPGraph* graph = plot->addGraph();
  graph->setName(name);
  QPen pen(color, width);
  if (dashed) pen.setStyle(Qt::DashLine);
  graph->setPen(pen);
  plot->legend->setVisible(true);
  return graph;
}

void setLogY(QCustomPlot* plot, bool log) {
  if (log) {
    plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
    QSharedPointer<QCPAxisTickerLog> ticker(new QCPAxisTickerLog);
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setNumberFormat("eb");
    plot->yAxis->setNumberPrecision(0);
  } else {
    plot->yAxis->setScaleType(QCPAxis::stLinear);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setNumberFormat("gb");
    plot->yAxis->setNumberPrecision(6);
  }
}

void legendBelow(QCustomPlot* plot, int columns) {
  plot->axisRect()->insetLayout()->take(plot->legend);
  plot->axisRect()->insetLayout()->simplify();
  auto* row = new QCPLayoutGrid;
  plot->plotLayout()->addElement(plot->plotLayout()->rowCount(), 0, row);
  row->addElement(0, 0, plot->legend);
  row->setMargins(QMargins(4, 0, 4, 2));
  plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
  plot->legend->setWrap(columns);
  plot->legend->setBorderPen(Qt::NoPen);
  plot->plotLayout()->setRowStretchFactor(plot->plotLayout()->rowCount() - 1, 0.001);
}

void rescaleY(QCustomPlot* plot) {
  const bool log = plot->yAxis->scaleType() == QCPAxis::stLogarithmic;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (int i = 0; i < plot->graphCount(); ++i) {
    QCPGraph* g = plot->graph(i);
    if (!g->visible()) continue;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it) {
      const double v = it->value;
      if (!std::isfinite(v) || (log && v <= 0)) continue;
      lo = std::min(lo, v);
      hi = std::max(hi, v);
    }
  }
  if (!std::isfinite(lo)) return;
  if (log) {
    plot->yAxis->setRange(lo / 1.5, hi * 1.5);
  } else {
    const double pad = hi > lo ? 0.08 * (hi - lo) : std::max(1e-3, std::abs(hi) * 0.1);
    plot->yAxis->setRange(lo - pad, hi + pad);
  }
}

namespace {

// A gradient through nine evenly spaced colour stops (a ColorBrewer / matplotlib map), 256 levels.
QCPColorGradient nineStopGradient(const QColor (&stops)[9]) {
  QCPColorGradient gradient;
  gradient.clearColorStops();
  for (int k = 0; k < 9; ++k) gradient.setColorStopAt(k / 8.0, stops[k]);
  gradient.setColorInterpolation(QCPColorGradient::ciRGB);
  gradient.setLevelCount(256);
  return gradient;
}

}  // namespace

QCPColorGradient sequentialCountGradient() {
  const QColor stops[] = {
      QColor(0xf7, 0xfb, 0xff), QColor(0xde, 0xeb, 0xf7), QColor(0xc6, 0xdb, 0xef),
      QColor(0x9e, 0xca, 0xe1), QColor(0x6b, 0xae, 0xd6), QColor(0x42, 0x92, 0xc6),
      QColor(0x21, 0x71, 0xb5), QColor(0x08, 0x51, 0x9c), QColor(0x08, 0x30, 0x6b)};
  return nineStopGradient(stops);
}

QCPColorGradient sequentialMagnitudeGradient() {
  const QColor stops[] = {
      QColor(0x44, 0x01, 0x54), QColor(0x47, 0x2d, 0x7b), QColor(0x3b, 0x52, 0x8b),
      QColor(0x2c, 0x72, 0x8e), QColor(0x21, 0x91, 0x8c), QColor(0x28, 0xae, 0x80),
      QColor(0x5e, 0xc9, 0x62), QColor(0xad, 0xdc, 0x30), QColor(0xfd, 0xe7, 0x25)};
  return nineStopGradient(stops);
}

}  // namespace lstmviz::ui
