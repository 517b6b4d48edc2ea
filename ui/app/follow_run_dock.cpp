#include "ui/app/follow_run_dock.h"

#include <QLabel>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

namespace lstmviz::ui {

FollowRunDock::FollowRunDock(QWidget* parent) : QDockWidget(tr("Followed run"), parent) {
  setObjectName(QStringLiteral("followRunDock"));
  auto* body = new QWidget;
  auto* layout = new QVBoxLayout(body);
  summary_ = new QLabel;
  summary_->setWordWrap(true);
  epochLabel_ = new QLabel;
  slider_ = new QSlider(Qt::Horizontal);
  slider_->setToolTip(
      tr("The epoch whose checkpoint every explorer view shows on the probe "
         "batch."));
  notes_ = new QLabel;
  notes_->setWordWrap(true);
  layout->addWidget(summary_);
  layout->addWidget(epochLabel_);
  layout->addWidget(slider_);
  layout->addWidget(notes_);
  layout->addStretch();
  setWidget(body);
  connect(slider_, &QSlider::valueChanged, this, [this](int index) {
    if (index < 0 || index >= static_cast<int>(run_.checkpointEpochs.size())) return;
    const int64_t epoch = run_.checkpointEpochs[static_cast<size_t>(index)];
    epochLabel_->setText(tr("Showing epoch %1 (checkpoint on the probe batch)").arg(epoch));
    emit epochChosen(epoch);
  });
}

int64_t FollowRunDock::chosenEpoch() const {
  const int index = slider_->value();
  if (index < 0 || index >= static_cast<int>(run_.checkpointEpochs.size())) return 0;
  return run_.checkpointEpochs[static_cast<size_t>(index)];
}

QString FollowRunDock::summaryText() const { return summary_->text(); }
QString FollowRunDock::notesText() const { return notes_->text(); }

void FollowRunDock::setRun(const core::FollowedRun& run) {
  const int64_t previous = chosenEpoch();
  const bool wasNewest = run_.checkpointEpochs.empty() || previous == run_.checkpointEpochs.back();
  run_ = run;

  QStringList rows;
  for (const core::EpochRecord& e : run_.metrics) {
    QString row = tr("epoch %1: train loss %2").arg(e.epoch).arg(e.trainLoss, 0, 'g', 6);
    if (!std::isnan(e.valLoss)) row += tr(", val loss %1").arg(e.valLoss, 0, 'g', 6);
    rows << row;
  }
  summary_->setText(tr("%1\n%2 epoch(s) logged, %3 checkpoint(s)%4")
                        .arg(QString::fromStdString(run_.path))
                        .arg(run_.metrics.size())
                        .arg(run_.checkpointEpochs.size())
                        .arg(rows.isEmpty() ? QString() : QStringLiteral("\n") + rows.join('\n')));
  QStringList notes;
  if (run_.probePath.empty())
    notes << tr("No probe.safetensors yet: epochs cannot be shown on a batch.");
  for (const std::string& note : run_.notes) notes << QString::fromStdString(note);
  notes_->setText(notes.join('\n'));

  const int count = static_cast<int>(run_.checkpointEpochs.size());
  int index = count - 1;
  if (!wasNewest)
    for (int i = 0; i < count; ++i)
      if (run_.checkpointEpochs[static_cast<size_t>(i)] == previous) index = i;
  const QSignalBlocker block(slider_);
  slider_->setRange(0, std::max(0, count - 1));
  slider_->setEnabled(count > 0);
  slider_->setValue(std::max(0, index));
  const int64_t now = chosenEpoch();
  epochLabel_->setText(now > 0 ? tr("Showing epoch %1 (checkpoint on the probe batch)").arg(now)
                               : tr("No checkpoint yet."));
  if (now > 0 && now != previous) emit epochChosen(now);
}

}  // namespace lstmviz::ui
