#pragma once
// InputBoxWidget: the input tensor drawn as a 3-D box — time (L) to the right, features (H_in)
// upwards, samples (N) into the depth — each edge labelled with its letter, size and which
// dimension of the tensor it is in the current layout (the only thing batch_first changes).
// Unbatched input is drawn as a flat (L, H_in) slab.
#include <QWidget>
#include <string>
#include <vector>

#include "core/experiment/experiment_config.h"

namespace lstmviz::ui {

class InputBoxWidget : public QWidget {
 public:
  explicit InputBoxWidget(QWidget* parent = nullptr);
  // featureNames: the input's column names (drawn beside the feature axis), or empty.
  void setConfig(const core::ExperimentConfig& config,
                 const std::vector<std::string>& featureNames = {});
  QSize sizeHint() const override { return {420, 320}; }
  QSize minimumSizeHint() const override { return {300, 240}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  core::ExperimentConfig config_;
  std::vector<std::string> featureNames_;
};

}  // namespace lstmviz::ui
