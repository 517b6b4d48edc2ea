#include "ui/training/data_description.h"

#include <QFileInfo>
#include <QStringList>

#include "core/train/experiment.h"

namespace lstmviz::ui {

QString DataDescription::describe(const core::ExperimentConfig& c, const core::ExperimentData& d) {
  QString what;
  if (c.dataset == "sine") {
    what = tr("noisy sine");
  } else if (c.dataset == "stock") {
    what = tr("synthetic stock (high, low, volume, gdp, cpi → next high)");
  } else if (c.dataset == "airline") {
    what = tr("airline passengers");
  } else if (c.dataset == "anomalies") {
    what = tr("three correlated sensors with labelled anomalies");
  } else if (c.dataset == "csv") {
    QStringList targets;
    for (const std::string& name : d.targetNames) targets << QString::fromStdString(name);
    what = tr("%1 (target %2)")
               .arg(QFileInfo(QString::fromStdString(c.csvPath)).fileName(),
                    targets.join(QStringLiteral(", ")));
  } else if (c.dataset == "fashion_mnist") {
    what = tr("Fashion-MNIST row by row (28 steps × 28 pixels)");
  } else if (c.dataset == "adding") {
    what = tr("adding problem");
  } else if (c.dataset == "copy") {
    what = tr("copy task");
  } else {
    return QString::fromStdString(d.description);  // a dataset this list does not know yet
  }
  const bool series =
      !d.targetNames.empty() && d.targetScaler.kind() == core::NormalizationKind::kStandard;
  const QString parts = series ? tr("windows of %1 steps, %2 train / %3 validation / %4 test, "
                                    "standardised with the training part")
                                     .arg(c.seqLen)
                                     .arg(d.train.size())
                                     .arg(d.validation.size())
                                     .arg(d.test.size())
                               : tr("%1 train / %2 validation / %3 test")
                                     .arg(d.train.size())
                                     .arg(d.validation.size())
                                     .arg(d.test.size());
  return QStringLiteral("%1 [%2]").arg(what, parts);
}

}  // namespace lstmviz::ui
