#include "ui/common/plot_export.h"

#include <qcustomplot.h>

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTemporaryDir>

namespace lstmviz::ui {

namespace {

// SVG through QSvgGenerator: QCustomPlot draws vectors onto any QPainter.
bool writeSvg(QCustomPlot* plot, QIODevice* device, int width, int height) {
  QSvgGenerator generator;
  generator.setOutputDevice(device);
  generator.setSize(QSize(width, height));
  generator.setViewBox(QRect(0, 0, width, height));
  generator.setTitle(plot->objectName());
  QCPPainter painter;
  if (!painter.begin(&generator)) return false;
  plot->toPainter(&painter, width, height);
  painter.end();
  return true;
}

}  // namespace

bool exportPlot(QCustomPlot* plot, const QString& path, QString* error, int width, int height) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  const int w = width > 0 ? width : plot->width();
  const int h = height > 0 ? height : plot->height();
  auto fail = [&](const QString& message) {
    if (error != nullptr) *error = message;
    return false;
  };
  if (suffix != "png" && suffix != "svg" && suffix != "pdf")
    return fail(
        QObject::tr("Cannot export to '%1': choose a .png, .svg or .pdf file name.").arg(path));
  if (suffix == "svg") {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
      return fail(QObject::tr("Cannot write '%1': %2").arg(path, file.errorString()));
    if (!writeSvg(plot, &file, w, h) || !file.commit())
      return fail(QObject::tr("Cannot write '%1': %2").arg(path, file.errorString()));
    return true;
  }
  // QCustomPlot writes PNG and PDF itself: write next to the target, then rename over it.
  const QFileInfo target(path);
  const QString temporary =
      target.absolutePath() + "/." + target.completeBaseName() + ".partial." + suffix;
  const bool ok = suffix == "png" ? plot->savePng(temporary, w, h) : plot->savePdf(temporary, w, h);
  if (!ok) {
    QFile::remove(temporary);
    return fail(QObject::tr("Cannot write '%1'.").arg(path));
  }
  QFile::remove(path);
  if (!QFile::rename(temporary, path)) {
    QFile::remove(temporary);
    return fail(QObject::tr("Cannot replace '%1'.").arg(path));
  }
  return true;
}

void addPlotExportMenu(QCustomPlot* plot, const QString& baseName) {
  plot->setContextMenuPolicy(Qt::CustomContextMenu);
  QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, baseName](QPoint at) {
    QMenu menu(plot);
    for (const QString& format :
         {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
      menu.addAction(QObject::tr("Export as %1…").arg(format.toUpper()), plot, [=] {
        const QString path = QFileDialog::getSaveFileName(
            plot, QObject::tr("Export plot"), baseName + "." + format,
            QObject::tr("%1 files (*.%2)").arg(format.toUpper(), format));
        if (path.isEmpty()) return;
        QString error;
        if (!exportPlot(plot, path, &error))
          QMessageBox::warning(plot, QObject::tr("Export failed"), error);
      });
    }
    menu.exec(plot->mapToGlobal(at));
  });
}

}  // namespace lstmviz::ui
