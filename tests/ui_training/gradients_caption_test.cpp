// The Gradients view: its caption says where the loss's gradient enters for the run's head (the
// seq head reads every step, not only the last), and its heat maps use a sequential colour map
// (luminance rising with the norm), not a rainbow.
#include <qcustomplot.h>

#include <QTest>
#include <cmath>

#include "ui/training/gradients_view.h"
#include "ui/training/plot_style.h"
#include "ui/training/training_history.h"

using lstmviz::core::HeadKind;
using lstmviz::ui::GradientsView;

namespace {

// Relative luminance Y of an sRGB colour (what lightness the eye sees; monotonic in CIE L*).
double luminance(QRgb rgb) {
  const auto linear = [](int c) {
    const double v = c / 255.0;
    return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * linear(qRed(rgb)) + 0.7152 * linear(qGreen(rgb)) + 0.0722 * linear(qBlue(rgb));
}

}  // namespace

class GradientsCaptionTest : public QObject {
  Q_OBJECT
 private slots:
  void captionFollowsTheHead() {
    GradientsView view;
    lstmviz::ui::TrainingHistory history;
    history.head = HeadKind::kSeq;
    view.setHistory(history);
    QVERIFY(view.captionText().contains("reads every step"));
    QVERIFY(!view.captionText().contains("reads the last step"));
    history.head = HeadKind::kLast;
    view.setHistory(history);
    QVERIFY(view.captionText().contains("reads the last step"));
    history.head = HeadKind::kHn;
    view.setHistory(history);
    QVERIFY(view.captionText().contains("reads h_n"));
  }

  void heatMapColoursAreSequential() {
    GradientsView view;
    lstmviz::ui::TrainingHistory history;
    auto g = std::make_shared<lstmviz::core::GradientsThroughTime>();
    g->epoch = 1;
    g->hiddenNorm = {{0.5, 0.1, 0.01}};
    g->cellNorm = {{0.4, 0.2, 0.02}};
    history.gradients.push_back(g);
    view.setHistory(history);
    view.redrawNow();
    auto* map = qobject_cast<QCPColorMap*>(view.hiddenHeatMap()->plottable(0));
    QVERIFY(map);
    QCPColorGradient gradient = map->gradient();
    const QCPRange range(0, 1);
    double previous = -1;
    for (int k = 0; k <= 100; ++k) {
      const double l = luminance(gradient.color(k / 100.0, range));
      QVERIFY2(l >= previous - 1e-9, qPrintable(QString::number(k)));
      previous = l;
    }
  }
};

QTEST_MAIN(GradientsCaptionTest)
#include "gradients_caption_test.moc"
