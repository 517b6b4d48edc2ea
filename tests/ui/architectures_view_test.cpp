// ArchitecturesView: the shapes on the arrows follow torch's rules for the config, TimeDistributed
// and Linear on 3-D agree exactly, the presets carry the expected head and dataset, and a
// 1400×860 render of each page (saved to <tmp>/architectures_<k>.png for a visual check).
#include "ui/explorer/architectures_view.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "ui/explorer/architectures_diagram_widget.h"
#include "ui/explorer/shapes_view_code.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::ExperimentConfig;
using lstmviz::core::HeadKind;
using lstmviz::ui::Architecture;
using lstmviz::ui::ArchitecturesView;

Q_DECLARE_METATYPE(lstmviz::core::ExperimentConfig)

namespace {

ExperimentConfig baseConfig() {
  ExperimentConfig c;  // batch_first, input 1, hidden 12, batch 8, seq_len 20
  return c;
}

QString label(const ArchitecturesView& view, Architecture a, const QString& prefix) {
  return view.diagramWidget(a)->diagram().edgeLabel(prefix);
}

}  // namespace

class ArchitecturesViewTest : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { qRegisterMetaType<lstmviz::core::ExperimentConfig>(); }

  void kerasLinesComeFromTheShapesGenerator() {
    // A stacked bidirectional model with a Flatten head: two Bidirectional LSTM layers, the lower
    // one returning sequences, then Flatten → Dense — the same lines as Shapes ▸ Keras.
    ExperimentConfig c = baseConfig();
    c.lstm.hiddenSize = 16;
    c.lstm.bidirectional = true;
    c.lstm.numLayers = 2;
    c.head = HeadKind::kFlatten;
    const auto diagram =
        lstmviz::ui::buildArchitectureDiagram(Architecture::kManyToOne, c, HeadKind::kFlatten);
    const QString shapesTab = QString::fromStdString(lstmviz::ui::kerasCode(c));
    int layers = 0;
    for (const QString& text : shapesTab.split('\n')) {
      if (!text.startsWith("x = layers.") && !text.startsWith("outputs = ")) continue;
      QVERIFY2(diagram.code.contains("#   " + text), qPrintable(text));
      ++layers;
    }
    QCOMPARE(layers, 4);  // LSTM, LSTM, Flatten, Dense
    QCOMPARE(diagram.code.count("layers.Bidirectional(layers.LSTM(16, return_sequences=True))"), 2);
    QVERIFY(!diagram.code.contains("return_sequences=False"));
    // The h_n head returns the state; many-to-many wraps the Dense in TimeDistributed.
    const auto hn =
        lstmviz::ui::buildArchitectureDiagram(Architecture::kManyToOne, c, HeadKind::kHn);
    QVERIFY(hn.code.contains("return_state=True"));
    QVERIFY(hn.code.contains("Dense(1)(h_b)"));
    const auto many = lstmviz::ui::buildArchitectureDiagram(Architecture::kManyToMany, c);
    QVERIFY(many.code.contains("TimeDistributed(layers.Dense(1))"));
    QCOMPARE(many.code.count("return_sequences=True"), 2);
  }

  void shapesFollowTheConfig() {
    ArchitecturesView view;
    ExperimentConfig c = baseConfig();
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(label(view, Architecture::kManyToOne, "x "), QStringLiteral("x (8, 20, 1)"));
    QCOMPARE(label(view, Architecture::kManyToOne, "output"), QStringLiteral("output (8, 20, 12)"));
    QCOMPARE(label(view, Architecture::kManyToOne, "z "), QStringLiteral("z (8, 12)"));
    QVERIFY(label(view, Architecture::kManyToOne, "h_n").startsWith("h_n (1, 8, 12)"));

    // hidden 16, bidirectional, 2 layers: output carries D·H, h_n D·layers states.
    c.lstm.hiddenSize = 16;
    c.lstm.bidirectional = true;
    c.lstm.numLayers = 2;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(label(view, Architecture::kManyToOne, "output"), QStringLiteral("output (8, 20, 32)"));
    QCOMPARE(label(view, Architecture::kManyToOne, "h_n"),
             QStringLiteral("h_n (4, 8, 16)\nc_n (4, 8, 16)"));
    QCOMPARE(label(view, Architecture::kManyToMany, "A "), QStringLiteral("A (8, 20, 1)"));
    QCOMPARE(label(view, Architecture::kAutoencoder, "z "), QStringLiteral("z (8, 32)"));
    QCOMPARE(label(view, Architecture::kAutoencoder, "r "), QStringLiteral("r (8, 20, 32)"));
    QCOMPARE(label(view, Architecture::kSeq2Seq, "out "), QStringLiteral("out (8, 1, 32)"));

    // h_n[-1] head: only the last direction's H_out.
    view.setManyToOneHead(HeadKind::kHn);
    QCOMPARE(label(view, Architecture::kManyToOne, "z "), QStringLiteral("z (8, 16)"));
    view.setManyToOneHead(HeadKind::kFlatten);
    QCOMPARE(label(view, Architecture::kManyToOne, "z "), QStringLiteral("z (8, 640)"));

    // proj_size: h is P wide, c stays H.
    c.lstm.projSize = 5;
    view.setManyToOneHead(HeadKind::kLast);
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(label(view, Architecture::kManyToOne, "output"), QStringLiteral("output (8, 20, 10)"));
    QCOMPARE(label(view, Architecture::kManyToOne, "h_n"),
             QStringLiteral("h_n (4, 8, 5)\nc_n (4, 8, 16)"));

    // seq-first layout and unbatched input.
    c.lstm.batchFirst = false;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(label(view, Architecture::kManyToOne, "x "), QStringLiteral("x (20, 8, 1)"));
    QCOMPARE(label(view, Architecture::kManyToOne, "output"), QStringLiteral("output (20, 8, 10)"));
    c.unbatched = true;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(label(view, Architecture::kManyToOne, "output"), QStringLiteral("output (20, 10)"));
    QCOMPARE(label(view, Architecture::kManyToOne, "h_n"),
             QStringLiteral("h_n (4, 5)\nc_n (4, 16)"));
  }

  void manyToOneFollowsTheConfigsHead() {
    ArchitecturesView view;
    ExperimentConfig c = baseConfig();
    c.head = HeadKind::kFlatten;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(view.manyToOneHead(), HeadKind::kFlatten);
    QCOMPARE(label(view, Architecture::kManyToOne, "z "), QStringLiteral("z (8, 240)"));
    view.setManyToOneHead(HeadKind::kMean);  // the user's choice survives a recompute
    c.lstm.hiddenSize = 6;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QCOMPARE(view.manyToOneHead(), HeadKind::kMean);
    QCOMPARE(label(view, Architecture::kManyToOne, "z "), QStringLiteral("z (8, 6)"));
  }

  void timeDistributedEqualsLinearExactly_data() {
    QTest::addColumn<bool>("batchFirst");
    QTest::addColumn<bool>("bidirectional");
    QTest::addColumn<bool>("unbatched");
    QTest::newRow("batch_first") << true << false << false;
    QTest::newRow("seq-first bidirectional") << false << true << false;
    QTest::newRow("unbatched") << true << false << true;
  }

  // A large output is compared on the worker, only once the view is shown: publishing the
  // snapshot to a hidden view computes nothing (issue 17: opening a large configuration never
  // waits for this view), and the result is the one computed at once.
  void aLargeComparisonRunsOnTheWorkerWhenShown() {
    ExperimentConfig c = baseConfig();
    c.lstm.hiddenSize = 256;
    c.lstm.bidirectional = true;
    c.batch = 64;
    c.seqLen = 40;
    const auto snapshot = lstmviz::ui::buildExplorerSnapshot(c);
    QVERIFY(snapshot->result.output.numel() > ArchitecturesView::kSynchronousComparisonMacs);
    ArchitecturesView view;
    view.setSnapshot(snapshot);
    auto* label = view.findChild<QLabel*>(QStringLiteral("timeDistributedResult"));
    QVERIFY(label->text().contains("Computing"));
    QCOMPARE(view.timeDistributedComparison().values, int64_t{0});
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    QTRY_VERIFY_WITH_TIMEOUT(view.timeDistributedComparison().values > 0, 60000);
    const auto expected = lstmviz::ui::compareTimeDistributed(*snapshot, 1);
    QCOMPARE(view.timeDistributedComparison().values, expected.values);
    QCOMPARE(view.timeDistributedComparison().firstA, expected.firstA);
    QCOMPARE(view.timeDistributedComparison().lastB, expected.lastB);
    QVERIFY(view.timeDistributedComparison().maxAbsDifference == 0.0);
    QVERIFY(label->text().contains("A vs B"));
  }

  void timeDistributedEqualsLinearExactly() {
    QFETCH(bool, batchFirst);
    QFETCH(bool, bidirectional);
    QFETCH(bool, unbatched);
    ExperimentConfig c = baseConfig();
    c.lstm.batchFirst = batchFirst;
    c.lstm.bidirectional = bidirectional;
    c.unbatched = unbatched;
    ArchitecturesView view;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    const auto& r = view.timeDistributedComparison();
    QCOMPARE(r.values, int64_t{(unbatched ? 1 : 8) * 20 * 1});  // O = 1 for the sine
    QCOMPARE(r.inFeatures, int64_t{bidirectional ? 24 : 12});
    QVERIFY(r.maxAbsDifference == 0.0);    // exactly, not fuzzily
    QVERIFY(r.blockedDifference <= 1e-6);  // Eigen's kernel: rounding only
    QVERIFY(r.firstA != 0.0f);
    QCOMPARE(r.firstA, r.firstB);
    QCOMPARE(r.lastA, r.lastB);
  }

  void presetsCarryHeadAndDataset() {
    ArchitecturesView view;
    ExperimentConfig c = baseConfig();
    c.lstm.hiddenSize = 20;
    c.lengths = {20, 19, 18, 17, 16, 15, 14, 13};
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    QSignalSpy spy(&view, &ArchitecturesView::presetRequested);
    auto press = [&](Architecture a) {
      view.showArchitecture(a);
      view.presetButton(a)->click();
      return spy.takeLast().at(0).value<ExperimentConfig>();
    };
    ExperimentConfig p = press(Architecture::kManyToOne);
    QCOMPARE(p.head, HeadKind::kLast);
    QCOMPARE(p.dataset, std::string("sine"));
    QCOMPARE(p.lstm.hiddenSize, int64_t{20});  // derived from the current config
    QVERIFY(p.lengths.empty());
    view.setManyToOneHead(HeadKind::kHn);
    QCOMPARE(press(Architecture::kManyToOne).head, HeadKind::kHn);
    p = press(Architecture::kManyToMany);
    QCOMPARE(p.head, HeadKind::kSeq);
    QCOMPARE(p.dataset, std::string("sine"));
    p = press(Architecture::kAutoencoder);
    QCOMPARE(p.dataset, std::string("anomalies"));
    QCOMPARE(p.head, HeadKind::kSeq);
    QCOMPARE(p.lstm.inputSize, int64_t{3});  // the anomaly data: three sensors
    QCOMPARE(p.architecture, lstmviz::core::Architecture::kAutoencoder);
    p = press(Architecture::kSeq2Seq);
    QCOMPARE(p.dataset, std::string("sine"));
    QCOMPARE(p.architecture, lstmviz::core::Architecture::kSeq2Seq);
    QCOMPARE(p.horizon, int64_t{10});
    p = press(Architecture::kOneToMany);
    QCOMPARE(p.architecture, lstmviz::core::Architecture::kOneToMany);
    // The decoder reads the window of L steps × F = 1 as one vector, repeated K = L times.
    QCOMPARE(p.lstm.inputSize, p.seqLen);
    QCOMPARE(p.horizon, p.seqLen);
    QCOMPARE(spy.count(), 0);
  }

  void rendersAt1400x860() {
    ExperimentConfig c = baseConfig();
    c.lstm.bidirectional = true;
    ArchitecturesView view;
    view.resize(1400, 860);
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(c));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int k = 0; k < lstmviz::ui::kArchitectureCount; ++k) {
      view.showArchitecture(static_cast<Architecture>(k));
      QTest::qWait(20);
      const QImage image = view.grab().toImage();
      QCOMPARE(image.size(), QSize(1400, 860));
      image.save(QDir::temp().filePath(QStringLiteral("architectures_%1.png").arg(k)));
    }
  }
};

QTEST_MAIN(ArchitecturesViewTest)
#include "architectures_view_test.moc"
