// The training view's confusion matrix: the colour follows the counts (a sequential map whose
// lightness falls as the count grows), every count is written in its cell, and the predicted-class
// names on the x axis do not overlap (Fashion-MNIST's names are wider than a column).
#include <qcustomplot.h>

#include <QDir>
#include <QTest>

#include "ui/training/training_history.h"
#include "ui/training/training_plots.h"

using lstmviz::ui::TaskEvaluation;
using lstmviz::ui::TrainingHistory;
using lstmviz::ui::TrainingPlots;

namespace {

std::shared_ptr<TaskEvaluation> fashionEvaluation() {
  auto e = std::make_shared<TaskEvaluation>();
  e->kind = TaskEvaluation::Kind::kClassification;
  e->epoch = 3;
  e->classNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                   "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
  e->confusion.assign(10, std::vector<int64_t>(10, 0));
  for (int t = 0; t < 10; ++t) e->confusion[t][t] = 150 + 3 * t;  // 150 … 177
  e->confusion[6][0] = 40;                                        // shirts read as T-shirts
  e->confusion[4][2] = 25;
  e->confusion[9][7] = 7;
  return e;
}

double lightness(QRgb rgb) { return QColor::fromRgb(rgb).lightnessF(); }

}  // namespace

class ConfusionMatrixTest : public QObject {
  Q_OBJECT

 private slots:
  void colourFollowsTheCountsAndNamesDoNotOverlap() {
    TrainingPlots plots;
    plots.resize(900, 700);  // about the plots' size in the 1400 × 900 window
    TrainingHistory history;
    history.classification = true;
    const auto evaluation = fashionEvaluation();
    history.evaluation = evaluation;
    plots.update(history, 0);
    plots.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plots));
    plots.replotNow();
    QCustomPlot* plot = plots.taskPlot();

    auto* map = qobject_cast<QCPColorMap*>(plot->plottable(0));
    QVERIFY(map);
    // Sequential: lightness never rises with the count, and a larger count is darker.
    const QCPRange range = map->dataRange();
    QCOMPARE(range.lower, 0.0);
    QCOMPARE(range.upper, 177.0);
    double previous = 2.0;
    for (int v = 0; v <= 177; ++v) {
      const double l = lightness(map->gradient().color(v, range));
      QVERIFY2(l <= previous + 1e-9, qPrintable(QStringLiteral("count %1").arg(v)));
      previous = l;
    }
    QVERIFY(lightness(map->gradient().color(150, range)) <
            lightness(map->gradient().color(40, range)));
    QVERIFY(lightness(map->gradient().color(40, range)) <
            lightness(map->gradient().color(0, range)));
    // The data behind the colours are the counts, at (predicted, true).
    QCOMPARE(map->data()->cell(0, 6), 40.0);
    QCOMPARE(map->data()->cell(6, 6), 168.0);

    // Every count is written in its cell.
    int written = 0;
    for (int k = 0; k < plot->itemCount(); ++k) {
      auto* text = qobject_cast<QCPItemText*>(plot->item(k));
      if (!text) continue;
      const QPointF at = text->position->coords();
      const int p = qRound(at.x()), t = qRound(at.y());
      QCOMPARE(text->text(), QString::number(evaluation->confusion[t][p]));
      ++written;
    }
    QCOMPARE(written, 100);

    // Adjacent x tick labels are clear of each other: upright labels must fit a column; slanted
    // ones (parallel strips) must be at least a text height apart across the slant.
    const QFontMetricsF metrics(plot->xAxis->tickLabelFont());
    const double column = plot->xAxis->coordToPixel(1) - plot->xAxis->coordToPixel(0);
    const double angle = plot->xAxis->tickLabelRotation() * M_PI / 180.0;
    double widest = 0;
    for (const auto& name : evaluation->classNames)
      widest = std::max(widest, metrics.horizontalAdvance(QString::fromStdString(name)));
    QVERIFY2(widest > column, qPrintable(QStringLiteral("widest %1, column %2")
                                             .arg(widest)
                                             .arg(column)));  // the case that overlapped
    if (std::abs(angle) < 1e-9)
      QVERIFY2(widest <= column, "upright class names wider than a column");
    else
      QVERIFY2(column * std::abs(std::sin(angle)) >= metrics.height(),
               "slanted class names closer than a text height");
    plots.grab().save(QDir::temp().filePath(QStringLiteral("confusion_matrix.png")));
  }

  void otherTasksKeepUprightTicks() {
    TrainingPlots plots;
    TrainingHistory history;
    history.classification = true;
    history.evaluation = fashionEvaluation();
    plots.update(history, 0);
    auto forecast = std::make_shared<TaskEvaluation>();
    forecast->kind = TaskEvaluation::Kind::kForecast;
    forecast->epoch = 1;
    forecast->target = {1, 2, 3};
    forecast->prediction = {1, 2, 2};
    history.classification = false;
    history.evaluation = forecast;
    plots.update(history, 0);
    QCOMPARE(plots.taskPlot()->xAxis->tickLabelRotation(), 0.0);
  }
};

QTEST_MAIN(ConfusionMatrixTest)
#include "confusion_matrix_test.moc"
