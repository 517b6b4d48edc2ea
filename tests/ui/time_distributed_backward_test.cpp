// The backward half of TimeDistributed(Dense) vs nn.Linear on 3-D: the shared Dense's gradient is
// the sum over the steps of each step's own gradient, and equals the one-product gradient of
// Linear on the N·L rows — checked against the formula per step, and in double against finite
// differences of L = Σ G ⊙ y.
#include "ui/explorer/time_distributed_backward.h"

#include <QLabel>
#include <QTest>
#include <cmath>

#include "core/nn/linear.h"
#include "ui/explorer/architectures_view.h"
#include "ui/model/explorer_snapshot.h"

using lstmviz::core::ExperimentConfig;

namespace {

ExperimentConfig config() {
  ExperimentConfig c;
  c.batch = 3;
  c.seqLen = 6;
  c.lstm.hiddenSize = 4;
  c.lstm.bidirectional = true;
  return c;
}

// output[n, t, k] of a batch_first snapshot.
double z(const lstmviz::ui::ExplorerSnapshot& s, int64_t n, int64_t t, int64_t k) {
  return s.result.output.at({n, t, k});
}

}  // namespace

class TimeDistributedBackwardTest : public QObject {
  Q_OBJECT

 private slots:
  void perStepGradientsSumToTheThreeDGradient() {
    const auto s = lstmviz::ui::buildExplorerSnapshot(config());
    const int64_t n = 3, l = 6, w = 8, o = 2;
    const auto g = lstmviz::ui::compareTimeDistributedBackward<float>(*s, o, 7);
    QCOMPARE(g.steps, l);
    QCOMPARE(g.inFeatures, w);
    const auto up = lstmviz::ui::timeDistributedUpstream(n * l * o, 7);
    // dW_t[0, 0] = Σ_n G[n, t, 0] z[n, t, 0], written out.
    double total = 0;
    for (int64_t t = 0; t < l; ++t) {
      double expected = 0;
      for (int64_t b = 0; b < n; ++b) expected += up[(b * l + t) * o + 0] * z(*s, b, t, 0);
      QVERIFY(std::abs(g.stepWeightGradient[t] - expected) < 1e-5);
      total += expected;
    }
    QVERIFY(std::abs(g.weightGradientA[0] - total) < 1e-5);
    QVERIFY(std::abs(g.weightGradientB[0] - total) < 1e-5);
    // Float: equal up to rounding of the reordered sum; the step gradients are not all alike.
    QVERIFY(g.maxWeightDifference <= 1e-5 * std::max(1.0, g.maxWeightGradient));
    QVERIFY(g.maxBiasDifference <= 1e-5);
    QVERIFY(g.maxInputGradDifference <= 1e-6);
    QVERIFY(g.stepWeightGradient[0] != g.stepWeightGradient[1]);
  }

  void doubleGradientMatchesFiniteDifferences() {
    const auto s = lstmviz::ui::buildExplorerSnapshot(config());
    const int64_t n = 3, l = 6, w = 8, o = 2;
    const auto g = lstmviz::ui::compareTimeDistributedBackward<double>(*s, o, 7);
    QVERIFY(g.maxWeightDifference < 1e-12);
    QVERIFY(g.maxBiasDifference < 1e-12);
    QVERIFY(g.maxInputGradDifference < 1e-12);
    lstmviz::core::Linear<double> linear(w, o);
    linear.resetParameters(7);
    const auto up = lstmviz::ui::timeDistributedUpstream(n * l * o, 7);
    const auto loss = [&](const std::vector<double>& p) {
      double sum = 0;
      for (int64_t b = 0; b < n; ++b)
        for (int64_t t = 0; t < l; ++t)
          for (int64_t q = 0; q < o; ++q) {
            double y = p[o * w + q];
            for (int64_t k = 0; k < w; ++k) y += p[q * w + k] * z(*s, b, t, k);
            sum += up[(b * l + t) * o + q] * y;
          }
      return sum;
    };
    std::vector<double> p = linear.parameters();
    const double eps = 1e-6;
    for (int64_t i = 0; i < o * w + o; ++i) {
      std::vector<double> plus = p, minus = p;
      plus[i] += eps;
      minus[i] -= eps;
      const double numeric = (loss(plus) - loss(minus)) / (2 * eps);
      const double analytic = i < o * w ? g.weightGradientA[i] : g.biasGradientA[i - o * w];
      QVERIFY2(std::abs(numeric - analytic) < 1e-7, qPrintable(QString::number(i)));
    }
  }

  void manyToManyPageShowsTheBackward() {
    lstmviz::ui::ArchitecturesView view;
    view.setSnapshot(lstmviz::ui::buildExplorerSnapshot(config()));
    auto* label = view.findChild<QLabel*>(QStringLiteral("timeDistributedBackward"));
    QVERIFY(label);
    QVERIFY(label->text().contains("Σ_t dW_t − dW_B"));
    auto* forward = view.findChild<QLabel*>(QStringLiteral("timeDistributedResult"));
    QVERIFY(forward->text().contains("A vs B"));
    QVERIFY(forward->text().contains("A vs C"));
  }
};

QTEST_MAIN(TimeDistributedBackwardTest)
#include "time_distributed_backward_test.moc"
