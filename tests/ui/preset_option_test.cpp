// lstmviz --preset NAME (what docs/screenshots/make_screenshots.sh uses for the presets' shots):
// it loads the architecture's preset as its "Load preset" button does, then --train-epochs trains
// that model; an unknown name is refused with the accepted ones and exit status 2.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "gui_process_support.h"

using lstmviz::test::GuiRun;
using lstmviz::test::runGui;

class PresetOptionTest : public QObject {
  Q_OBJECT
 private slots:
  void unknownPresetIsRefused() {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("x.png"));
    const GuiRun run = runGui({"--preset", "many_to_two", "--screenshot", png});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("many_to_one, one_to_many, many_to_many, seq2seq, autoencoder"),
             run.err.constData());
    QVERIFY(!QFile::exists(png));
  }

  void presetTrainsAndRendersItsOutput() {
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("autoencoder.png"));
    const GuiRun run = runGui({"--preset", "autoencoder", "--view", "training", "--train-epochs",
                               "1", "--size", "1000x700", "--screenshot", png});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1000, 700));
  }
};

QTEST_MAIN(PresetOptionTest)
#include "preset_option_test.moc"
