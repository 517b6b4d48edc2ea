#include "ui/training/architecture_output_view.h"

#include <qcustomplot.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/training/architecture_output.h"
#include "ui/training/plot_style.h"

namespace lstmviz::ui {

namespace {

// Colours of the features (sensors), distinct from train blue / validation orange.
const QColor kFeatureColors[] = {QColor(31, 119, 180), QColor(44, 160, 44),   QColor(148, 103, 189),
                                 QColor(140, 86, 75),  QColor(227, 119, 194), QColor(23, 190, 207)};
constexpr double kFeatureGap = 6.0;  // standardised units between stacked features

QColor featureColor(int64_t f) { return kFeatureColors[f % std::size(kFeatureColors)]; }

void setTitle(QCustomPlot* plot, const QString& text) {
  if (auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0)))
    title->setText(text);
}

}  // namespace

ArchitectureOutputView::ArchitectureOutputView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("architectureOutputView"));
  series_ = makePlot(QString(), tr("time step"), tr("value"), "architecture_output", this);
  errors_ = makePlot(QString(), tr("step"), tr("error"), "architecture_error", this);
  legendBelow(series_, 3);
  legendBelow(errors_, 2);
  caption_ = new QLabel(this);
  caption_->setObjectName(QStringLiteral("architectureOutputCaption"));
  caption_->setWordWrap(true);
  caption_->setStyleSheet(QStringLiteral("color: #444"));
  auto* plots = new QHBoxLayout;
  plots->setSpacing(4);
  plots->addWidget(series_, 3);
  plots->addWidget(errors_, 2);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(2);
  layout->addLayout(plots, 1);
  layout->addWidget(caption_);
  clearPlots();
}

void ArchitectureOutputView::clearPlots() {
  for (QCustomPlot* plot : {series_, errors_}) {
    plot->clearGraphs();
    plot->clearItems();
    plot->clearPlottables();
    plot->legend->setVisible(false);
  }
  series_->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  setLogY(errors_, false);
  setTitle(series_, tr("What the model produces"));
  setTitle(errors_, tr("Error"));
  caption_->setText(
      tr("Train a seq2seq, one-to-many or autoencoder model to see its forecasts "
         "or reconstructions here."));
}

void ArchitectureOutputView::setOutput(std::shared_ptr<const ArchitectureOutput> output) {
  if (output == output_) return;
  output_ = std::move(output);
  clearPlots();
  if (output_ && output_->kind == ArchitectureOutput::Kind::kForecast) drawForecast(*output_);
  if (output_ && output_->kind == ArchitectureOutput::Kind::kReconstruction)
    drawReconstruction(*output_);
  replotNow();
}

void ArchitectureOutputView::replotNow() {
  series_->replot();
  errors_->replot();
}

void ArchitectureOutputView::drawForecast(const ArchitectureOutput& out) {
  const QString target =
      out.targetName.empty() ? tr("target") : QString::fromStdString(out.targetName);
  setTitle(series_, tr("%1-step forecasts vs truth, epoch %2").arg(out.horizon).arg(out.epoch));
  series_->xAxis->setLabel(tr("validation step (time →)"));
  series_->yAxis->setLabel(target);
  QVector<double> x, y;
  for (size_t t = 0; t < out.truth.size(); ++t) {
    x << static_cast<double>(t);
    y << out.truth[t];
  }
  addLine(series_, tr("truth"), QColor(60, 60, 60), 1.4)->setData(x, y, true);
  for (size_t i = 0; i < out.forecasts.size(); ++i) {
    const auto& f = out.forecasts[i];
    QVector<double> fx, fy;
    for (size_t j = 0; j < f.values.size(); ++j) {
      fx << static_cast<double>(f.start + static_cast<int64_t>(j));
      fy << f.values[j];
    }
    QCPGraph* g = addLine(series_, tr("K-step forecasts"), kValidationColor, 1.6);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 3));
    g->setData(fx, fy, true);
    if (i > 0) g->removeFromLegend();
  }
  series_->rescaleAxes();
  rescaleY(series_);

  setTitle(errors_, tr("MSE per step ahead"));
  errors_->xAxis->setLabel(tr("steps ahead k"));
  errors_->yAxis->setLabel(tr("MSE (standardised)"));
  auto* bars = new QCPBars(errors_->xAxis, errors_->yAxis);
  bars->setName(tr("MSE at step k"));
  bars->setBrush(kValidationColor.lighter(130));
  bars->setPen(QPen(kValidationColor.darker(120)));
  bars->setWidth(0.7);
  QVector<double> k, e;
  double mean = 0;
  for (size_t j = 0; j < out.stepError.size(); ++j) {
    k << static_cast<double>(j + 1);
    e << out.stepError[j];
    mean += out.stepError[j] / static_cast<double>(out.stepError.size());
  }
  bars->setData(k, e, true);
  errors_->xAxis->setRange(0.3, out.stepError.size() + 0.7);
  errors_->yAxis->setRange(0, *std::max_element(e.begin(), e.end()) * 1.15 + 1e-9);
  const QString how =
      out.architecture == core::Architecture::kSeq2Seq
          ? tr("the encoder reads the window, the decoder predicts the next K = %1 steps one "
               "after another, each from its previous prediction (free-running)")
                .arg(out.horizon)
          : tr("the window is read as one vector, repeated K = %1 times (RepeatVector), and the "
               "decoder produces the K steps")
                .arg(out.horizon);
  caption_->setText(tr("Validation windows: each orange line is one window's forecast, drawn from "
                       "where the window ends: %1. The bars are the error at each step ahead "
                       "over all %2 windows; their mean %3 is the validation loss.")
                        .arg(how)
                        .arg(out.truth.size() + 1 - out.horizon)
                        .arg(mean, 0, 'g', 4));
}

void ArchitectureOutputView::drawReconstruction(const ArchitectureOutput& out) {
  const int64_t f = out.features;
  const int64_t s = static_cast<int64_t>(out.flagged.size());
  const auto name = [&](int64_t k) {
    return out.featureNames[k].empty() ? tr("feature %1").arg(k)
                                       : QString::fromStdString(out.featureNames[k]);
  };
  setTitle(series_, tr("Input vs reconstruction, epoch %1").arg(out.epoch));
  series_->xAxis->setLabel(tr("test window (time →)"));
  series_->yAxis->setLabel(tr("standardised value, features stacked"));
  QSharedPointer<QCPAxisTickerText> ticks(new QCPAxisTickerText);
  for (int64_t k = 0; k < f; ++k) {
    const double offset = -kFeatureGap * static_cast<double>(k);
    ticks->addTick(offset, name(k));
    QVector<double> x, in, rec;
    for (int64_t w = 0; w < s; ++w) {
      x << static_cast<double>(w);
      in << out.input[w * f + k] + offset;
      rec << out.reconstruction[w * f + k] + offset;
    }
    QCPGraph* input = addLine(series_, tr("input"), QColor(60, 60, 60), 1.0);
    input->setData(x, in, true);
    QCPGraph* recon = addLine(series_, tr("reconstruction"), featureColor(k), 1.5);
    recon->setData(x, rec, true);
    if (k > 0) {
      input->removeFromLegend();
      recon->removeFromLegend();
    }
  }
  series_->yAxis->setTicker(ticks);
  series_->rescaleAxes();
  series_->yAxis->setRange(-kFeatureGap * static_cast<double>(f - 1) - kFeatureGap / 2,
                           kFeatureGap / 2);

  setTitle(errors_, tr("Error per window and feature"));
  errors_->xAxis->setLabel(tr("test window (time →)"));
  errors_->yAxis->setLabel(tr("mean squared error (log)"));
  setLogY(errors_, true);
  double top = 0;
  for (double e : out.error) top = std::max(top, e);
  top = std::max(top, 1e-6);
  // Flagged windows: a shaded column each (drawn first, behind the curves).
  auto* flagged = new QCPBars(errors_->xAxis, errors_->yAxis);
  flagged->setBrush(QColor(214, 39, 40, 45));
  flagged->setPen(Qt::NoPen);
  flagged->setWidth(1.0);
  flagged->setBaseValue(1e-12);
  QVector<double> fx, fy, lx, ly;
  for (int64_t w = 0; w < s; ++w) {
    if (out.flagged[w]) {
      fx << static_cast<double>(w);
      fy << top * 3.0;
    }
    bool labelled = false;
    for (int64_t k = 0; k < f; ++k) labelled = labelled || out.labels[w * f + k] != 0;
    if (labelled) {
      lx << static_cast<double>(w);
      ly << top * 2.0;
    }
  }
  flagged->setData(fx, fy, true);
  double lowest = top;
  for (int64_t k = 0; k < f; ++k) {
    QVector<double> x, e;
    for (int64_t w = 0; w < s; ++w) {
      x << static_cast<double>(w);
      e << std::max(out.error[w * f + k], 1e-9);
      lowest = std::min(lowest, e.back());
    }
    addLine(errors_, name(k), featureColor(k), 1.2)->setData(x, e, true);
    QCPGraph* threshold = addLine(errors_, tr("threshold"), featureColor(k), 1.2, true);
    threshold->setData({0.0, static_cast<double>(std::max<int64_t>(0, s - 1))},
                       {out.threshold[k], out.threshold[k]}, true);
    if (k > 0) threshold->removeFromLegend();
  }
  QCPGraph* labels = addLine(errors_, tr("true anomaly"), Qt::black);
  labels->setLineStyle(QCPGraph::lsNone);
  labels->setScatterStyle(
      QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, Qt::black, Qt::black, 5));
  labels->setData(lx, ly, true);
  errors_->xAxis->setRange(-0.5, s - 0.5);
  errors_->yAxis->setRange(std::max(lowest / 2.0, 1e-6), top * 4.0);
  errors_->legend->setVisible(true);
  flagged->setName(tr("flagged"));
  const double precision =
      out.flaggedCount > 0 ? static_cast<double>(out.truePositives) / out.flaggedCount : 0.0;
  const double recall =
      out.labelledCount > 0 ? static_cast<double>(out.truePositives) / out.labelledCount : 0.0;
  caption_->setText(
      tr("Test part (each window's last step; the autoencoder trained on clean windows only). A "
         "window is flagged when a feature's error exceeds that feature's threshold (mean + 3σ "
         "over the training windows): %1 of %2 test windows flagged, %3 of them hold a true "
         "anomaly (precision %4); %5 of the %6 "
         "windows with a true anomaly were found (recall %7).")
          .arg(out.flaggedCount)
          .arg(s)
          .arg(out.truePositives)
          .arg(precision, 0, 'f', 2)
          .arg(out.truePositives)
          .arg(out.labelledCount)
          .arg(recall, 0, 'f', 2));
}

}  // namespace lstmviz::ui
