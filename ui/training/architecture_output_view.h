#pragma once
// ArchitectureOutputView: the Training tab's picture of what a seq2seq, one-to-many or
// autoencoder model produces at the latest epoch (ArchitectureOutput, computed on the worker):
//   forecasts      left: the validation series (truth) with a fan of K-step forecasts, each
//                  starting where its window ends; right: the validation MSE per horizon step
//   reconstruction left: the test series of every feature (input) against the reconstruction of
//                  each window's last step, one feature above the other; right: the per-window,
//                  per-feature reconstruction error with each feature's threshold, the flagged
//                  windows shaded and the true anomaly labels marked
// Draws only the immutable value it is given; hidden for the head architectures.
#include <QWidget>
#include <memory>

class QCustomPlot;
class QLabel;

namespace lstmviz::ui {

struct ArchitectureOutput;

class ArchitectureOutputView : public QWidget {
  Q_OBJECT
 public:
  explicit ArchitectureOutputView(QWidget* parent = nullptr);

  // Draws output (null, or kind kNone: the plots are cleared and a hint says why).
  void setOutput(std::shared_ptr<const ArchitectureOutput> output);
  const ArchitectureOutput* output() const { return output_.get(); }
  void replotNow();

  QCustomPlot* seriesPlot() const { return series_; }
  QCustomPlot* errorPlot() const { return errors_; }
  QLabel* caption() const { return caption_; }

 private:
  void drawForecast(const ArchitectureOutput& out);
  void drawReconstruction(const ArchitectureOutput& out);
  void clearPlots();

  std::shared_ptr<const ArchitectureOutput> output_;
  QCustomPlot* series_;
  QCustomPlot* errors_;
  QLabel* caption_;
};

}  // namespace lstmviz::ui
