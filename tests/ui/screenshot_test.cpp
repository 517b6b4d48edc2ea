// `lstmviz --screenshot FILE.png --view NAME` renders every view into a PNG of the requested size
// and exits 0; an unknown view or a bad file exits 2 with a message on stderr.
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "gui_process_support.h"

using lstmviz::test::GuiRun;
using lstmviz::test::runGui;

class ScreenshotTest : public QObject {
  Q_OBJECT

 private slots:
  void everyViewRendersAtTheRequestedSize_data() {
    QTest::addColumn<QString>("view");
    for (const char* name : {"shapes", "stepper", "outputs", "architectures", "packing", "memory",
                             "training", "histograms", "gradients"})
      QTest::newRow(name) << QString::fromLatin1(name);
  }

  void everyViewRendersAtTheRequestedSize() {
    QFETCH(QString, view);
    QTemporaryDir dir;
    const QString png = dir.filePath(view + ".png");
    const GuiRun run = runGui({"--screenshot", png, "--view", view, "--size", "1000x700"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1000, 700));
    // Not a blank image: more than one colour.
    const QRgb first = image.pixel(0, 0);
    bool varied = false;
    for (int y = 0; y < image.height() && !varied; y += 7)
      for (int x = 0; x < image.width() && !varied; x += 7) varied = image.pixel(x, y) != first;
    QVERIFY(varied);
  }

  void configAndWeightsAreApplied() {
    QTemporaryDir dir;
    const QString png = dir.filePath("w.png");
    const GuiRun run = runGui({"--screenshot", png, "--view", "outputs", "--weights",
                               LSTMVIZ_FIXTURE_DIR "/io/lstm_state_dict.safetensors"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(QImage(png).size(), QSize(1400, 900));
  }

  void unknownViewAndBadFilesExitWithTwo() {
    QTemporaryDir dir;
    const QString png = dir.filePath("x.png");
    GuiRun run = runGui({"--screenshot", png, "--view", "nonsense"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("nonsense"));
    run = runGui({"--screenshot", png, "--view", "shapes", "--config", dir.filePath("none.json")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    run = runGui({"--screenshot", png, "--weights", dir.filePath("none.safetensors")});
    QCOMPARE(run.exitCode, 2);
    run = runGui({"--screenshot", png, "--size", "big"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(png));
  }
};

QTEST_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
