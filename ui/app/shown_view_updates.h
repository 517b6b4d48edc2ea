#pragma once
// ShownViewUpdates: hands each new explorer snapshot to the views a user can see now, and to every
// other view only when it is next shown (or asked for, through MainWindow::view). Drawing a large
// snapshot in six views at once took the GUI thread 50–100 ms and more when a configuration was
// opened (issue 17); now opening draws only the view in front. A view that is given a snapshot
// while hidden keeps the one it had until then: the newest pending snapshot replaces older ones,
// so a view is never handed a stale one.
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace lstmviz::ui {

struct ExplorerSnapshot;

class ShownViewUpdates : public QObject {
  Q_OBJECT

 public:
  using Sink = std::function<void(std::shared_ptr<const ExplorerSnapshot>)>;
  explicit ShownViewUpdates(QObject* parent = nullptr) : QObject(parent) {}

  // Registers view with the function that gives it a snapshot.
  void add(QWidget* view, Sink sink);
  // Gives snapshot to every visible view now and marks it pending for the others; while the
  // window is not shown at all, to every view now.
  void publish(const std::shared_ptr<const ExplorerSnapshot>& snapshot);
  // Gives view its pending snapshot now, if it has one (a caller about to read the view).
  void flush(const QWidget* view);
  bool pending(const QWidget* view) const;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  struct Entry {
    QPointer<QWidget> view;
    Sink sink;
    std::shared_ptr<const ExplorerSnapshot> pending;  // null: up to date
  };
  void deliver(Entry& entry);
  std::vector<Entry> entries_;
};

}  // namespace lstmviz::ui
