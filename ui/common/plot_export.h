#pragma once
// Export of any QCustomPlot (every plot in lstmviz) to PNG, SVG or PDF, chosen by the file's
// suffix, and a right-click menu offering it. Files are written atomically (temporary file, then
// rename), so an existing file is never left half-written.
#include <QString>

class QCustomPlot;
class QWidget;

namespace lstmviz::ui {

// Writes plot to path (.png, .svg or .pdf; width/height 0: the plot's current size). Returns false
// with a message in *error (unknown suffix, unwritable path) — never throws.
bool exportPlot(QCustomPlot* plot, const QString& path, QString* error, int width = 0,
                int height = 0);

// Adds "Export as PNG / SVG / PDF…" to plot's context menu; baseName is the suggested file name.
void addPlotExportMenu(QCustomPlot* plot, const QString& baseName);

}  // namespace lstmviz::ui
