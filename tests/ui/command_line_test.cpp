// lstmviz as a command-line program (issue 17): the options that only print work with no display
// at all; --size is bounded by what Qt can render; --screenshot is written atomically, so a write
// that fails (a full disk, here a file-size limit) leaves the previous file intact and no
// truncated PNG.
#include <sys/resource.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

namespace {

struct Run {
  int exitCode = -1;
  QByteArray out, err;
};

// Runs lstmviz with `env`; `fileSizeLimit` > 0 caps every file the child writes (RLIMIT_FSIZE,
// SIGXFSZ ignored so that write() fails with EFBIG as on a full disk).
Run runGui(const QStringList& arguments, const QProcessEnvironment& env, rlim_t fileSizeLimit = 0) {
  QProcess process;
  process.setProcessEnvironment(env);
  if (fileSizeLimit > 0)
    process.setChildProcessModifier([fileSizeLimit] {
      const rlimit limit{fileSizeLimit, fileSizeLimit};
      ::setrlimit(RLIMIT_FSIZE, &limit);
      ::signal(SIGXFSZ, SIG_IGN);
    });
  process.start(LSTMVIZ_GUI_PATH, arguments);
  if (!process.waitForFinished(120000)) {
    process.kill();
    process.waitForFinished();
    return {};
  }
  return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
          process.readAllStandardOutput(), process.readAllStandardError()};
}

// The environment of a machine without any display: no X11, no Wayland, no platform override.
QProcessEnvironment withoutDisplay() {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(name);
  return env;
}

QProcessEnvironment offscreen() {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("QT_QPA_PLATFORM", "offscreen");
  return env;
}

}  // namespace

class CommandLineTest : public QObject {
  Q_OBJECT

 private slots:
  // Regression: `lstmviz --help` aborted with "could not connect to display".
  void helpAndVersionNeedNoDisplay() {
    Run run = runGui({"--help"}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("--screenshot"), run.out.constData());
    QVERIFY2(run.out.contains("16384x16384"), run.out.constData());
    run = runGui({"--version"}, withoutDisplay());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("lstmviz "), run.out.constData());
  }

  // Regression: --size 40000x40000 passed the check (up to 99999x99999) and crashed.
  void sizeBeyondWhatQtRendersIsRefused() {
    QTemporaryDir dir;
    const QString png = dir.filePath("big.png");
    const Run run = runGui({"--screenshot", png, "--size", "40000x40000"}, offscreen());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--size 40000x40000 is larger than 16384x16384"),
             run.err.constData());
    QVERIFY(!QFile::exists(png));
  }

  // Regression: on a full disk --screenshot left a truncated PNG.
  void failedScreenshotWriteKeepsThePreviousFile() {
    QTemporaryDir dir;
    const QString png = dir.filePath("shot.png");
    {
      QFile old(png);
      QVERIFY(old.open(QIODevice::WriteOnly));
      old.write("previous");
    }
    const Run run =
        runGui({"--screenshot", png, "--view", "shapes", "--size", "800x600"}, offscreen(), 4096);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("shot.png"), run.err.constData());
    QFile kept(png);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"shot.png"});
  }
};

QTEST_MAIN(CommandLineTest)
#include "command_line_test.moc"
