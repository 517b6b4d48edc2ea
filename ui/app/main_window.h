#pragma once
// MainWindow: assembles lstmviz — the configuration panel (left dock), the views in tabs (each
// registered by name: shapes, stepper, outputs, architectures, packing, training, histograms,
// gradients), the menus, imports and exports, and the session. It owns the one current
// ExplorerSnapshot: every valid change of the configuration rebuilds it and hands it to every
// explorer view at once; an invalid one is explained in the panel in torch's words while the
// views keep the last valid snapshot.
//
// Every file action has a dialog-free form (importWeights, importCsv, openConfig, saveConfig,
// exportTraceCsv) returning false with a message and leaving the session unchanged on failure;
// the menus wrap them with a file dialog and a message box.
// clang-format off
#include "core/data/series.h"
#include "core/train/experiment.h"
// clang-format on

#include <QMainWindow>
#include <QMap>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

class QTabWidget;
class QMenu;

namespace lstmviz::ui {

struct ExplorerSnapshot;
class ConfigPanel;
class TrainingWorkspace;

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  // useSettings: read the session from QSettings in restoreSession() and write it on close
  // (false for --config / --screenshot runs and tests).
  explicit MainWindow(bool useSettings = false, QWidget* parent = nullptr);
  ~MainWindow() override;

  // Views by name. addView appends a tab and a View menu entry; showView returns false for an
  // unknown name.
  void addView(const QString& name, const QString& title, QWidget* view);
  bool showView(const QString& name);
  QStringList viewNames() const { return viewNames_; }
  QString currentViewName() const;
  QWidget* view(const QString& name) const;

  // Rebuilds the snapshot for config (shown in the panel). Returns false, shows torch's message
  // in the panel and keeps the previous snapshot when config is not a valid nn.LSTM.
  bool applyConfig(const core::ExperimentConfig& config, QString* error = nullptr);
  core::ExperimentConfig config() const;
  std::shared_ptr<const ExplorerSnapshot> snapshot() const { return snapshot_; }
  ConfigPanel* configPanel() const { return panel_; }

  // File actions without dialogs. Each returns false with a message (naming the file and, for
  // CSV, the line and column) and leaves the session unchanged on failure.
  bool importWeights(const QString& path, QString* error);
  bool importCsv(const QString& path, QString* error);
  bool openConfig(const QString& path, QString* error);
  bool saveConfig(const QString& path, QString* error) const;
  bool exportTraceCsv(const QString& path, QString* error) const;

  // A configuration whose forward pass costs more than this many floating-point operations
  // (explorerForwardFlops; about a tenth of a second here) is computed on a worker thread: the
  // window stays responsive, the status bar says so, and the views keep the previous snapshot
  // until the new one is published. Changes made meanwhile supersede it.
  static constexpr double kBackgroundFlops = 2e9;
  bool computing() const { return building_; }
  // Blocks until no background computation is running or waiting, its result published.
  void waitForSnapshot();

  // Trains the current experiment for `epochs` epochs (command line --train-epochs).
  bool trainEpochsBlocking(int epochs, QString* error);

  // Session: configuration, geometry and current view in QSettings (only with useSettings).
  void restoreSession();
  void saveSession() const;

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  void buildMenus();
  void buildViews();
  void onPanelChanged();
  void onModelUpdated(std::shared_ptr<const std::vector<float>> parameters);
  void publish(std::shared_ptr<const ExplorerSnapshot> snapshot);
  // The imported or trained weights when they fit `lstm`, else null (the initialisation).
  const std::vector<float>* parametersFor(const core::LstmConfig& lstm) const;
  std::shared_ptr<const ExplorerSnapshot> build(const core::ExperimentConfig& config) const;
  // The part of applyConfig after the snapshot is built: notes, weights source, training, views.
  void finishApply(const core::ExperimentConfig& config,
                   std::shared_ptr<const ExplorerSnapshot> next);
  void startBackgroundBuild(const core::ExperimentConfig& config);
  void onBackgroundBuilt(uint64_t generation, const core::ExperimentConfig& config,
                         std::shared_ptr<const ExplorerSnapshot> next, const QString& error);
  void showFileError(const QString& title, const QString& message);

  bool useSettings_;
  ConfigPanel* panel_;
  QTabWidget* tabs_;
  QMenu* viewMenu_;
  QStringList viewNames_;
  QMap<QString, QWidget*> views_;
  std::vector<std::function<void(std::shared_ptr<const ExplorerSnapshot>)>> snapshotSinks_;
  TrainingWorkspace* training_ = nullptr;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  // Parameters that replace the initialisation (imported or trained) while they fit the LSTM.
  std::optional<std::vector<float>> parameters_;
  core::LstmConfig parametersConfig_;
  QString parametersSource_;
  // The imported CSV's input columns, the example batch when the shapes allow.
  std::optional<core::Series> csvSeries_;
  QString csvName_;

  // Background snapshot computation (kBackgroundFlops): one at a time; the latest configuration
  // asked for meanwhile waits in pendingConfig_. Joined before the window goes.
  std::thread builder_;
  bool building_ = false;
  uint64_t buildGeneration_ = 0;
  std::optional<core::ExperimentConfig> pendingConfig_;
};

}  // namespace lstmviz::ui
