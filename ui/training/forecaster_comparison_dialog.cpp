#include "ui/training/forecaster_comparison_dialog.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <mutex>

#include "core/nn/thread_budget.h"
#include "core/train/forecaster_comparison.h"
#include "ui/training/plot_style.h"

namespace lstmviz::ui {

namespace {

// The datasets whose every input feature is a target (the rolled one-step model needs that).
const char* const kDatasets[] = {"sine", "airline", "anomalies"};

const QColor kForecasterColors[] = {QColor(31, 119, 180),  QColor(255, 127, 14),
                                    QColor(44, 160, 44),   QColor(214, 39, 40),
                                    QColor(148, 103, 189), QColor(140, 86, 75)};

// What each forecaster is, for people, keyed by core's result name (never by displayed text).
QString forecasterTitle(const std::string& name) {
  if (name == "many_to_one_k_head") return QObject::tr("many-to-one, K-wide head");
  if (name == "repeat_vector") return QObject::tr("RepeatVector + decoder (one-to-many)");
  if (name == "seq2seq_teacher_forcing") return QObject::tr("seq2seq, teacher forcing");
  if (name == "seq2seq_free_running") return QObject::tr("seq2seq, free-running");
  if (name == "one_step_rolled") return QObject::tr("one-step model, rolled K times");
  return QString::fromStdString(name);
}

QString forecasterExplanation(const std::string& name) {
  if (name == "many_to_one_k_head")
    return QObject::tr(
        "The LSTM reads the window; one Linear on its last step outputs all K·O "
        "future values at once (Dense(K) in Keras).");
  if (name == "repeat_vector")
    return QObject::tr(
        "The window flattened to one vector is repeated K times (RepeatVector) and "
        "a decoder LSTM with a per-step Linear turns it into the K steps.");
  if (name == "seq2seq_teacher_forcing")
    return QObject::tr(
        "Encoder → decoder; in training the decoder reads the true previous value "
        "(teacher forcing 1), at validation its own previous prediction.");
  if (name == "seq2seq_free_running")
    return QObject::tr(
        "Encoder → decoder that always reads its own previous prediction, in "
        "training as at validation (teacher forcing 0).");
  if (name == "one_step_rolled")
    return QObject::tr(
        "A many-to-one model trained to predict one step; its prediction is "
        "appended to the window and fed back K times.");
  return {};
}

}  // namespace

core::ExperimentConfig forecasterComparisonConfig(const ForecasterComparisonSettings& s) {
  // The same fields, in the same way, as app/cli/compare_command.cpp's runCompare.
  core::ExperimentConfig c;
  c.dataset = s.dataset;
  c.seqLen = s.window;
  c.horizon = s.horizon;
  c.lstm.hiddenSize = s.hiddenSize;
  c.init.seed = c.training.seed = s.seed;
  c.training.epochs = s.epochs;
  c.training.batchSize = 32;
  c.training.lr = 0.01;
  c.training.optimizer = core::OptimizerKind::kAdam;
  c.training.shuffle = true;
  return c;
}

QString forecasterComparisonCommand(const ForecasterComparisonSettings& s) {
  return QStringLiteral(
             "lstmviz-cli compare-forecasters --dataset %1 --horizon %2 --window %3 "
             "--hidden-size %4 --epochs %5 --seed %6")
      .arg(QString::fromStdString(s.dataset))
      .arg(s.horizon)
      .arg(s.window)
      .arg(s.hiddenSize)
      .arg(s.epochs)
      .arg(s.seed);
}

// Written by the worker, read by poll() on the GUI thread; every field guarded by mutex.
struct ForecasterComparisonDialog::Shared {
  std::mutex mutex;
  bool done = false;
  std::shared_ptr<const core::ForecasterComparison> result;
  std::string error;
};

ForecasterComparisonDialog::ForecasterComparisonDialog(const core::ExperimentConfig& current,
                                                       QWidget* parent)
    : QDialog(parent) {
  setObjectName(QStringLiteral("forecasterComparisonDialog"));
  setWindowTitle(tr("Compare forecasters"));
  auto* intro = new QLabel(
      tr("Four ways to forecast the next K steps of a series (the fifth row is seq2seq trained "
         "the other way), trained on the same windows with the same LSTM settings and scored on "
         "the same validation windows. <b>Slicing a many-to-many output, "
         "output[:, -K:], is not "
         "among them:</b> those are the model's outputs for the last K steps <i>inside</i> the "
         "window, which it has already read — not the future."),
      this);
  intro->setWordWrap(true);

  dataset_ = new QComboBox(this);
  for (const char* name : kDatasets) dataset_->addItem(QString::fromLatin1(name), name);
  const auto spin = [this](int lo, int hi, const QString& tip) {
    auto* box = new QSpinBox(this);
    box->setRange(lo, hi);
    box->setToolTip(tip);
    return box;
  };
  horizon_ = spin(1, 50, tr("K: how many future steps each model predicts."));
  window_ = spin(2, 200, tr("L: the steps each window holds."));
  hidden_ = spin(1, 256, tr("H of every LSTM."));
  epochs_ = spin(1, 500, tr("Epochs per model (five models are trained)."));
  seed_ = spin(0, 1000000, tr("Seed of the initialisation, the shuffling and the data."));
  auto* form = new QFormLayout;
  form->addRow(tr("dataset"), dataset_);
  form->addRow(tr("horizon K"), horizon_);
  form->addRow(tr("window L"), window_);
  form->addRow(tr("hidden size H"), hidden_);
  form->addRow(tr("epochs"), epochs_);
  form->addRow(tr("seed"), seed_);
  run_ = new QPushButton(tr("Train and compare"), this);
  run_->setObjectName(QStringLiteral("runComparison"));
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  command_ = new QLabel(this);
  command_->setWordWrap(true);
  command_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  command_->setStyleSheet(QStringLiteral("color: #555"));
  auto* side = new QVBoxLayout;
  side->addLayout(form);
  side->addWidget(run_);
  side->addWidget(status_);
  side->addWidget(command_);
  side->addStretch(1);

  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("comparisonTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->verticalHeader()->setVisible(false);
  table_->setMinimumHeight(170);
  plot_ = makePlot(tr("Validation MSE per step ahead"), tr("steps ahead k"),
                   tr("MSE (standardised)"), "forecaster_comparison", this);
  plot_->setMinimumHeight(220);
  legendBelow(plot_, 3);
  QSharedPointer<QCPAxisTickerFixed> steps(new QCPAxisTickerFixed);
  steps->setTickStep(1.0);
  steps->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
  plot_->xAxis->setTicker(steps);
  explanation_ = new QLabel(this);
  explanation_->setWordWrap(true);
  explanation_->setTextFormat(Qt::RichText);
  auto* results = new QVBoxLayout;
  results->addWidget(table_, 2);
  results->addWidget(plot_, 3);
  results->addWidget(explanation_);

  // The question and why slicing is no answer, across the whole dialog; below, the settings
  // beside the results.
  auto* columns = new QHBoxLayout;
  auto* sideWidget = new QWidget(this);
  sideWidget->setLayout(side);
  sideWidget->setMinimumWidth(260);
  sideWidget->setMaximumWidth(320);
  columns->addWidget(sideWidget);
  columns->addLayout(results, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(intro);
  layout->addLayout(columns, 1);
  resize(1200, 760);

  ForecasterComparisonSettings s;
  for (const char* name : kDatasets)
    if (current.dataset == name) s.dataset = name;
  s.window = std::max<int64_t>(2, current.seqLen);
  if (current.horizon > 1) s.horizon = current.horizon;
  s.hiddenSize = current.lstm.hiddenSize;
  s.seed = current.init.seed;
  setSettings(s);

  poll_ = new QTimer(this);
  poll_->setInterval(100);
  connect(poll_, &QTimer::timeout, this, &ForecasterComparisonDialog::poll);
  connect(run_, &QPushButton::clicked, this, &ForecasterComparisonDialog::run);
  for (QSpinBox* box : {horizon_, window_, hidden_, epochs_, seed_})
    connect(box, &QSpinBox::valueChanged, this, [this] {
      command_->setText(tr("Headless: %1").arg(forecasterComparisonCommand(settings())));
    });
  connect(dataset_, &QComboBox::currentIndexChanged, this, [this] {
    command_->setText(tr("Headless: %1").arg(forecasterComparisonCommand(settings())));
  });
  command_->setText(tr("Headless: %1").arg(forecasterComparisonCommand(settings())));
  status_->setText(tr("Each model trains for the epochs above; this runs in the background."));
}

ForecasterComparisonDialog::~ForecasterComparisonDialog() {
  // compareForecasters cannot be interrupted: a running worker finishes on its own, writing only
  // into the shared state it co-owns.
  if (worker_.joinable()) worker_.detach();
}

ForecasterComparisonSettings ForecasterComparisonDialog::settings() const {
  ForecasterComparisonSettings s;
  s.dataset = dataset_->currentData().toString().toStdString();
  s.horizon = horizon_->value();
  s.window = window_->value();
  s.hiddenSize = hidden_->value();
  s.epochs = epochs_->value();
  s.seed = static_cast<uint64_t>(seed_->value());
  return s;
}

void ForecasterComparisonDialog::setSettings(const ForecasterComparisonSettings& s) {
  const int index = dataset_->findData(QString::fromStdString(s.dataset));
  if (index >= 0) dataset_->setCurrentIndex(index);
  horizon_->setValue(static_cast<int>(s.horizon));
  window_->setValue(static_cast<int>(s.window));
  hidden_->setValue(static_cast<int>(s.hiddenSize));
  epochs_->setValue(static_cast<int>(s.epochs));
  seed_->setValue(static_cast<int>(s.seed));
}

void ForecasterComparisonDialog::run() {
  if (running_) return;
  if (worker_.joinable()) worker_.join();  // the previous one has finished
  ran_ = settings();
  const core::ExperimentConfig config = forecasterComparisonConfig(ran_);
  shared_ = std::make_shared<Shared>();
  running_ = true;
  run_->setEnabled(false);
  status_->setText(tr("Training five models…"));
  worker_ = std::thread([shared = shared_, config] {
    const core::ThreadBudget oneThread(1);  // this worker only: the GUI keeps every core
    std::shared_ptr<const core::ForecasterComparison> result;
    std::string error;
    try {
      config.validate();
      result = std::make_shared<const core::ForecasterComparison>(core::compareForecasters(config));
    } catch (const std::exception& e) {
      error = e.what();
    }
    std::lock_guard lock(shared->mutex);
    shared->result = std::move(result);
    shared->error = std::move(error);
    shared->done = true;
  });
  poll_->start();
}

void ForecasterComparisonDialog::poll() {
  {
    std::lock_guard lock(shared_->mutex);
    if (!shared_->done) return;
    comparison_ = shared_->result;
    error_ = QString::fromStdString(shared_->error);
  }
  poll_->stop();
  if (worker_.joinable()) worker_.join();
  running_ = false;
  run_->setEnabled(true);
  if (comparison_) {
    status_->setText(tr("Done."));
    showComparison(*comparison_);
  } else {
    status_->setText(tr("The comparison failed: %1").arg(error_));
    status_->setStyleSheet(QStringLiteral("color: #b00020"));
  }
  emit comparisonFinished();
}

void ForecasterComparisonDialog::showComparison(const core::ForecasterComparison& c) {
  status_->setStyleSheet(QString());
  const int k = static_cast<int>(c.horizon);
  table_->clear();
  table_->setRowCount(static_cast<int>(c.results.size()));
  table_->setColumnCount(2 + k);
  QStringList headers{tr("forecaster"), tr("mean MSE")};
  for (int j = 1; j <= k; ++j) headers << QStringLiteral("t+%1").arg(j);
  table_->setHorizontalHeaderLabels(headers);
  plot_->clearGraphs();
  double best = std::numeric_limits<double>::infinity();
  for (const auto& r : c.results) best = std::min(best, r.meanError);
  QStringList explained;
  for (int i = 0; i < static_cast<int>(c.results.size()); ++i) {
    const core::ForecasterResult& r = c.results[i];
    auto* name = new QTableWidgetItem(forecasterTitle(r.name));
    name->setToolTip(forecasterExplanation(r.name));
    name->setData(Qt::UserRole, QString::fromStdString(r.name));
    table_->setItem(i, 0, name);
    auto* mean = new QTableWidgetItem(QString::number(r.meanError, 'f', 4));
    if (r.meanError == best) {
      QFont bold = mean->font();
      bold.setBold(true);
      mean->setFont(bold);
    }
    table_->setItem(i, 1, mean);
    QVector<double> x, y;
    for (int j = 0; j < k && j < static_cast<int>(r.stepError.size()); ++j) {
      table_->setItem(i, 2 + j, new QTableWidgetItem(QString::number(r.stepError[j], 'f', 4)));
      x << j + 1;
      y << r.stepError[j];
    }
    const QColor color = kForecasterColors[i % std::size(kForecasterColors)];
    QCPGraph* g = addLine(plot_, forecasterTitle(r.name), color, 2.0, i == 3);
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    g->setData(x, y, true);
    explained << QStringLiteral("<b style='color:%1'>%2</b>: %3")
                     .arg(color.name(), forecasterTitle(r.name), forecasterExplanation(r.name));
  }
  table_->resizeColumnsToContents();
  plot_->xAxis->setRange(0.7, k + 0.3);
  plot_->rescaleAxes();
  plot_->xAxis->setRange(0.7, k + 0.3);
  rescaleY(plot_);
  plot_->replot();
  explanation_->setText(
      explained.join(QStringLiteral("<br>")) + QStringLiteral("<br><small>") +
      tr("Validation MSE in standardised units on %1; each model trained %2 epochs. The numbers "
         "are those of the headless command on the left.")
          .arg(QString::fromStdString(ran_.dataset))
          .arg(ran_.epochs) +
      QStringLiteral("</small>"));
}

}  // namespace lstmviz::ui
