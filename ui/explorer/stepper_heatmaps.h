#pragma once
// StepperHeatmaps: six QCustomPlot heatmaps, units × time, of one recorded direction of one layer
// for one sample — i, f, g, o (H rows), c (H rows) and h (H_out rows) — each with its fixed,
// labelled colour scale (stepper_style.h), the current step outlined as a column, the chosen unit
// as a cell, and padded steps (packing) shown grey and hatched as "not computed".
// Cell (t, u) of quantity q holds the trace's value at column t·N + n; padded cells are NaN.
// What-if (issue 16): with an edited snapshot the maps show the edited run, the original run
// (snapshot->unedited()) or their difference edited − original (float values subtracted in double)
// on a diverging scale symmetric around 0 (±max |Δ| of each map; ±1 when nothing changed); the
// cells a gate clamp or knock-out sets are outlined in every mode.
#include <QWidget>
#include <array>
#include <memory>
#include <vector>

#include "ui/explorer/stepper_step_values.h"
#include "ui/explorer/stepper_style.h"

class QCustomPlot;
class QCPAxisRect;
class QCPColorMap;
class QCPItemRect;
class QCPItemText;
class QLabel;

namespace lstmviz::ui {

class DeferredReplotPlot;

// What the maps show of an edited snapshot (without edits always the run itself).
enum class StepperHeatmapMode { kEdited = 0, kOriginal = 1, kDifference = 2 };

class StepperHeatmaps : public QWidget {
  Q_OBJECT

 public:
  explicit StepperHeatmaps(QWidget* parent = nullptr);

  // Chooses what the maps show and refills them; kOriginal / kDifference apply only while the
  // snapshot is edited (otherwise the maps show the run itself). Default: kDifference.
  void setMode(StepperHeatmapMode mode);
  StepperHeatmapMode mode() const { return mode_; }
  // The mode in effect: mode() while the snapshot is edited, else kEdited.
  StepperHeatmapMode effectiveMode() const;
  // The cells outlined as set by a gate clamp, as (quantity, step, unit) rectangles' count.
  int editMarkCount() const { return static_cast<int>(editMarks_.size()); }
  // The caption above the maps ("Δ = edited − original …"), empty when not shown.
  QString captionText() const;

  // Refills every heatmap for (layer, direction, sample) of snapshot; null clears.
  void setData(std::shared_ptr<const ExplorerSnapshot> snapshot, const StepSelection& sel);
  // Moves the step column and the unit cell without refilling the data.
  void setMarker(int64_t step, int64_t unit);

  // The colour map of quantity q (for tests and export).
  QCPColorMap* colorMap(StepperQuantity q) const { return maps_[static_cast<int>(q)]; }
  // The plot, its queued replot done (what it draws is the current data).
  QCustomPlot* plot() const;

 signals:
  // A heatmap cell was clicked: step t and unit u (u in the cell's units; h rows are H_out).
  void cellClicked(int step, int unit, lstmviz::ui::StepperQuantity quantity);

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  int rowAt(const QPoint& pos) const;
  void fill();
  void markClamps();

  DeferredReplotPlot* plot_;
  std::array<QCPAxisRect*, kStepperQuantityCount> rects_{};
  std::array<QCPColorMap*, kStepperQuantityCount> maps_{};
  std::array<QCPItemRect*, kStepperQuantityCount> stepMarks_{};
  std::array<QCPItemRect*, kStepperQuantityCount> unitMarks_{};
  std::array<QCPItemRect*, kStepperQuantityCount> paddingMarks_{};
  QCPItemText* paddingLabel_ = nullptr;
  int64_t steps_ = 1;
  std::array<int64_t, kStepperQuantityCount> units_{};
  int64_t projSize_ = 0;
  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  StepSelection sel_;
  // The difference first: after an edit, what changed is what the learner looks for.
  StepperHeatmapMode mode_ = StepperHeatmapMode::kDifference;
  std::vector<QCPItemRect*> editMarks_;
  QLabel* caption_ = nullptr;
};

}  // namespace lstmviz::ui
