// applyWhatIfEdits (issue 16): an edited snapshot is the core's edited forward pass, keeps the
// unedited run as its ghost, replaces (never stacks) earlier edits, and refuses an edit that does
// not fit with the core's message while the caller's snapshot stays as it was.
#include <QtTest>

#include "core/nn/lstm_edits.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::LstmEdits;
using lstmviz::ui::applyWhatIfEdits;
using lstmviz::ui::buildExplorerSnapshot;

namespace {

lstmviz::core::ExperimentConfig smallConfig() {
  lstmviz::core::ExperimentConfig config;
  config.lstm.inputSize = 2;
  config.lstm.hiddenSize = 4;
  config.lstm.numLayers = 2;
  config.lstm.batchFirst = true;
  config.batch = 3;
  config.seqLen = 6;
  return config;
}

LstmEdits editsOf(const char* value, const char* clamp) {
  LstmEdits edits;
  if (value) edits.values.push_back(lstmviz::core::parseValueEdit(value));
  if (clamp) edits.clamps.push_back(lstmviz::core::parseGateClamp(clamp));
  return edits;
}

}  // namespace

class WhatIfSnapshotTest : public QObject {
  Q_OBJECT

 private slots:
  void anEditedRunIsTheCoresEditedForwardWithTheOriginalAsItsGhost() {
    const auto original = buildExplorerSnapshot(smallConfig());
    const LstmEdits edits = editsOf("weight_hh_l0[5,3]=0.25", "f@l1:u2:t1-4=1.0");
    const auto edited = applyWhatIfEdits(original, edits);
    QVERIFY(edited->edited());
    QCOMPARE(edited->original.get(), original.get());
    QCOMPARE(&edited->unedited(), original.get());
    QVERIFY(!original->edited());

    // The same edits through the core directly.
    lstmviz::core::Lstm<float> scratch(original->config.lstm);
    lstmviz::core::LstmTrace<float> trace;
    lstmviz::core::Tensor<float> input;
    std::optional<lstmviz::core::LstmState<float>> initial;
    const auto expected = lstmviz::core::forwardWithEdits(
        original->lstm, edits, original->input, nullptr, nullptr, trace,
        lstmviz::core::TraceOptions{}, scratch, input, initial);
    QCOMPARE(edited->result.output.data, expected.output.data);
    QCOMPARE(edited->result.hN.data, expected.hN.data);
    QVERIFY(edited->result.output.data != original->result.output.data);
    // What ran is the edited model: the weight holds the new value, the original keeps its own.
    QCOMPARE(edited->lstm.parameters(), scratch.parameters());
    QVERIFY(edited->lstm.parameters() != original->lstm.parameters());
    // The clamp is in the trace: f of layer 1 unit 2 is exactly 1 at steps 1..4.
    const auto& f = edited->trace.at(1, 0).gates;
    const int64_t h = original->config.lstm.hiddenSize, n = original->batch();
    for (int64_t t = 1; t <= 4; ++t)
      for (int64_t s = 0; s < n; ++s) QCOMPARE(f(h + 2, edited->trace.at(1, 0).column(t, s)), 1.0f);
  }

  void newEditsReplaceTheEarlierOnesAndNoEditsGiveTheOriginalBack() {
    const auto original = buildExplorerSnapshot(smallConfig());
    const auto first = applyWhatIfEdits(original, editsOf("x[0,2,1]=1.5", nullptr));
    const auto second = applyWhatIfEdits(first, editsOf("h0[1,0,3]=0.1", nullptr));
    QCOMPARE(second->original.get(), original.get());
    QCOMPARE(second->input.data, original->input.data);  // x's edit is gone
    QVERIFY(second->initial.has_value());
    QCOMPARE(applyWhatIfEdits(second, LstmEdits{}).get(), original.get());
  }

  void aConfigurationsWhatIfListIsAppliedToItsUneditedRun() {
    lstmviz::core::ExperimentConfig config = smallConfig();
    config.whatIf = {"l1:u0", "x[1, 2, 0] = 0.5"};
    const auto edited = buildExplorerSnapshot(config);
    QVERIFY(edited->edited());
    QVERIFY(edited->original->config.whatIf.empty());
    QCOMPARE(edited->config.whatIf,
             (std::vector<std::string>{"x[1,2,0]=0.5", "l1:u0"}));  // canonical, values first
    QCOMPARE(edited->edits.knockouts.size(), size_t{1});
    config.whatIf.clear();
    QCOMPARE(edited->original->result.output.data,
             buildExplorerSnapshot(config)->result.output.data);
    QCOMPARE(edited->input.at({1, 2, 0}), 0.5f);
    // Unit 0 of the last layer is knocked out: its output is 0 at every step of every sample.
    for (int64_t n = 0; n < 3; ++n)
      for (int64_t t = 0; t < 6; ++t) QCOMPARE(edited->result.output.at({n, t, 0}), 0.0f);
  }

  void anEditThatDoesNotFitIsRefusedWithTorchsWords() {
    const auto original = buildExplorerSnapshot(smallConfig());
    try {
      applyWhatIfEdits(original, editsOf("weight_hh_l0[16,0]=1", nullptr));
      QFAIL("an out-of-range index was applied");
    } catch (const lstmviz::core::EditError& e) {
      QVERIFY2(QString(e.what()).contains("index 16 is out of bounds for dimension 0 with size 16"),
               e.what());
    }
    QVERIFY(!original->edited());
  }
};

QTEST_GUILESS_MAIN(WhatIfSnapshotTest)
#include "whatif_snapshot_test.moc"
