// BackgroundJob, the one worker thread of the window's long computations, and ReplotQueue, the one
// redraw throttle of the GUI (the dashboard's three views, the Stepper's heat maps, every resized
// plot: DeferredReplotPlot), issue 17 and its code review.
#include "ui/common/background_job.h"

#include <QtTest>
#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "ui/common/deferred_replot_plot.h"
#include "ui/common/replot_queue.h"

using lstmviz::ui::BackgroundJob;
using lstmviz::ui::ReplotQueue;

class BackgroundJobTest : public QObject {
  Q_OBJECT
 private slots:
  // A work that runs until asked to stop ends when its owner goes: no thread outlives the job.
  void theDestructorStopsAndJoinsTheWork() {
    auto ended = std::make_shared<std::atomic<bool>>(false);
    {
      BackgroundJob job;
      job.start([ended](BackgroundJob::Control& control) {
        while (!control.stopRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        *ended = true;
      });
    }
    QVERIFY(*ended);
  }

  // The stop hook reaches what the work runs (a Trainer's requestStop), also when the stop came
  // before the hook was set; after the hook's guard goes, a stop no longer calls it.
  void aStopReachesTheHookWhileItIsSet() {
    BackgroundJob job;
    std::atomic<int> calls{0};
    std::atomic<bool> hooked{false}, release{false};
    job.start([&](BackgroundJob::Control& control) {
      {
        const auto hook = control.forwardStop([&] { ++calls; });
        hooked = true;
        while (!control.stopRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      }
      while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    while (!hooked) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    job.requestStop();
    QCOMPARE(calls.load(), 1);
    release = true;
    job.join();

    job.start([&](BackgroundJob::Control& control) {
      while (!control.stopRequested()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      const auto hook = control.forwardStop([&] { ++calls; });  // stopped already: called now
    });
    job.requestStop();
    job.join();
    QCOMPARE(calls.load(), 2);
  }

  // Each start runs with a fresh stop flag.
  void aNewWorkStartsUnstopped() {
    BackgroundJob job;
    job.start([](BackgroundJob::Control&) {});
    job.requestStop();
    std::atomic<bool> stoppedAtStart{true};
    job.start([&](BackgroundJob::Control& control) { stoppedAtStart = control.stopRequested(); });
    job.join();
    QVERIFY(!stoppedAtStart);
  }

  // One queue for all views: a plot queued twice is drawn once, in its first place, and the job
  // of a plot destroyed meanwhile is dropped.
  void theSharedThrottleDrawsEachPlotOnceAndDropsGonePlots() {
    ReplotQueue* queue = ReplotQueue::shared();
    QCOMPARE(ReplotQueue::shared(), queue);
    QObject first, second;
    auto gone = std::make_unique<QObject>();
    QStringList drawn;
    queue->add(&first, [&] { drawn << "first (old data)"; });
    queue->add(gone.get(), [&] { drawn << "gone"; });
    queue->add(&second, [&] { drawn << "second"; });
    queue->add(&first, [&] { drawn << "first"; });  // replaces the first job, keeps its place
    gone.reset();
    QTRY_VERIFY(queue->empty());
    QCOMPARE(drawn, (QStringList{"first", "second"}));
  }

  // flush(plot) runs that plot's job now and leaves the others queued.
  void flushingOnePlotRunsOnlyItsJob() {
    ReplotQueue* queue = ReplotQueue::shared();
    QObject first, second;
    QStringList drawn;
    queue->add(&first, [&] { drawn << "first"; });
    queue->add(&second, [&] { drawn << "second"; });
    queue->flush(&second);
    QCOMPARE(drawn, QStringList{"second"});
    queue->flush(&second);  // nothing queued for it any more
    QCOMPARE(drawn, QStringList{"second"});
    QVERIFY(!queue->empty());
    QTRY_VERIFY(queue->empty());
    QCOMPARE(drawn, (QStringList{"second", "first"}));
  }

  // A resized DeferredReplotPlot does not replot inside the layout pass that resized it (a
  // QCustomPlot does, at every resize): it replots once, later, however often it was resized.
  void aResizedPlotReplotsOnceInALaterPass() {
    lstmviz::ui::DeferredReplotPlot plot;
    plot.resize(300, 200);
    plot.show();
    QTRY_VERIFY(ReplotQueue::shared()->empty());
    int replots = 0;
    connect(&plot, &QCustomPlot::afterReplot, this, [&] { ++replots; });
    for (int width : {320, 340, 360}) plot.resize(width, 200);  // resize events sent at once
    QCOMPARE(replots, 0);
    QTRY_VERIFY(ReplotQueue::shared()->empty());
    QCOMPARE(replots, 1);
    QCOMPARE(plot.viewport().width(), 360);
    plot.resize(380, 200);
    plot.replotIfQueued();  // what a reader of the plot calls first
    QCOMPARE(replots, 2);
  }
};

QTEST_MAIN(BackgroundJobTest)
#include "background_job_test.moc"
