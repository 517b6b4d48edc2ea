#include "ui/training/histograms_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/nn/lstm_gates.h"
#include "ui/common/replot_queue.h"
#include "ui/training/plot_style.h"
#include "ui/training/training_history.h"

namespace lstmviz::ui {

namespace {

constexpr qint64 kMinRedrawMs = 750;  // heavy views redraw at most this often during a run

const char* const kGateNames[4] = {"input gate i", "forget gate f", "cell candidate g",
                                   "output gate o"};
constexpr int kMaxRidges = 20;        // more epochs are subsampled evenly
constexpr int kHeatMapBins = 60;      // value bins of the heat map
constexpr double kRidgeHeight = 1.3;  // a ridge's peak height, in epochs

int gateIndex(const QString& gate) {
  for (int k = 0; k < 4; ++k)
    if (gate == core::kGateLetters[k]) return k;
  return 0;
}

// A histogram as a ridge: (min, epoch), one point per bin centre raised by its count (the
// tallest bin kRidgeHeight epochs up), (max, epoch). Requires: h.counts is not empty.
void ridgeCurve(const core::Histogram& h, double epoch, QVector<double>& x, QVector<double>& y) {
  const int64_t peak = std::max<int64_t>(1, *std::max_element(h.counts.begin(), h.counts.end()));
  const double width = (h.max - h.min) / h.counts.size();
  x.clear();
  y.clear();
  x << h.min;
  y << epoch;
  for (size_t b = 0; b < h.counts.size(); ++b) {
    x << h.min + (b + 0.5) * width;
    y << epoch - kRidgeHeight * h.counts[b] / static_cast<double>(peak);
  }
  x << h.max;
  y << epoch;
}

}  // namespace

HistogramsView::HistogramsView(QWidget* parent) : QWidget(parent) {
  queue_ = ReplotQueue::shared();  // one throttle for the three dashboard views
  throttle_ = new QTimer(this);
  throttle_->setSingleShot(true);
  connect(throttle_, &QTimer::timeout, this, &HistogramsView::redraw);
  parameter_ = new QComboBox(this);
  parameter_->setMinimumContentsLength(18);
  kind_ = new QComboBox(this);
  kind_->addItem(tr("weights (values)"));
  kind_->addItem(tr("gradients"));
  mode_ = new QComboBox(this);
  mode_->addItem(tr("ridge (offset by epoch)"));
  mode_->addItem(tr("heat map (distribution over time)"));
  from_ = new QSlider(Qt::Horizontal, this);
  to_ = new QSlider(Qt::Horizontal, this);
  for (QSlider* s : {from_, to_}) {
    s->setRange(1, 1);
    s->setMinimumWidth(140);
  }
  rangeLabel_ = new QLabel(this);
  rangeLabel_->setMinimumWidth(110);

  // Two rows, so the view fits beside the configuration panel in a 1400-pixel window.
  auto* selectors = new QHBoxLayout;
  selectors->addWidget(new QLabel(tr("Parameter"), this));
  selectors->addWidget(parameter_);
  selectors->addWidget(kind_);
  selectors->addWidget(mode_);
  selectors->addStretch(1);
  auto* controls = new QHBoxLayout;
  controls->addWidget(new QLabel(tr("Epochs from"), this));
  controls->addWidget(from_, 1);
  controls->addWidget(new QLabel(tr("to"), this));
  controls->addWidget(to_, 1);
  controls->addWidget(rangeLabel_);

  hint_ = new QLabel(tr("Histograms appear after the first epoch. Each LSTM matrix is split into "
                        "its four gate blocks (rows [0,H) i, [H,2H) f, [2H,3H) g, [3H,4H) o)."),
                     this);
  hint_->setWordWrap(true);
  hint_->setStyleSheet("color: #555");

  auto* grid = new QGridLayout;
  grid->setSpacing(4);
  for (int k = 0; k < 4; ++k) {
    plots_[k] = makePlot(kGateNames[k], tr("value"), tr("epoch"),
                         QStringLiteral("histogram_%1").arg(core::kGateLetters[k]), this);
    plots_[k]->setInteractions({});
    grid->addWidget(plots_[k], k / 2, k % 2);
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(selectors);
  layout->addLayout(controls);
  layout->addWidget(hint_);
  layout->addLayout(grid, 1);

  auto changed = [this] {
    dirty_ = true;
    redraw();
  };
  connect(parameter_, &QComboBox::currentIndexChanged, this, changed);
  connect(kind_, &QComboBox::currentIndexChanged, this, changed);
  connect(mode_, &QComboBox::currentIndexChanged, this, changed);
  connect(from_, &QSlider::valueChanged, this, [this, changed](int v) {
    if (to_->value() < v) to_->setValue(v);
    changed();
  });
  connect(to_, &QSlider::valueChanged, this, [this, changed](int v) {
    if (from_->value() > v) from_->setValue(v);
    changed();
  });
}

void HistogramsView::setHistory(const TrainingHistory& history) {
  if (history.histograms.size() == sets_.size() &&
      (sets_.empty() || sets_.back() == history.histograms.back()))
    return;
  const bool followLatest = sets_.empty() || to_->value() == static_cast<int>(sets_.size());
  const bool wasFull = sets_.empty() || from_->value() == 1;
  sets_ = history.histograms;
  refillParameters();
  const int n = std::max(1, static_cast<int>(sets_.size()));
  const QSignalBlocker b1(from_), b2(to_);
  from_->setRange(1, n);
  to_->setRange(1, n);
  if (followLatest) to_->setValue(n);
  if (wasFull) from_->setValue(1);
  dirty_ = true;
  scheduleRedraw();
}

void HistogramsView::refillParameters() {
  QStringList names;
  if (!sets_.empty())
    for (const core::Histogram& h : *sets_.back()) {
      const QString name = QString::fromStdString(h.parameter);
      if (!names.contains(name)) names << name;
    }
  QStringList current;
  for (int i = 0; i < parameter_->count(); ++i) current << parameter_->itemText(i);
  if (current == names) return;
  const QString keep = parameter_->currentText();
  const QSignalBlocker block(parameter_);
  parameter_->clear();
  parameter_->addItems(names);
  const int index = names.indexOf(keep.isEmpty() ? QStringLiteral("lstm.weight_hh_l0") : keep);
  parameter_->setCurrentIndex(index >= 0 ? index : 0);
}

void HistogramsView::setParameter(const QString& name, bool gradients) {
  const int index = parameter_->findText(name);
  if (index >= 0) parameter_->setCurrentIndex(index);
  kind_->setCurrentIndex(gradients ? 1 : 0);
  queue_->flush();
}

void HistogramsView::setMode(Mode mode) {
  mode_->setCurrentIndex(mode == Mode::kRidge ? 0 : 1);
  queue_->flush();
}

void HistogramsView::setEpochRange(int first, int last) {
  to_->setValue(last);
  from_->setValue(first);
  queue_->flush();
}

QCustomPlot* HistogramsView::gatePlot(const QString& gate) const { return plots_[gateIndex(gate)]; }

QString HistogramsView::countsText(const QString& gate) const { return counts_[gateIndex(gate)]; }

void HistogramsView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  redraw();
}

const core::Histogram* HistogramsView::find(size_t set, const std::string& gate) const {
  return findIn(*sets_[set], gate);
}

const core::Histogram* HistogramsView::findIn(const std::vector<core::Histogram>& set,
                                              const std::string& gate) const {
  const std::string name = parameter_->currentText().toStdString();
  const bool gradient = kind_->currentIndex() == 1;
  for (const core::Histogram& h : set)
    if (h.parameter == name && h.gate == gate && h.gradient == gradient) return &h;
  return nullptr;
}

void HistogramsView::setComparison(const QString& name,
                                   std::vector<std::vector<core::Histogram>> epochs) {
  comparisonName_ = epochs.empty() ? QString() : name;
  comparison_ = std::move(epochs);
  dirty_ = true;
  redraw();
}

bool HistogramsView::showsComparison(const QString& gate) const {
  return comparisonShown_[gate.isEmpty() ? 0 : gateIndex(gate)];
}

// The saved run's histogram at `epoch`, scaled like a ridge: baseline at the epoch, its peak
// kRidgeHeight epochs up, drawn as a grey dashed outline in front of the current run's ridges.
void HistogramsView::drawComparison(QCustomPlot* plot, const std::string& gate, int epoch) {
  const int k = gate.empty() ? 0 : gateIndex(QString::fromStdString(gate));
  if (epoch < 1 || epoch > static_cast<int>(comparison_.size())) return;
  const core::Histogram* h = findIn(comparison_[epoch - 1], gate);
  if (!h || h->counts.empty()) return;
  QVector<double> x, y;
  ridgeCurve(*h, epoch, x, y);
  QCPGraph* outline = plot->addGraph();
  outline->setData(x, y, true);
  outline->setPen(QPen(kCompareColor, 1.6, Qt::DashLine));
  auto* label = new QCPItemText(plot);
  label->setPositionAlignment(Qt::AlignTop | Qt::AlignRight);
  label->position->setType(QCPItemPosition::ptAxisRectRatio);
  label->position->setCoords(0.99, 0.02);
  label->setText(tr("dashed: %1, epoch %2").arg(comparisonName_).arg(epoch));
  label->setColor(kCompareColor);
  comparisonShown_[k] = true;
}

void HistogramsView::redraw() {
  if (dirty_ && isVisible()) draw();
}

void HistogramsView::redrawNow() {
  draw();
  queue_->flush();
}

void HistogramsView::scheduleRedraw() {
  if (!isVisible()) return;  // showEvent draws
  const qint64 since = lastDraw_.isValid() ? lastDraw_.elapsed() : kMinRedrawMs;
  if (since >= kMinRedrawMs) {
    redraw();
  } else if (!throttle_->isActive()) {
    throttle_->start(static_cast<int>(kMinRedrawMs - since));
  }
}

void HistogramsView::draw() {
  dirty_ = false;
  lastDraw_.restart();
  const int first = from_->value(), last = to_->value();
  rangeLabel_->setText(sets_.empty() ? tr("no epochs yet")
                                     : tr("%1 – %2 of %3").arg(first).arg(last).arg(sets_.size()));
  hint_->setVisible(sets_.empty());
  bool gated = false;
  if (!sets_.empty()) gated = find(sets_.size() - 1, "i") != nullptr;
  for (int k = 0; k < 4; ++k) {
    plots_[k]->setVisible(k == 0 || gated);
    if (k > 0 && !gated) continue;
    // One gate per event-loop pass; the range is read when the job runs.
    queue_->add(plots_[k], [this, k, gated] {
      const int n = static_cast<int>(sets_.size());
      const int lastNow = std::min(to_->value(), n), firstNow = std::min(from_->value(), lastNow);
      drawGate(plots_[k], gated ? core::kGateLetters[k] : "", std::max(1, firstNow),
               std::max(1, lastNow));
      if (!gated) counts_[1] = counts_[2] = counts_[3] = counts_[0];
    });
  }
}

void HistogramsView::drawGate(QCustomPlot* plot, const std::string& gate, int first, int last) {
  plot->clearPlottables();
  plot->clearItems();
  plot->legend->setVisible(false);
  const int k = gate.empty() ? 0 : gateIndex(QString::fromStdString(gate));
  comparisonShown_[k] = false;
  const bool gradients = kind_->currentIndex() == 1;
  const QString what = gradients ? tr("gradient") : tr("value");
  auto* title = qobject_cast<QCPTextElement*>(plot->plotLayout()->element(0, 0));
  const QString label =
      gate.empty() ? parameter_->currentText()
                   : QStringLiteral("%1 — %2").arg(parameter_->currentText(), kGateNames[k]);
  if (sets_.empty() || last > static_cast<int>(sets_.size())) {
    if (title) title->setText(label);
    counts_[k].clear();
    plot->replot();
    return;
  }
  // Counts at the last epoch of the range; the title turns red when they hold a NaN or an Inf
  // (decided from the numbers, never from the translated text).
  bool nonFinite = false;
  if (const core::Histogram* h = find(static_cast<size_t>(last - 1), gate)) {
    nonFinite = h->nans > 0 || h->infs > 0;
    counts_[k] = tr("epoch %1: %2 zeros · %3 NaN · %4 Inf of %5")
                     .arg(h->epoch)
                     .arg(h->zeros)
                     .arg(h->nans)
                     .arg(h->infs)
                     .arg(h->total);
  } else {
    counts_[k] = tr("no histogram");
  }
  if (title) title->setText(label + "\n" + counts_[k]);
  if (title) title->setTextColor(nonFinite ? kAlertColor : Qt::black);
  plot->xAxis->setLabel(what);

  // The epochs drawn (subsampled to at most kMaxRidges for ridges).
  std::vector<int> epochs;
  const int span = last - first + 1;
  const int step =
      mode_->currentIndex() == 0 ? std::max(1, (span + kMaxRidges - 1) / kMaxRidges) : 1;
  for (int e = last; e >= first; e -= step) epochs.insert(epochs.begin(), e);

  double lo = INFINITY, hi = -INFINITY;
  for (int e : epochs)
    if (const core::Histogram* h = find(static_cast<size_t>(e - 1), gate)) {
      if (h->total - h->nans - h->infs <= 0) continue;
      lo = std::min(lo, h->min);
      hi = std::max(hi, h->max);
    }
  const bool overlay = mode_->currentIndex() == 0 && last <= static_cast<int>(comparison_.size());
  if (overlay)
    if (const core::Histogram* c = findIn(comparison_[last - 1], gate);
        c && c->total - c->nans - c->infs > 0) {
      lo = std::min(lo, c->min);
      hi = std::max(hi, c->max);
    }
  if (!std::isfinite(lo)) {
    plot->replot();
    return;
  }
  if (hi <= lo) {
    lo -= 0.5;
    hi += 0.5;
  }

  if (mode_->currentIndex() == 0) {
    // Ridge: baseline at the epoch, peak kRidgeHeight epochs up; newest drawn last (in front).
    plot->yAxis->setLabel(tr("epoch"));
    plot->yAxis->setRangeReversed(true);
    const QColor base = gradients ? QColor(0, 128, 128) : QColor(230, 110, 20);
    for (size_t j = 0; j < epochs.size(); ++j) {
      const core::Histogram* h = find(static_cast<size_t>(epochs[j] - 1), gate);
      if (!h || h->counts.empty()) continue;
      QVector<double> x, y, yb;
      ridgeCurve(*h, epochs[j], x, y);
      yb.fill(epochs[j], x.size());
      const double age = epochs.size() > 1 ? static_cast<double>(j) / (epochs.size() - 1) : 1.0;
      QColor line = base;
      line = QColor::fromHsvF(line.hsvHueF(), 0.35 + 0.65 * age, 0.95 - 0.35 * age);
      QCPGraph* baseline = plot->addGraph();
      baseline->setData(x, yb, true);
      baseline->setPen(Qt::NoPen);
      QCPGraph* ridge = plot->addGraph();
      ridge->setData(x, y, true);
      ridge->setPen(QPen(line, 1.0));
      // An opaque, lightly tinted fill: nearer (newer) ridges hide the ones behind them.
      ridge->setBrush(QColor::fromHsvF(line.hsvHueF(), 0.08 + 0.22 * age, 1.0));
      ridge->setChannelFillGraph(baseline);
      ridge->setAntialiasedFill(false);  // the fill's edge is drawn by the line anyway
    }
    if (overlay) drawComparison(plot, gate, last);
    plot->xAxis->setRange(lo, hi);
    plot->yAxis->setRange(first - kRidgeHeight - 0.1, last + 0.3);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(std::max(1.0, std::ceil(span / 8.0)));
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->yAxis->setTicker(ticker);
  } else {
    // Heat map: each epoch's bins re-binned onto a common value grid, as a share of the entries.
    plot->yAxis->setRangeReversed(false);
    plot->yAxis->setLabel(what);
    plot->xAxis->setLabel(tr("epoch"));
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    const int columns = static_cast<int>(epochs.size());
    map->data()->setSize(columns, kHeatMapBins);
    map->data()->setRange(
        QCPRange(epochs.front(), epochs.back()),
        QCPRange(lo + (hi - lo) / (2 * kHeatMapBins), hi - (hi - lo) / (2 * kHeatMapBins)));
    double peak = 0;
    for (int c = 0; c < columns; ++c) {
      const core::Histogram* h = find(static_cast<size_t>(epochs[c] - 1), gate);
      if (!h || h->counts.empty()) continue;
      std::vector<double> column(kHeatMapBins, 0.0);
      const double width = (h->max - h->min) / h->counts.size();
      int64_t finite = 0;
      for (int64_t n : h->counts) finite += n;
      for (size_t b = 0; b < h->counts.size(); ++b) {
        const double centre = h->min + (b + 0.5) * width;
        const int target = std::clamp(static_cast<int>((centre - lo) / (hi - lo) * kHeatMapBins), 0,
                                      kHeatMapBins - 1);
        column[target] += h->counts[b] / static_cast<double>(std::max<int64_t>(1, finite));
      }
      for (int r = 0; r < kHeatMapBins; ++r) {
        map->data()->setCell(c, r, column[r]);
        peak = std::max(peak, column[r]);
      }
    }
    QCPColorGradient gradient(QCPColorGradient::gpThermal);
    gradient.setColorStopAt(0, QColor(255, 255, 255));
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, std::max(peak, 1e-9)));
    map->setInterpolate(false);
    plot->xAxis->setRange(epochs.front() - 0.5, epochs.back() + 0.5);
    plot->yAxis->setRange(lo, hi);
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(std::max(1.0, std::ceil(span / 8.0)));
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssNone);
    plot->xAxis->setTicker(ticker);
  }
  if (mode_->currentIndex() == 0)
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  plot->replot();
}

}  // namespace lstmviz::ui
