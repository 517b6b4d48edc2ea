#include "ui/explorer/memory_view.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "core/nn/memory_paths.h"
#include "ui/common/deferred_replot_plot.h"
#include "ui/training/plot_style.h"

namespace lstmviz::ui {

namespace {

// Above this many floating-point operations the connectivity and attributions are computed on a
// worker thread (the default configuration needs ~10⁷, H = 64, L = 100 ~2·10⁹).
constexpr double kWorkerFlops = 5e7;

// The trajectory's PCA: the covariance of N·L points of width D·H_out and its eigen-decomposition
// (about 10·width³); 3 bidirectional layers of 512 units on 64 × 40 steps took 0.9 s.
double pcaFlops(const ExplorerSnapshot& s) {
  const double width =
      static_cast<double>(s.config.lstm.numDirections() * s.config.lstm.outputSize());
  const double points = static_cast<double>(s.batch()) * static_cast<double>(s.steps());
  return 2 * points * width * width + 10 * width * width * width;
}

constexpr double kFloor = 1e-12;  // the log colour scales start here

// Okabe–Ito, the colour-blind-safe qualitative palette (black left out: it marks the step).
const QColor kSampleColors[] = {QColor(0, 114, 178),   QColor(230, 159, 0),  QColor(0, 158, 115),
                                QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0),
                                QColor(240, 228, 66),  QColor(120, 120, 120)};

// makeLogHeatPlot puts the colour scale in a column of its own, which leaves the title only the
// axes' width: in a narrow column (beside the Lessons dock) it is clipped. The axes and the scale
// go into one nested row, so that the title spans the whole plot.
void titleOverWholeWidth(QCustomPlot* plot) {
  QCPLayoutGrid* layout = plot->plotLayout();
  QCPLayoutElement* axes = plot->axisRect();
  QCPColorScale* scale = colorScaleOf(plot);
  layout->take(axes);
  layout->take(scale);
  layout->simplify();
  auto* row = new QCPLayoutGrid;
  layout->addElement(layout->rowCount(), 0, row);
  row->addElement(0, 0, axes);
  row->addElement(0, 1, scale);
  layout->setRowStretchFactor(layout->rowCount() - 1, 1);
}

QColor sampleColor(int n, int count) {
  if (count <= 8) return kSampleColors[n];
  return sequentialMagnitudeGradient().color(n, QCPRange(0, count - 1));
}

// Draws value(t, s) for t, s < steps as a heat map (x = s, y = t); exact zeros (no path) are
// left blank.
template <typename Value>
void drawHeatMap(QCustomPlot* plot, int steps, Value value) {
  plot->clearPlottables();
  auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
  map->setColorScale(colorScaleOf(plot));
  map->data()->setSize(steps, steps);
  map->data()->setRange(QCPRange(0, steps - 1), QCPRange(0, steps - 1));
  double lo = INFINITY, hi = 0;
  for (int t = 0; t < steps; ++t)
    for (int s = 0; s < steps; ++s) {
      const double v = value(t, s);
      if (v > 0) {
        map->data()->setCell(s, t, std::max(kFloor, v));
        lo = std::min(lo, std::max(kFloor, v));
        hi = std::max(hi, v);
      } else {
        map->data()->setCell(s, t, std::numeric_limits<double>::quiet_NaN());
      }
    }
  if (!std::isfinite(lo)) lo = kFloor, hi = 1;
  QCPColorGradient gradient = sequentialMagnitudeGradient();
  gradient.setNanHandling(QCPColorGradient::nhTransparent);
  map->setGradient(gradient);
  map->setDataScaleType(QCPAxis::stLogarithmic);
  // The top of the scale is the largest value (∏ f exactly 1 everywhere under a clamp f = 1 is
  // then drawn as the top colour), at least a decade below it the bottom.
  map->setDataRange(QCPRange(std::min(lo, hi / 10), hi));
  map->setInterpolate(false);
  plot->xAxis->setRange(-0.5, steps - 0.5);
  plot->yAxis->setRange(-0.5, steps - 0.5);
}

QLabel* caption(const QString& text) {
  auto* label = new QLabel(text);
  label->setWordWrap(true);
  label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
  label->setStyleSheet(QStringLiteral("color: #444;"));
  return label;
}

QString number(double v) { return QString::number(v, 'g', 7); }

}  // namespace

MemoryView::MemoryView(QWidget* parent) : QWidget(parent) {
  sample_ = new QSpinBox;
  sample_->setToolTip(tr("Which sample n of the batch the connectivity and attributions are of."));
  layer_ = new QSpinBox;
  layer_->setToolTip(tr("The layer whose forget gates and hidden states are shown."));
  direction_ = new QComboBox;
  direction_->setToolTip(tr("The direction whose forget gates are shown."));
  unit_ = new QSpinBox;
  unit_->setToolTip(tr("The cell unit u whose forget-gate survival is shown."));
  target_ = new QComboBox;
  target_->addItem(tr("output[n, last step, 0]"));
  target_->addItem(tr("Σ output[n, last step, :]"));
  target_->addItem(tr("the head's prediction"));
  target_->setToolTip(tr("The scalar f(x) whose attributions are shown."));
  step_ = new QSlider(Qt::Horizontal);
  step_->setMinimumWidth(120);
  step_->setRange(0, 0);  // at the last step until the user moves it
  step_->setToolTip(tr("The step t marked on the hidden-state trajectories."));
  stepLabel_ = new QLabel;
  status_ = new QLabel;
  status_->setStyleSheet(QStringLiteral("color: #8a5a00;"));
  status_->setWordWrap(true);
  source_ = new QLabel;
  source_->setObjectName(QStringLiteral("memorySource"));
  source_->setWordWrap(true);
  source_->setStyleSheet(QStringLiteral("color: #444;"));

  // Two rows, so that the view fits beside the Lessons dock.
  auto* bar = new QHBoxLayout;
  bar->addWidget(new QLabel(tr("Sample n:")));
  bar->addWidget(sample_);
  bar->addSpacing(12);
  bar->addWidget(new QLabel(tr("Layer:")));
  bar->addWidget(layer_);
  bar->addWidget(direction_);
  bar->addSpacing(12);
  bar->addWidget(new QLabel(tr("Unit u:")));
  bar->addWidget(unit_);
  bar->addStretch(1);
  auto* bar2 = new QHBoxLayout;
  bar2->addWidget(new QLabel(tr("Attribute:")));
  bar2->addWidget(target_);
  bar2->addSpacing(12);
  bar2->addWidget(stepLabel_);
  bar2->addWidget(step_, 1);
  bar2->addWidget(status_);

  connectivity_ = makeLogHeatPlot(tr("Connectivity"), tr("input step s"), tr("output step t"),
                                  QStringLiteral("memory_connectivity"), this);
  survival_ = makeLogHeatPlot(tr("Forget-gate survival"), tr("input step s"), tr("output step t"),
                              QStringLiteral("memory_survival"), this);
  titleOverWholeWidth(connectivity_);
  titleOverWholeWidth(survival_);
  path_ = makePlot(tr("Gradient path of the last step"), tr("input step s"),
                   tr("‖∂output[t] / ∂x[s]‖"), QStringLiteral("memory_path"), this);
  path_->setInteractions({});
  legendBelow(path_, 1);  // the two curves fill the corners of the axes
  setLogY(path_, true);
  path_->yAxis2->setVisible(true);
  path_->yAxis2->setLabel(tr("∏ f (survival)"));
  path_->yAxis2->setScaleType(QCPAxis::stLogarithmic);
  path_->yAxis2->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  path_->yAxis2->setNumberFormat("eb");
  path_->yAxis2->setNumberPrecision(0);
  // What the colours mean, on the colour scales (narrower than in the titles).
  colorScaleOf(connectivity_)->axis()->setLabel(tr("‖∂output[t] / ∂x[s]‖"));
  colorScaleOf(survival_)->axis()->setLabel(tr("∏ f of unit u"));
  attribution_ =
      makePlot(tr("Attribution per input step"), tr("input step s"),
               tr("attribution (Σ over features)"), QStringLiteral("memory_attribution"), this);
  attribution_->setInteractions({});
  legendBelow(attribution_, 2);  // inside, it would hide the first steps' bars (x[0] matters)
  trajectory_ = makePlot(tr("Trajectories of h_t (PCA)"), tr("PC 1"), tr("PC 2"),
                         QStringLiteral("memory_trajectory"), this);
  trajectory_->xAxis->ticker()->setTickCount(4);  // readable in a narrow column
  // No legend (the caption says what the colours are): a legend item per sample and per step
  // marker cost 70 ms for a batch of 64 on the GUI thread.
  trajectory_->setAutoAddPlottableToLegend(false);
  for (QCustomPlot* plot : {connectivity_, survival_, path_, attribution_, trajectory_})
    plot->setMinimumHeight(210);
  for (QCustomPlot* plot : {connectivity_, survival_, path_})  // readable in a narrow column
    plot->xAxis->ticker()->setTickCount(3);

  completeness_ = new QLabel;
  completeness_->setObjectName(QStringLiteral("memoryCompleteness"));
  completeness_->setTextFormat(Qt::RichText);
  completeness_->setWordWrap(true);
  completeness_->setTextInteractionFlags(Qt::TextSelectableByMouse);

  auto* grid = new QGridLayout;
  grid->addWidget(connectivity_, 0, 0);
  grid->addWidget(survival_, 0, 1);
  grid->addWidget(path_, 0, 2);
  grid->addWidget(
      caption(tr("How strongly each output step depends on each input step of this sample: a "
                 "gradient norm, not a causal effect. One direction: only s ≤ t (lower "
                 "triangle); bidirectional: every pair. Blank: no path (or padding).")),
      1, 0);
  grid->addWidget(
      caption(tr("The share of the cell state written at step s still in c_t: the product of the "
                 "forget gates in between (1 on the diagonal). Recorded values, not a gradient.")),
      1, 1);
  grid->addWidget(
      caption(tr("The last output step's row of the connectivity against s (left axis), and the "
                 "survival of unit u to that step (right axis): where f stays near 1, old inputs "
                 "keep their influence — the forget gate is the memory.")),
      1, 2);
  grid->addWidget(attribution_, 2, 0, 1, 2);
  grid->addWidget(trajectory_, 2, 2);
  auto* attributionText = new QVBoxLayout;
  attributionText->addWidget(
      caption(tr("Each step's share of the scalar: gradient × input (x ⊙ ∂f/∂x, a local "
                 "linearisation) and integrated gradients (baseline x′ = 0). Attributions, not "
                 "the effect of deleting a step.")));
  attributionText->addWidget(completeness_);
  grid->addLayout(attributionText, 3, 0, 1, 2);
  trajectoryCaption_ = caption(QString());
  grid->addWidget(trajectoryCaption_, 3, 2);
  for (int column = 0; column < 3; ++column) grid->setColumnStretch(column, 1);
  grid->setRowStretch(0, 1);
  grid->setRowStretch(2, 1);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(bar);
  layout->addLayout(bar2);
  layout->addWidget(source_);
  layout->addLayout(grid, 1);

  connect(sample_, &QSpinBox::valueChanged, this, [this] {
    requestPaths();
    drawSurvival();
    drawTrajectory();
  });
  connect(target_, &QComboBox::currentIndexChanged, this, [this] {
    requestPaths();
    drawSurvival();
  });
  connect(layer_, &QSpinBox::valueChanged, this, [this] {
    drawSurvival();
    pcaPending_ = true;
    drawTrajectory();
    computePending();
  });
  connect(direction_, &QComboBox::currentIndexChanged, this, [this] { drawSurvival(); });
  connect(unit_, &QSpinBox::valueChanged, this, [this] { drawSurvival(); });
  connect(step_, &QSlider::valueChanged, this, &MemoryView::onStepChanged);
}

MemoryView::~MemoryView() = default;  // worker_ joins first: its result is posted to this

void MemoryView::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  const core::LstmConfig& c = snapshot_->config.lstm;
  {
    const QSignalBlocker b1(sample_), b2(layer_), b3(direction_), b4(unit_), b5(step_), b6(target_);
    sample_->setRange(0, static_cast<int>(snapshot_->batch()) - 1);
    layer_->setRange(0, static_cast<int>(c.numLayers) - 1);
    const int direction = direction_->currentIndex();
    direction_->clear();
    direction_->addItem(tr("forward"));
    if (c.bidirectional) direction_->addItem(tr("reverse"));
    direction_->setCurrentIndex(std::clamp(direction, 0, direction_->count() - 1));
    direction_->setEnabled(c.bidirectional);
    unit_->setRange(0, static_cast<int>(c.hiddenSize) - 1);
    const bool atLastStep = step_->value() == step_->maximum();  // (also before the first)
    step_->setRange(0, static_cast<int>(snapshot_->steps()) - 1);
    if (atLastStep) step_->setValue(step_->maximum());
    // The head's prediction needs a head that reads this nn.LSTM (many_to_one, many_to_many).
    const bool head = memoryHead(snapshot_->config).has_value();
    if (auto* model = qobject_cast<QStandardItemModel*>(target_->model()))
      model->item(static_cast<int>(MemoryTarget::kHead))->setEnabled(head);
    if (!head && target() == MemoryTarget::kHead) target_->setCurrentIndex(0);
  }
  // Where the input came from: the built-in sine, a memory task as training draws it (named from
  // the configuration, not from the source text), or a file.
  const core::ExperimentConfig& config = snapshot_->config;
  const bool task =
      !snapshot_->inputSource.empty() && snapshot_->inputSource == explorerInputSource(config);
  QString features;
  if (!snapshot_->featureNames.empty())
    features = QString::fromStdString(snapshot_->featureNames.front()) + QStringLiteral(" … ") +
               QString::fromStdString(snapshot_->featureNames.back());
  QString source =
      snapshot_->inputSource.empty() ? tr("The input is the built-in example batch.")
      : task ? tr("The input is %1 (seed %2) as training draws it; features: %3.")
                   .arg(config.dataset == "copy" ? tr("the copy task") : tr("the adding problem"))
                   .arg(config.training.seed)
                   .arg(features)
             : tr("The input is read from %1.").arg(QString::fromStdString(snapshot_->inputSource));
  if (snapshot_->edited()) {
    QStringList edits;
    for (const std::string& e : snapshot_->config.whatIf) edits << QString::fromStdString(e);
    source += QStringLiteral(" ") + tr("Edited run (%1): every number here includes its clamps.")
                                        .arg(edits.join(QStringLiteral(", ")));
  }
  source_->setText(source);
  paths_.reset();
  pca_.reset();
  pcaPending_ = true;
  // A hidden view draws nothing (the PCA and ∏ f read the whole trace): showEvent draws it.
  drawnStale_ = !isVisible();
  if (drawnStale_) {
    pathsPending_ = true;
    ++generation_;
    return;
  }
  drawAll();
}

void MemoryView::drawAll() {
  drawTrajectory();
  requestPaths();
  if (pathsPending_) {  // drawn without the connectivity until the worker brings it
    drawPaths();
    drawSurvival();
  }
}

void MemoryView::setSample(int sample) { sample_->setValue(sample); }
void MemoryView::setStep(int step) { step_->setValue(step); }
int MemoryView::step() const { return step_->value(); }

MemoryTarget MemoryView::target() const {
  return static_cast<MemoryTarget>(std::max(0, target_->currentIndex()));
}

void MemoryView::onStepChanged() {
  drawStepMarker();
  // A head seq predicts at every step: the attributed prediction is the one at t.
  if (snapshot_ && target() == MemoryTarget::kHead &&
      snapshot_->config.head == core::HeadKind::kSeq)
    requestPaths();
  emit stepChanged(step_->value());
}

void MemoryView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (drawnStale_ && snapshot_) {
    drawnStale_ = false;
    drawAll();
    return;
  }
  if (pathsPending_) requestPaths();
  if (pcaPending_) computePending();
}

void MemoryView::requestPaths() {
  if (!snapshot_) return;
  pathsPending_ = true;
  ++generation_;
  computePending();
}

bool MemoryView::computeHere(double flops) const {
  // A window drawn offscreen (lstmviz --screenshot) has no user to keep waiting: it computes here.
  return flops <= kWorkerFlops || window()->testAttribute(Qt::WA_DontShowOnScreen);
}

void MemoryView::computePending() {
  if (!snapshot_ || !isVisible()) return;  // computed when shown
  if (pathsPending_) tooLarge();           // when too large: says why, clears pathsPending_
  if (!pathsPending_ && !pcaPending_) return;
  const double flops = (pathsPending_ ? memoryPathsFlops(snapshot_->config) : 0) +
                       (pcaPending_ ? pcaFlops(*snapshot_) : 0);
  if (computeHere(flops))
    computeNow();
  else
    startWorker();
}

void MemoryView::computeNow() {
  if (pcaPending_) {
    pca_ = std::make_shared<const core::HiddenPca<float>>(
        core::hiddenStatePca(snapshot_->trace, layer_->value()));
    pcaPending_ = false;
    drawTrajectory();
  }
  if (!pathsPending_) return;
  try {
    paths_ = std::make_shared<const MemoryPaths>(
        computeMemoryPaths(*snapshot_, sample_->value(), target(), step_->value()));
    status_->clear();
  } catch (const std::exception& e) {
    paths_.reset();
    status_->setText(QString::fromStdString(e.what()));
  }
  pathsPending_ = false;
  drawPaths();
  drawSurvival();
}

bool MemoryView::tooLarge() {
  const int64_t elements = memoryJacobianElements(snapshot_->config);
  if (elements <= kMaxJacobianElements) return false;
  paths_.reset();
  pathsPending_ = false;
  status_->setText(tr("Connectivity and attributions not drawn: one sample's Jacobian would "
                      "hold %1 values (L·D·H_out·L·H_in), more than %2.")
                       .arg(elements)
                       .arg(kMaxJacobianElements));
  drawPaths();
  drawSurvival();
  return true;
}

void MemoryView::startWorker() {
  if (working_) return;  // onComputed starts the newest request when it ends
  working_ = true;
  if (pathsPending_) status_->setText(tr("Computing the connectivity and attributions…"));
  // Copies: the worker must not read members the GUI thread may change meanwhile.
  Request request{snapshot_,       sample_->value(), target(),      step_->value(),
                  layer_->value(), generation_,      pathsPending_, pcaPending_};
  worker_.start([this, request](BackgroundJob::Control&) {
    std::shared_ptr<const MemoryPaths> paths;
    std::shared_ptr<const core::HiddenPca<float>> pca;
    QString error;
    try {
      if (request.pca)
        pca = std::make_shared<const core::HiddenPca<float>>(
            core::hiddenStatePca(request.snapshot->trace, request.layer));
      if (request.paths)
        paths = std::make_shared<const MemoryPaths>(
            computeMemoryPaths(*request.snapshot, request.sample, request.target, request.step));
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    // Delivered on the GUI thread; ~BackgroundJob joins this thread before the QObject goes.
    QMetaObject::invokeMethod(
        this, [this, request, paths, pca, error] { onComputed(request, paths, pca, error); },
        Qt::QueuedConnection);
  });
}

void MemoryView::onComputed(const Request& request, std::shared_ptr<const MemoryPaths> paths,
                            std::shared_ptr<const core::HiddenPca<float>> pca,
                            const QString& error) {
  working_ = false;
  worker_.join();
  // Each result is kept only if it is still the one asked for: the PCA of this snapshot's
  // layer, the paths of this snapshot, sample, target and step (generation_).
  if (request.pca && pcaPending_ && request.snapshot == snapshot_ &&
      request.layer == layer_->value()) {  // null after an error: nothing drawn
    pca_ = std::move(pca);
    pcaPending_ = false;
    drawTrajectory();
  }
  if (request.paths && pathsPending_ && request.generation == generation_) {
    paths_ = std::move(paths);
    pathsPending_ = false;
    status_->setText(error);
    drawPaths();
    drawSurvival();
  }
  if ((pathsPending_ || pcaPending_) && isVisible()) computePending();
}

void MemoryView::waitForResults() {
  while (working_) {
    worker_.join();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
  }
  if (!snapshot_) return;
  if (pathsPending_) tooLarge();  // when too large: says why, clears pathsPending_
  computeNow();
}

double MemoryView::connectivityCell(int t, int s) const {
  if (connectivity_->plottableCount() == 0) return 0;
  auto* map = qobject_cast<QCPColorMap*>(connectivity_->plottable(0));
  if (!map) return 0;
  const double v = map->data()->cell(s, t);
  return std::isnan(v) ? 0 : v;
}

QString MemoryView::completenessText() const { return completeness_->text(); }
QString MemoryView::statusText() const { return status_->text(); }

void MemoryView::drawPaths() {
  attribution_->clearPlottables();
  if (!paths_ || !snapshot_) {
    connectivity_->clearPlottables();
    completeness_->setText(working_ ? tr("Computing…") : QString());
    for (QCustomPlot* plot : {connectivity_, attribution_}) queueReplot(plot);
    return;
  }
  const int steps = static_cast<int>(snapshot_->steps());
  const core::Tensor<float>& c = paths_->connectivity;
  drawHeatMap(connectivity_, steps, [&](int t, int s) { return double(c.data[t * steps + s]); });
  // Of the head seq's outputs y_t = W output[t] + b when its prediction is attributed.
  colorScaleOf(connectivity_)
      ->axis()
      ->setLabel(paths_->headConnectivity ? tr("‖W ∂output[t] / ∂x[s]‖ (head)")
                                          : tr("‖∂output[t] / ∂x[s]‖"));
  queueReplot(connectivity_);

  auto* group = new QCPBarsGroup(attribution_);
  auto* gxi = new QCPBars(attribution_->xAxis, attribution_->yAxis);
  gxi->setName(tr("gradient × input"));
  gxi->setPen(Qt::NoPen);
  gxi->setBrush(kTrainColor);
  auto* ig = new QCPBars(attribution_->xAxis, attribution_->yAxis);
  ig->setName(tr("integrated gradients"));
  ig->setPen(Qt::NoPen);
  ig->setBrush(kValidationColor);
  QVector<double> keys, a, b;
  for (int s = 0; s < steps; ++s) {
    keys << s;
    a << paths_->gradientInput[s];
    b << paths_->integrated[s];
  }
  for (QCPBars* bars : {gxi, ig}) {
    bars->setWidth(0.4);
    bars->setBarsGroup(group);
  }
  gxi->setData(keys, a);
  ig->setData(keys, b);
  attribution_->legend->setVisible(true);
  attribution_->xAxis->setRange(-0.8, steps - 0.2);
  attribution_->yAxis->rescale();
  const QCPRange y = attribution_->yAxis->range();
  const double margin = std::max(1e-9, 0.08 * (y.upper - y.lower));
  attribution_->yAxis->setRange(std::min(0.0, y.lower) - margin, std::max(0.0, y.upper) + margin);
  queueReplot(attribution_);

  const core::Attribution<float>& i = paths_->ig;
  const double difference = i.value - i.baselineValue;
  const double relative = std::abs(i.sum - difference) / std::max(std::abs(difference), 1e-30);
  const int64_t n = paths_->sample, t = paths_->targetStep, k = paths_->headOutput;
  QString scalar, head;
  if (paths_->target == MemoryTarget::kUnitZero) {
    scalar = QStringLiteral("output[%1, %2, 0]").arg(n).arg(t);
  } else if (paths_->target == MemoryTarget::kSum) {
    scalar = QStringLiteral("Σ output[%1, %2, :]").arg(n).arg(t);
  } else {
    const MemoryHead& h = *paths_->head;
    QString input;  // what the head reads, in torch's words (head_kind.h)
    switch (h.kind) {
      case core::HeadKind::kLast:
        input = QStringLiteral("output[%1, -1]").arg(n);
        break;
      case core::HeadKind::kHn:
        input = QStringLiteral("h_n[-1][%1]").arg(n);
        break;
      case core::HeadKind::kFlatten:
        input = QStringLiteral("output[%1].reshape(-1)").arg(n);
        break;
      case core::HeadKind::kMean:
        input = QStringLiteral("output[%1].mean(0)").arg(n);
        break;
      case core::HeadKind::kSeq:
        input = QStringLiteral("output[%1, %2]").arg(n).arg(t);
        break;
    }
    scalar = QStringLiteral("head.weight[%1] · %2").arg(k).arg(input);
    const QString name =
        static_cast<size_t>(k) < h.outputNames.size()
            ? QStringLiteral(" (") + QString::fromStdString(h.outputNames[k]) + QStringLiteral(")")
            : QString();
    head = tr("<b>The head's prediction</b> %1 = %2: output %3%4, the largest of its %5; f(x) is "
              "it without head.bias[%3] = %6, which cancels in f(x) − f(x′). head.weight is the "
              "%7 head as initialised (init seed %8): the explorer does not receive trained head "
              "weights.<br>")
               .arg(QStringLiteral("y[%1]").arg(k).toHtmlEscaped(), number(paths_->headValue))
               .arg(k)
               .arg(name.toHtmlEscaped())
               .arg(h.weight.size(0))
               .arg(number(paths_->headBias), QString::fromUtf8(core::headKindName(h.kind)))
               .arg(snapshot_->config.init.seed);
  }
  completeness_->setText(
      head + tr("<b>f(x) = %1.</b> <b>Integrated gradients</b> (m = %2 steps, baseline x′ = 0): "
                "Σ attributions = %3; f(x) − f(x′) = %4 − %5 = %6; relative difference %7 "
                "(completeness).<br><b>Gradient × input</b>: Σ attributions = %8 — not equal to "
                "f(x) − f(0) in general.")
                 .arg(scalar.toHtmlEscaped())
                 .arg(kIntegratedGradientsSteps)
                 .arg(number(i.sum), number(i.value), number(i.baselineValue), number(difference),
                      QString::number(relative, 'e', 2), number(paths_->gxi.sum)));
}

void MemoryView::drawSurvival() {
  path_->clearGraphs();
  if (!snapshot_) return;
  const int steps = static_cast<int>(snapshot_->steps());
  const int sample = sample_->value();
  const int layer = layer_->value();
  const int direction = std::max(0, direction_->currentIndex());
  const int unit = unit_->value();
  const core::Tensor<float> survival =
      core::forgetSurvival(snapshot_->trace, layer, direction, sample);
  const int64_t base = static_cast<int64_t>(unit) * steps * steps;
  drawHeatMap(survival_, steps,
              [&](int t, int s) { return double(survival.data[base + t * steps + s]); });
  queueReplot(survival_);

  const int length = static_cast<int>(snapshot_->trace.length(sample));
  const int last = length - 1;
  const int row = direction == 1 ? 0 : last;  // the reverse direction's state ends at t = 0
  QVector<double> keys, grad, kept;
  for (int s = 0; s < length; ++s) keys << s;
  if (paths_) {
    QCPGraph* g = addLine(path_,
                          paths_->headConnectivity ? tr("‖W ∂output[%1] / ∂x[s]‖").arg(last)
                                                   : tr("‖∂output[%1] / ∂x[s]‖").arg(last),
                          kTrainColor, 2);
    for (int s = 0; s < length; ++s)
      grad << std::max(kFloor, double(paths_->connectivity.data[last * steps + s]));
    g->setData(keys, grad);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
  }
  QCPGraph* k = path_->addGraph(path_->xAxis, path_->yAxis2);
  k->setName(tr("∏ f of unit %1 to t = %2").arg(unit).arg(row));
  k->setPen(QPen(kValidationColor, 2, Qt::DashLine));
  for (int s = 0; s < length; ++s)
    kept << std::max(kFloor, double(survival.data[base + row * steps + s]));
  k->setData(keys, kept);
  path_->legend->setVisible(true);
  path_->xAxis->setRange(-0.5, steps - 0.5);
  rescaleY(path_);
  double lo = 1;
  for (double v : kept) lo = std::min(lo, v);
  path_->yAxis2->setRange(std::max(kFloor, std::min(0.1, lo / 2)), 2);  // at least a decade
  queueReplot(path_);
}

void MemoryView::drawTrajectory() {
  trajectory_->clearPlottables();
  if (!snapshot_) return;
  if (!pca_ || pcaPending_) {  // the worker brings it
    trajectoryCaption_->setText(pcaPending_ ? tr("Computing the principal components of h_t…")
                                            : QString());
    queueReplot(trajectory_);
    return;
  }
  const core::HiddenPca<float>& pca = *pca_;
  const int batch = static_cast<int>(snapshot_->batch());
  const int steps = static_cast<int>(snapshot_->steps());
  const int chosen = sample_->value();
  for (int n = 0; n < batch; ++n) {
    auto* curve = new QCPCurve(trajectory_->xAxis, trajectory_->yAxis);
    curve->setName(tr("n = %1").arg(n));
    curve->setPen(QPen(sampleColor(n, batch), n == chosen ? 3 : 1.3));
    const int length = static_cast<int>(snapshot_->trace.length(n));
    QVector<double> t, x, y;
    for (int s = 0; s < length; ++s) {
      t << s;
      x << pca.projection.data[(static_cast<int64_t>(n) * steps + s) * 2];
      y << pca.projection.data[(static_cast<int64_t>(n) * steps + s) * 2 + 1];
    }
    curve->setData(t, x, y);
  }
  trajectory_->rescaleAxes();
  for (QCPAxis* axis : {trajectory_->xAxis, trajectory_->yAxis}) axis->scaleRange(1.1);
  const double share =
      pca.totalVariance > 0
          ? (pca.explainedVariance[0] + pca.explainedVariance[1]) / pca.totalVariance
          : 0;
  trajectoryCaption_->setText(
      tr("h_t of every sample of the batch (one colour each, the chosen sample thicker) "
         "projected on the two directions of largest variance, which hold %1% of it; dots: step "
         "t of the slider. A projection: distances along the other components are not shown.")
          .arg(QString::number(100 * share, 'f', 0)));
  drawStepMarker();
}

void MemoryView::drawStepMarker() {
  if (!snapshot_) return;
  const int t = step_->value();
  stepLabel_->setText(tr("Step t = %1:").arg(t));
  for (int i = trajectory_->graphCount() - 1; i >= 0; --i) trajectory_->removeGraph(i);
  const int batch = static_cast<int>(snapshot_->batch());
  int curves = 0;
  for (int i = 0; i < trajectory_->plottableCount(); ++i) {
    auto* curve = qobject_cast<QCPCurve*>(trajectory_->plottable(i));
    if (!curve || curves >= batch) continue;
    const int n = curves++;
    auto it = curve->data()->findBegin(t, false);
    if (it == curve->data()->constEnd() || it->t != t) continue;  // past this sample's length
    QCPGraph* dot = trajectory_->addGraph();
    dot->setLineStyle(QCPGraph::lsNone);
    dot->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.2),
                                         sampleColor(n, batch), n == sample_->value() ? 11 : 8));
    dot->addData(it->key, it->value);
  }
  queueReplot(trajectory_);
}

}  // namespace lstmviz::ui
