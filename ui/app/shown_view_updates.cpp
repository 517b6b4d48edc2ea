#include "ui/app/shown_view_updates.h"

#include <QEvent>
#include <QWidget>

namespace lstmviz::ui {

void ShownViewUpdates::add(QWidget* view, Sink sink) {
  view->installEventFilter(this);
  entries_.push_back({view, std::move(sink), nullptr});
}

void ShownViewUpdates::publish(const std::shared_ptr<const ExplorerSnapshot>& snapshot) {
  for (Entry& entry : entries_) {
    if (!entry.view) continue;
    entry.pending = snapshot;
    // A window not on screen (tests, a screenshot before it is shown) has every view up to date.
    if (entry.view->isVisible() || !entry.view->window()->isVisible()) deliver(entry);
  }
}

void ShownViewUpdates::flush(const QWidget* view) {
  for (Entry& entry : entries_)
    if (entry.view == view) deliver(entry);
}

bool ShownViewUpdates::pending(const QWidget* view) const {
  for (const Entry& entry : entries_)
    if (entry.view == view) return entry.pending != nullptr;
  return false;
}

void ShownViewUpdates::deliver(Entry& entry) {
  if (!entry.pending) return;
  // Cleared first: a sink that shows another view (or this one) must not deliver twice.
  std::shared_ptr<const ExplorerSnapshot> snapshot = std::move(entry.pending);
  entry.pending.reset();
  entry.sink(std::move(snapshot));
}

bool ShownViewUpdates::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::Show)
    for (Entry& entry : entries_)
      if (entry.view == watched) deliver(entry);
  return QObject::eventFilter(watched, event);
}

}  // namespace lstmviz::ui
