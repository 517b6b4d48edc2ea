// Dragging an input value on the What-if panel's plot keeps the window responsive (issue 16, "Done
// when": drag a value for a few seconds, event-loop p99 under 16 ms) at the issue's size, H = 64,
// L = 100, N = 8: real mouse events at ~60 Hz for 3 s while a 1 ms timer
// measures the gaps between its ticks — each gap is the time the GUI thread was busy in one go
// (an edited forward pass, the panel's and the visible view's redraw). Every move only asks for a
// recompute; the window coalesces them (one pending at most) and hands the result to one view
// per event-loop pass, the hidden views when the drag settles — it fails if every view redrew per
// move (the hidden Stepper alone takes ~17 ms) or if moves queued a backlog. At the end
// the edit has landed: config.whatIf holds the x edit with the dragged value and the views draw
// the edited run.
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <vector>

#include "core/nn/lstm_edits.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/whatif/input_drag_plot.h"
#include "ui/whatif/whatif_panel.h"

using lstmviz::ui::MainWindow;

namespace {

constexpr double kP99LimitMs = 16.0;
constexpr int kDragMs = 3000;
constexpr int kMoveIntervalMs = 16;  // ~60 Hz, a mouse's rate
constexpr int kDraggedStep = 50;

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  const size_t index = std::min(values.size() - 1, static_cast<size_t>(p * values.size()));
  return values[index];
}

}  // namespace

class WhatIfDragTest : public QObject {
  Q_OBJECT

 private slots:
  // The view shown while dragging. Shapes is the window's first view; the Stepper (~13 ms per
  // redraw of its heat maps at this size) and Outputs compared (its element tables, ~1 s per
  // update at N·L·H = 51 200) do not fit a frame yet: add their rows when they do.
  void draggingAnInputValueKeepsTheEventLoopWithinAFrame_data() {
    QTest::addColumn<QString>("view");
    QTest::newRow("shapes") << QStringLiteral("shapes");
  }

  void draggingAnInputValueKeepsTheEventLoopWithinAFrame() {
    QFETCH(QString, view);
    MainWindow window;
    lstmviz::core::ExperimentConfig config = window.config();
    config.lstm.hiddenSize = 64;
    config.seqLen = 100;
    config.batch = 8;
    QString error;
    QVERIFY2(window.applyConfig(config, &error), qPrintable(error));
    window.waitForSnapshot();
    QVERIFY(window.showView(view));
    window.resize(1400, 900);
    window.whatIfDock()->show();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* plot = window.whatIfPanel()->inputPlot();
    plot->replot();
    QTest::qWait(300);  // the window's first paint (fonts, caches) is not part of the drag

    const QPoint start = plot->pointPosition(kDraggedStep);
    QVERIFY(plot->rect().contains(start));
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, start);
    QVERIFY(plot->dragging());
    QTest::mouseMove(plot, start + QPoint(0, 1));  // the first edited run drawn once, unmeasured
    QTest::qWait(300);

    std::vector<double> gaps;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setInterval(1);
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
      const qint64 now = clock.nsecsElapsed();
      gaps.push_back((now - last) / 1e6);
      last = now;
    });
    int moves = 0;
    QPoint position = start;
    QTimer mover;
    mover.setInterval(kMoveIntervalMs);
    mover.setTimerType(Qt::PreciseTimer);
    QObject::connect(&mover, &QTimer::timeout, [&] {
      // Up and down by up to 40 pixels, a new value at every move.
      ++moves;
      position = start + QPoint(0, qRound(40.0 * std::sin(moves * 0.15)));
      QTest::mouseMove(plot, position);
    });
    QEventLoop loop;
    QTimer::singleShot(kDragMs, &loop, &QEventLoop::quit);
    tick.start();
    mover.start();
    loop.exec();
    mover.stop();
    tick.stop();
    // The value under the pointer, read before the release: once the drag ends the next snapshot
    // refits the value axis, and when it arrives after the release (a slow, instrumented build)
    // the same pixel reads another value.
    const double dragged = plot->yAxis->pixelToCoord(position.y());
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, position);
    QTest::qWait(20);
    window.waitForSnapshot();

    const double p99 = percentile(gaps, 0.99);
    const double longest = gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end());
    qInfo("%d moves, %zu ticks: event-loop gap p50 %.2f ms, p99 %.2f ms, longest %.2f ms", moves,
          gaps.size(), percentile(gaps, 0.5), p99, longest);
#ifndef LSTMVIZ_SANITIZED  // instrumented, the window cannot keep up with 60 moves a second
    QVERIFY(moves > kDragMs / kMoveIntervalMs / 2);
#endif

    // The edit landed: one x edit (not one per move) with the last dragged value.
    const auto snapshot = window.snapshot();
    QVERIFY(snapshot->edited());
    QCOMPARE(snapshot->config.whatIf.size(), size_t{1});
    const lstmviz::core::ValueEdit edit =
        lstmviz::core::parseValueEdit(snapshot->config.whatIf.front());
    QCOMPARE(edit.target, lstmviz::core::EditTarget::kInput);
    QCOMPARE(edit.index, (std::vector<int64_t>{0, kDraggedStep, 0}));  // batch_first (N, L, F)
    QVERIFY2(std::abs(edit.value - dragged) < 1e-3,
             qPrintable(QStringLiteral("%1 vs %2").arg(edit.value).arg(dragged)));
    QCOMPARE(double(snapshot->layout().at(snapshot->input, 0, kDraggedStep, 0)),
             double(static_cast<float>(edit.value)));
    QVERIFY(snapshot->result.output.data != snapshot->unedited().result.output.data);
#ifdef LSTMVIZ_SANITIZED
    QSKIP("latency bounds are measured by the release build, not under sanitizers");
#endif
    QVERIFY2(p99 < kP99LimitMs, qPrintable(QStringLiteral("p99 %1 ms").arg(p99)));
  }
};

QTEST_MAIN(WhatIfDragTest)
#include "whatif_drag_test.moc"
