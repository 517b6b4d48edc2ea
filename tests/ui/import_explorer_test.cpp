// The explorer on learners' own modules and batches (tests/fixtures/import/, written by torch):
// Import weights + Open input run the nn.LSTM under "rnn." and "model.encoder.lstm." (with its
// non-zero h_0, c_0), the nn.LSTMCell under "cell." and note 003's x2h/h2h cell under "lstm." on
// the file's batch, and the snapshot every view draws holds torch's output, h_n and c_n. The
// cell's key mapping is shown, and the Stepper says where a non-zero initial state came from.
#include <QLabel>
#include <QTest>
#include <cmath>

#include "core/io/safetensors.h"
#include "ui/app/main_window.h"
#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_step_values.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::SafetensorsFile;
using lstmviz::ui::MainWindow;

namespace {

QString fixture(const QString& name) {
  return QStringLiteral(LSTMVIZ_FIXTURE_DIR "/import/") + name;
}

double maxAbsDiff(const lstmviz::core::Tensor<float>& got,
                  const lstmviz::core::Tensor<float>& want) {
  if (got.shape != want.shape) return INFINITY;
  double diff = 0;
  for (size_t i = 0; i < want.data.size(); ++i)
    diff = std::max(diff, std::abs(double(got.data[i]) - want.data[i]));
  return diff;
}

bool anyLabelContains(const QWidget& root, const QString& text) {
  for (const QLabel* label : root.findChildren<QLabel*>())
    if (label->text().contains(text)) return true;
  return false;
}

}  // namespace

class ImportExplorerTest : public QObject {
  Q_OBJECT

 private slots:
  void runsTorchsNumbers_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("rnn.") << "rnn"
                          << "";
    QTest::newRow("model.encoder.lstm.") << "encoder"
                                         << "model.encoder.lstm.";
    QTest::newRow("nn.LSTMCell under cell.") << "cell"
                                             << "";
    QTest::newRow("note 003 x2h/h2h under lstm.") << "note003"
                                                  << "";
  }

  void runsTorchsNumbers() {
    QFETCH(QString, name);
    QFETCH(QString, prefix);
    MainWindow window;
    QString error;
    QVERIFY2(window.importWeights(fixture(name + ".weights.safetensors"), &error, prefix),
             qPrintable(error));
    QVERIFY2(window.openInput(fixture(name + ".input.safetensors"), &error), qPrintable(error));
    window.waitForSnapshot();
    const auto snapshot = window.snapshot();
    QVERIFY(snapshot->inputSource.ends_with(name.toStdString() + ".input.safetensors"));
    const SafetensorsFile want =
        SafetensorsFile::read(fixture(name + ".expected.safetensors").toStdString());
    QVERIFY(maxAbsDiff(snapshot->result.output, want.getFloat("output")) <= 2e-6);
    QVERIFY(maxAbsDiff(snapshot->result.hN, want.getFloat("h_n")) <= 2e-6);
    QVERIFY(maxAbsDiff(snapshot->result.cN, want.getFloat("c_n")) <= 2e-6);
    QCOMPARE(snapshot->initial.has_value(), name == "encoder");
  }

  void cellMappingIsShown() {
    MainWindow window;
    QString error;
    QVERIFY2(window.importWeights(fixture("note003.weights.safetensors"), &error),
             qPrintable(error));
    QVERIFY(anyLabelContains(window, "weight_ih_l0 = lstm.x2h.weight"));
    QVERIFY(anyLabelContains(window, "bias_hh_l0 = lstm.h2h.bias"));
  }

  void stepperSaysWhereTheInitialStateCameFrom() {
    MainWindow window;
    QString error;
    QVERIFY2(
        window.importWeights(fixture("encoder.weights.safetensors"), &error, "model.encoder.lstm"),
        qPrintable(error));
    QVERIFY2(window.openInput(fixture("encoder.input.safetensors"), &error), qPrintable(error));
    lstmviz::ui::StepSelection sel;  // layer 0, forward, sample 0, step 0
    const auto values = lstmviz::ui::computeStepValues(*window.snapshot(), sel);
    const auto equations = lstmviz::ui::formatStepEquations(values, sel, false, 0);
    QVERIFY(equations.front().plain.contains("the initial state h₀, c₀ from"));
    QVERIFY(equations.front().plain.contains("encoder.input.safetensors"));
    // h_{t−1} at step 0 is the file's h_0 for sample 0, layer 0, forward direction.
    const auto h0 =
        SafetensorsFile::read(fixture("encoder.input.safetensors").toStdString()).getFloat("h_0");
    QCOMPARE(values.hPrev.front(), double(h0.at({0, 0, 0})));
  }

  // A stateful LSTM: carrying the state runs the same batch from the previous (h_n, c_n), and
  // the Stepper says so.
  void carriedStateStartsTheNextPass() {
    MainWindow window;
    window.waitForSnapshot();
    const auto first = window.snapshot();
    QString error;
    QVERIFY2(window.carryStateForward(&error), qPrintable(error));
    const auto second = window.snapshot();
    QVERIFY(second->initial.has_value());
    QCOMPARE(second->initial->h.data, first->result.hN.data);
    QCOMPARE(second->initial->c.data, first->result.cN.data);
    // Independently: the same LSTM on the same input from (h_n, c_n) of the first pass.
    lstmviz::core::LstmTrace<float> trace;
    const lstmviz::core::LstmState<float> state{first->result.hN, first->result.cN};
    const auto want = first->lstm.forward(first->input, trace, &state,
                                          first->lengths.empty() ? nullptr : &first->lengths);
    QCOMPARE(second->result.output.data, want.output.data);
    QVERIFY(second->result.output.data != first->result.output.data);
    lstmviz::ui::StepSelection sel;
    const auto equations = lstmviz::ui::formatStepEquations(
        lstmviz::ui::computeStepValues(*second, sel), sel, false, 0);
    QVERIFY(equations.front().plain.contains("h_n, c_n of the previous pass"));
  }

  void severalLstmsWithoutPrefixAreRefusedAndListed() {
    MainWindow window;
    const auto before = window.snapshot();
    QString error;
    QVERIFY(!window.importWeights(fixture("encoder.weights.safetensors"), &error));
    QVERIFY(error.contains("several LSTMs"));
    QVERIFY(error.contains("model.decoder.lstm."));
    QCOMPARE(window.snapshot(), before);
  }

  // An .npz from np.savez_compressed: lengths and (h_0, c_0) included, torch's packed numbers.
  void numpyBatchRunsTorchsNumbers() {
    MainWindow window;
    QString error;
    const QString dir = QStringLiteral(LSTMVIZ_FIXTURE_DIR "/npy/");
    QVERIFY2(window.importWeights(dir + "lstm.weights.safetensors", &error), qPrintable(error));
    QVERIFY2(window.openInput(dir + "batch_compressed.npz", &error), qPrintable(error));
    window.waitForSnapshot();
    const auto snapshot = window.snapshot();
    QCOMPARE(snapshot->lengths, (std::vector<int64_t>{5, 3}));
    const SafetensorsFile want =
        SafetensorsFile::read((dir + "expected.safetensors").toStdString());
    QVERIFY(maxAbsDiff(snapshot->result.output, want.getFloat("packed.output")) <= 2e-6);
    QVERIFY(maxAbsDiff(snapshot->result.hN, want.getFloat("packed.h_n")) <= 2e-6);
    QVERIFY(maxAbsDiff(snapshot->result.cN, want.getFloat("packed.c_n")) <= 2e-6);
  }

  // batch_first switched after the file's batch is open: the explorer feeds the same batch in
  // the other layout (SequenceLayout moves every value), so h_n stays torch's and output[n, t] is
  // the same value at its new place.
  void theFilesBatchFollowsABatchFirstSwitch() {
    MainWindow window;
    QString error;
    const QString dir = QStringLiteral(LSTMVIZ_FIXTURE_DIR "/npy/");
    QVERIFY2(window.importWeights(dir + "lstm.weights.safetensors", &error), qPrintable(error));
    QVERIFY2(window.openInput(dir + "batch_compressed.npz", &error), qPrintable(error));
    window.waitForSnapshot();
    const auto before = window.snapshot();
    lstmviz::core::ExperimentConfig switched = before->config;
    switched.lstm.batchFirst = !switched.lstm.batchFirst;
    QVERIFY2(window.applyConfig(switched, &error), qPrintable(error));
    window.waitForSnapshot();
    const auto after = window.snapshot();
    QVERIFY(after->inputSource.ends_with("batch_compressed.npz"));
    QCOMPARE(after->config.lstm.batchFirst, switched.lstm.batchFirst);
    const SafetensorsFile want =
        SafetensorsFile::read((dir + "expected.safetensors").toStdString());
    QVERIFY(maxAbsDiff(after->result.hN, want.getFloat("packed.h_n")) <= 2e-6);
    const lstmviz::core::SequenceLayout was = before->layout(), is = after->layout();
    const int64_t width = after->result.output.shape.back();
    for (int64_t n = 0; n < after->batch(); ++n)
      for (int64_t t = 0; t < after->steps(); ++t) {
        QCOMPARE(is.at(after->input, n, t, 0), was.at(before->input, n, t, 0));
        for (int64_t k = 0; k < width; ++k)
          QCOMPARE(is.at(after->result.output, n, t, k), was.at(before->result.output, n, t, k));
      }
  }

  void objectNpyIsRefused() {
    MainWindow window;
    const auto before = window.snapshot();
    QString error;
    QVERIFY(!window.openInput(QStringLiteral(LSTMVIZ_FIXTURE_DIR "/npy/object.npy"), &error));
    QVERIFY(error.contains("object.npy: dtype object"));
    QCOMPARE(window.snapshot(), before);
  }

  void inputWithoutInputTensorIsRefused() {
    MainWindow window;
    const auto before = window.snapshot();
    QString error;
    QVERIFY(!window.openInput(fixture("rnn.expected.safetensors"), &error));
    QVERIFY(error.contains("rnn.expected.safetensors: no tensor 'input'"));
    QCOMPARE(window.snapshot(), before);
  }
};

QTEST_MAIN(ImportExplorerTest)
#include "import_explorer_test.moc"
