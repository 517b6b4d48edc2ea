#include "ui/explorer/architectures_view.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "ui/explorer/architectures_diagram_widget.h"
#include "ui/explorer/time_distributed_backward.h"
#include "ui/model/explorer_lstm.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

QString headLabel(core::HeadKind head) {
  switch (head) {
    case core::HeadKind::kLast:
      return QObject::tr("last step: output[:, -1]");
    case core::HeadKind::kHn:
      return QObject::tr("final state: h_n[-1]");
    case core::HeadKind::kFlatten:
      return QObject::tr("Flatten: output.reshape(N, -1)");
    case core::HeadKind::kMean:
      return QObject::tr("mean over steps: output.mean(1)");
    case core::HeadKind::kSeq:
      return QObject::tr("every step");
  }
  return {};
}

// Which of the model's LSTMs the other explorer views run (explorer_lstm.h), for the page of the
// architecture that runs.
QString explorerLstmText(const core::ExperimentConfig& config) {
  const core::Architecture a = config.modelArchitecture();
  if (a == core::Architecture::kOneToMany)
    return QObject::tr(
               "The Shapes, Stepper and Outputs views run this model's <b>decoder</b> "
               "nn.LSTM(%1, %2) (state_dict decoder.*), on their example batch.")
        .arg(config.lstm.inputSize)
        .arg(config.lstm.hiddenSize);
  if (explorerShowsPartOfTheModel(a))
    return QObject::tr(
               "The Shapes, Stepper and Outputs views run this model's <b>encoder</b> "
               "nn.LSTM(%1, %2) (state_dict encoder.*); the decoder and the head train "
               "with it and are drawn here only.")
        .arg(config.lstm.inputSize)
        .arg(config.lstm.hiddenSize);
  return QObject::tr(
      "The Shapes, Stepper and Outputs views run this model's nn.LSTM "
      "(state_dict lstm.*).");
}

QString shortDescription(Architecture a) {
  switch (a) {
    case Architecture::kManyToOne:
      return QObject::tr("sequence → one prediction");
    case Architecture::kOneToMany:
      return QObject::tr("one vector → sequence");
    case Architecture::kManyToMany:
      return QObject::tr("sequence → one output per step");
    case Architecture::kSeq2Seq:
      return QObject::tr("window → k future steps");
    case Architecture::kAutoencoder:
      return QObject::tr("window → its reconstruction");
  }
  return {};
}

}  // namespace

ArchitecturesView::ArchitecturesView(QWidget* parent)
    : QWidget(parent), list_(new QListWidget(this)), pageArea_(new QWidget(this)) {
  setObjectName(QStringLiteral("architecturesView"));
  list_->setObjectName(QStringLiteral("architectureList"));
  list_->setFixedWidth(200);
  list_->setSpacing(3);
  list_->setToolTip(tr("Pick an architecture to see its diagram, shapes and code."));
  for (int i = 0; i < kArchitectureCount; ++i) {
    const auto a = static_cast<Architecture>(i);
    auto* item =
        new QListWidgetItem(architectureTitle(a) + QStringLiteral("\n   ") + shortDescription(a));
    list_->addItem(item);
    pages_[i] = buildPage(a);
  }
  // One page on screen at a time, the others hidden in the same box layout: a box layout leaves
  // hidden widgets out when it measures, so a layout pass lays out the page shown. (A
  // QStackedWidget measures all five, word-wrapped labels and all, at every pass of the window's
  // layout — 24 ms over two event-loop passes for a mere status-bar message, issue 17.)
  auto* pageLayout = new QVBoxLayout(pageArea_);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  for (int i = 0; i < kArchitectureCount; ++i) {
    pageLayout->addWidget(pages_[i].widget);
    pages_[i].widget->setVisible(i == 0);
  }
  connect(list_, &QListWidget::currentRowChanged, this, [this](int row) {
    for (int i = 0; i < kArchitectureCount; ++i) pages_[i].widget->setVisible(i == row);
  });

  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(list_);
  layout->addWidget(pageArea_, 1);
  list_->setCurrentRow(0);
  refresh();
}

ArchitecturesView::Page ArchitecturesView::buildPage(Architecture a) {
  Page page;
  page.widget = new QWidget(this);
  auto* layout = new QVBoxLayout(page.widget);
  layout->setContentsMargins(8, 0, 0, 0);
  page.title = new QLabel(architectureTitle(a), page.widget);
  QFont titleFont = page.title->font();
  titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
  titleFont.setBold(true);
  page.title->setFont(titleFont);
  page.summary = new QLabel(page.widget);
  page.summary->setWordWrap(true);
  layout->addWidget(page.title);
  layout->addWidget(page.summary);

  if (a == Architecture::kManyToOne) {
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Head reads:"), page.widget));
    headBox_ = new QComboBox(page.widget);
    headBox_->setObjectName(QStringLiteral("manyToOneHead"));
    for (core::HeadKind head : {core::HeadKind::kLast, core::HeadKind::kHn,
                                core::HeadKind::kFlatten, core::HeadKind::kMean})
      headBox_->addItem(headLabel(head), static_cast<int>(head));
    headBox_->setToolTip(
        tr("Which part of the LSTM's result the Linear head reads: the last "
           "step of output, the final hidden state, all steps, or their mean."));
    connect(headBox_, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    row->addWidget(headBox_);
    row->addStretch(1);
    layout->addLayout(row);
  }

  page.diagram = new ArchitecturesDiagramWidget(page.widget);
  page.diagram->setObjectName(QStringLiteral("architectureDiagram%1").arg(static_cast<int>(a)));
  layout->addWidget(page.diagram, 1);

  auto* bottom = new QHBoxLayout;
  page.code = new QPlainTextEdit(page.widget);
  page.code->setReadOnly(true);
  page.code->setLineWrapMode(QPlainTextEdit::NoWrap);
  page.code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  page.code->setMinimumHeight(150);
  page.code->setMaximumHeight(230);
  page.code->setToolTip(tr("The same model in PyTorch, with the shapes for this configuration."));
  bottom->addWidget(page.code, 3);

  auto* side = new QVBoxLayout;
  if (a == Architecture::kManyToMany) {
    auto* box =
        new QGroupBox(tr("TimeDistributed(Dense) vs nn.Linear, on this output"), page.widget);
    auto* boxLayout = new QVBoxLayout(box);
    comparisonLabel_ = new QLabel(box);
    comparisonLabel_->setObjectName(QStringLiteral("timeDistributedResult"));
    comparisonLabel_->setWordWrap(true);
    comparisonLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(comparisonLabel_);
    backwardLabel_ = new QLabel(box);
    backwardLabel_->setObjectName(QStringLiteral("timeDistributedBackward"));
    backwardLabel_->setWordWrap(true);
    backwardLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(backwardLabel_);
    side->addWidget(box);
  }
  page.presetInfo = new QLabel(page.widget);
  page.presetInfo->setWordWrap(true);
  page.preset = new QPushButton(tr("Load preset"), page.widget);
  page.preset->setObjectName(QStringLiteral("presetButton%1").arg(static_cast<int>(a)));
  page.preset->setToolTip(
      tr("Load this architecture's settings into the explorer and the "
         "training dashboard."));
  connect(page.preset, &QPushButton::clicked, this, [this, a] {
    emit presetRequested(architecturePreset(a, currentConfig(), manyToOneHead()));
  });
  side->addStretch(1);
  side->addWidget(page.presetInfo);
  side->addWidget(page.preset, 0, Qt::AlignLeft);
  bottom->addLayout(side, 2);
  layout->addLayout(bottom);
  return page;
}

void ArchitecturesView::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  // Follow the config's head when it changes to a many-to-one head (a preset, the config panel);
  // otherwise keep what the user picked here.
  const bool headChanged =
      snapshot && (!snapshot_ || snapshot_->config.head != snapshot->config.head);
  snapshot_ = std::move(snapshot);
  if (headChanged && snapshot_->config.head != core::HeadKind::kSeq) {
    const QSignalBlocker block(headBox_);
    setManyToOneHead(snapshot_->config.head);
  }
  refresh();
}

void ArchitecturesView::showArchitecture(Architecture a) {
  list_->setCurrentRow(static_cast<int>(a));
}

Architecture ArchitecturesView::currentArchitecture() const {
  return static_cast<Architecture>(std::max(0, list_->currentRow()));
}

void ArchitecturesView::setManyToOneHead(core::HeadKind head) {
  const int index = headBox_->findData(static_cast<int>(head));
  if (index >= 0) headBox_->setCurrentIndex(index);
}

core::HeadKind ArchitecturesView::manyToOneHead() const {
  return static_cast<core::HeadKind>(headBox_->currentData().toInt());
}

core::ExperimentConfig ArchitecturesView::currentConfig() const {
  return snapshot_ ? snapshot_->config : core::ExperimentConfig{};
}

void ArchitecturesView::refresh() {
  const core::ExperimentConfig config = currentConfig();
  for (int i = 0; i < kArchitectureCount; ++i) {
    const auto a = static_cast<Architecture>(i);
    const core::ExperimentConfig preset = architecturePreset(a, config, manyToOneHead());
    // The page of the architecture that runs draws the current configuration; every other page
    // draws the model its "Load preset" trains, so what is drawn is always a model that runs.
    const bool current = config.modelArchitecture() == coreArchitecture(a);
    const ArchitectureDiagram diagram =
        buildArchitectureDiagram(a, current ? config : preset, manyToOneHead());
    Page& page = pages_[i];
    page.summary->setText(diagram.summary);
    page.diagram->setDiagram(diagram);
    page.code->setPlainText(diagram.code);
    const QString horizon = preset.horizon > 1 ? tr(", K = %1").arg(preset.horizon) : QString();
    page.presetInfo->setText(
        tr("<b>Preset:</b> %1 on %2, input_size = %3, seq_len = %4%5; the LSTM's sizes stay as "
           "they are.")
            .arg(QString::fromLatin1(core::architectureName(preset.modelArchitecture())),
                 QString::fromStdString(preset.dataset))
            .arg(preset.lstm.inputSize)
            .arg(preset.seqLen)
            .arg(horizon) +
        (current ? QStringLiteral("<br>") + explorerLstmText(config) : QString()));
    page.preset->setEnabled(snapshot_ != nullptr);
  }
  requestComparison();
}

ArchitecturesView::Comparison ArchitecturesView::compare(const ExplorerSnapshot& snapshot,
                                                         int64_t outFeatures) {
  Comparison r;
  try {
    r.forward = compareTimeDistributed(snapshot, outFeatures);
    r.backward = compareTimeDistributedBackward<float>(snapshot, outFeatures);
  } catch (const std::exception& e) {  // std::bad_alloc above all: said in the box
    r.error = QString::fromLocal8Bit(e.what());
  }
  return r;
}

void ArchitecturesView::requestComparison() {
  ++generation_;
  pending_ = false;
  if (!snapshot_) {
    comparison_ = {};
    comparisonLabel_->setText(tr("No forward pass yet."));
    if (backwardLabel_) backwardLabel_->clear();
    return;
  }
  pendingOutFeatures_ = architectureOutputSize(currentConfig());
  const int64_t macs = snapshot_->result.output.numel() * pendingOutFeatures_;
  if (macs <= kSynchronousComparisonMacs) {
    showComparison(compare(*snapshot_, pendingOutFeatures_));
    return;
  }
  pending_ = true;
  comparison_ = {};
  comparisonLabel_->setText(tr("Computing the TimeDistributed comparison over %1 output values…")
                                .arg(snapshot_->result.output.numel()));
  if (backwardLabel_) backwardLabel_->clear();
  if (isVisible()) startWorker();
}

void ArchitecturesView::startWorker() {
  if (working_) return;  // onComparisonComputed starts the newest request when it ends
  working_ = true;
  const uint64_t generation = generation_;
  // Copies: the worker must not read members the GUI thread may change meanwhile.
  worker_.start([this, snapshot = snapshot_, outFeatures = pendingOutFeatures_,
                 generation](BackgroundJob::Control&) {
    auto result = std::make_shared<const Comparison>(compare(*snapshot, outFeatures));
    // Delivered on the GUI thread; ~BackgroundJob joins this thread before the QObject goes.
    QMetaObject::invokeMethod(
        this, [this, generation, result] { onComparisonComputed(generation, result); },
        Qt::QueuedConnection);
  });
}

void ArchitecturesView::onComparisonComputed(uint64_t generation,
                                             std::shared_ptr<const Comparison> result) {
  working_ = false;
  worker_.join();
  if (generation != generation_) {  // the snapshot or the head changed meanwhile
    if (pending_ && isVisible()) startWorker();
    return;
  }
  pending_ = false;
  showComparison(*result);
}

void ArchitecturesView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (pending_) startWorker();
}

void ArchitecturesView::waitForComparison() {
  while (working_) {
    worker_.join();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
  }
  if (pending_ && snapshot_) {
    pending_ = false;
    showComparison(compare(*snapshot_, pendingOutFeatures_));
  }
}

void ArchitecturesView::showComparison(const Comparison& result) {
  if (!result.error.isEmpty()) {
    comparison_ = {};
    comparisonLabel_->setText(
        tr("The TimeDistributed comparison could not be computed: %1").arg(result.error));
    if (backwardLabel_) backwardLabel_->clear();
    return;
  }
  const core::ExperimentConfig config = currentConfig();
  comparison_ = result.forward;
  const QString shape = sequenceShape(config, comparison_.outFeatures);
  const QString blocked = comparison_.blockedDifference == 0.0
                              ? QStringLiteral("0")
                              : QString::number(comparison_.blockedDifference, 'e', 1);
  comparisonLabel_->setText(
      tr("One nn.Linear(%1, %2) with seeded weights, applied to this LSTM's output:<br>"
         "&nbsp;A = a loop over the %3 steps (TimeDistributed) → %4<br>"
         "&nbsp;B = one call on the 3-D tensor (N·L rows), each sum in A's order → %4<br>"
         "&nbsp;C = the same call through Eigen's blocked matrix product (what the app runs)<br>"
         "A[0, 0, 0] = %5, B[0, 0, 0] = %6<br>"
         "<b>A vs B: max |A − B| = %7</b> over %8 values%9<br>"
         "<small>A vs C: max |A − C| = %10 — C adds the same products in another order: float "
         "rounding, not a different computation.</small>")
          .arg(comparison_.inFeatures)
          .arg(comparison_.outFeatures)
          .arg(config.seqLen)
          .arg(shape)
          .arg(static_cast<double>(comparison_.firstA), 0, 'f', 6)
          .arg(static_cast<double>(comparison_.firstB), 0, 'f', 6)
          .arg(comparison_.maxAbsDifference == 0.0
                   ? QStringLiteral("0")
                   : QString::number(comparison_.maxAbsDifference, 'e', 2))
          .arg(comparison_.values)
          .arg(comparison_.maxAbsDifference == 0.0 ? tr(" — A and B identical, bit for bit.")
                                                   : QString())
          .arg(blocked));
  if (backwardLabel_) backwardLabel_->setText(backwardText(result.backward));
}

QString ArchitecturesView::backwardText(const TimeDistributedGradient<float>& g) const {
  QStringList steps;
  const int64_t shown = std::min<int64_t>(g.steps, 4);
  double sum = 0;
  for (int64_t t = 0; t < g.steps; ++t) sum += g.stepWeightGradient[t];
  for (int64_t t = 0; t < shown; ++t)
    steps << QStringLiteral("t=%1: %2").arg(t).arg(g.stepWeightGradient[t], 0, 'f', 5);
  if (g.steps > shown) steps << QStringLiteral("…");
  const auto sci = [](double v) {
    return v == 0.0 ? QStringLiteral("0") : QString::number(v, 'e', 1);
  };
  return tr("<b>Backward</b>, with a seeded dL/dy of shape %1:<br>"
            "&nbsp;A: each step is its own call, so it gets its own gradient dW_t = Σ_n "
            "dL/dy[n, t] · z[n, t]ᵀ; the shared Dense's gradient is their sum over the %2 "
            "steps. dW[0, 0] per step: %3; Σ_t = %4<br>"
            "&nbsp;B: one product over the N·L rows: dW[0, 0] = %5<br>"
            "<b>max |Σ_t dW_t − dW_B| = %6</b> over %7 values (largest |dW| = %8): the same sum "
            "in another order. The error each step sends back to the LSTM, Wᵀ dL/dy[n, t], is "
            "the same in A and B: max |Δ| = %9.")
      .arg(sequenceShape(currentConfig(), g.outFeatures))
      .arg(g.steps)
      .arg(steps.join(QStringLiteral(", ")))
      .arg(sum, 0, 'f', 5)
      .arg(static_cast<double>(g.weightGradientB[0]), 0, 'f', 5)
      .arg(sci(g.maxWeightDifference))
      .arg(g.outFeatures * g.inFeatures)
      .arg(g.maxWeightGradient, 0, 'g', 3)
      .arg(sci(g.maxInputGradDifference));
}

}  // namespace lstmviz::ui
