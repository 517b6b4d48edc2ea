#include "ui/whatif/whatif_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

#include "core/nn/lstm_edits.h"
#include "core/nn/lstm_torch_code.h"
#include "ui/model/explorer_snapshot.h"
#include "ui/whatif/gate_clamp_form.h"
#include "ui/whatif/input_drag_plot.h"
#include "ui/whatif/parameter_edit_form.h"
#include "ui/whatif/state_edit_form.h"
#include "ui/whatif/whatif_edit_text.h"

namespace lstmviz::ui {

namespace {

QLabel* heading(const QString& text) {
  auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
  return label;
}

}  // namespace

WhatIfPanel::WhatIfPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  summary_ = new QLabel;
  summary_->setWordWrap(true);
  layout->addWidget(summary_);

  list_ = new QListWidget;
  list_->setObjectName(QStringLiteral("whatIfEdits"));
  list_->setWordWrap(true);
  list_->setMinimumHeight(90);
  list_->setMaximumHeight(150);
  layout->addWidget(list_);
  auto* buttons = new QHBoxLayout;
  undoLast_ = new QPushButton(tr("Undo last"));
  remove_ = new QPushButton(tr("Remove selected"));
  undoAll_ = new QPushButton(tr("Undo all"));
  for (QPushButton* b : {undoLast_, remove_, undoAll_}) buttons->addWidget(b);
  layout->addLayout(buttons);
  error_ = new QLabel;
  error_->setWordWrap(true);
  error_->setStyleSheet(QStringLiteral("color: #b00020;"));
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->hide();
  layout->addWidget(error_);

  layout->addWidget(heading(tr("Add an edit")));
  forms_ = new QTabWidget;
  parameterForm_ = new ParameterEditForm;
  stateForm_ = new StateEditForm;
  clampForm_ = new GateClampForm;
  forms_->addTab(parameterForm_, tr("Weight"));
  forms_->addTab(stateForm_, tr("Input, h_0, c_0"));
  forms_->addTab(clampForm_, tr("Gate"));
  forms_->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
  layout->addWidget(forms_);

  layout->addWidget(heading(tr("Drag the input")));
  auto* choice = new QHBoxLayout;
  plotSample_ = new QSpinBox;
  plotFeature_ = new QSpinBox;
  choice->addWidget(new QLabel(tr("Sample:")));
  choice->addWidget(plotSample_);
  choice->addWidget(new QLabel(tr("Feature:")));
  choice->addWidget(plotFeature_);
  choice->addStretch();
  layout->addLayout(choice);
  plot_ = new InputDragPlot;
  layout->addWidget(plot_, 1);

  layout->addWidget(heading(tr("The same change in PyTorch")));
  copy_ = new QPushButton(tr("Copy as PyTorch"));
  layout->addWidget(copy_);
  code_ = new QPlainTextEdit;
  code_->setReadOnly(true);
  code_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
  code_->setLineWrapMode(QPlainTextEdit::NoWrap);
  code_->setMinimumHeight(120);
  layout->addWidget(code_);

  connect(undoLast_, &QPushButton::clicked, this, [this] { request(edits_.withoutLast()); });
  connect(remove_, &QPushButton::clicked, this, [this] {
    const int row = list_->currentRow();
    if (row >= 0) request(edits_.without(row));
  });
  connect(undoAll_, &QPushButton::clicked, this, [this] { request({}); });
  connect(copy_, &QPushButton::clicked, this,
          [this] { QApplication::clipboard()->setText(torchCode()); });
  connect(parameterForm_, &ParameterEditForm::editProposed, this, &WhatIfPanel::addEdit);
  connect(stateForm_, &StateEditForm::editProposed, this, &WhatIfPanel::addEdit);
  connect(clampForm_, &GateClampForm::editProposed, this, &WhatIfPanel::addEdit);
  for (QSpinBox* box : {plotSample_, plotFeature_})
    connect(box, &QSpinBox::valueChanged, this, [this] { showInput(); });
  connect(plot_, &InputDragPlot::valueDragged, this, &WhatIfPanel::onDragged);
  // While a point is dragged the list and the code box follow at most every 100 ms.
  listTimer_ = new QTimer(this);
  listTimer_->setSingleShot(true);
  listTimer_->setInterval(100);
  connect(listTimer_, &QTimer::timeout, this, &WhatIfPanel::showList);
  connect(plot_, &InputDragPlot::dragFinished, this, &WhatIfPanel::showList);
  showList();
}

void WhatIfPanel::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  if (!snapshot_) return;
  edits_.adopt(snapshot_->config.whatIf);
  error_->hide();
  parameterForm_->setSnapshot(snapshot_);
  stateForm_->setSnapshot(snapshot_);
  clampForm_->setSnapshot(snapshot_);
  {
    const QSignalBlocker b1(plotSample_), b2(plotFeature_);
    plotSample_->setRange(0, static_cast<int>(snapshot_->batch() - 1));
    plotFeature_->setRange(0, static_cast<int>(snapshot_->config.lstm.inputSize - 1));
  }
  showInput();
  if (!plot_->dragging()) {
    showList();
  } else if (!listTimer_->isActive()) {
    listTimer_->start();
  }
}

QStringList WhatIfPanel::editTexts() const {
  QStringList texts;
  for (const std::string& t : edits_.texts()) texts << QString::fromStdString(t);
  return texts;
}

QString WhatIfPanel::summary(int count) {
  if (count == 0) return tr("What-if: no edits — the views show the model as it is.");
  if (count == 1)
    return tr("What-if: 1 edit — every view shows the edited run; the original is the grey ghost.");
  return tr("What-if: %1 edits — every view shows the edited run; the original is the grey ghost.")
      .arg(count);
}

void WhatIfPanel::showList() {
  listTimer_->stop();
  summary_->setText(summary(edits_.size()));
  list_->clear();
  for (const std::string& text : edits_.texts()) {
    QString line = QString::fromStdString(text);
    if (snapshot_) line += QStringLiteral("\n    ") + WhatIfEditText::describe(text, *snapshot_);
    list_->addItem(line);
  }
  undoLast_->setEnabled(!edits_.empty());
  remove_->setEnabled(!edits_.empty());
  undoAll_->setEnabled(!edits_.empty());
  copy_->setEnabled(!edits_.empty());
  code_->setPlainText(torchCode());
}

void WhatIfPanel::showInput() {
  if (!snapshot_) return;
  const int n = plotSample_->value(), f = plotFeature_->value();
  const core::SequenceLayout layout = snapshot_->layout();
  const ExplorerSnapshot& original = snapshot_->unedited();
  QVector<double> edited(snapshot_->steps()), ghost(snapshot_->steps());
  for (int t = 0; t < edited.size(); ++t) {
    edited[t] = layout.at(snapshot_->input, n, t, f);
    ghost[t] = layout.at(original.input, n, t, f);
  }
  plot_->setSeries(edited, ghost);
}

QString WhatIfPanel::torchCode() const {
  if (!snapshot_ || edits_.empty()) return QString();
  try {
    const core::LstmEdits edits = core::parseEditList(edits_.texts());
    const ExplorerSnapshot& original = snapshot_->unedited();
    return QString::fromStdString(
        core::torchCodeForEdits(original.config.lstm, edits, original.input.shape));
  } catch (const std::exception& e) {
    return QString::fromStdString(e.what());
  }
}

bool WhatIfPanel::request(const std::vector<std::string>& texts, bool coalesce) {
  if (!snapshot_) return false;
  try {
    const ExplorerSnapshot& original = snapshot_->unedited();
    core::checkEdits(core::parseEditList(texts), original.config.lstm, original.input.shape);
  } catch (const std::exception& e) {
    showError(QString::fromStdString(e.what()));
    return false;
  }
  showError(QString());
  QStringList list;
  for (const std::string& t : texts) list << QString::fromStdString(t);
  emit editsRequested(list, coalesce);
  return true;
}

bool WhatIfPanel::addEdit(const QString& text) {
  std::vector<std::string> next;
  try {
    next = edits_.with(text.toStdString());
  } catch (const std::exception& e) {
    showError(QString::fromStdString(e.what()));
    return false;
  }
  const std::vector<std::string> before = edits_.texts();
  edits_.set(next);  // the learner's order; the published snapshot confirms it
  if (!request(next)) {
    edits_.set(before);
    return false;
  }
  return true;
}

void WhatIfPanel::onDragged(int step, double value) {
  if (!snapshot_) return;
  const auto& c = snapshot_->config;
  const int64_t n = plotSample_->value(), f = plotFeature_->value();
  core::ValueEdit e;
  e.target = core::EditTarget::kInput;
  e.index = c.unbatched         ? std::vector<int64_t>{step, f}
            : c.lstm.batchFirst ? std::vector<int64_t>{n, step, f}
                                : std::vector<int64_t>{step, n, f};
  e.value = std::round(value * 1000.0) / 1000.0;  // a readable text; finer than a pixel
  const std::vector<std::string> before = edits_.texts();
  edits_.set(edits_.with(core::formatValueEdit(e)));
  if (!request(edits_.texts(), /*coalesce=*/true)) edits_.set(before);
}

void WhatIfPanel::proposeParameterEdit(const QString& parameter, int row, int column) {
  if (parameterForm_->choose(parameter, row, column)) {
    forms_->setCurrentWidget(parameterForm_);
    parameterForm_->valueBox()->setFocus();
    parameterForm_->valueBox()->selectAll();
  }
}

void WhatIfPanel::showError(const QString& message) {
  error_->setText(message);
  error_->setVisible(!message.isEmpty());
}

QString WhatIfPanel::errorText() const { return error_->isHidden() ? QString() : error_->text(); }

}  // namespace lstmviz::ui
