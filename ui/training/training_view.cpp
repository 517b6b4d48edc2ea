#include "ui/training/training_view.h"

#include <qcustomplot.h>

#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <cmath>

#include "core/train/run_directory.h"
#include "ui/training/architecture_output_view.h"
#include "ui/training/hyper_parameter_form.h"
#include "ui/training/training_plots.h"

namespace lstmviz::ui {

// How the run ended, in the user's language, from its events (not from core's English message):
// finished, stopped by request, or stopped early with the best epoch. "" while it has not ended.
QString TrainingView::describeRunEnd(const core::TrainingSnapshot& s) {
  using Kind = core::TrainingEvent::Kind;
  int64_t best = -1;
  for (const core::TrainingEvent& e : s.events)
    if (e.kind == Kind::kBestEpoch) best = e.epoch;
  for (auto e = s.events.rbegin(); e != s.events.rend(); ++e) {
    switch (e->kind) {
      case Kind::kFinished:
        return tr("Finished %1 epochs.").arg(e->epoch);
      case Kind::kStopped:
        return tr("Stopped by request at epoch %1, batch %2.").arg(e->epoch).arg(e->batch);
      case Kind::kEarlyStop:
        return best >= 0 ? tr("Stopped early at epoch %1: the validation loss stopped improving; "
                              "best epoch %2.")
                               .arg(e->epoch)
                               .arg(best)
                         : tr("Stopped early at epoch %1: the validation loss stopped improving.")
                               .arg(e->epoch);
      default:
        break;
    }
  }
  return QString();
}

namespace {

QString formatSeconds(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return QStringLiteral("–");
  const int s = static_cast<int>(std::lround(seconds));
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

TrainingView::TrainingView(TrainingController* controller, QWidget* parent)
    : QWidget(parent), controller_(controller) {
  auto* side = new QWidget(this);
  auto* sideLayout = new QVBoxLayout(side);
  sideLayout->setContentsMargins(6, 6, 6, 6);

  auto* runBox = new QGroupBox(tr("Run"), side);
  auto* buttons = new QGridLayout(runBox);
  start_ = new QPushButton(tr("▶ Start"), runBox);
  start_->setToolTip(tr("Train a fresh model with the settings below"));
  pause_ = new QPushButton(tr("❚❚ Pause"), runBox);
  resume_ = new QPushButton(tr("▶ Resume"), runBox);
  stop_ = new QPushButton(tr("■ Stop"), runBox);
  step_ = new QPushButton(tr("One epoch"), runBox);
  step_->setToolTip(tr("Train one epoch, then pause"));
  buttons->addWidget(start_, 0, 0);
  buttons->addWidget(step_, 0, 1);
  buttons->addWidget(pause_, 1, 0);
  buttons->addWidget(resume_, 1, 1);
  buttons->addWidget(stop_, 2, 0, 1, 2);
  progress_ = new QProgressBar(runBox);
  progress_->setTextVisible(true);
  progress_->setFormat(tr("not started"));
  progress_->setValue(0);
  buttons->addWidget(progress_, 3, 0, 1, 2);
  status_ = new QLabel(runBox);
  status_->setWordWrap(true);
  buttons->addWidget(status_, 4, 0, 1, 2);
  sideLayout->addWidget(runBox);

  auto* paramBox = new QGroupBox(tr("Hyper-parameters"), side);
  auto* paramLayout = new QVBoxLayout(paramBox);
  form_ = new HyperParameterForm(paramBox);
  paramLayout->addWidget(form_);
  data_ = new QLabel(paramBox);
  data_->setObjectName(QStringLiteral("trainingDataLabel"));
  data_->setWordWrap(true);
  data_->setStyleSheet("color: #555");
  paramLayout->addWidget(data_);
  sideLayout->addWidget(paramBox);

  auto* viewBox = new QGroupBox(tr("Display"), side);
  auto* viewLayout = new QGridLayout(viewBox);
  logScale_ = new QCheckBox(tr("Log scale (loss, gradient norm)"), viewBox);
  compare_ = new QPushButton(tr("Compare run…"), viewBox);
  compare_->setToolTip(tr("Overlay the curves of a saved run directory (its metrics.csv)"));
  clearCompare_ = new QPushButton(tr("Clear"), viewBox);
  clearCompare_->setObjectName("clearCompare");
  viewLayout->addWidget(logScale_, 0, 0, 1, 2);
  viewLayout->addWidget(compare_, 1, 0);
  viewLayout->addWidget(clearCompare_, 1, 1);
  sideLayout->addWidget(viewBox);
  sideLayout->addStretch(1);

  auto* scroll = new QScrollArea(this);
  scroll->setWidget(side);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setFixedWidth(side->sizeHint().width() + 18);

  plots_ = new TrainingPlots(this);
  // seq2seq, one_to_many, autoencoder: what the model produces, in place of the task plot.
  output_ = new ArchitectureOutputView(this);
  auto* right = new QVBoxLayout;
  right->setSpacing(4);
  right->addWidget(plots_, 3);
  right->addWidget(output_, 2);
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(scroll);
  layout->addLayout(right, 1);

  connect(start_, &QPushButton::clicked, this, [this] { controller_->start(experimentToRun()); });
  connect(pause_, &QPushButton::clicked, controller_, &TrainingController::pause);
  connect(resume_, &QPushButton::clicked, controller_, &TrainingController::resume);
  connect(stop_, &QPushButton::clicked, controller_, &TrainingController::stop);
  connect(step_, &QPushButton::clicked, this, [this] {
    // A new run when none is active (then it needs its own directory); else the current one.
    controller_->stepEpoch(controller_->active() ? experiment() : experimentToRun());
  });
  connect(logScale_, &QCheckBox::toggled, plots_, &TrainingPlots::setLogScale);
  connect(compare_, &QPushButton::clicked, this, &TrainingView::chooseComparison);
  connect(clearCompare_, &QPushButton::clicked, this, [this] {
    plots_->setComparison(QString(), {});
    emit comparisonHistograms(QString(), {});
  });
  connect(controller_, &TrainingController::historyChanged, this, &TrainingView::refresh);
  connect(controller_, &TrainingController::stateChanged, this, &TrainingView::updateButtons);
  // A run that ends changes what the data line says (paused run → previous run).
  connect(controller_, &TrainingController::stateChanged, this, &TrainingView::refresh);
  updateButtons();
  refresh();
}

namespace {

// True iff a run of a and one of b read the same data into the same model: every setting but the
// explorer-only ones (example batch, unbatched, lengths, batch_first display) and the training
// options (which the form edits for the next run).
bool sameDataAndModel(core::ExperimentConfig a, const core::ExperimentConfig& b) {
  a.batch = b.batch;
  a.unbatched = b.unbatched;
  a.lengths = b.lengths;
  a.naivePaddedLast = b.naivePaddedLast;
  a.lstm.batchFirst = b.lstm.batchFirst;
  a.training = b.training;
  return a == b;
}

}  // namespace

QString TrainingView::configuredText() const {
  const core::ExperimentConfig next = form_->config();
  const core::Architecture a = next.modelArchitecture();
  QString model = QString::fromLatin1(core::architectureName(a));
  if (core::isHeadArchitecture(a))
    model += QStringLiteral(" (head '%1')").arg(QString::fromLatin1(core::headKindName(next.head)));
  if (a == core::Architecture::kSeq2Seq || a == core::Architecture::kOneToMany)
    model += QStringLiteral(", K = %1").arg(next.horizon);
  return tr("%1 · model: %2, LSTM(hidden %3, layers %4)")
      .arg(QString::fromStdString(next.dataset), model)
      .arg(next.lstm.hiddenSize)
      .arg(next.lstm.numLayers);
}

void TrainingView::setExperiment(const core::ExperimentConfig& config) {
  form_->setConfig(config);
  data_->setText(tr("Data: %1").arg(configuredText()));
  showArchitectureOutput();
  if (controller_->history().latest) refresh();
}

QString TrainingView::dataText() const { return data_->text(); }

core::ExperimentConfig TrainingView::experiment() const { return form_->config(); }

core::ExperimentConfig TrainingView::experimentToRun() {
  core::ExperimentConfig c = form_->config();
  const QString dir = form_->newRunDirectory();
  if (!dir.isEmpty()) c.training.runDirectory = dir.toStdString();
  return c;
}

void TrainingView::updateButtons() {
  const auto state = controller_->state();
  const bool running = state == TrainingController::State::kRunning;
  const bool paused = state == TrainingController::State::kPaused;
  start_->setEnabled(!running && !paused);
  pause_->setEnabled(running);
  resume_->setEnabled(paused);
  stop_->setEnabled(running || paused);
  step_->setEnabled(!running);
  form_->setEnabled(!running && !paused);
}

void TrainingView::showArchitectureOutput() {
  const TrainingHistory& h = controller_->history();
  // The run's architecture once there is one, else the next run's.
  const core::ExperimentConfig shown = h.latest ? controller_->config() : form_->config();
  const bool produces = !core::isHeadArchitecture(shown.modelArchitecture());
  plots_->taskPlot()->setVisible(!produces);
  output_->setVisible(produces);
  if (produces) output_->setOutput(h.evaluation ? h.evaluation->output : nullptr);
}

void TrainingView::refresh() {
  const TrainingHistory& h = controller_->history();
  plots_->update(h, controller_->config().training.clipGradNorm);
  showArchitectureOutput();
  const auto& s = h.latest;
  const QString runData =
      QString::fromStdString(h.description.empty() ? controller_->config().dataset : h.description);
  if (s && !sameDataAndModel(controller_->config(), form_->config())) {
    // The configuration changed after this run started: say which is which.
    data_->setText(
        controller_->active()
            ? tr("Data for the next run: %1. The paused run (the curves below) trains on %2: "
                 "Resume continues it on that data; Stop, then Start, trains on the new data.")
                  .arg(configuredText(), runData)
            : tr("Data for the next run: %1. The curves below are the previous run's, on %2.")
                  .arg(configuredText(), runData));
  } else if (!h.description.empty()) {
    data_->setText(tr("Data: %1").arg(runData));
  }
  if (!s) {
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(controller_->active() ? tr("preparing data…") : tr("not started"));
    status_->clear();
    return;
  }
  const int64_t total = std::max<int64_t>(1, s->batchesPerEpoch * s->totalEpochs);
  const int64_t done =
      std::min(total, std::max<int64_t>(0, (s->epoch - 1) * s->batchesPerEpoch + s->batch));
  progress_->setRange(0, static_cast<int>(total));
  progress_->setValue(static_cast<int>(done));
  // Paused, no time is passing: a time left would be stale.
  if (s->state == core::TrainingSnapshot::State::kPaused)
    progress_->setFormat(tr("paused · epoch %1/%2 · batch %3/%4")
                             .arg(s->epoch)
                             .arg(s->totalEpochs)
                             .arg(s->batch)
                             .arg(s->batchesPerEpoch));
  else
    progress_->setFormat(tr("epoch %1/%2 · batch %3/%4 · %5 left")
                             .arg(s->epoch)
                             .arg(s->totalEpochs)
                             .arg(s->batch)
                             .arg(s->batchesPerEpoch)
                             .arg(formatSeconds(s->secondsRemaining)));
  QString state;
  switch (s->state) {
    case core::TrainingSnapshot::State::kRunning:
      state = tr("Training…");
      break;
    case core::TrainingSnapshot::State::kPaused:
      state = tr("Paused.");
      break;
    case core::TrainingSnapshot::State::kStopped:
      state = tr("Stopped.");
      break;
    case core::TrainingSnapshot::State::kFinished:
      state = tr("Finished.");
      progress_->setValue(progress_->maximum());  // early stopping ends before the last epoch
      progress_->setFormat(
          tr("done · %1 epochs · %2").arg(s->epochs.size()).arg(formatSeconds(s->secondsElapsed)));
      break;
    case core::TrainingSnapshot::State::kFailed:
      state = tr("Failed:");
      break;
  }
  QString text = state;
  if (s->state == core::TrainingSnapshot::State::kFailed) {
    text += QStringLiteral(" ") + QString::fromStdString(s->message);  // the error, as core says it
  } else if (const QString end = describeRunEnd(*s); !end.isEmpty()) {
    text = end;
  }
  if (!s->epochs.empty()) {
    const core::EpochRecord& e = s->epochs.back();
    text += tr("\nlast epoch: train %1, val %2, lr %3")
                .arg(e.trainLoss, 0, 'g', 4)
                .arg(e.valLoss, 0, 'g', 4)
                .arg(e.lr, 0, 'g', 3);
  }
  status_->setText(text);
  status_->setStyleSheet(s->state == core::TrainingSnapshot::State::kFailed ? "color: #b00" : "");
}

bool TrainingView::compareWithRun(const QString& path, QString* error) {
  QFileInfo info(path);
  const QString csv = info.isDir() ? QDir(path).filePath("metrics.csv") : path;
  try {
    const auto epochs = core::RunDirectory::readMetrics(csv.toStdString());
    const QString name = info.isDir() ? info.fileName() : info.dir().dirName();
    const QString runPath = info.isDir() ? path : info.dir().path();
    auto histograms = core::RunDirectory::readHistograms(runPath.toStdString());
    plots_->setComparison(name, epochs);
    emit comparisonHistograms(name, histograms);
    return true;
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
}

void TrainingView::chooseComparison() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Open a saved run directory (with metrics.csv)"));
  if (dir.isEmpty()) return;
  QString error;
  if (!compareWithRun(dir, &error)) QMessageBox::warning(this, tr("Compare runs"), error);
}

}  // namespace lstmviz::ui
