// Qt Test of Training ▸ Compare forecasters…: the menu opens the dialog; the comparison runs on a
// worker thread while the event loop keeps turning; its numbers are those `lstmviz-cli
// compare-forecasters --json` prints for the same settings; a dataset the comparison refuses
// gives a message, not a crash.
#include "ui/training/forecaster_comparison_dialog.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>
#include <cmath>

#include "core/train/forecaster_comparison.h"
#include "ui/app/main_window.h"
#include "ui/app/ui_language.h"

using lstmviz::ui::ForecasterComparisonDialog;
using lstmviz::ui::ForecasterComparisonSettings;

namespace {

ForecasterComparisonSettings smallSettings() {
  ForecasterComparisonSettings s;
  s.dataset = "sine";
  s.horizon = 3;
  s.window = 8;
  s.hiddenSize = 4;
  s.epochs = 2;
  s.seed = 3;
  return s;
}

// Runs the dialog's comparison and waits for it, counting event-loop turns meanwhile.
int runAndWait(ForecasterComparisonDialog& dialog) {
  QSignalSpy done(&dialog, &ForecasterComparisonDialog::comparisonFinished);
  dialog.findChild<QPushButton*>(QStringLiteral("runComparison"))->click();
  int turns = 0;
  QElapsedTimer clock;
  clock.start();
  while (done.isEmpty() && clock.elapsed() < 300000) {
    QTest::qWait(20);  // returns only if the GUI thread is free
    ++turns;
  }
  return done.isEmpty() ? -1 : turns;
}

}  // namespace

class ForecasterComparisonDialogTest : public QObject {
  Q_OBJECT
 private slots:
  void menuOpensTheDialog() {
    lstmviz::ui::MainWindow window;
    QAction* action = window.findChild<QAction*>(QStringLiteral("compareForecastersAction"));
    QVERIFY(action);
    action->trigger();
    auto* dialog = window.findChild<ForecasterComparisonDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->settings().dataset, std::string("sine"));  // the window's sine
    dialog->close();
  }

  void sameNumbersAsTheCli() {
    const ForecasterComparisonSettings s = smallSettings();
    ForecasterComparisonDialog dialog(lstmviz::core::ExperimentConfig{});
    dialog.setSettings(s);
    const int turns = runAndWait(dialog);
    QVERIFY2(turns >= 0, "the comparison did not finish");
    QVERIFY2(turns > 1, "the event loop was blocked while training");  // it ran on the worker
    QVERIFY2(dialog.comparison(), qPrintable(dialog.errorText()));
    const auto& gui = *dialog.comparison();
    QCOMPARE(gui.horizon, int64_t{3});
    QCOMPARE(gui.results.size(), size_t{5});
    QCOMPARE(dialog.table()->rowCount(), 5);
    QCOMPARE(dialog.table()->columnCount(), 2 + 3);
    dialog.resize(1200, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // For a visual check.
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("forecaster_comparison.png")));

    QProcess cli;
    QStringList args = lstmviz::ui::forecasterComparisonCommand(s).split(' ');
    args.removeFirst();  // "lstmviz-cli"
    args << QStringLiteral("--json");
    cli.start(QStringLiteral(LSTMVIZ_CLI_PATH), args);
    QVERIFY(cli.waitForFinished(300000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    const QJsonArray forecasters = json.value("forecasters").toArray();
    QCOMPARE(forecasters.size(), 5);
    for (int i = 0; i < forecasters.size(); ++i) {
      const QJsonObject f = forecasters[i].toObject();
      const auto& r = gui.results[i];
      QCOMPARE(f.value("name").toString().toStdString(), r.name);
      const double cliMean = f.value("mean_error").toDouble();
      // The same computation; the CLI's Eigen may split products between threads, the dialog's
      // worker runs on one, so float sums can differ in the last bits (seen: 2e-8 relative).
      QVERIFY2(std::abs(cliMean - r.meanError) <= 1e-6 * std::abs(cliMean),
               qPrintable(QString("%1: cli %2, gui %3")
                              .arg(QString::fromStdString(r.name))
                              .arg(cliMean, 0, 'g', 17)
                              .arg(r.meanError, 0, 'g', 17)));
      // The table shows these numbers.
      QCOMPARE(dialog.table()->item(i, 1)->text(), QString::number(r.meanError, 'f', 4));
      QCOMPARE(dialog.table()->item(i, 0)->data(Qt::UserRole).toString().toStdString(), r.name);
    }
  }

  void speaksTheInterfaceLanguage_data() {
    QTest::addColumn<QString>("code");
    QTest::newRow("ko") << "ko";
    QTest::newRow("ja") << "ja";
  }

  void speaksTheInterfaceLanguage() {
    QFETCH(QString, code);
    QVERIFY(lstmviz::ui::UiLanguage::install(code));
    {
      ForecasterComparisonDialog dialog(lstmviz::core::ExperimentConfig{});
      dialog.setSettings(smallSettings());
      QVERIFY(runAndWait(dialog) >= 0);
      QVERIFY(dialog.windowTitle() != QStringLiteral("Compare forecasters"));
      QVERIFY(dialog.table()->horizontalHeaderItem(0)->text() != QStringLiteral("forecaster"));
      dialog.resize(1200, 760);
      dialog.show();
      QVERIFY(QTest::qWaitForWindowExposed(&dialog));
      // For a visual check of the translated layout.
      dialog.grab().save(
          QDir::temp().filePath(QStringLiteral("forecaster_comparison_%1.png").arg(code)));
    }
    QVERIFY(lstmviz::ui::UiLanguage::install(QStringLiteral("en")));
  }

  void tooShortDataGivesAMessage() {
    ForecasterComparisonSettings s = smallSettings();
    s.dataset = "airline";
    s.window = 150;  // longer than the 144 months
    ForecasterComparisonDialog dialog(lstmviz::core::ExperimentConfig{});
    dialog.setSettings(s);
    QVERIFY(runAndWait(dialog) >= 0);
    QVERIFY(!dialog.comparison());
    QVERIFY(!dialog.errorText().isEmpty());
  }
};

QTEST_MAIN(ForecasterComparisonDialogTest)
#include "forecaster_comparison_dialog_test.moc"
