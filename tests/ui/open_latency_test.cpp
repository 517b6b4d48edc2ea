// Opening a large configuration, importing weights into a large forward pass and restoring a large
// session never block the window (issue 17, code review): the GUI thread only reads and checks
// (validation, sizes, the parameters' count) and the forward pass runs on the worker, once. The
// test measures the longest stretch the GUI thread is busy in one go — the action itself and
// every gap between the ticks of a 1 ms timer until the new snapshot arrives — and bounds it far
// below the forward pass's own time (seconds here); the views' drawing of the new snapshot (no
// forward pass: the Packing view's second run waits until it is shown) is bounded apart.
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>

#include "core/experiment/experiment_config.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/nn/lstm.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::ui::MainWindow;

namespace {

// Longest the GUI thread may be busy at once while the forward pass is computed: a few frames on
// this shared two-core machine, far below the forward passes here (seconds).
constexpr double kLongestBlockMs = 100.0;
// Longest the views may take to draw the new snapshot once it arrives (no forward pass in it).
constexpr double kLongestPublishMs = 1000.0;

// 3 bidirectional layers of 512 units on 64 × 40 steps: about 97 GFLOP, seconds to compute.
ExperimentConfig largeConfig() {
  ExperimentConfig big;
  big.lstm.inputSize = 512;
  big.lstm.hiddenSize = 512;
  big.lstm.numLayers = 3;
  big.lstm.bidirectional = true;
  big.batch = 64;
  big.seqLen = 40;
  return big;
}

struct Blocks {
  double computing = 0;   // the action, and every gap between ticks before the snapshot arrived
  double publishing = 0;  // the gap in which the new snapshot was published (the views drawn)
};

// Runs action on the GUI thread, then the event loop until `done`; measures the longest time the
// thread was busy at once (the action, or a gap between two ticks of a 1 ms timer).
Blocks longestBlocks(const std::function<void()>& action, const std::function<bool()>& done) {
  Blocks blocks;
  QElapsedTimer clock;
  clock.start();
  action();
  blocks.computing = clock.nsecsElapsed() / 1e6;
  qint64 last = clock.nsecsElapsed();
  bool finished = done();
  QTimer tick;
  tick.setInterval(1);
  QEventLoop loop;
  QObject::connect(&tick, &QTimer::timeout, [&] {
    const qint64 now = clock.nsecsElapsed();
    const double gap = (now - last) / 1e6;
    last = now;
    if (finished) return;
    finished = done();
    double& phase = finished ? blocks.publishing : blocks.computing;
    phase = std::max(phase, gap);
    if (finished) loop.quit();
  });
  tick.start();
  QTimer::singleShot(120000, &loop, &QEventLoop::quit);
  if (!finished) loop.exec();
  return blocks;
}

bool published(const MainWindow& window, int64_t hiddenSize) {
  return !window.computing() && window.snapshot()->config.lstm.hiddenSize == hiddenSize;
}

void expectResponsive(const Blocks& blocks, const char* what) {
  qInfo(
      "%s: the GUI thread was busy at most %.1f ms at once while computing, %.1f ms drawing the "
      "result",
      what, blocks.computing, blocks.publishing);
#ifdef LSTMVIZ_SANITIZED
  QSKIP("latency bounds are measured by the release build, not under sanitizers");
#endif
  QVERIFY2(
      blocks.computing < kLongestBlockMs,
      qPrintable(QStringLiteral("%1: %2 ms").arg(QString::fromUtf8(what)).arg(blocks.computing)));
  QVERIFY2(blocks.publishing < kLongestPublishMs, qPrintable(QStringLiteral("%1, drawing: %2 ms")
                                                                 .arg(QString::fromUtf8(what))
                                                                 .arg(blocks.publishing)));
}

}  // namespace

class OpenLatencyTest : public QObject {
  Q_OBJECT

 private slots:
  void openingALargeConfigurationKeepsTheWindowResponsive() {
    QTemporaryDir dir;
    const QString path = dir.filePath("large.json");
    lstmviz::core::saveExperiment(largeConfig(), path.toStdString());
    MainWindow window;
    QString error;
    bool opened = false;
    const Blocks longest = longestBlocks([&] { opened = window.openConfig(path, &error); },
                                         [&] { return published(window, 512); });
    QVERIFY2(opened, qPrintable(error));
    QVERIFY(window.snapshot()->config == largeConfig());
    expectResponsive(longest, "Open configuration");
  }

  void importingWeightsIntoALargeForwardPassKeepsTheWindowResponsive() {
    QTemporaryDir dir;
    // 2 layers of 256 units (1.3 M parameters, a 5 MB file) on 64 × 200 steps: about 27 GFLOP.
    lstmviz::core::LstmConfig l;
    l.inputSize = 1;
    l.hiddenSize = 256;
    l.numLayers = 2;
    l.batchFirst = true;
    lstmviz::core::Lstm<float> lstm(l);
    for (size_t i = 0; i < lstm.parameters().size(); ++i)
      lstm.parameters()[i] = 0.01f * static_cast<float>(i % 7) - 0.03f;
    lstmviz::core::SafetensorsWriter writer;
    lstmviz::core::saveLstmStateDict(lstm, writer);
    const QString path = dir.filePath("large.safetensors");
    writer.write(path.toStdString());

    MainWindow window;
    ExperimentConfig longBatch = window.config();
    longBatch.batch = 64;
    longBatch.seqLen = 200;
    QString error;
    QVERIFY2(window.applyConfig(longBatch, &error), qPrintable(error));
    window.waitForSnapshot();
    QVERIFY(lstmviz::ui::explorerForwardFlops([&] {
              ExperimentConfig c = longBatch;
              c.lstm = l;
              return c;
            }()) > 10 * MainWindow::kBackgroundFlops);
    bool imported = false;
    const Blocks longest = longestBlocks([&] { imported = window.importWeights(path, &error); },
                                         [&] { return published(window, 256); });
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(window.snapshot()->lstm.parameters() == lstm.parameters());
    QCOMPARE(window.snapshot()->config.seqLen, int64_t{200});
    expectResponsive(longest, "Import weights");
  }

  void restoringALargeSessionKeepsTheWindowResponsive() {
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    {
      QSettings settings(QStringLiteral("lstmviz"), QStringLiteral("lstmviz"));
      settings.setValue(QStringLiteral("session/config"),
                        QString::fromStdString(lstmviz::core::experimentToJson(largeConfig())));
    }
    MainWindow window(/*useSettings=*/true);
    const Blocks longest =
        longestBlocks([&] { window.restoreSession(); }, [&] { return published(window, 512); });
    QVERIFY(window.snapshot()->config == largeConfig());
    expectResponsive(longest, "Session restore");
  }
};

QTEST_MAIN(OpenLatencyTest)
#include "open_latency_test.moc"
