#pragma once
// StepperView: step through one recorded forward pass. A timestep slider with play/pause and
// step buttons (keyboard, when the view has focus: ← / → step, Space plays or pauses); selectors
// for layer, direction (bidirectional only), batch element (hidden for unbatched input) and unit;
// heatmaps units × time of i, f, g, o, c, h with fixed colour scales (StepperHeatmaps); the cell
// diagram of the current step (StepperCellDiagram); and the six equations of the chosen unit with
// the numbers substituted and checked against the trace (StepperEquations), with the layer stack
// and h_n's named rows (StepperStackPanel) in a tab beside them.
// What-if (issue 16): with an edited snapshot the heat maps can show the edited run, the original
// or their difference ("Heat maps show", enabled only while edited), the equations read old → new,
// and clicking a weight or bias term of the equations emits parameterTermClicked.
// Draws only from an immutable ExplorerSnapshot; never recomputes the forward pass.
#include <QWidget>
#include <memory>

#include "ui/explorer/stepper_step_values.h"
#include "ui/explorer/stepper_style.h"

class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTabWidget;
class QTimer;
class QToolButton;

namespace lstmviz::ui {

class StepperCellDiagram;
class StepperEquations;
class StepperHeatmaps;
class StepperCellLoopPanel;
class StepperStackPanel;

class StepperView : public QWidget {
  Q_OBJECT

 public:
  explicit StepperView(QWidget* parent = nullptr);

  // Shows snapshot (null: empty). Keeps layer, direction, sample, timestep and unit when they
  // are still valid for the new configuration, clamps them otherwise.
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot);
  std::shared_ptr<const ExplorerSnapshot> snapshot() const { return snapshot_; }

  int timestep() const { return static_cast<int>(sel_.step); }
  void setTimestep(int t);  // clamped to [0, L)
  int unit() const { return static_cast<int>(sel_.unit); }
  void setUnit(int unit);
  int layer() const { return static_cast<int>(sel_.layer); }
  void setLayer(int layer);
  int direction() const { return static_cast<int>(sel_.direction); }
  void setDirection(int direction);
  int sample() const { return static_cast<int>(sel_.sample); }
  void setSample(int sample);
  const StepSelection& selection() const { return sel_; }

  bool isPlaying() const;
  void setPlaying(bool playing);
  void stepForward();   // t + 1 (stops at L − 1)
  void stepBackward();  // t − 1 (stops at 0)

  // Parts, for tests and the screenshot.
  StepperHeatmaps* heatmaps() const { return heatmaps_; }
  StepperCellDiagram* cellDiagram() const { return diagram_; }
  StepperEquations* equations() const { return equations_; }
  // The stack of layers and h_n's rows, in a tab beside the equations.
  StepperStackPanel* stackPanel() const { return stack_; }
  // An nn.LSTMCell loop beside nn.LSTM and the chunk(4) picture, in a third tab.
  StepperCellLoopPanel* cellLoopPanel() const { return cellLoop_; }
  QTabWidget* lowerTabs() const { return lowerTabs_; }
  // "Heat maps show: edited | original | difference" (index = StepperHeatmapMode).
  QComboBox* heatmapModeBox() const { return modeBox_; }
  // The values behind the diagram and the equations at the current selection.
  const StepValues& currentValues() const { return values_; }

 signals:
  void timestepChanged(int t);
  void playingChanged(bool playing);
  // A weight or bias term of the equations was clicked: torch's state_dict name of the parameter
  // ("weight_hh_l0", "bias_ih_l1_reverse", …) and its element [row, column] for the current
  // layer, direction, unit and gate: row = gate·H + unit (torch's i, f, g, o blocks), column = the
  // input feature / hidden unit the term shows (its edited column when it has one, else the
  // largest |W·x| product), −1 for a bias.
  void parameterTermClicked(const QString& parameter, int row, int column);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  void rebuildSelectors();
  void refreshData();  // layer / direction / sample / snapshot changed
  void refreshStep();  // step / unit changed
  void advancePlayback();
  int64_t unitCount() const;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  StepSelection sel_;
  StepValues values_;
  bool updatingSelectors_ = false;

  QToolButton* backButton_;
  QToolButton* playButton_;
  QToolButton* forwardButton_;
  QSlider* slider_;
  QLabel* stepLabel_;
  QLabel* layerLabel_;
  QComboBox* layerBox_;
  QLabel* directionLabel_;
  QComboBox* directionBox_;
  QLabel* sampleLabel_;
  QComboBox* sampleBox_;
  QSpinBox* unitBox_;
  QLabel* modeLabel_;
  QComboBox* modeBox_;
  QLabel* noteLabel_;
  QTimer* playTimer_;
  StepperHeatmaps* heatmaps_;
  StepperCellDiagram* diagram_;
  StepperEquations* equations_;
  StepperStackPanel* stack_;
  StepperCellLoopPanel* cellLoop_;
  QTabWidget* lowerTabs_;
};

}  // namespace lstmviz::ui
