#pragma once
// Shared look of the dashboard's plots: a title row, labelled axes, a legend in a corner, the
// export menu, and the colours each quantity keeps across plots (train blue, validation orange).
#include <QColor>
#include <QString>
#include <QWidget>

class QCustomPlot;
class QCPGraph;
class QCPColorGradient;
class QCPColorScale;

namespace lstmviz::ui {

inline const QColor kTrainColor(31, 119, 180);
inline const QColor kValidationColor(255, 127, 14);
inline const QColor kCompareColor(110, 110, 110);
inline const QColor kMarkColor(44, 160, 44);
inline const QColor kAlertColor(214, 39, 40);

// Creates a plot with a title, axis labels, a legend (top right, hidden when empty) and the
// PNG/SVG/PDF export menu (file name baseName).
QCustomPlot* makePlot(const QString& title, const QString& xLabel, const QString& yLabel,
                      const QString& baseName, QWidget* parent);

// makePlot without interactions and with a log colour scale at its right (row 1, column 1 of the
// layout, sharing the axis rect's top and bottom margins): the plot of a heat map of norms.
QCustomPlot* makeLogHeatPlot(const QString& title, const QString& xLabel, const QString& yLabel,
                             const QString& baseName, QWidget* parent);
// The colour scale makeLogHeatPlot put beside the plot, wherever a view has moved it since.
QCPColorScale* colorScaleOf(QCustomPlot* plot);

// Adds a line graph named name, drawn in color with width and optional dash.
QCPGraph* addLine(QCustomPlot* plot, const QString& name, const QColor& color, double width = 1.5,
                  bool dashed = false);

// Log or linear y axis (log ticks 10^k).
void setLogY(QCustomPlot* plot, bool log);

// A sequential colour map for counts (ColorBrewer "Blues", 9 stops): lightness falls
// monotonically from white at 0 to dark blue at the top of the range, a single hue, so it reads
// the same for colour-blind viewers and in greyscale.
QCPColorGradient sequentialCountGradient();
// A sequential colour map for magnitudes such as gradient norms (viridis, 9 stops): dark violet
// for the smallest, yellow for the largest, lightness rising monotonically; colour-blind safe.
QCPColorGradient sequentialMagnitudeGradient();

// Moves the legend out of the axes into a row of its own under them, `columns` entries per row,
// so it never covers the data.
void legendBelow(QCustomPlot* plot, int columns);

// Sets the value axis range to the visible data (positive only on a log axis), with margins.
void rescaleY(QCustomPlot* plot);

}  // namespace lstmviz::ui
