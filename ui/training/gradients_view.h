#pragma once
// GradientsView: the "Gradients" tab — backpropagation through time of the trainer's fixed batch.
//   top:     ‖dL/dh_t‖ and ‖dL/dc_t‖ (mean over the batch) as heat maps, epoch on x, step t on y,
//            log colour scale, for the chosen layer / direction; and the newest epoch's profile
//            over t. Gradients that shrink towards t = 0 are vanishing; ones that blow up explode.
//   bottom:  "Compare forget bias 0 vs 1": two short runs on the same data (InitComparison), their
//            ‖dL/dc_t‖ heat maps side by side and the last epoch's profiles together.
#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/train/training_snapshot.h"

class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lstmviz::ui {

struct TrainingHistory;
class InitComparison;

class GradientsView : public QWidget {
  Q_OBJECT
 public:
  explicit GradientsView(QWidget* parent = nullptr);

  void setHistory(const TrainingHistory& history);
  // The experiment the comparison runs use, asked for when the button is pressed.
  void setExperimentProvider(std::function<core::ExperimentConfig()> provider) {
    provider_ = std::move(provider);
  }
  // Starts the forget-bias comparison (what the button does).
  void startComparison();

  InitComparison* comparison() const { return comparison_; }
  QCustomPlot* hiddenHeatMap() const { return hidden_; }
  QCustomPlot* cellHeatMap() const { return cell_; }

  // The caption above the plots: where the loss's gradient enters the sequence for head.
  static QString caption(core::HeadKind head);
  QString captionText() const;

  // Draws now, shown or not (e.g. before grabbing a hidden view).
  void redrawNow();

 protected:
  void showEvent(QShowEvent* event) override;

 private:
  void redraw();          // if changed and visible
  void scheduleRedraw();  // redraw, at most every kMinRedrawMs while training
  void draw();
  void drawComparison();

  std::function<core::ExperimentConfig()> provider_;
  bool bidirectional_ = false;
  QLabel* explain_ = nullptr;
  std::vector<std::shared_ptr<const core::GradientsThroughTime>> gradients_;
  QComboBox* layer_;
  QCustomPlot *hidden_, *cell_, *profile_;
  QPushButton* compareButton_;
  QSpinBox* compareEpochs_;
  QLabel* compareStatus_;
  QCustomPlot *compareZero_, *compareOne_, *compareProfile_;
  InitComparison* comparison_;
  bool dirty_ = true;
  QTimer* throttle_;
  class ReplotQueue* queue_;
  QElapsedTimer lastDraw_;
};

}  // namespace lstmviz::ui
