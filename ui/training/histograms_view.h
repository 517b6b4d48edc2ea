#pragma once
// HistogramsView: the "Histograms" tab — TensorBoard's weight/gradient histograms, but split by
// gate block. For the chosen parameter (weights or gradients) one plot per gate i, f, g, o (one
// plot for tensors without gate blocks), each either
//   ridge     one curve per epoch, offset by epoch (newest in front), or
//   heat map  epoch on x, value on y, colour = share of the tensor's entries in that value bin,
// over the epoch range of the two sliders. Each plot's title counts zeros, NaN and Inf at the last
// epoch of the range. A saved run opened with "Compare run…" (setComparison) is laid over the
// ridges: its histogram of the same parameter, gate and kind at the last epoch of the range, as a
// grey dashed outline. Redraws only when a new epoch's histograms arrive and it is visible.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "core/train/training_snapshot.h"

class QCustomPlot;
class QComboBox;
class QLabel;
class QSlider;

namespace lstmviz::ui {

struct TrainingHistory;

class HistogramsView : public QWidget {
  Q_OBJECT
 public:
  enum class Mode { kRidge, kHeatMap };
  explicit HistogramsView(QWidget* parent = nullptr);

  // Takes the per-epoch histogram sets of history (shared, immutable).
  void setHistory(const TrainingHistory& history);
  void setParameter(const QString& name, bool gradients);
  void setMode(Mode mode);
  // Epoch range (1-based, inclusive), clamped to the epochs present.
  void setEpochRange(int first, int last);
  // A saved run's per-epoch histograms (RunDirectory::readHistograms) to overlay, named `name`;
  // an empty list clears it.
  void setComparison(const QString& name, std::vector<std::vector<core::Histogram>> epochs);
  // For tests: whether the gate's plot shows the comparison outline now.
  bool showsComparison(const QString& gate) const;

  // For tests: the plot of a gate ("i", "f", "g", "o", or "" for an ungated tensor) and the counts
  // text shown for it.
  QCustomPlot* gatePlot(const QString& gate) const;
  QString countsText(const QString& gate) const;
  int epochCount() const { return static_cast<int>(sets_.size()); }

  // Draws now, shown or not (e.g. before grabbing a hidden view).
  void redrawNow();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void redraw();          // if changed and visible
  void scheduleRedraw();  // redraw, at most every kMinRedrawMs while training
  void draw();
  void refillParameters();
  void drawGate(QCustomPlot* plot, const std::string& gate, int first, int last);
  const core::Histogram* find(size_t set, const std::string& gate) const;
  const core::Histogram* findIn(const std::vector<core::Histogram>& set,
                                const std::string& gate) const;
  void drawComparison(QCustomPlot* plot, const std::string& gate, int epoch);

  std::vector<std::shared_ptr<const std::vector<core::Histogram>>> sets_;
  QString comparisonName_;
  std::vector<std::vector<core::Histogram>> comparison_;
  bool comparisonShown_[4] = {false, false, false, false};
  QComboBox* parameter_;
  QComboBox* kind_;
  QComboBox* mode_;
  QSlider* from_;
  QSlider* to_;
  QLabel* rangeLabel_;
  QLabel* hint_;
  QCustomPlot* plots_[4];
  QString counts_[4];
  bool dirty_ = true;
  QTimer* throttle_;
  class ReplotQueue* queue_;
  QElapsedTimer lastDraw_;
};

}  // namespace lstmviz::ui
