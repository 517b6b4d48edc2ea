#include "ui/app/main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

#include "core/common/error.h"
#include "core/data/csv_reader.h"
#include "core/io/lstm_import.h"
#include "core/io/safetensors.h"
#include "core/io/state_dict.h"
#include "core/train/followed_run.h"
#include "ui/app/config_panel.h"
#include "ui/app/csv_example_input.h"
#include "ui/app/follow_run_dock.h"
#include "ui/app/input_batch_example.h"
#include "ui/app/trace_csv_export.h"
#include "ui/app/ui_language.h"
#include "ui/common/replot_queue.h"
#include "ui/explorer/architectures_view.h"
#include "ui/explorer/memory_view.h"
#include "ui/explorer/outputs_view.h"
#include "ui/explorer/packing_view.h"
#include "ui/explorer/shapes_view.h"
#include "ui/explorer/stepper_view.h"
#include "ui/lessons/lessons_panel.h"
#include "ui/model/explorer_snapshot.h"
// training_workspace.h returns QPointer<TrainingView> etc. as raw pointers inline, which needs the
// complete view classes.
#include "ui/training/forecaster_comparison_dialog.h"
#include "ui/training/gradients_view.h"
#include "ui/training/histograms_view.h"
#include "ui/training/hyper_parameter_form.h"
#include "ui/training/training_history.h"
#include "ui/training/training_plots.h"
#include "ui/training/training_view.h"
#include "ui/training/training_workspace.h"
#include "ui/whatif/whatif_panel.h"

namespace lstmviz::ui {

namespace {

const char* kSettingsOrganization = "lstmviz";
const char* kSettingsApplication = "lstmviz";

// True iff both configurations have the same parameters (names, shapes): batch_first and dropout
// do not change them.
bool sameParameters(const core::LstmConfig& a, const core::LstmConfig& b) {
  return a.inputSize == b.inputSize && a.hiddenSize == b.hiddenSize && a.numLayers == b.numLayers &&
         a.bias == b.bias && a.bidirectional == b.bidirectional && a.projSize == b.projSize;
}

// config with the what-if edits that still fit its nn.LSTM and batch (a smaller hidden_size, fewer
// steps or another input make some of them point nowhere): the others are dropped, and named in
// *dropped.
core::ExperimentConfig withFittingEdits(core::ExperimentConfig config, QStringList* dropped) {
  if (config.whatIf.empty()) return config;
  const core::Shape shape = core::editInputShape(config.lstm, config.unbatched ? 1 : config.batch,
                                                 config.seqLen, config.unbatched);
  std::vector<std::string> kept;
  for (const std::string& text : config.whatIf) {
    try {
      core::checkEdits(core::parseEditList({text}), config.lstm, shape);
      kept.push_back(text);
    } catch (const std::exception&) {
      if (dropped) *dropped << QString::fromStdString(text);
    }
  }
  config.whatIf = std::move(kept);
  return config;
}

}  // namespace

MainWindow::MainWindow(bool useSettings, QWidget* parent)
    : QMainWindow(parent), useSettings_(useSettings) {
  setWindowTitle(tr("lstmviz — see exactly what torch.nn.LSTM does"));
  configDock_ = new QDockWidget(tr("Configuration"));
  configDock_->setObjectName(QStringLiteral("configurationDock"));
  configDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                           QDockWidget::DockWidgetClosable);
  configDock_->setMinimumWidth(290);
  addDockWidget(Qt::LeftDockWidgetArea, configDock_);
  buildPanel();

  tabs_ = new QTabWidget;
  tabs_->setDocumentMode(true);
  setCentralWidget(tabs_);
  settleTimer_ = new QTimer(this);
  settleTimer_->setSingleShot(true);
  settleTimer_->setInterval(250);
  connect(settleTimer_, &QTimer::timeout, this, [this] { deliverToStaleViews(false); });
  connect(tabs_, &QTabWidget::currentChanged, this, [this] { deliverToStaleViews(true); });

  buildMenus();
  buildViews();
  applyConfig(core::ExperimentConfig{});
}

void MainWindow::buildPanel() {
  panel_ = new ConfigPanel;
  auto* scroll = new QScrollArea;
  scroll->setWidget(panel_);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setFrameShape(QFrame::NoFrame);
  delete configDock_->widget();  // the previous language's panel, if any
  configDock_->setWidget(scroll);
  connect(panel_, &ConfigPanel::configChanged, this, &MainWindow::onPanelChanged);
}

MainWindow::~MainWindow() {
  pendingConfig_.reset();
  builder_.requestStop();
  builder_.join();  // its queued result dies with this object
  // Stop the training worker before the views that watch it go.
  delete training_;
  training_ = nullptr;
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  QAction* weights = file->addAction(tr("Import PyTorch &weights…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import nn.LSTM weights"), QString(),
                                                      tr("safetensors state_dict (*.safetensors)"));
    if (path.isEmpty()) return;
    // Several LSTMs (a seq2seq's encoder and decoder): the learner chooses one.
    QString prefix;
    try {
      const auto modules = core::findLstmModules(core::SafetensorsFile::read(path.toStdString()));
      if (modules.size() > 1) {
        QStringList items;
        for (const core::ImportCandidate& m : modules)
          items << tr("%1 under '%2'")
                       .arg(QString::fromUtf8(core::importedModuleKindName(m.kind)),
                            QString::fromStdString(m.prefix));
        bool ok = false;
        const QString item =
            QInputDialog::getItem(this, tr("Several LSTMs"),
                                  tr("%1 holds several LSTMs. Which one should the explorer run?")
                                      .arg(QFileInfo(path).fileName()),
                                  items, 0, false, &ok);
        if (!ok) return;
        prefix = QString::fromStdString(modules[items.indexOf(item)].prefix);
      }
    } catch (const std::exception&) {
      // importWeights reports the unreadable file below.
    }
    QString error;
    if (!importWeights(path, &error, prefix)) showFileError(tr("Cannot import the weights"), error);
  });
  weights->setShortcut(QKeySequence(tr("Ctrl+I")));
  weights->setToolTip(
      tr("Load an nn.LSTM, nn.LSTMCell or x2h/h2h cell state_dict (under any prefix) saved as "
         "safetensors."));
  file->addAction(tr("Open &input…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open an input batch"), QString(), tr("input batch (*.safetensors *.npy *.npz)"));
    QString error;
    if (!path.isEmpty() && !openInput(path, &error))
      showFileError(tr("Cannot open the input"), error);
  });
  QAction* carry = file->addAction(tr("Carry the &state into the next batch"), this, [this] {
    QString error;
    if (!carryStateForward(&error)) showFileError(tr("Cannot carry the state"), error);
  });
  carry->setToolTip(
      tr("A stateful LSTM: this pass's h_n, c_n become h_0, c_0 of the next pass "
         "over the same batch."));
  file->addAction(tr("&Follow run…"), this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Follow a training run (lstmviz's or lstmviz.Watch's run directory)"));
    QString error;
    if (!dir.isEmpty() && !followRun(dir, &error))
      showFileError(tr("Cannot follow the run"), error);
  });
  file->addAction(tr("Import &CSV…"), this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a CSV series"), QString(),
                                                      tr("CSV files (*.csv *.tsv *.txt)"));
    QString error;
    if (!path.isEmpty() && !importCsv(path, &error))
      showFileError(tr("Cannot import the CSV"), error);
  });
  file->addSeparator();
  file->addAction(tr("&Open config…"), QKeySequence::Open, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a configuration"), QString(),
                                                      tr("lstmviz config (*.json)"));
    QString error;
    if (!path.isEmpty() && !openConfig(path, &error))
      showFileError(tr("Cannot open the configuration"), error);
  });
  file->addAction(tr("&Save config…"), QKeySequence::Save, this, [this] {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the configuration"),
                                     QStringLiteral("lstmviz.json"), tr("lstmviz config (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveConfig(path, &error))
      showFileError(tr("Cannot save the configuration"), error);
  });
  file->addSeparator();
  file->addAction(tr("&Export trace as CSV…"), QKeySequence(tr("Ctrl+E")), this, [this] {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the trace"), QStringLiteral("trace.csv"), tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty() && !exportTraceCsv(path, &error))
      showFileError(tr("Cannot export the trace"), error);
  });
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  viewMenu_ = menuBar()->addMenu(tr("&View"));
  viewMenu_->addAction(configDock_->toggleViewAction());
  QMenu* language = viewMenu_->addMenu(tr("&Language"));
  auto* languages = new QActionGroup(language);
  for (const QString& code : UiLanguage::codes()) {
    // Each language is named in itself, so a learner finds theirs whatever is shown now.
    QAction* action = language->addAction(UiLanguage::nativeName(code), this,
                                          [this, code] { setLanguage(code); });
    action->setCheckable(true);
    action->setChecked(code == UiLanguage::current());
    action->setData(code);
    languages->addAction(action);
  }
  viewMenu_->addSeparator();

  QMenu* trainingMenu = menuBar()->addMenu(tr("&Training"));
  QAction* compare = trainingMenu->addAction(tr("Compare &forecasters…"), this, [this] {
    auto* dialog = new ForecasterComparisonDialog(config(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
  });
  compare->setObjectName(QStringLiteral("compareForecastersAction"));
  compare->setToolTip(
      tr("Train four ways to forecast K steps on the same series and compare "
         "their validation error per step ahead."));

  QMenu* help = menuBar()->addMenu(tr("&Help"));
  installLessons(this, help);
  help->addAction(tr("&About lstmviz"), this, [this] {
    QMessageBox::about(
        this, tr("About lstmviz"),
        tr("<h3>lstmviz</h3><p>See exactly what <code>torch.nn.LSTM</code> does: every shape, "
           "every gate at every step, and when <code>output[:, -1]</code> and "
           "<code>h_n[-1]</code> differ.</p><p>The LSTM is a C++ reimplementation of "
           "torch.nn.LSTM checked against PyTorch itself, digit for digit.</p>"));
  });
  help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addView(const QString& name, const QString& title, QWidget* view) {
  // Each view sits in a scroll area, so one view's minimum size cannot widen the whole window.
  auto* page = new QScrollArea;
  page->setWidget(view);
  page->setWidgetResizable(true);
  page->setFrameShape(QFrame::NoFrame);
  const int index = tabs_->addTab(page, title);
  viewNames_ << name;
  views_.insert(name, view);
  QAction* action =
      viewMenu_->addAction(title, this, [this, index] { tabs_->setCurrentIndex(index); });
  if (index < 9) action->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1)));
  action->setToolTip(tr("Show the %1 view (lstmviz --view %2).").arg(title, name));
}

bool MainWindow::showView(const QString& name) {
  const int index = viewNames_.indexOf(name);
  if (index < 0) return false;
  tabs_->setCurrentIndex(index);
  return true;
}

QString MainWindow::currentViewName() const {
  const int index = tabs_->currentIndex();
  return index >= 0 && index < viewNames_.size() ? viewNames_[index] : QString();
}

QWidget* MainWindow::view(const QString& name) const {
  QWidget* widget = views_.value(name, nullptr);
  deliverIfStale(widget);  // a caller about to read the view reads the newest snapshot
  return widget;
}

void MainWindow::deliverIfStale(QWidget* view) const {
  if (!view || !snapshot_ || !staleViews_.contains(view)) return;
  staleViews_.remove(view);
  for (const SnapshotSink& sink : snapshotSinks_)
    if (sink.view == view) sink.deliver(snapshot_);
}

void MainWindow::buildWhatIfDock() {
  const bool wasVisible = whatIfDock_ && whatIfDock_->isVisible();
  if (whatIfDock_) {  // the previous language's
    removeDockWidget(whatIfDock_);
    delete whatIfDock_;
  }
  whatIfDock_ = new QDockWidget(tr("What-if"), this);
  whatIfDock_->setObjectName(QStringLiteral("whatIfDock"));
  whatIfPanel_ = new WhatIfPanel;
  auto* scroll = new QScrollArea;
  scroll->setWidget(whatIfPanel_);
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setFrameShape(QFrame::NoFrame);
  whatIfDock_->setWidget(scroll);
  whatIfDock_->setMinimumWidth(380);
  addDockWidget(Qt::RightDockWidgetArea, whatIfDock_);
  whatIfDock_->setVisible(wasVisible);
  QAction* toggle = whatIfDock_->toggleViewAction();
  toggle->setShortcut(QKeySequence(tr("Ctrl+Shift+W")));
  toggle->setToolTip(
      tr("Change any input, weight or gate and see every view recompute, the "
         "original as a grey ghost."));
  viewMenu_->addAction(toggle);
  snapshotSinks_.push_back({nullptr, [panel = whatIfPanel_](auto s) { panel->setSnapshot(s); }});
  connect(whatIfPanel_, &WhatIfPanel::editsRequested, this,
          [this](const QStringList& texts, bool coalesce) {
            if (coalesce) {
              requestWhatIf(texts);
              return;
            }
            QString error;
            if (!setWhatIf(texts, &error)) whatIfPanel_->showError(error);
          });
}

void MainWindow::buildViews() {
  // The What-if panel first: a view's request to edit (the Stepper's equation terms) connects to
  // whatIfPanel_->proposeParameterEdit(parameter, row, column).
  buildWhatIfDock();

  auto* shapes = new ShapesView;
  addView(QStringLiteral("shapes"), tr("Shapes"), shapes);
  snapshotSinks_.push_back({shapes, [shapes](auto s) { shapes->setSnapshot(s); }});

  auto* stepper = new StepperView;
  addView(QStringLiteral("stepper"), tr("Stepper"), stepper);
  snapshotSinks_.push_back({stepper, [stepper](auto s) { stepper->setSnapshot(s); }});
  connect(stepper, &StepperView::parameterTermClicked, whatIfPanel_,
          &WhatIfPanel::proposeParameterEdit);

  auto* outputs = new OutputsView;
  addView(QStringLiteral("outputs"), tr("Outputs compared"), outputs);
  snapshotSinks_.push_back({outputs, [outputs](auto s) { outputs->setSnapshot(s); }});

  auto* architectures = new ArchitecturesView;
  addView(QStringLiteral("architectures"), tr("Architectures"), architectures);
  snapshotSinks_.push_back(
      {architectures, [architectures](auto s) { architectures->setSnapshot(s); }});
  connect(architectures, &ArchitecturesView::presetRequested, this,
          [this](const core::ExperimentConfig& preset) { applyConfig(preset); });

  auto* packing = new PackingView;
  addView(QStringLiteral("packing"), tr("Padding && packing"), packing);
  snapshotSinks_.push_back({packing, [packing](auto s) { packing->setSnapshot(s); }});

  auto* memory = new MemoryView;
  addView(QStringLiteral("memory"), tr("Memory"), memory);
  snapshotSinks_.push_back({memory, [memory](auto s) { memory->setSnapshot(s); }});
  // The Stepper and the Memory view share one time step.
  connect(stepper, &StepperView::timestepChanged, memory, &MemoryView::setStep);
  connect(memory, &MemoryView::stepChanged, stepper, &StepperView::setTimestep);

  if (!training_) {
    training_ = new TrainingWorkspace(this);
    connect(training_, &TrainingWorkspace::modelUpdated, this, &MainWindow::onModelUpdated);
  }
  addView(QStringLiteral("training"), tr("Training"), training_->trainingView());
  addView(QStringLiteral("histograms"), tr("Histograms"), training_->histogramsView());
  addView(QStringLiteral("gradients"), tr("Gradients"), training_->gradientsView());
}

namespace {

// The snapshot for config with the given replacement weights and CSV series (either may be null).
// Null when `abandoned` says so before the run on the file's batch or the CSV.
std::shared_ptr<const ExplorerSnapshot> buildWith(
    const core::ExperimentConfig& config, const std::vector<float>* parameters,
    const core::Series* csv, const core::InputBatch* batch,
    const std::function<bool()>& abandoned = [] { return false; }) {
  // The unedited run on the batch the explorer shows, then the what-if edits on top of it (an edit
  // of x edits the file's batch, not the built-in one).
  core::ExperimentConfig unedited = config;
  unedited.whatIf.clear();
  std::shared_ptr<const ExplorerSnapshot> snapshot = buildExplorerSnapshot(unedited, parameters);
  if ((batch || csv) && abandoned()) return nullptr;
  std::string why;
  std::shared_ptr<const ExplorerSnapshot> given;
  if (batch) given = snapshotWithInputBatch(*snapshot, *batch, &why);
  if (!given && csv) given = snapshotWithSeries(*snapshot, *csv, &why);
  if (given) snapshot = std::move(given);
  if (config.whatIf.empty()) return snapshot;
  return applyWhatIfEdits(snapshot, core::parseEditList(config.whatIf));
}

}  // namespace

const std::vector<float>* MainWindow::parametersFor(const core::LstmConfig& lstm) const {
  return parameters_ && sameParameters(parametersConfig_, lstm) ? &*parameters_ : nullptr;
}

std::shared_ptr<const ExplorerSnapshot> MainWindow::build(
    const core::ExperimentConfig& config) const {
  return buildWith(config, parametersFor(config.lstm), csvSeries_ ? &*csvSeries_ : nullptr,
                   inputBatch_ ? &*inputBatch_ : nullptr);
}

std::shared_ptr<const ExplorerSnapshot> MainWindow::buildNowOrCheck(
    const core::ExperimentConfig& config) const {
  // torch's rules and the sizes at once, also for a configuration built in the background.
  checkExplorerConfig(config, parametersFor(config.lstm));
  if (explorerForwardFlops(config) > kBackgroundFlops) return nullptr;
  return build(config);
}

void MainWindow::showConfig(const core::ExperimentConfig& config,
                            std::shared_ptr<const ExplorerSnapshot> next) {
  if (next) {
    pendingConfig_.reset();  // a small configuration asked for later wins over a pending one
    ++buildGeneration_;      // and over one still being computed, which may stop early
    if (building_) builder_.requestStop();
    finishApply(config, std::move(next));
    return;
  }
  panel_->setError(QString());
  // Training reads the experiment, not the explorer's snapshot: it gets the applied one now,
  // so Start (or --train-epochs) never trains the previous configuration while the forward
  // pass is still being computed.
  if (training_) training_->setExperiment(config);
  startBackgroundBuild(config);
}

bool MainWindow::applyConfig(const core::ExperimentConfig& config, QString* error) {
  panel_->setConfig(config);
  std::shared_ptr<const ExplorerSnapshot> next;
  try {
    next = buildNowOrCheck(config);
  } catch (const std::exception& e) {
    const QString message = QString::fromStdString(e.what());
    panel_->setError(message);
    statusBar()->showMessage(tr("Invalid configuration — the views keep the last valid one."));
    if (error) *error = message;
    return false;
  }
  showConfig(config, std::move(next));
  return true;
}

void MainWindow::startBackgroundBuild(const core::ExperimentConfig& config,
                                      std::shared_ptr<const ExplorerSnapshot> base) {
  whatIfBase_ = base;
  if (building_) {  // the running one is abandoned; this one starts when it ends
    pendingConfig_ = config;
    pendingBase_ = std::move(base);
    ++buildGeneration_;
    builder_.requestStop();
    return;
  }
  building_ = true;
  const uint64_t generation = ++buildGeneration_;
  // Copies: the worker must not read members the GUI thread may replace meanwhile.
  std::optional<std::vector<float>> parameters;
  if (const std::vector<float>* fitting = parametersFor(config.lstm)) parameters = *fitting;
  std::optional<core::Series> csv = csvSeries_;
  std::optional<core::InputBatch> batch = inputBatch_;
  statusBar()->showMessage(
      tr("Computing the forward pass of %1 × %2 steps, %3 layer(s)… the views show the previous "
         "configuration until it is done.")
          .arg(config.unbatched ? 1 : config.batch)
          .arg(config.seqLen)
          .arg(config.lstm.numLayers));
  builder_.start([this, config, generation, base = std::move(base),
                  parameters = std::move(parameters), csv = std::move(csv),
                  batch = std::move(batch)](BackgroundJob::Control& control) {
    std::shared_ptr<const ExplorerSnapshot> next;  // stays null when abandoned
    QString error;
    try {
      if (control.stopRequested()) {
      } else if (base) {  // only the edits changed: one edited forward pass over the unedited run
        next = applyWhatIfEdits(base, core::parseEditList(config.whatIf));
      } else {
        next = buildWith(config, parameters ? &*parameters : nullptr, csv ? &*csv : nullptr,
                         batch ? &*batch : nullptr, [&control] { return control.stopRequested(); });
      }
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    // Delivered on the GUI thread; dropped by Qt if the window is gone (it joins this first).
    QMetaObject::invokeMethod(
        this,
        [this, generation, config, next, error] {
          onBackgroundBuilt(generation, config, next, error);
        },
        Qt::QueuedConnection);
  });
}

void MainWindow::onBackgroundBuilt(uint64_t generation, const core::ExperimentConfig& config,
                                   std::shared_ptr<const ExplorerSnapshot> next,
                                   const QString& error) {
  building_ = false;
  builder_.join();  // it has posted this and is ending
  if (pendingConfig_) {
    const core::ExperimentConfig pending = *pendingConfig_;
    pendingConfig_.reset();
    startBackgroundBuild(pending, std::move(pendingBase_));
    return;
  }
  if (generation != buildGeneration_) return;  // superseded by a configuration applied since
  if (!next && error.isEmpty()) return;        // abandoned
  if (!error.isEmpty()) {
    panel_->setError(error);
    statusBar()->showMessage(tr("Invalid configuration — the views keep the last valid one."));
    return;
  }
  finishApply(config, std::move(next));
}

void MainWindow::waitForSnapshot() {
  if (queuedWhatIf_) {  // a drag's last list, not yet applied
    const QStringList latest = *queuedWhatIf_;
    queuedWhatIf_.reset();
    QString error;
    if (!setWhatIf(latest, &error) && whatIfPanel_) whatIfPanel_->showError(error);
  }
  while (building_) {
    builder_.join();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
  }
  settleTimer_->stop();
  deliverToStaleViews(false);  // a delivery still queued then finds nothing stale
}

void MainWindow::finishApply(const core::ExperimentConfig& config,
                             std::shared_ptr<const ExplorerSnapshot> next) {
  panel_->setError(QString());

  QStringList notes;
  const auto& l = config.lstm;
  if (l.dropout > 0 && l.numLayers == 1)
    notes << tr("UserWarning: dropout option adds dropout after all but last recurrent layer, so "
                "non-zero dropout expects num_layers greater than 1, but got dropout=%1 and "
                "num_layers=1")
                 .arg(l.dropout);
  if (l.dropout > 0)
    notes << tr("The explorer runs the model in eval mode (model.eval()): dropout is off here.");
  if (csvSeries_) {
    std::string why;
    if (!snapshotWithSeries(*next, *csvSeries_, &why) && !why.empty())
      notes << tr("%1 is loaded for training, but the example batch stays the built-in sine: %2.")
                   .arg(csvName_, QString::fromStdString(why));
  }
  if (inputBatch_) {
    std::string why;
    if (!snapshotWithInputBatch(*next, *inputBatch_, &why))
      notes << tr("The example batch is the built-in one, not %1: %2.")
                   .arg(inputBatch_->source.empty()
                            ? tr("the batch with the carried state")
                            : QFileInfo(QString::fromStdString(inputBatch_->source)).fileName(),
                        QString::fromStdString(why));
  }
  panel_->setWarning(notes.join(QStringLiteral("\n\n")));

  if (parametersFor(l)) {
    panel_->setWeightsSource(parametersSource_);
  } else {
    panel_->setWeightsSource(
        parameters_
            ? tr("the initialisation (%1 no longer fits this nn.LSTM)").arg(parametersSource_)
            : tr("the initialisation above"));
  }
  if (training_) training_->setExperiment(config);
  publish(next);
}

void MainWindow::publish(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  whatIfBase_ = snapshot_->original ? snapshot_->original : snapshot_;
  // While the window is on screen, the views get the snapshot after this pass of the event loop:
  // the visible ones one per pass (queueDelivery), a view hidden behind another tab when it is
  // shown (or read through view()). Drawing a large snapshot in every view at once held the GUI
  // thread 50–100 ms when a configuration was opened, and the visible view's redraw on top of the
  // arrival of the snapshot more than one frame (issue 17). During a drag the hidden views also get
  // it when the drag settles (settleTimer_). While the window itself is not on screen (tests, the
  // command line's screenshots) every view is given it at once.
  const bool deferViews = coalescedPublish_ || isVisible();
  for (const SnapshotSink& sink : snapshotSinks_) {
    if (sink.view && deferViews) {
      staleViews_.insert(sink.view);
      continue;
    }
    staleViews_.remove(sink.view);
    sink.deliver(snapshot_);
  }
  if (!staleViews_.isEmpty()) queueDelivery();
  if (coalescedPublish_ && !staleViews_.isEmpty()) settleTimer_->start();
  const auto& c = snapshot_->config;
  if (snapshot_->edited()) {
    statusBar()->showMessage(WhatIfPanel::summary(static_cast<int>(c.whatIf.size())));
    return;
  }
  statusBar()->showMessage(
      tr("nn.LSTM(%1, %2, num_layers=%3%4%5%6) on %7 — %8 parameters")
          .arg(c.lstm.inputSize)
          .arg(c.lstm.hiddenSize)
          .arg(c.lstm.numLayers)
          .arg(c.lstm.batchFirst ? tr(", batch_first=True") : QString())
          .arg(c.lstm.bidirectional ? tr(", bidirectional=True") : QString())
          .arg(c.lstm.projSize > 0 ? tr(", proj_size=%1").arg(c.lstm.projSize) : QString())
          .arg(c.unbatched ? tr("one sequence of %1 steps").arg(c.seqLen)
                           : tr("a batch of %1 × %2 steps").arg(c.batch).arg(c.seqLen))
          .arg(snapshot_->lstm.parameters().size()));
}

core::ExperimentConfig MainWindow::config() const { return panel_->config(); }

bool MainWindow::setWhatIf(const QStringList& texts, QString* error) {
  std::vector<std::string> list;
  for (const QString& t : texts) list.push_back(t.toStdString());
  const std::shared_ptr<const ExplorerSnapshot> base = whatIfBase_;
  if (!base) {  // a whole configuration is being computed: these edits go with it
    core::ExperimentConfig next = panel_->config();
    next.whatIf = list;
    return applyConfig(next, error);
  }
  core::ExperimentConfig next = base->config;
  std::shared_ptr<const ExplorerSnapshot> edited;
  try {
    const core::LstmEdits edits = core::parseEditList(list);
    core::checkEdits(edits, base->config.lstm, base->input.shape);
    next.whatIf = core::formatEditList(edits);
    if (explorerForwardFlops(next) <= kBackgroundFlops) edited = applyWhatIfEdits(base, edits);
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  panel_->setConfig(next);
  if (edited) {
    showConfig(next, std::move(edited));
  } else {  // the edited forward pass on the worker, from the same unedited run
    panel_->setError(QString());
    if (training_) training_->setExperiment(next);
    startBackgroundBuild(next, base);
  }
  return true;
}

void MainWindow::deliverToStaleViews(bool visibleOnly, bool onlyOne) {
  if (!snapshot_) return;
  for (const SnapshotSink& sink : snapshotSinks_) {
    if (!sink.view || !staleViews_.contains(sink.view)) continue;
    if (visibleOnly && !sink.view->isVisible()) continue;
    staleViews_.remove(sink.view);
    sink.deliver(snapshot_);
    if (onlyOne) {
      queueDelivery();  // the next one in a later pass
      return;
    }
  }
}

void MainWindow::queueDelivery() {
  // A job of the GUI's one redraw queue, so that a view's delivery and a plot's replot (the
  // heat maps, the What-if input plot) never run in the same pass of the event loop.
  ReplotQueue::shared()->add(
      this, [this] { deliverToStaleViews(/*visibleOnly=*/true, /*onlyOne=*/true); });
}

void MainWindow::requestWhatIf(const QStringList& texts) {
  const bool waiting = queuedWhatIf_.has_value();
  queuedWhatIf_ = texts;
  if (waiting) return;  // the pending recompute takes the newest list
  QTimer::singleShot(0, this, [this] {
    if (!queuedWhatIf_) return;
    const QStringList latest = *queuedWhatIf_;
    queuedWhatIf_.reset();
    QString error;
    coalescedPublish_ = true;
    const bool applied = setWhatIf(latest, &error);
    coalescedPublish_ = false;
    if (!applied && whatIfPanel_) whatIfPanel_->showError(error);
  });
}

void MainWindow::onPanelChanged() {
  QStringList dropped;
  const core::ExperimentConfig next = withFittingEdits(panel_->config(), &dropped);
  if (applyConfig(next) && !dropped.isEmpty())
    statusBar()->showMessage(tr("What-if edits that no longer fit were removed: %1")
                                 .arg(dropped.join(QStringLiteral(", "))),
                             8000);
}

void MainWindow::onModelUpdated(std::shared_ptr<const std::vector<float>> parameters) {
  if (!parameters || !snapshot_) return;
  // The run's LSTM that the explorer draws (the only one, a seq2seq's or autoencoder's encoder, a
  // one-to-many's decoder) with its own nn.LSTM arguments: kept even when the explorer's nn.LSTM
  // differs, so finishApply says "no longer fits" instead of the weights vanishing silently.
  const TrainingHistory& run = training_->controller()->history();
  if (run.lstmModule.empty() ||
      static_cast<int64_t>(parameters->size()) != core::lstmParameterCount(run.lstm))
    return;  // not this run's LSTM (a run restarted meanwhile): the next update brings it
  parameters_ = *parameters;
  parametersConfig_ = run.lstm;
  parametersSource_ =
      run.lstmModule == "lstm"
          ? tr("the training run's latest weights")
          : tr("the training run's latest weights of the model's %1, nn.LSTM(%2, %3)")
                .arg(QString::fromStdString(run.lstmModule))
                .arg(run.lstm.inputSize)
                .arg(run.lstm.hiddenSize);
  applyConfig(snapshot_->config);
}

bool MainWindow::importWeights(const QString& path, QString* error, const QString& prefix) {
  std::shared_ptr<const ExplorerSnapshot> built;
  try {
    const core::SafetensorsFile file = core::SafetensorsFile::read(path.toStdString());
    core::ExperimentConfig next = snapshot_->config;
    const core::LstmImport<float> imported = core::importLstm<float>(
        file, next.lstm.batchFirst,
        prefix.isEmpty() ? std::nullopt : std::optional<std::string>(prefix.toStdString()));
    const core::Lstm<float>& lstm = imported.lstm;
    core::requireFiniteParameters(lstm, file.source());
    core::LstmConfig l = lstm.config();
    l.batchFirst = next.lstm.batchFirst;
    l.dropout = l.numLayers > 1 ? next.lstm.dropout : 0.0;
    next.lstm = l;
    next = withFittingEdits(next, nullptr);
    // Throws before anything changes; a large forward pass is left to the worker.
    checkExplorerConfig(next, &lstm.parameters());
    built = explorerForwardFlops(next) > kBackgroundFlops
                ? nullptr
                : buildExplorerSnapshot(next, &lstm.parameters());
    parameters_ = lstm.parameters();
    parametersConfig_ = l;
    const QString name = QFileInfo(path).fileName();
    if (imported.kind == core::ImportedModuleKind::kLstm) {
      parametersSource_ = imported.prefix.empty()
                              ? tr("imported from %1").arg(name)
                              : tr("imported from %1 (the nn.LSTM under '%2')")
                                    .arg(name, QString::fromStdString(imported.prefix));
    } else {
      // A cell runs as the one-layer nn.LSTM it equals: show which key became which parameter.
      QStringList mapping;
      for (const auto& [key, torchName] : imported.mapping)
        mapping << QStringLiteral("%1 = %2").arg(QString::fromStdString(torchName),
                                                 QString::fromStdString(key));
      parametersSource_ =
          tr("imported from %1: the %2 under '%3', run over time from its state as the "
             "one-layer nn.LSTM it equals (same gate order i, f, g, o): %4")
              .arg(name, QString::fromUtf8(core::importedModuleKindName(imported.kind)),
                   QString::fromStdString(imported.prefix), mapping.join(QStringLiteral(", ")));
    }
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  core::ExperimentConfig next = snapshot_->config;
  next.lstm = parametersConfig_;
  next = withFittingEdits(next, nullptr);
  panel_->setConfig(next);
  showConfig(next, std::move(built));
  statusBar()->showMessage(tr("Weights %1.").arg(parametersSource_), 6000);
  return true;
}

bool MainWindow::openInput(const QString& path, QString* error) {
  core::ExperimentConfig next = snapshot_->config;
  core::InputBatch batch;
  std::shared_ptr<const ExplorerSnapshot> built;
  try {
    batch = core::readInputBatch(path.toStdString());
    const BatchShape shape = inputBatchShape(batch, next.lstm.batchFirst);
    if (shape.features != next.lstm.inputSize && parametersFor(next.lstm))
      throw core::ShapeError(path.toStdString() + ": input has " + std::to_string(shape.features) +
                             " feature(s) but the imported "
                             "nn.LSTM has input_size " +
                             std::to_string(next.lstm.inputSize));
    next.lstm.inputSize = shape.features;
    if (!shape.unbatched) next.lstm.batchFirst = shape.batchFirst;
    next.unbatched = shape.unbatched;
    if (!shape.unbatched) next.batch = shape.batch;
    next.seqLen = shape.steps;
    next.lengths = batch.lengths;
    next = withFittingEdits(next, nullptr);
    checkExplorerConfig(next, parametersFor(next.lstm));   // refused before anything changes
    if (explorerForwardFlops(next) <= kBackgroundFlops) {  // small: run once, here
      core::ExperimentConfig unedited = next;
      unedited.whatIf.clear();
      const auto base = buildExplorerSnapshot(unedited, parametersFor(next.lstm));
      std::string why;
      built = snapshotWithInputBatch(*base, batch, &why);
      if (!built) throw core::ShapeError(why);
      if (!next.whatIf.empty()) built = applyWhatIfEdits(built, core::parseEditList(next.whatIf));
    }  // large: on the worker; a batch its forward pass refuses is named in the panel's notes
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  inputBatch_ = std::move(batch);
  panel_->setConfig(next);
  showConfig(next, std::move(built));
  statusBar()->showMessage(tr("%1: the explorer runs this batch.").arg(QFileInfo(path).fileName()),
                           6000);
  return true;
}

bool MainWindow::carryStateForward(QString* error) {
  if (!snapshot_) {
    if (error) *error = tr("there is no forward pass to carry the state from");
    return false;
  }
  // The batch as it ran (its layout is the configuration's), now starting from the (h_n, c_n)
  // shown — the edited run's with what-if edits, which then apply to the next pass too.
  const ExplorerSnapshot& unedited = snapshot_->unedited();
  core::InputBatch batch;
  batch.input = unedited.input;
  batch.lengths = unedited.lengths;
  batch.batchFirst = unedited.config.lstm.batchFirst;
  batch.initial = core::LstmState<float>{snapshot_->result.hN, snapshot_->result.cN};
  batch.source = unedited.inputSource;  // "" for the built-in example
  batch.initialSource = tr("h_n, c_n of the previous pass").toStdString();
  std::string why;
  std::shared_ptr<const ExplorerSnapshot> next = snapshotWithInputBatch(unedited, batch, &why);
  if (next && snapshot_->edited()) {
    try {
      next = applyWhatIfEdits(next, snapshot_->edits);
    } catch (const std::exception& e) {
      why = e.what();
      next = nullptr;
    }
  }
  if (!next) {
    if (error) *error = QString::fromStdString(why);
    return false;
  }
  inputBatch_ = std::move(batch);
  finishApply(next->config, next);
  statusBar()->showMessage(tr("h_0, c_0 = the previous pass's h_n, c_n."), 6000);
  return true;
}

bool MainWindow::followRun(const QString& dir, QString* error) {
  core::FollowedRun run;
  try {
    run = core::scanFollowedRun(dir.toStdString());
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  if (!followDock_) {
    followDock_ = new FollowRunDock(this);
    addDockWidget(Qt::RightDockWidgetArea, followDock_);
    connect(followDock_, &FollowRunDock::epochChosen, this, [this](qint64 epoch) {
      QString why;
      if (!showRunEpoch(epoch, &why)) statusBar()->showMessage(why, 8000);
    });
    followTimer_ = new QTimer(this);
    followTimer_->setInterval(1000);
    connect(followTimer_, &QTimer::timeout, this, &MainWindow::refreshFollowedRun);
  }
  followedHistograms_.clear();
  followDock_->setRun(run);
  showFollowedTraining();
  followDock_->show();
  followTimer_->start();
  return true;
}

void MainWindow::refreshFollowedRun() {
  if (!followDock_) return;
  try {
    followDock_->setRun(core::scanFollowedRun(followDock_->run().path));
    showFollowedTraining();
  } catch (const std::exception& e) {
    statusBar()->showMessage(QString::fromStdString(e.what()), 8000);
  }
}

void MainWindow::showFollowedTraining() {
  const core::FollowedRun& run = followDock_->run();
  TrainingHistory history;
  history.epochs = run.metrics;
  for (int64_t epoch : run.checkpointEpochs) {
    auto& set = followedHistograms_[epoch];
    if (!set) {
      try {
        set = std::make_shared<const std::vector<core::Histogram>>(
            core::checkpointHistograms(core::followedCheckpointPath(run.path, epoch), epoch, 40));
      } catch (const std::exception&) {
        followedHistograms_.erase(epoch);  // replaced or removed since the scan: next time
        break;
      }
    }
    history.histograms.push_back(set);
  }
  HistogramsView* histograms = training_->histograms();
  const bool grew = histograms->epochCount() != static_cast<int>(history.histograms.size());
  histograms->setHistory(history);
  if (grew) histograms->redrawNow();  // drawn whole also when hidden (an offscreen screenshot)
  training_->training()->plots()->setComparison(
      tr("followed run %1").arg(QFileInfo(QString::fromStdString(run.path)).fileName()),
      run.metrics);
}

bool MainWindow::showRunEpoch(int64_t epoch, QString* error) {
  if (!followDock_) {
    if (error) *error = tr("no run is followed");
    return false;
  }
  const core::FollowedRun& run = followDock_->run();
  const QString checkpoint = QString::fromStdString(core::followedCheckpointPath(run.path, epoch));
  if (!importWeights(checkpoint, error)) return false;
  return run.probePath.empty() || openInput(QString::fromStdString(run.probePath), error);
}

bool MainWindow::importCsv(const QString& path, QString* error) {
  core::Series inputs;
  try {
    const core::CsvResult result = core::CsvReader().readFile(path.toStdString());
    inputs = result.series.selectColumns(result.inputColumns);
    if (inputs.rows() == 0 || inputs.columns() == 0)
      throw core::FileError(path.toStdString() + ": no numeric data rows");
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  core::ExperimentConfig next = snapshot_->config;
  next.dataset = "csv";
  next.csvPath = path.toStdString();
  // The explorer runs the learner's own data: one input feature per CSV column (the window's
  // batch shows their names); weights of another input_size then no longer fit and say so.
  next.lstm.inputSize = inputs.columns();
  next = withFittingEdits(next, nullptr);
  csvName_ = QFileInfo(path).fileName();
  csvSeries_ = std::move(inputs);
  applyConfig(next);
  statusBar()->showMessage(tr("%1: %2 rows × %3 columns loaded.")
                               .arg(csvName_)
                               .arg(csvSeries_->rows())
                               .arg(csvSeries_->columns()),
                           6000);
  return true;
}

bool MainWindow::openConfig(const QString& path, QString* error) {
  core::ExperimentConfig next;
  std::shared_ptr<const ExplorerSnapshot> built;
  try {
    next = core::experimentFromFile(path.toStdString());
    built = buildNowOrCheck(next);  // an invalid nn.LSTM is refused before anything changes
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  panel_->setConfig(next);
  training_->setExperimentAsWritten(next);  // the file's training options, defaults included
  showConfig(next, std::move(built));
  return true;
}

bool MainWindow::saveConfig(const QString& path, QString* error) const {
  try {
    core::saveExperiment(snapshot_->config, path.toStdString());
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  return true;
}

bool MainWindow::exportTraceCsv(const QString& path, QString* error) const {
  return writeTraceCsv(*snapshot_, path, error);
}

bool MainWindow::trainEpochsBlocking(int epochs, QString* error) {
  return training_->trainEpochsBlocking(epochs, error);
}

void MainWindow::showFileError(const QString& title, const QString& message) {
  QMessageBox::warning(this, title, message);
}

void MainWindow::saveSession() const {
  if (!useSettings_ || !snapshot_) return;
  QSettings settings(QString::fromLatin1(kSettingsOrganization),
                     QString::fromLatin1(kSettingsApplication));
  try {
    settings.setValue(QStringLiteral("session/config"),
                      QString::fromStdString(core::experimentToJson(snapshot_->config)));
  } catch (const std::exception&) {
    // A config that cannot be written is simply not remembered.
  }
  settings.setValue(QStringLiteral("session/geometry"), saveGeometry());
  settings.setValue(QStringLiteral("session/state"), saveState());
  settings.setValue(QStringLiteral("session/view"), currentViewName());
  settings.setValue(QStringLiteral("session/language"), UiLanguage::current());
  if (training_ && training_->training())
    settings.setValue(QStringLiteral("session/runsFolder"),
                      training_->training()->form()->runsFolder());
}

void MainWindow::restoreSession() {
  if (!useSettings_) return;
  QSettings settings(QString::fromLatin1(kSettingsOrganization),
                     QString::fromLatin1(kSettingsApplication));
  const QString json = settings.value(QStringLiteral("session/config")).toString();
  if (!json.isEmpty()) {
    try {
      const core::ExperimentConfig saved = core::experimentFromJson(json.toStdString());
      auto built = buildNowOrCheck(saved);
      panel_->setConfig(saved);
      showConfig(saved, std::move(built));
    } catch (const std::exception&) {
      // A stale or damaged session falls back to the built-in example.
    }
  }
  restoreGeometry(settings.value(QStringLiteral("session/geometry")).toByteArray());
  restoreState(settings.value(QStringLiteral("session/state")).toByteArray());
  showView(settings.value(QStringLiteral("session/view")).toString());
  if (training_ && training_->training())
    training_->training()->form()->setRunsFolder(
        settings.value(QStringLiteral("session/runsFolder")).toString());
}

QString MainWindow::sessionLanguage() {
  QSettings settings(QString::fromLatin1(kSettingsOrganization),
                     QString::fromLatin1(kSettingsApplication));
  const QString code = settings.value(QStringLiteral("session/language")).toString();
  return UiLanguage::codes().contains(code) ? code : QString();
}

bool MainWindow::setLanguage(const QString& code) {
  if (!UiLanguage::codes().contains(code)) return false;
  if (code == UiLanguage::current()) return true;
  const bool ok = UiLanguage::install(code);  // Qt posts LanguageChange: retranslate() follows
  if (useSettings_) {
    QSettings settings(QString::fromLatin1(kSettingsOrganization),
                       QString::fromLatin1(kSettingsApplication));
    settings.setValue(QStringLiteral("session/language"), UiLanguage::current());
  }
  QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
  return ok;
}

void MainWindow::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange && !retranslatePending_) {
    retranslatePending_ = true;
    // After every widget has had its LanguageChange: rebuild once.
    QMetaObject::invokeMethod(
        this, [this] { retranslate(); }, Qt::QueuedConnection);
  }
  QMainWindow::changeEvent(event);
}

void MainWindow::retranslate() {
  retranslatePending_ = false;
  const QString current = currentViewName();
  setWindowTitle(tr("lstmviz — see exactly what torch.nn.LSTM does"));
  configDock_->setWindowTitle(tr("Configuration"));

  // Views: the explorer's are rebuilt from the snapshot; the training views are rebuilt over the
  // same controller, so the run (running or finished) and its history stay.
  snapshotSinks_.clear();
  staleViews_.clear();
  views_.clear();
  viewNames_.clear();
  if (training_) training_->recreateViews();  // takes its old views out of their pages
  while (tabs_->count() > 0) {
    QWidget* page = tabs_->widget(0);
    tabs_->removeTab(0);
    delete page;
  }
  menuBar()->clear();
  buildPanel();
  buildMenus();
  buildViews();
  if (snapshot_) {  // the same snapshot (its input and initial state too), shown anew
    panel_->setConfig(snapshot_->config);
    finishApply(snapshot_->config, snapshot_);
  }
  if (followDock_) {  // the followed run's dock, in the new language, on the same run
    const QString path = QString::fromStdString(followDock_->run().path);
    delete followTimer_;
    followTimer_ = nullptr;
    delete followDock_;
    followDock_ = nullptr;
    QString ignored;  // a run that vanished meanwhile is simply no longer followed
    followRun(path, &ignored);
  }
  showView(current);
}

void MainWindow::closeEvent(QCloseEvent* event) {
  saveSession();
  QMainWindow::closeEvent(event);
}

}  // namespace lstmviz::ui
