// The bad-input matrix of the window's file actions (Import weights, Import CSV, Open
// configuration — what the dialogs call): for each kind of bad file the action returns false with
// a one-paragraph message (naming the file when the file itself is unreadable), and the session —
// snapshot, weights, configuration panel — is exactly as before.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>
#include <limits>

#include "core/io/safetensors.h"
#include "ui/app/config_panel.h"
#include "ui/app/main_window.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::SafetensorsWriter;
using lstmviz::core::Tensor;
using lstmviz::ui::MainWindow;

namespace {

QByteArray fileBytes(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A valid nn.LSTM state_dict for input_size 1, hidden_size 3, with one value replaced.
QByteArray stateDict(const QString& scratchPath, float poison, bool integerWeights,
                     bool wrongShape) {
  SafetensorsWriter w;
  Tensor<float> hh({12, 3}, 0.1f);
  hh.data[4] = poison;
  if (integerWeights)
    w.add("weight_ih_l0", Tensor<int64_t>({12, 1}, 1));
  else
    w.add("weight_ih_l0", Tensor<float>({12, 1}, 0.2f));
  w.add("weight_hh_l0", wrongShape ? Tensor<float>({12, 4}, 0.1f) : hh);
  w.add("bias_ih_l0", Tensor<float>({12}, 0.0f));
  w.add("bias_hh_l0", Tensor<float>({12}, 0.0f));
  w.write(scratchPath.toStdString());
  return fileBytes(scratchPath);
}

QByteArray impossibleSafetensors() {
  const QByteArray header =
      R"({"weight_ih_l0":{"dtype":"F32","shape":[1099511627776,1099511627776],)"
      R"("data_offsets":[0,4]}})";
  QByteArray bytes(8, '\0');
  const uint64_t n = static_cast<uint64_t>(header.size());
  std::memcpy(bytes.data(), &n, 8);
  return bytes + header + QByteArray(4, '\0');
}

QByteArray csvRows(const QByteArray& lastRow) {
  QByteArray text = "a,b\n";
  for (int t = 0; t < 60; ++t)
    text += QByteArray::number(t % 7) + "," + QByteArray::number(t % 3) + "\n";
  return text + lastRow;
}

}  // namespace

class BadInputMatrixTest : public QObject {
  Q_OBJECT

 private slots:
  void actionsRefuseBadFilesAndKeepTheSession_data() {
    QTest::addColumn<QString>("action");    // weights, csv, config
    QTest::addColumn<QByteArray>("bytes");  // file content; empty + missing=true for no file
    QTest::addColumn<bool>("missing");
    QTest::addColumn<bool>("namesTheFile");
    QTest::addColumn<QString>("needle");  // a word the message must contain ("" for none)

    QTemporaryDir scratch;
    const QString tmp = scratch.filePath("w.safetensors");
    const QByteArray good = stateDict(tmp, 0.1f, false, false);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    const float inf = std::numeric_limits<float>::infinity();

    QTest::newRow("weights missing") << "weights" << QByteArray() << true << true << "";
    QTest::newRow("weights empty") << "weights" << QByteArray("") << false << true << "0 bytes";
    QTest::newRow("weights truncated")
        << "weights" << good.left(good.size() - 7) << false << true << "truncated";
    QTest::newRow("weights not safetensors")
        << "weights" << QByteArray("open,close\n1,2\n") << false << true << "";
    QTest::newRow("weights impossible size")
        << "weights" << impossibleSafetensors() << false << true << "overflows";
    QTest::newRow("weights wrong shape")
        << "weights" << stateDict(tmp, 0.1f, false, true) << false << true << "weight_hh_l0";
    QTest::newRow("weights NaN") << "weights" << stateDict(tmp, nan, false, false) << false << true
                                 << "NaN";
    QTest::newRow("weights Inf") << "weights" << stateDict(tmp, inf, false, false) << false << true
                                 << "Inf";

    QTest::newRow("csv missing") << "csv" << QByteArray() << true << true << "";
    QTest::newRow("csv empty") << "csv" << QByteArray("") << false << true << "no rows";
    QTest::newRow("csv truncated row") << "csv" << csvRows("3.") << false << true << "line 62";
    QTest::newRow("csv binary") << "csv" << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << false << true
                                << "";
    QTest::newRow("csv out of range") << "csv" << csvRows("1e999,2\n") << false << true << "finite";
    QTest::newRow("csv extra column") << "csv" << csvRows("1,2,3\n") << false << true << "line 62";
    QTest::newRow("csv non-numeric") << "csv" << csvRows("1,twelve\n") << false << true << "twelve";
    QTest::newRow("csv NaN") << "csv" << csvRows("nan,1\n") << false << true << "line 62";
    QTest::newRow("csv Inf") << "csv" << csvRows("inf,1\n") << false << true << "finite";

    QTest::newRow("config missing") << "config" << QByteArray() << true << true << "";
    QTest::newRow("config empty") << "config" << QByteArray("") << false << true << "line 1";
    QTest::newRow("config truncated")
        << "config" << QByteArray(R"({"lstm": {"hidden_size": 4)") << false << true << "line 1";
    QTest::newRow("config not JSON")
        << "config" << QByteArray("hidden_size = 4\n") << false << true << "column 1";
    QTest::newRow("config impossible size")
        << "config" << QByteArray(R"({"lstm": {"hidden_size": 100000000000000}})") << false << false
        << "parameters";
    QTest::newRow("config wrong type")
        << "config" << QByteArray(R"({"lstm": {"hidden_size": true}})") << false << true
        << "lstm.hidden_size";
    QTest::newRow("config non-numeric") << "config" << QByteArray(R"({"training": {"lr": "fast"}})")
                                        << false << true << "training.lr";
    QTest::newRow("config NaN") << "config" << QByteArray(R"({"training": {"lr": NaN}})") << false
                                << true << "line 1";
    QTest::newRow("config invalid LSTM")
        << "config" << QByteArray(R"({"lstm": {"hidden_size": 4, "proj_size": 4}})") << false
        << false << "proj_size has to be smaller than hidden_size";
  }

  void actionsRefuseBadFilesAndKeepTheSession() {
    QFETCH(QString, action);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, missing);
    QFETCH(bool, namesTheFile);
    QFETCH(QString, needle);

    MainWindow window;
    const auto before = window.snapshot();
    const auto configBefore = window.configPanel()->config();
    const std::vector<float> weightsBefore = before->lstm.parameters();

    QTemporaryDir dir;
    const QString name = action == "weights" ? "bad.safetensors"
                         : action == "csv"   ? "bad.csv"
                                             : "bad.json";
    const QString path = dir.filePath(name);
    if (!missing) {
      QFile f(path);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(bytes);
    }
    QString error;
    bool accepted = true;
    if (action == "weights") accepted = window.importWeights(path, &error);
    if (action == "csv") accepted = window.importCsv(path, &error);
    if (action == "config") accepted = window.openConfig(path, &error);

    QVERIFY2(!accepted, qPrintable("accepted; message: " + error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.size() < 400, qPrintable(error));
    if (namesTheFile) QVERIFY2(error.contains(name), qPrintable(error));
    if (!needle.isEmpty()) QVERIFY2(error.contains(needle), qPrintable(error));
    // Nothing changed: the same snapshot object, the same weights, the same panel.
    QCOMPARE(window.snapshot(), before);
    QVERIFY(window.snapshot()->lstm.parameters() == weightsBefore);
    QVERIFY(window.configPanel()->config() == configBefore);
    qInfo("%s: %s", QTest::currentDataTag(), qPrintable(error));
  }
};

QTEST_MAIN(BadInputMatrixTest)
#include "bad_input_matrix_test.moc"
