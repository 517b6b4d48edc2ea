// ShownViewUpdates (issue 17): a new snapshot reaches the view in front at once and a hidden view
// only when it is shown or flushed — the newest snapshot, once; with the window off screen every
// view is up to date at once.
#include "ui/app/shown_view_updates.h"

#include <QTabWidget>
#include <QtTest>

#include "ui/model/explorer_snapshot.h"

using lstmviz::ui::ExplorerSnapshot;
using lstmviz::ui::ShownViewUpdates;

namespace {

std::shared_ptr<const ExplorerSnapshot> snapshotWithBatch(int64_t batch) {
  lstmviz::core::ExperimentConfig config;
  config.batch = batch;
  config.seqLen = 3;
  return lstmviz::ui::buildExplorerSnapshot(config);
}

struct Received {
  std::vector<int64_t> batches;  // the batch of every snapshot a view was given, in order
};

}  // namespace

class ShownViewUpdatesTest : public QObject {
  Q_OBJECT

 private slots:
  void theViewInFrontNowTheOthersWhenShown() {
    QTabWidget tabs;
    auto* front = new QWidget;
    auto* back = new QWidget;
    tabs.addTab(front, QStringLiteral("front"));
    tabs.addTab(back, QStringLiteral("back"));
    Received toFront, toBack;
    ShownViewUpdates updates;
    updates.add(front, [&](auto s) { toFront.batches.push_back(s->batch()); });
    updates.add(back, [&](auto s) { toBack.batches.push_back(s->batch()); });
    tabs.setAttribute(Qt::WA_DontShowOnScreen);
    tabs.show();
    QVERIFY(front->isVisible() && !back->isVisible());

    updates.publish(snapshotWithBatch(2));
    updates.publish(snapshotWithBatch(3));
    QCOMPARE(toFront.batches, (std::vector<int64_t>{2, 3}));
    QVERIFY(toBack.batches.empty());
    QVERIFY(updates.pending(back));

    tabs.setCurrentWidget(back);  // shown: the newest snapshot only, once
    QCOMPARE(toBack.batches, (std::vector<int64_t>{3}));
    QVERIFY(!updates.pending(back));
    tabs.setCurrentWidget(front);
    tabs.setCurrentWidget(back);
    QCOMPARE(toBack.batches, (std::vector<int64_t>{3}));

    updates.publish(snapshotWithBatch(4));  // back in front now, front hidden
    QCOMPARE(toBack.batches, (std::vector<int64_t>{3, 4}));
    updates.flush(front);
    QCOMPARE(toFront.batches, (std::vector<int64_t>{2, 3, 4}));
  }

  void aWindowOffScreenHasEveryViewUpToDate() {
    QTabWidget tabs;
    auto* front = new QWidget;
    auto* back = new QWidget;
    tabs.addTab(front, QStringLiteral("front"));
    tabs.addTab(back, QStringLiteral("back"));
    Received toBack;
    ShownViewUpdates updates;
    updates.add(back, [&](auto s) { toBack.batches.push_back(s->batch()); });
    updates.publish(snapshotWithBatch(5));
    QCOMPARE(toBack.batches, (std::vector<int64_t>{5}));
  }
};

QTEST_MAIN(ShownViewUpdatesTest)
#include "shown_view_updates_test.moc"
