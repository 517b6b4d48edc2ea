#include "ui/explorer/stepper_view.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/explorer/stepper_cell_diagram.h"
#include "ui/explorer/stepper_cell_loop_panel.h"
#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_heatmaps.h"
#include "ui/explorer/stepper_stack_panel.h"

namespace lstmviz::ui {

namespace {

constexpr int kPlayIntervalMs = 450;

QToolButton* makeButton(QWidget* parent, QStyle::StandardPixmap icon, const QString& tip) {
  auto* button = new QToolButton(parent);
  button->setIcon(parent->style()->standardIcon(icon));
  button->setToolTip(tip);
  button->setFocusPolicy(Qt::NoFocus);  // Space and arrows stay with the view
  button->setAutoRaise(false);
  button->setIconSize(QSize(18, 18));
  return button;
}

}  // namespace

StepperView::StepperView(QWidget* parent)
    : QWidget(parent),
      playTimer_(new QTimer(this)),
      heatmaps_(new StepperHeatmaps(this)),
      diagram_(new StepperCellDiagram(this)),
      equations_(new StepperEquations(this)),
      stack_(new StepperStackPanel(this)),
      cellLoop_(new StepperCellLoopPanel(this)) {
  setObjectName(QStringLiteral("stepperView"));
  setFocusPolicy(Qt::StrongFocus);

  backButton_ = makeButton(this, QStyle::SP_MediaSeekBackward, tr("Previous time step (←)"));
  playButton_ = makeButton(this, QStyle::SP_MediaPlay, tr("Play / pause (Space)"));
  playButton_->setCheckable(true);
  forwardButton_ = makeButton(this, QStyle::SP_MediaSeekForward, tr("Next time step (→)"));
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setObjectName(QStringLiteral("stepperSlider"));
  slider_->setToolTip(tr("The time step t shown in the diagram and the equations."));
  slider_->setPageStep(1);
  slider_->setTickPosition(QSlider::TicksBelow);
  slider_->setMinimumWidth(160);
  stepLabel_ = new QLabel(this);
  stepLabel_->setMinimumWidth(90);
  QFont bold = stepLabel_->font();
  bold.setBold(true);
  stepLabel_->setFont(bold);

  layerLabel_ = new QLabel(tr("Layer"), this);
  layerBox_ = new QComboBox(this);
  layerBox_->setToolTip(tr("Which stacked layer to show (layer k > 0 reads layer k−1's output)."));
  directionLabel_ = new QLabel(tr("Direction"), this);
  directionBox_ = new QComboBox(this);
  directionBox_->addItem(tr("forward"));
  directionBox_->addItem(tr("reverse"));
  directionBox_->setToolTip(
      tr("Bidirectional: the reverse direction reads the sequence from its last step back to 0."));
  sampleLabel_ = new QLabel(tr("Sample"), this);
  sampleBox_ = new QComboBox(this);
  sampleBox_->setToolTip(tr("Which element n of the batch to show."));
  auto* unitLabel = new QLabel(tr("Unit"), this);
  unitBox_ = new QSpinBox(this);
  unitBox_->setToolTip(tr("The hidden unit u whose equations and diagram values are shown."));
  unitBox_->setMinimumWidth(56);

  auto* controls = new QHBoxLayout;
  controls->setSpacing(6);
  controls->addWidget(backButton_);
  controls->addWidget(playButton_);
  controls->addWidget(forwardButton_);
  controls->addWidget(slider_, 1);
  controls->addWidget(stepLabel_);
  controls->addSpacing(12);
  for (QWidget* w :
       std::initializer_list<QWidget*>{layerLabel_, layerBox_, directionLabel_, directionBox_,
                                       sampleLabel_, sampleBox_, unitLabel, unitBox_})
    controls->addWidget(w);

  noteLabel_ = new QLabel(this);
  noteLabel_->setWordWrap(true);
  noteLabel_->setStyleSheet(QStringLiteral("color:#555"));

  auto* right = new QSplitter(Qt::Vertical, this);
  right->addWidget(diagram_);
  lowerTabs_ = new QTabWidget(this);
  lowerTabs_->setObjectName(QStringLiteral("stepperLowerTabs"));
  lowerTabs_->addTab(equations_, tr("Equations"));
  lowerTabs_->addTab(stack_, tr("Layer stack · rows of h_n"));
  lowerTabs_->addTab(cellLoop_, tr("LSTMCell loop · chunk(4)"));
  right->addWidget(lowerTabs_);
  right->setStretchFactor(0, 5);
  right->setStretchFactor(1, 4);
  right->setChildrenCollapsible(false);
  right->setSizes({410, 390});
  modeLabel_ = new QLabel(tr("Heat maps show:"), this);
  modeBox_ = new QComboBox(this);
  modeBox_->setObjectName(QStringLiteral("stepperHeatmapMode"));
  modeBox_->addItem(tr("edited run"));
  modeBox_->addItem(tr("original run"));
  modeBox_->addItem(tr("difference (edited − original)"));
  modeBox_->setToolTip(
      tr("What-if: draw the edited run, the original run or their difference. Available while "
         "the What-if panel has edits."));
  auto* left = new QWidget(this);
  auto* leftLayout = new QVBoxLayout(left);
  leftLayout->setContentsMargins(0, 0, 0, 0);
  auto* modeRow = new QHBoxLayout;
  modeRow->addWidget(modeLabel_);
  modeRow->addWidget(modeBox_);
  modeRow->addStretch(1);
  leftLayout->addLayout(modeRow);
  leftLayout->addWidget(heatmaps_, 1);
  auto* split = new QSplitter(Qt::Horizontal, this);
  split->addWidget(left);
  split->addWidget(right);
  split->setStretchFactor(0, 11);
  split->setStretchFactor(1, 10);
  split->setChildrenCollapsible(false);
  split->setSizes({540, 850});

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addLayout(controls);
  layout->addWidget(noteLabel_);
  layout->addWidget(split, 1);

  playTimer_->setInterval(kPlayIntervalMs);
  connect(playTimer_, &QTimer::timeout, this, &StepperView::advancePlayback);
  connect(backButton_, &QToolButton::clicked, this, &StepperView::stepBackward);
  connect(forwardButton_, &QToolButton::clicked, this, &StepperView::stepForward);
  connect(playButton_, &QToolButton::toggled, this, &StepperView::setPlaying);
  connect(slider_, &QSlider::valueChanged, this, [this](int t) {
    if (!updatingSelectors_) setTimestep(t);
  });
  connect(layerBox_, &QComboBox::currentIndexChanged, this, [this](int k) {
    if (!updatingSelectors_ && k >= 0) setLayer(k);
  });
  connect(directionBox_, &QComboBox::currentIndexChanged, this, [this](int d) {
    if (!updatingSelectors_ && d >= 0) setDirection(d);
  });
  connect(sampleBox_, &QComboBox::currentIndexChanged, this, [this](int n) {
    if (!updatingSelectors_ && n >= 0) setSample(n);
  });
  connect(unitBox_, &QSpinBox::valueChanged, this, [this](int u) {
    if (!updatingSelectors_) setUnit(u);
  });
  connect(modeBox_, &QComboBox::currentIndexChanged, this, [this](int mode) {
    if (mode >= 0) heatmaps_->setMode(static_cast<StepperHeatmapMode>(mode));
  });
  connect(equations_, &StepperEquations::termClicked, this, &StepperView::parameterTermClicked);
  connect(heatmaps_, &StepperHeatmaps::cellClicked, this, [this](int t, int u, StepperQuantity q) {
    setTimestep(t);
    // h rows are H_out wide with projection; other rows are cell units.
    if (!(q == StepperQuantity::kH && snapshot_ && snapshot_->config.lstm.projSize > 0)) setUnit(u);
    setFocus();
  });
  rebuildSelectors();
}

int64_t StepperView::unitCount() const {
  return snapshot_ ? snapshot_->lstm.config().hiddenSize : 1;
}

void StepperView::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  if (snapshot_) {
    const core::LstmConfig& c = snapshot_->lstm.config();
    sel_.layer = std::clamp<int64_t>(sel_.layer, 0, c.numLayers - 1);
    sel_.direction = std::clamp<int64_t>(sel_.direction, 0, c.numDirections() - 1);
    sel_.sample = std::clamp<int64_t>(sel_.sample, 0, snapshot_->trace.batch - 1);
    sel_.step = std::clamp<int64_t>(sel_.step, 0, snapshot_->trace.steps - 1);
    sel_.unit = std::clamp<int64_t>(sel_.unit, 0, c.hiddenSize - 1);
  } else {
    setPlaying(false);
  }
  rebuildSelectors();
  refreshData();
}

void StepperView::rebuildSelectors() {
  updatingSelectors_ = true;
  const bool has = snapshot_ != nullptr;
  const int64_t layers = has ? snapshot_->lstm.config().numLayers : 1;
  const bool bidirectional = has && snapshot_->lstm.config().bidirectional;
  const int64_t batch = has ? snapshot_->trace.batch : 1;
  const bool unbatched = !has || snapshot_->trace.unbatched;
  const int64_t steps = has ? snapshot_->trace.steps : 1;

  if (layerBox_->count() != layers) {
    layerBox_->clear();
    for (int64_t k = 0; k < layers; ++k) layerBox_->addItem(tr("layer %1").arg(k));
  }
  layerBox_->setCurrentIndex(static_cast<int>(sel_.layer));
  layerBox_->setEnabled(layers > 1);
  directionBox_->setCurrentIndex(static_cast<int>(sel_.direction));
  directionLabel_->setVisible(bidirectional);
  directionBox_->setVisible(bidirectional);
  if (sampleBox_->count() != batch || !has) {
    sampleBox_->clear();
    for (int64_t n = 0; n < batch; ++n) {
      QString text = tr("n = %1").arg(n);
      if (has && snapshot_->trace.packed())
        text += tr("  (length %1)").arg(snapshot_->trace.length(n));
      sampleBox_->addItem(text);
    }
  } else if (has && snapshot_->trace.packed()) {
    for (int64_t n = 0; n < batch; ++n)
      sampleBox_->setItemText(static_cast<int>(n),
                              tr("n = %1  (length %2)").arg(n).arg(snapshot_->trace.length(n)));
  } else {
    for (int64_t n = 0; n < batch; ++n)
      sampleBox_->setItemText(static_cast<int>(n), tr("n = %1").arg(n));
  }
  sampleBox_->setCurrentIndex(static_cast<int>(sel_.sample));
  sampleLabel_->setVisible(!unbatched);
  sampleBox_->setVisible(!unbatched);
  unitBox_->setRange(0, static_cast<int>(unitCount() - 1));
  unitBox_->setValue(static_cast<int>(sel_.unit));
  slider_->setRange(0, static_cast<int>(steps - 1));
  slider_->setValue(static_cast<int>(sel_.step));
  for (QWidget* w : std::initializer_list<QWidget*>{slider_, backButton_, playButton_,
                                                    forwardButton_, unitBox_, sampleBox_})
    w->setEnabled(has);
  const bool edited = has && snapshot_->edited();
  modeBox_->setEnabled(edited);
  modeLabel_->setEnabled(edited);
  {
    // Without edits the maps show the run itself; the chosen mode returns with the next edit.
    const QSignalBlocker block(modeBox_);
    modeBox_->setCurrentIndex(edited ? static_cast<int>(heatmaps_->mode()) : 0);
  }
  updatingSelectors_ = false;
}

void StepperView::setTimestep(int t) {
  if (!snapshot_) return;
  const int64_t clamped = std::clamp<int64_t>(t, 0, snapshot_->trace.steps - 1);
  if (clamped == sel_.step && slider_->value() == clamped && !values_.x.empty()) return;
  sel_.step = clamped;
  updatingSelectors_ = true;
  slider_->setValue(static_cast<int>(clamped));
  updatingSelectors_ = false;
  refreshStep();
  emit timestepChanged(static_cast<int>(clamped));
}

void StepperView::setUnit(int unit) {
  if (!snapshot_) return;
  sel_.unit = std::clamp<int64_t>(unit, 0, unitCount() - 1);
  updatingSelectors_ = true;
  unitBox_->setValue(static_cast<int>(sel_.unit));
  updatingSelectors_ = false;
  refreshStep();
}

void StepperView::setLayer(int layer) {
  if (!snapshot_) return;
  sel_.layer = std::clamp<int64_t>(layer, 0, snapshot_->lstm.config().numLayers - 1);
  rebuildSelectors();
  refreshData();
}

void StepperView::setDirection(int direction) {
  if (!snapshot_) return;
  sel_.direction = std::clamp<int64_t>(direction, 0, snapshot_->lstm.config().numDirections() - 1);
  rebuildSelectors();
  refreshData();
}

void StepperView::setSample(int sample) {
  if (!snapshot_) return;
  sel_.sample = std::clamp<int64_t>(sample, 0, snapshot_->trace.batch - 1);
  rebuildSelectors();
  refreshData();
}

bool StepperView::isPlaying() const { return playTimer_->isActive(); }

void StepperView::setPlaying(bool playing) {
  if (playing && !snapshot_) playing = false;
  if (playing == isPlaying()) {
    playButton_->setChecked(playing);
    return;
  }
  if (playing) {
    // Playing from the end of the sequence (in reading order) starts again.
    const bool reverse = sel_.direction == 1;
    const int64_t last = snapshot_->trace.steps - 1;
    if (reverse ? sel_.step == 0 : sel_.step == last) setTimestep(reverse ? int(last) : 0);
    playTimer_->start();
  } else {
    playTimer_->stop();
  }
  const QSignalBlocker block(playButton_);
  playButton_->setChecked(playing);
  playButton_->setIcon(
      style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  emit playingChanged(playing);
}

void StepperView::advancePlayback() {
  if (!snapshot_) return setPlaying(false);
  // Play follows the direction's reading order: the reverse direction runs t = L−1 … 0.
  const bool reverse = sel_.direction == 1;
  const int64_t next = sel_.step + (reverse ? -1 : 1);
  if (next < 0 || next >= snapshot_->trace.steps) return setPlaying(false);
  setTimestep(static_cast<int>(next));
  if (next == 0 || next == snapshot_->trace.steps - 1) setPlaying(false);
}

void StepperView::stepForward() { setTimestep(static_cast<int>(sel_.step + 1)); }
void StepperView::stepBackward() { setTimestep(static_cast<int>(sel_.step - 1)); }

void StepperView::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Right:
      stepForward();
      return;
    case Qt::Key_Left:
      stepBackward();
      return;
    case Qt::Key_Space:
      setPlaying(!isPlaying());
      return;
    case Qt::Key_Home:
      setTimestep(0);
      return;
    case Qt::Key_End:
      setTimestep(snapshot_ ? static_cast<int>(snapshot_->trace.steps - 1) : 0);
      return;
    default:
      QWidget::keyPressEvent(event);
  }
}

void StepperView::refreshData() {
  heatmaps_->setData(snapshot_, sel_);
  if (!snapshot_) {
    noteLabel_->clear();
    stepLabel_->clear();
    diagram_->clear();
    equations_->clear();
    stack_->setData(nullptr, sel_);
    cellLoop_->setData(nullptr, sel_);
    values_ = {};
    return;
  }
  const core::LstmConfig& c = snapshot_->lstm.config();
  QStringList notes;
  notes << tr("nn.LSTM(input_size=%1, hidden_size=%2, num_layers=%3%4%5)")
               .arg(c.inputSize)
               .arg(c.hiddenSize)
               .arg(c.numLayers)
               .arg(c.bidirectional ? tr(", bidirectional=True") : QString())
               .arg(c.projSize > 0 ? tr(", proj_size=%1").arg(c.projSize) : QString());
  notes << tr(
      "fixed colour scales: gates 0…1, g and h −1…1, c −2…2 (c is not squashed: "
      "beyond ±2 the colour saturates)");
  if (sel_.direction == 1)
    notes << tr("reverse direction: runs t = L−1 … 0, its previous state is step t+1's");
  if (snapshot_->trace.packed()) notes << tr("hatched: padding, not computed");
  if (snapshot_->edited())
    notes << tr("what-if: %n edit(s) applied; the equations read original → edited", nullptr,
                static_cast<int>(snapshot_->config.whatIf.size()));
  noteLabel_->setText(notes.join(QStringLiteral("  ·  ")));
  refreshStep();
}

void StepperView::refreshStep() {
  if (!snapshot_) return;
  const int64_t last = snapshot_->trace.steps - 1;
  stepLabel_->setText(tr("t = %1 / %2").arg(sel_.step).arg(last));
  heatmaps_->setMarker(sel_.step, sel_.unit);
  values_ = computeStepValues(*snapshot_, sel_);
  const bool reverse = sel_.direction == 1;
  QString caption = tr("layer %1").arg(sel_.layer);
  if (snapshot_->lstm.config().bidirectional)
    caption += QStringLiteral(" · ") + (reverse ? tr("reverse") : tr("forward"));
  if (!snapshot_->trace.unbatched) caption += QStringLiteral(" · ") + tr("n = %1").arg(sel_.sample);
  caption += QStringLiteral(" · ") + tr("t = %1").arg(sel_.step) + QStringLiteral(" · ") +
             tr("unit %1").arg(sel_.unit);
  const core::LstmConfig& c = snapshot_->lstm.config();
  diagram_->setStackPosition(sel_.layer, c.numLayers, sel_.direction, c.numDirections());
  diagram_->setValues(values_, sel_, reverse, caption);
  stack_->setData(snapshot_, sel_);
  cellLoop_->setData(snapshot_, sel_);
  cellLoop_->setStep(values_, sel_);
  const StepEquationContext context = stepEquationContext(*snapshot_, sel_, values_);
  equations_->setEquations(
      formatStepEquations(values_, sel_, reverse, sel_.layer, snapshot_->featureNames, &context));
}

}  // namespace lstmviz::ui
