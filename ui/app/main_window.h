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
#include <QMainWindow>
#include <QMap>
#include <QSet>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include "core/data/series.h"
#include "core/experiment/experiment_config.h"
#include "core/io/input_batch.h"
#include "core/train/training_snapshot.h"
#include "ui/common/background_job.h"

class QDockWidget;
class QMenu;
class QTabWidget;
class QTimer;

namespace lstmviz::ui {

struct ExplorerSnapshot;
class ConfigPanel;
class FollowRunDock;
class TrainingWorkspace;
class WhatIfPanel;

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
  // importWeights takes any module core::importLstm finds (nn.LSTM under any prefix,
  // nn.LSTMCell, note 003's x2h/h2h cell); prefix chooses one when the file holds several (the
  // menu asks). openInput runs the explorer on the file's own batch (core::InputBatch): batch,
  // seq_len, unbatched and lengths follow the file; h_0, c_0 when it holds them.
  bool importWeights(const QString& path, QString* error, const QString& prefix = QString());
  bool openInput(const QString& path, QString* error);
  // A stateful LSTM: the current pass's (h_n, c_n) become the next pass's (h_0, c_0) on the
  // same batch (File ▸ Carry the state into the next batch); the views say so. Returns false
  // when the explorer has no snapshot.
  bool carryStateForward(QString* error);

  // Follows a run directory (lstmviz's or lstmviz.Watch's, core::FollowedRun), rescanned every
  // second: the dock lists the epochs, and the epoch chosen with its slider is shown in every
  // explorer view — that epoch's checkpoint imported, run on the probe batch. showRunEpoch does
  // that without the slider; refreshFollowedRun rescans now. Return false with a message.
  bool followRun(const QString& dir, QString* error);
  bool showRunEpoch(int64_t epoch, QString* error);
  void refreshFollowedRun();
  FollowRunDock* followRunDock() const { return followDock_; }
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
  // Blocks until no background computation is running or waiting, its result published (a drag's
  // pending what-if list applied, every view given the newest snapshot).
  void waitForSnapshot();

  // What-if (issue 16): runs the explorer's model with these edits (config.whatIf, lstm_edits.h
  // syntax, any order) instead of the ones it has — the whole new list; empty = the model as it is.
  // Only the edited forward pass is computed: the current unedited run is reused (applyWhatIfEdits)
  // — at once when it is small (kBackgroundFlops), else on the worker. Returns false with the
  // core's message (core::EditError) and changes nothing when an edit does not fit.
  bool setWhatIf(const QStringList& texts, QString* error = nullptr);
  // setWhatIf for a burst (a drag): at most one recompute is pending; a newer list replaces a
  // waiting one. A refused list is named in the What-if panel.
  void requestWhatIf(const QStringList& texts);
  // The What-if dock (View ▸ What-if) and its panel.
  QDockWidget* whatIfDock() const { return whatIfDock_; }
  WhatIfPanel* whatIfPanel() const { return whatIfPanel_; }

  // Trains the current experiment for `epochs` epochs (command line --train-epochs).
  bool trainEpochsBlocking(int epochs, QString* error);

  // Session: configuration, geometry, current view and language in QSettings (only with
  // useSettings).
  void restoreSession();
  void saveSession() const;
  // The language the session chose (View ▸ Language), "" when none was chosen or without settings.
  static QString sessionLanguage();

  // Switches the interface language now (View ▸ Language): installs the translators and rebuilds
  // every text — menus, panel, views — keeping the configuration, weights, current view and the
  // training run's history. Returns false for an unknown code.
  bool setLanguage(const QString& code);

 protected:
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

 private:
  void buildMenus();
  void buildViews();
  void buildPanel();
  // Rebuilds menus, panel and views in the language now installed (on QEvent::LanguageChange).
  void retranslate();
  void onPanelChanged();
  void onModelUpdated(std::shared_ptr<const std::vector<float>> parameters);
  void publish(std::shared_ptr<const ExplorerSnapshot> snapshot);
  // The imported or trained weights when they fit `lstm`, else null (the initialisation).
  const std::vector<float>* parametersFor(const core::LstmConfig& lstm) const;
  std::shared_ptr<const ExplorerSnapshot> build(const core::ExperimentConfig& config) const;
  // Checks config at once (checkExplorerConfig: throws torch's message or the size) and computes
  // its snapshot when the forward pass is small; null when it is to be computed in the background.
  std::shared_ptr<const ExplorerSnapshot> buildNowOrCheck(
      const core::ExperimentConfig& config) const;
  // Shows config, checked: `next` at once, or (null) the forward pass started on the worker.
  void showConfig(const core::ExperimentConfig& config,
                  std::shared_ptr<const ExplorerSnapshot> next);
  // The part of applyConfig after the snapshot is built: notes, weights source, training, views.
  void finishApply(const core::ExperimentConfig& config,
                   std::shared_ptr<const ExplorerSnapshot> next);
  // base: the unedited run config.whatIf is applied to (a what-if change), or null: the whole
  // configuration is built.
  void startBackgroundBuild(const core::ExperimentConfig& config,
                            std::shared_ptr<const ExplorerSnapshot> base = nullptr);
  void buildWhatIfDock();
  void onBackgroundBuilt(uint64_t generation, const core::ExperimentConfig& config,
                         std::shared_ptr<const ExplorerSnapshot> next, const QString& error);
  void showFileError(const QString& title, const QString& message);

  bool useSettings_;
  QDockWidget* configDock_;
  ConfigPanel* panel_ = nullptr;
  QTabWidget* tabs_;
  QMenu* viewMenu_;
  QStringList viewNames_;
  QMap<QString, QWidget*> views_;
  // Who draws each snapshot: a view (null: always given it, e.g. the What-if panel).
  struct SnapshotSink {
    QWidget* view = nullptr;
    std::function<void(std::shared_ptr<const ExplorerSnapshot>)> deliver;
  };
  std::vector<SnapshotSink> snapshotSinks_;
  // Views that have not been given the newest snapshot. While the window is on screen a snapshot
  // is handed to the What-if panel at once and to the visible views one per later event-loop pass
  // (queueDelivery), so no pass holds the snapshot's arrival (or a drag's forward pass) and a
  // view's redraw together; a hidden view gets it when shown, and after a drag's recompute
  // (requestWhatIf) when the drag settles (settleTimer_, 250 ms after the last).
  mutable QSet<QWidget*> staleViews_;  // mutable: view() delivers before it hands a view out
  QTimer* settleTimer_ = nullptr;
  bool coalescedPublish_ = false;
  void deliverToStaleViews(bool visibleOnly, bool onlyOne = false);
  // deliverToStaleViews(visible only, one view) as a job of ReplotQueue::shared(): in a later
  // pass of the event loop, not in the one of a plot's replot.
  void queueDelivery();
  void deliverIfStale(QWidget* view) const;
  TrainingWorkspace* training_ = nullptr;

  std::shared_ptr<const ExplorerSnapshot> snapshot_;
  // Parameters that replace the initialisation (imported or trained) while they fit the LSTM.
  std::optional<std::vector<float>> parameters_;
  core::LstmConfig parametersConfig_;
  QString parametersSource_;
  // The imported CSV's input columns, the example batch when the shapes allow.
  std::optional<core::Series> csvSeries_;
  QString csvName_;
  // The opened input file's batch, the example batch while the configuration fits it.
  std::optional<core::InputBatch> inputBatch_;
  // The followed run (followRun): its dock and the rescan timer.
  FollowRunDock* followDock_ = nullptr;
  QTimer* followTimer_ = nullptr;
  // Per-epoch histograms of the followed run's checkpoints, computed once per epoch.
  std::map<int64_t, std::shared_ptr<const std::vector<core::Histogram>>> followedHistograms_;
  // Hands the followed run's curves and histograms to the Training and Histograms views.
  void showFollowedTraining();

  // Background snapshot computation (kBackgroundFlops): one at a time; the latest configuration
  // asked for meanwhile waits in pendingConfig_. Joined before the window goes.
  BackgroundJob builder_;
  bool building_ = false;
  uint64_t buildGeneration_ = 0;
  std::optional<core::ExperimentConfig> pendingConfig_;
  std::shared_ptr<const ExplorerSnapshot> pendingBase_;
  // The unedited run the configuration last asked for applies its edits to: the published
  // snapshot's, or the one a what-if computation on the worker starts from; null while a whole
  // configuration is being computed (its unedited run does not exist yet).
  std::shared_ptr<const ExplorerSnapshot> whatIfBase_;
  // The What-if dock; the list a drag asked for last, waiting for the event loop.
  QDockWidget* whatIfDock_ = nullptr;
  WhatIfPanel* whatIfPanel_ = nullptr;
  std::optional<QStringList> queuedWhatIf_;
  // A LanguageChange arrived and the rebuild is queued (Qt may send several at once).
  bool retranslatePending_ = false;
};

}  // namespace lstmviz::ui
