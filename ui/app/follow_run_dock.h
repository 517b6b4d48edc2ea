#pragma once
// FollowRunDock: the followed training run (core::FollowedRun) as a dock — the epochs logged so
// far with their losses, an epoch slider over the epochs that have a checkpoint, and the notes
// on skipped files. Choosing an epoch emits epochChosen; the main window then shows that
// checkpoint on the run's probe batch in every explorer view.
#include <QDockWidget>
#include <vector>

#include "core/train/followed_run.h"

class QLabel;
class QSlider;

namespace lstmviz::ui {

class FollowRunDock : public QDockWidget {
  Q_OBJECT

 public:
  explicit FollowRunDock(QWidget* parent = nullptr);

  // Shows `run`; the slider keeps its epoch while that epoch still has a checkpoint, and moves
  // to the newest one when it was on the newest before (following the run as it grows).
  void setRun(const core::FollowedRun& run);
  const core::FollowedRun& run() const { return run_; }
  // The epoch the slider is on, or 0 when there is no checkpoint yet.
  int64_t chosenEpoch() const;
  QString summaryText() const;
  QString notesText() const;

 signals:
  void epochChosen(qint64 epoch);

 private:
  core::FollowedRun run_;
  QLabel* summary_;
  QLabel* epochLabel_;
  QSlider* slider_;
  QLabel* notes_;
};

}  // namespace lstmviz::ui
