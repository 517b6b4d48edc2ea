// The main window as a learner drives it: the configuration panel's widgets change every shape in
// the shapes view to what torch gives, invalid combinations are explained in torch's words while
// the last valid snapshot stays, and malformed files leave the session unchanged.
#include "ui/app/main_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <map>

#include "core/io/safetensors.h"
#include "ui/app/config_panel.h"
#include "ui/explorer/shapes_view.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/training/hyper_parameter_form.h"
#include "ui/training/training_view.h"

using lstmviz::core::Shape;
using lstmviz::ui::ConfigPanel;
using lstmviz::ui::MainWindow;
using lstmviz::ui::ShapesView;

namespace {

// torch.nn.LSTM's documented shapes, written out independently of the program's shape table.
struct TorchShapes {
  int64_t n, l, hIn, h, layers, d, p;
  bool batchFirst, unbatched, bias;
  int64_t hOut() const { return p > 0 ? p : h; }
  Shape sequence(int64_t width) const {
    if (unbatched) return {l, width};
    return batchFirst ? Shape{n, l, width} : Shape{l, n, width};
  }
  Shape state(int64_t width) const {
    return unbatched ? Shape{d * layers, width} : Shape{d * layers, n, width};
  }
  // Every tensor name → shape, parameters included.
  std::map<QString, Shape> all() const {
    std::map<QString, Shape> shapes{{"input", sequence(hIn)}, {"h_0", state(hOut())},
                                    {"c_0", state(h)},        {"output", sequence(d * hOut())},
                                    {"h_n", state(hOut())},   {"c_n", state(h)}};
    for (int64_t k = 0; k < layers; ++k)
      for (int64_t dir = 0; dir < d; ++dir) {
        const QString suffix = QStringLiteral("_l%1%2").arg(k).arg(dir ? "_reverse" : "");
        shapes["weight_ih" + suffix] = {4 * h, k == 0 ? hIn : d * hOut()};
        shapes["weight_hh" + suffix] = {4 * h, hOut()};
        if (bias) {
          shapes["bias_ih" + suffix] = {4 * h};
          shapes["bias_hh" + suffix] = {4 * h};
        }
        if (p > 0) shapes["weight_hr" + suffix] = {p, h};
      }
    return shapes;
  }
};

TorchShapes torchShapesOf(const ConfigPanel& panel) {
  const auto c = panel.config();
  return {c.batch,           c.seqLen,          c.lstm.inputSize,
          c.lstm.hiddenSize, c.lstm.numLayers,  c.lstm.numDirections(),
          c.lstm.projSize,   c.lstm.batchFirst, c.unbatched,
          c.lstm.bias};
}

QString shapeString(const Shape& shape) {
  QStringList parts;
  for (int64_t v : shape) parts << QString::number(v);
  return "(" + parts.join(", ") + ")";
}

void writeFile(const QString& path, const QByteArray& bytes) {
  QFile file(path);
  QVERIFY(file.open(QIODevice::WriteOnly));
  file.write(bytes);
}

}  // namespace

class MainWindowTest : public QObject {
  Q_OBJECT

 private:
  // Every tensor of the shapes view has torch's shape for the panel's current configuration,
  // and the view lists exactly torch's tensors.
  void expectTorchShapes(MainWindow& window) {
    auto* shapes = qobject_cast<ShapesView*>(window.view("shapes"));
    QVERIFY(shapes);
    const auto expected = torchShapesOf(*window.configPanel()).all();
    QStringList expectedNames;
    for (const auto& [name, shape] : expected) {
      expectedNames << name;
      QCOMPARE(shapeString(shapes->shapeOf(name)), shapeString(shape));
    }
    QStringList shown = shapes->tensorNames();
    shown.sort();
    expectedNames.sort();
    QCOMPARE(shown, expectedNames);
  }

 private slots:
  void opensOnTheBuiltInExampleWithEveryView() {
    MainWindow window;
    QVERIFY(window.snapshot());
    QCOMPARE(window.snapshot()->config.lstm.hiddenSize, int64_t{12});
    QCOMPARE(window.viewNames(),
             QStringList({"shapes", "stepper", "outputs", "architectures", "packing", "memory",
                          "training", "histograms", "gradients"}));
    for (const QString& name : window.viewNames()) {
      QVERIFY(window.showView(name));
      QCOMPARE(window.currentViewName(), name);
    }
    QVERIFY(!window.showView("nonsense"));
    expectTorchShapes(window);
  }

  void batchFirstToggleMovesOnlyInputAndOutputAxes() {
    MainWindow window;
    ConfigPanel* panel = window.configPanel();
    panel->batchFirstBox()->setChecked(false);
    expectTorchShapes(window);
    auto* shapes = qobject_cast<ShapesView*>(window.view("shapes"));
    QCOMPARE(shapes->shapeOf("output"), (Shape{20, 8, 12}));
    QCOMPARE(shapes->currentLayout(), ShapesView::Layout::kSeqFirst);
    panel->batchFirstBox()->setChecked(true);
    expectTorchShapes(window);
    QCOMPARE(shapes->shapeOf("output"), (Shape{8, 20, 12}));
    QCOMPARE(shapes->shapeOf("h_n"), (Shape{1, 8, 12}));
    QCOMPARE(shapes->axesOf("output"), QStringLiteral("N × L × H_out"));
    // The side-by-side columns always show all three layouts.
    QCOMPARE(shapes->shapeOf("input", ShapesView::Layout::kSeqFirst), (Shape{20, 8, 1}));
    QCOMPARE(shapes->shapeOf("input", ShapesView::Layout::kUnbatched), (Shape{20, 1}));
  }

  void bidirectionalLayersAndProjectionGiveTorchShapes() {
    MainWindow window;
    ConfigPanel* panel = window.configPanel();
    panel->inputSizeBox()->setValue(3);
    panel->bidirectionalBox()->setChecked(true);
    expectTorchShapes(window);
    panel->numLayersBox()->setValue(3);
    expectTorchShapes(window);
    panel->projSizeBox()->setValue(4);
    expectTorchShapes(window);
    auto* shapes = qobject_cast<ShapesView*>(window.view("shapes"));
    QCOMPARE(shapes->shapeOf("output"), (Shape{8, 20, 8}));  // D·P
    QCOMPARE(shapes->shapeOf("h_n"), (Shape{6, 8, 4}));      // D·layers, N, P
    QCOMPARE(shapes->shapeOf("c_n"), (Shape{6, 8, 12}));     // cell keeps H
    QCOMPARE(shapes->shapeOf("weight_ih_l1_reverse"), (Shape{48, 8}));
    QCOMPARE(shapes->shapeOf("weight_hr_l2_reverse"), (Shape{4, 12}));
    panel->batchFirstBox()->setChecked(false);
    expectTorchShapes(window);
    panel->biasBox()->setChecked(false);
    expectTorchShapes(window);
    panel->unbatchedBox()->setChecked(true);
    expectTorchShapes(window);
    QCOMPARE(shapes->shapeOf("h_n"), (Shape{6, 4}));
    QVERIFY(panel->errorText().isEmpty());
  }

  void invalidConfigShowsTorchMessageAndKeepsSnapshot() {
    MainWindow window;
    ConfigPanel* panel = window.configPanel();
    const auto before = window.snapshot();
    auto* shapes = qobject_cast<ShapesView*>(window.view("shapes"));
    panel->projSizeBox()->setValue(12);  // == hidden_size
    QVERIFY(panel->errorText().contains("proj_size has to be smaller than hidden_size"));
    QCOMPARE(window.snapshot(), before);
    QCOMPARE(shapes->shapeOf("h_n"), (Shape{1, 8, 12}));
    QCOMPARE(panel->projSizeBox()->value(), 12);  // not clamped
    panel->projSizeBox()->setValue(5);
    QVERIFY(panel->errorText().isEmpty());
    QVERIFY(window.snapshot() != before);
    QCOMPARE(shapes->shapeOf("h_n"), (Shape{1, 8, 5}));

    panel->hiddenSizeBox()->setValue(0);
    QVERIFY(panel->errorText().contains("hidden_size must be greater than zero"));
    panel->hiddenSizeBox()->setValue(12);
    panel->dropoutBox()->setValue(0.5);  // a warning only, as in torch
    QVERIFY(panel->errorText().isEmpty());
    panel->seqLenBox()->setValue(0);
    QVERIFY(!panel->errorText().isEmpty());
    QCOMPARE(window.snapshot()->config.seqLen, int64_t{20});
  }

  void malformedSafetensorsLeavesSessionUnchanged() {
    MainWindow window;
    const auto before = window.snapshot();
    QTemporaryDir dir;
    const QString path = dir.filePath("broken.safetensors");
    writeFile(path, QByteArray("\x10\x00\x00\x00\x00\x00\x00\x00{\"a\":", 13));
    QString error;
    QVERIFY(!window.importWeights(path, &error));
    QVERIFY(error.contains("broken.safetensors"));
    QCOMPARE(window.snapshot(), before);
    QVERIFY(!window.importWeights(dir.filePath("missing.safetensors"), &error));
    QCOMPARE(window.snapshot(), before);
    QCOMPARE(window.configPanel()->config().lstm.hiddenSize, int64_t{12});
  }

  void importedWeightsReplaceTheLstm() {
    MainWindow window;
    const QString path = LSTMVIZ_FIXTURE_DIR "/io/lstm_state_dict.safetensors";
    QString error;
    QVERIFY2(window.importWeights(path, &error), qPrintable(error));
    const auto& l = window.snapshot()->config.lstm;
    QCOMPARE(l.inputSize, int64_t{3});
    QCOMPARE(l.hiddenSize, int64_t{5});
    QCOMPARE(l.numLayers, int64_t{2});
    QVERIFY(l.bidirectional);
    QCOMPARE(l.projSize, int64_t{2});
    const auto file = lstmviz::core::SafetensorsFile::read(path.toStdString());
    const auto expected = file.getDouble("expected.flat");
    const std::vector<float> params = window.snapshot()->lstm.parameters();
    QCOMPARE(params.size(), expected.data.size());
    for (size_t i = 0; i < params.size(); ++i)
      QCOMPARE(params[i], static_cast<float>(expected.data[i]));
    QCOMPARE(window.configPanel()->hiddenSizeBox()->value(), 5);
    // The weights stay while batch_first (not stored in a state_dict) changes.
    window.configPanel()->batchFirstBox()->setChecked(false);
    QVERIFY(window.snapshot()->lstm.parameters() == params);
  }

  void malformedCsvNamesLineAndColumnAndLeavesSessionUnchanged() {
    MainWindow window;
    const auto before = window.snapshot();
    QTemporaryDir dir;
    const QString path = dir.filePath("prices.csv");
    writeFile(path, "open,close\n1.0,2.0\n3.0,abc\n");
    QString error;
    QVERIFY(!window.importCsv(path, &error));
    QVERIFY2(error.contains("line 3") && error.contains("column 2"), qPrintable(error));
    QCOMPARE(window.snapshot(), before);
    QCOMPARE(window.snapshot()->config.dataset, std::string("sine"));
  }

  void csvBecomesTheExampleInputWhenShapesAllow() {
    MainWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath("series.csv");
    QByteArray text = "value\n";
    for (int t = 0; t < 100; ++t) text += QByteArray::number(t % 7) + "\n";
    writeFile(path, text);
    QString error;
    QVERIFY2(window.importCsv(path, &error), qPrintable(error));
    const auto& s = *window.snapshot();
    QCOMPARE(s.config.dataset, std::string("csv"));
    // Sample 0 is rows 0..L-1 standardised: steps with equal raw values have equal inputs.
    QCOMPARE(s.input.at({0, 0, 0}), s.input.at({0, 7, 0}));
    QVERIFY(s.input.at({0, 0, 0}) != s.input.at({0, 1, 0}));
  }

  // A CSV of several columns, named in Korean: input_size follows the columns and the snapshot
  // carries their names for the input box and the stepper.
  void csvColumnsBecomeTheInputFeaturesWithTheirNames() {
    MainWindow window;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("주가.csv"));
    QByteArray text = QStringLiteral("시가,거래량,종가\n").toUtf8();
    for (int t = 0; t < 60; ++t)
      text += QByteArray::number(100 + t % 5) + "," + QByteArray::number(1000 + 7 * t) + "," +
              QByteArray::number(101 + t % 3) + "\n";
    writeFile(path, text);
    QString error;
    QVERIFY2(window.importCsv(path, &error), qPrintable(error));
    const auto& s = *window.snapshot();
    QCOMPARE(s.config.lstm.inputSize, int64_t{3});
    QCOMPARE(s.featureNames, (std::vector<std::string>{"시가", "거래량", "종가"}));
    QCOMPARE(s.input.size(-1), int64_t{3});
  }

  void configRoundTripsAndBadConfigIsRefused() {
    MainWindow window;
    window.configPanel()->hiddenSizeBox()->setValue(7);
    window.configPanel()->bidirectionalBox()->setChecked(true);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(window.saveConfig(dir.filePath("c.json"), &error), qPrintable(error));
    MainWindow other;
    QVERIFY2(other.openConfig(dir.filePath("c.json"), &error), qPrintable(error));
    QCOMPARE(other.snapshot()->config.lstm, window.snapshot()->config.lstm);
    QCOMPARE(other.configPanel()->hiddenSizeBox()->value(), 7);

    const auto before = other.snapshot();
    writeFile(dir.filePath("bad.json"), "{\"lstm\": {\"hidden_size\": \"big\"}}");
    QVERIFY(!other.openConfig(dir.filePath("bad.json"), &error));
    QVERIFY(!error.isEmpty());
    writeFile(dir.filePath("proj.json"), "{\"lstm\": {\"hidden_size\": 4, \"proj_size\": 4}}");
    QVERIFY(!other.openConfig(dir.filePath("proj.json"), &error));
    QCOMPARE(other.snapshot(), before);
    QCOMPARE(other.configPanel()->hiddenSizeBox()->value(), 7);
  }

  // A configuration the panel allows but whose forward pass takes seconds (3 bidirectional
  // layers of 512 units, 64 × 200 steps: about 480 GFLOP; 40 steps here) is computed on a
  // worker: applyConfig returns at once, the event loop keeps turning, the views keep the old
  // snapshot, then the new one arrives. A change made meanwhile supersedes it.
  void largeConfigurationsAreComputedWithoutFreezingTheWindow() {
    MainWindow window;
    const auto before = window.snapshot();
    lstmviz::core::ExperimentConfig big = window.config();
    big.lstm.inputSize = 512;
    big.lstm.hiddenSize = 512;
    big.lstm.numLayers = 3;
    big.lstm.bidirectional = true;
    big.batch = 64;
    big.seqLen = 40;  // ≈ 97 GFLOP: a second or more here
    QVERIFY(lstmviz::ui::explorerForwardFlops(big) > 40 * MainWindow::kBackgroundFlops);
    QElapsedTimer clock;
    clock.start();
    QString error;
    QVERIFY2(window.applyConfig(big, &error), qPrintable(error));
    QVERIFY2(clock.elapsed() < 200, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(window.computing());
    QCOMPARE(window.snapshot(), before);  // the views keep the previous configuration
    // The event loop turns while the worker computes: a 10 ms timer fires on time, many times.
    int ticks = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ++ticks; });
    tick.start(10);
    QTest::qWait(300);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    // Superseded by a small change: the big result is dropped, the small one published.
    lstmviz::core::ExperimentConfig smaller = big;
    smaller.lstm.numLayers = 1;
    smaller.lstm.bidirectional = false;
    smaller.lstm.hiddenSize = 16;
    smaller.lstm.inputSize = 2;
    smaller.seqLen = 30;
    QVERIFY2(window.applyConfig(smaller, &error), qPrintable(error));
    QCOMPARE(window.snapshot()->config.lstm.hiddenSize, int64_t{16});
    window.waitForSnapshot();
    QVERIFY(!window.computing());
    QCOMPARE(window.snapshot()->config.lstm.hiddenSize, int64_t{16});  // not overwritten
    // Asked for alone, the big one arrives.
    big.seqLen = 20;  // shorter, to keep the test quick (still computed in the background)
    QVERIFY(lstmviz::ui::explorerForwardFlops(big) > MainWindow::kBackgroundFlops);
    QVERIFY2(window.applyConfig(big, &error), qPrintable(error));
    QVERIFY(window.computing());
    window.waitForSnapshot();
    QCOMPARE(window.snapshot()->config.lstm.hiddenSize, int64_t{512});
    QCOMPARE(window.snapshot()->config.seqLen, int64_t{20});
    QCOMPARE(window.snapshot()->trace.steps, int64_t{20});
  }

  void sessionIsSavedOnCloseAndRestored() {
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    {
      MainWindow window(/*useSettings=*/true);
      window.configPanel()->hiddenSizeBox()->setValue(9);
      window.configPanel()->bidirectionalBox()->setChecked(true);
      QVERIFY(window.showView("packing"));
      auto* training = qobject_cast<lstmviz::ui::TrainingView*>(window.view("training"));
      QVERIFY(training);
      training->form()->setRunsFolder(settingsDir.filePath("runs"));
      window.close();
    }
    {
      MainWindow restored(true);
      restored.restoreSession();
      QCOMPARE(restored.snapshot()->config.lstm.hiddenSize, int64_t{9});
      QVERIFY(restored.snapshot()->config.lstm.bidirectional);
      QCOMPARE(restored.configPanel()->hiddenSizeBox()->value(), 9);
      QCOMPARE(restored.currentViewName(), QStringLiteral("packing"));
      auto* training = qobject_cast<lstmviz::ui::TrainingView*>(restored.view("training"));
      QVERIFY(training);
      QCOMPARE(training->form()->runsFolder(), settingsDir.filePath("runs"));
    }
    {
      MainWindow untouched(/*useSettings=*/false);  // --config / --screenshot runs
      untouched.restoreSession();
      QCOMPARE(untouched.snapshot()->config.lstm.hiddenSize, int64_t{12});
    }
  }

  void traceExportsOneRowPerStepAndUnit() {
    MainWindow window;
    QTemporaryDir dir;
    QString error;
    QVERIFY2(window.exportTraceCsv(dir.filePath("trace.csv"), &error), qPrintable(error));
    QFile file(dir.filePath("trace.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines[0], QByteArray("layer,direction,sample,t,active,unit,i,f,g,o,c,h"));
    QCOMPARE(lines.size(), 1 + 8 * 20 * 12);
  }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
