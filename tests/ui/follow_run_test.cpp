// Following a run written by a learner's own PyTorch loop: tests/python/watch_loop.py trains 4
// epochs with lstmviz.Watch; the window following the run directory (offscreen) lists every
// epoch, skips a half-written checkpoint with a note, and epoch 2 chosen with the slider shows
// torch's numbers with epoch 2's weights on the probe batch. Skipped only when /usr/bin/python3
// cannot import torch.
#include <qcustomplot.h>

#include <QFile>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstdlib>

#include "core/io/safetensors.h"
#include "ui/app/follow_run_dock.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/training/histograms_view.h"
#include "ui/training/training_plots.h"
#include "ui/training/training_view.h"

using lstmviz::core::SafetensorsFile;
using lstmviz::ui::MainWindow;

namespace {

double maxAbsDiff(const lstmviz::core::Tensor<float>& got,
                  const lstmviz::core::Tensor<float>& want) {
  if (got.shape != want.shape) return INFINITY;
  double diff = 0;
  for (size_t i = 0; i < want.data.size(); ++i)
    diff = std::max(diff, std::abs(double(got.data[i]) - want.data[i]));
  return diff;
}

}  // namespace

class FollowRunTest : public QObject {
  Q_OBJECT

 private slots:
  void followsEveryEpochAndShowsEpochTwoAsTorch() {
    if (std::system("/usr/bin/python3 -c 'import torch' > /dev/null 2>&1") != 0)
      QSKIP("/usr/bin/python3 cannot import torch");
    QTemporaryDir dir;
    const QString source = QStringLiteral(LSTMVIZ_FIXTURE_DIR "/../..");
    const QString command = QStringLiteral(
                                "OMP_NUM_THREADS=1 PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 "
                                "%1/tests/python/watch_loop.py %1/app/python %2 > %2/python.log "
                                "2>&1")
                                .arg(source, dir.path());
    QCOMPARE(std::system(command.toLocal8Bit().constData()), 0);

    MainWindow window;
    QString error;
    QVERIFY2(window.followRun(dir.filePath("run"), &error), qPrintable(error));
    auto* dock = window.followRunDock();
    QVERIFY(dock);
    QCOMPARE(dock->run().checkpointEpochs, (std::vector<int64_t>{1, 2, 3, 4}));
    QCOMPARE(dock->run().metrics.size(), size_t{4});
    QCOMPARE(dock->chosenEpoch(), int64_t{4});  // the newest is shown first
    for (int epoch = 1; epoch <= 4; ++epoch)
      QVERIFY(dock->summaryText().contains(QStringLiteral("epoch %1: train loss").arg(epoch)));
    // The Histograms view has one set per epoch (weights by gate), the Training view the curves.
    auto* histograms = qobject_cast<lstmviz::ui::HistogramsView*>(window.view("histograms"));
    QVERIFY(histograms);
    QCOMPARE(histograms->epochCount(), 4);
    auto* training = qobject_cast<lstmviz::ui::TrainingView*>(window.view("training"));
    QVERIFY(training);
    QCOMPARE(training->plots()->comparisonValLossGraph()->dataCount(), 4);
    QVERIFY(training->plots()->comparisonValLossGraph()->name().startsWith("followed run run"));

    // A half-written epoch 5 (cut short): skipped with a note, the four others stay.
    QFile full(dir.filePath("run/checkpoints/epoch_0004.safetensors"));
    QVERIFY(full.open(QIODevice::ReadOnly));
    const QByteArray bytes = full.readAll();
    QFile cut(dir.filePath("run/checkpoints/epoch_0005.safetensors"));
    QVERIFY(cut.open(QIODevice::WriteOnly));
    cut.write(bytes.left(bytes.size() / 2));
    cut.close();
    window.refreshFollowedRun();
    QCOMPARE(dock->run().checkpointEpochs, (std::vector<int64_t>{1, 2, 3, 4}));
    QVERIFY(dock->notesText().contains("epoch_0005.safetensors skipped"));

    // Epoch 2 with the slider: every view's snapshot is epoch 2's weights on the probe batch.
    auto* slider = dock->findChild<QSlider*>();
    QVERIFY(slider);
    slider->setValue(1);
    QCOMPARE(dock->chosenEpoch(), int64_t{2});
    window.waitForSnapshot();
    const SafetensorsFile want =
        SafetensorsFile::read(dir.filePath("expected.safetensors").toStdString());
    const auto snapshot = window.snapshot();
    QVERIFY(maxAbsDiff(snapshot->result.output, want.getFloat("epoch2.output")) <= 2e-6);
    QVERIFY(maxAbsDiff(snapshot->result.hN, want.getFloat("epoch2.h_n")) <= 2e-6);
    QVERIFY(maxAbsDiff(snapshot->result.cN, want.getFloat("epoch2.c_n")) <= 2e-6);
  }

  void notADirectoryIsRefused() {
    MainWindow window;
    QString error;
    QVERIFY(!window.followRun(QStringLiteral("/nonexistent/run"), &error));
    QVERIFY(error.contains("/nonexistent/run: not a directory"));
  }
};

QTEST_MAIN(FollowRunTest)
#include "follow_run_test.moc"
