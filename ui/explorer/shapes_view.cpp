#include "ui/explorer/shapes_view.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/nn/shape_table.h"
#include "ui/explorer/shapes_view_box.h"
#include "ui/explorer/shapes_view_code.h"
#include "ui/explorer/shapes_view_pitfall.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

enum Column {
  kTensor = 0,
  kSeqFirst = 1,
  kBatchFirst = 2,
  kUnbatched = 3,
  kAxes = 4,
  kMeaning = 5
};
constexpr int kShapeRole = Qt::UserRole + 1;

QString shapeText(const core::Shape& shape) {
  QStringList parts;
  for (int64_t v : shape) parts << QString::number(v);
  return QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
}

QString axesText(const std::vector<std::string>& axes) {
  QStringList parts;
  for (const auto& a : axes)
    parts << QString::fromStdString(a).replace(QLatin1Char('*'), QStringLiteral("·"));
  return parts.join(QStringLiteral(" × "));
}

QVariant shapeVariant(const core::Shape& shape) {
  QVariantList list;
  for (int64_t v : shape) list << QVariant::fromValue<qlonglong>(v);
  return list;
}

QPlainTextEdit* makeCodeBox() {
  auto* box = new QPlainTextEdit;
  box->setReadOnly(true);
  box->setLineWrapMode(QPlainTextEdit::NoWrap);
  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  box->setFont(mono);
  return box;
}

QWidget* withCopyButton(QPlainTextEdit* box, const QString& tip) {
  auto* page = new QWidget;
  auto* layout = new QVBoxLayout(page);
  layout->setContentsMargins(0, 4, 0, 0);
  auto* copy = new QPushButton(QObject::tr("Copy"));
  copy->setToolTip(tip);
  QObject::connect(copy, &QPushButton::clicked, box,
                   [box] { QApplication::clipboard()->setText(box->toPlainText()); });
  auto* bar = new QHBoxLayout;
  bar->addStretch(1);
  bar->addWidget(copy);
  layout->addLayout(bar);
  layout->addWidget(box, 1);
  return page;
}

}  // namespace

ShapesView::ShapesView(QWidget* parent) : QWidget(parent) {
  summary_ = new QLabel;
  summary_->setWordWrap(true);
  summary_->setTextFormat(Qt::RichText);

  table_ = new QTableWidget(0, 6);
  table_->setObjectName(QStringLiteral("shapesTable"));
  table_->setHorizontalHeaderLabels({tr("tensor"), tr("seq-first\n(L, N, ·)"),
                                     tr("batch_first\n(N, L, ·)"), tr("unbatched\n(L, ·)"),
                                     tr("axes (current layout)"), tr("meaning")});
  table_->horizontalHeaderItem(kSeqFirst)->setToolTip(tr("batch_first=False: x is (L, N, H_in)."));
  table_->horizontalHeaderItem(kBatchFirst)
      ->setToolTip(tr("batch_first=True: x is (N, L, H_in); "
                      "h_n and c_n do not change."));
  table_->horizontalHeaderItem(kUnbatched)
      ->setToolTip(tr("One sequence (L, H_in): every N axis "
                      "disappears."));
  table_->horizontalHeaderItem(kAxes)->setToolTip(
      tr("N batch, L steps, D directions, H_in input "
         "features, H cell size, H_out output size "
         "(proj_size or H), P proj_size."));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setAlternatingRowColors(true);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->setWordWrap(false);
  table_->setTextElideMode(Qt::ElideRight);

  box_ = new InputBoxWidget;
  pytorch_ = makeCodeBox();
  keras_ = makeCodeBox();
  auto* code = new QTabWidget;
  code->addTab(withCopyButton(pytorch_, tr("Copy the PyTorch code to the clipboard.")),
               tr("PyTorch"));
  code->addTab(withCopyButton(keras_, tr("Copy the Keras code to the clipboard.")),
               tr("Keras equivalent"));
  code->setToolTip(tr("Runnable code with exactly these shapes; the comments give each shape."));
  pitfall_ = new ReshapePitfallWidget;
  pitfall_->setObjectName(QStringLiteral("reshapePitfall"));

  auto* axisLegend = new QLabel(
      tr("<b>N</b> batch · <b>L</b> steps (seq_len) · <b>D</b> directions (2 if bidirectional) · "
         "<b>H_in</b> input features · <b>H</b> hidden = cell size · <b>H_out</b> = proj_size if "
         "> 0, else H · <b>P</b> proj_size"));
  axisLegend->setWordWrap(true);

  // Left: the table over the pitfall; right: the input box over the code.
  auto* left = new QSplitter(Qt::Vertical);
  auto* tablePane = new QWidget;
  auto* tableLayout = new QVBoxLayout(tablePane);
  tableLayout->setContentsMargins(0, 0, 0, 0);
  tableLayout->addWidget(summary_);
  tableLayout->addWidget(table_, 1);
  tableLayout->addWidget(axisLegend);
  left->addWidget(tablePane);
  left->addWidget(pitfall_);
  left->setStretchFactor(0, 1);
  left->setStretchFactor(1, 0);
  left->setChildrenCollapsible(false);

  auto* right = new QSplitter(Qt::Vertical);
  right->addWidget(box_);
  right->addWidget(code);
  right->setStretchFactor(0, 2);
  right->setStretchFactor(1, 3);
  right->setChildrenCollapsible(false);

  auto* split = new QSplitter(Qt::Horizontal);
  split->addWidget(left);
  split->addWidget(right);
  split->setStretchFactor(0, 5);
  split->setStretchFactor(1, 4);
  split->setSizes({560, 440});
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(split);
}

void ShapesView::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  snapshot_ = std::move(snapshot);
  const core::ExperimentConfig& cfg = snapshot_->config;
  current_ = cfg.unbatched ? Layout::kUnbatched
                           : (cfg.lstm.batchFirst ? Layout::kBatchFirst : Layout::kSeqFirst);

  // One describeShapes per layout; the rows are in the same order in all three.
  core::ShapeQuery query;
  query.config = cfg.lstm;
  query.batch = cfg.batch;
  query.seqLen = cfg.seqLen;
  std::vector<core::ShapeRow> byLayout[3];
  query.config.batchFirst = false;
  byLayout[0] = core::describeShapes(query);
  query.config.batchFirst = true;
  byLayout[1] = core::describeShapes(query);
  query.unbatched = true;
  query.batch = 1;
  byLayout[2] = core::describeShapes(query);
  const int current = static_cast<int>(current_);
  const auto& rows = byLayout[current];

  const QColor currentFill = palette().highlight().color().lighter(185);
  table_->setRowCount(static_cast<int>(rows.size()));
  for (int r = 0; r < static_cast<int>(rows.size()); ++r) {
    const core::ShapeRow& row = rows[r];
    auto* name = new QTableWidgetItem(QString::fromStdString(row.name));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (!row.isParameter) mono.setBold(true);
    name->setFont(mono);
    name->setToolTip(QString::fromStdString(row.meaning));
    table_->setItem(r, kTensor, name);
    for (int layout = 0; layout < 3; ++layout) {
      const core::ShapeRow& other = byLayout[layout][r];
      auto* item = new QTableWidgetItem(shapeText(other.shape));
      item->setData(kShapeRole, shapeVariant(other.shape));
      item->setToolTip(axesText(other.axes));
      item->setTextAlignment(Qt::AlignCenter);
      if (layout == current) {
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        item->setBackground(currentFill);
      }
      table_->setItem(r, kSeqFirst + layout, item);
    }
    table_->setItem(r, kAxes, new QTableWidgetItem(axesText(row.axes)));
    auto* meaning = new QTableWidgetItem(QString::fromStdString(row.meaning));
    meaning->setToolTip(QString::fromStdString(row.meaning));
    table_->setItem(r, kMeaning, meaning);
  }
  for (int layout = 0; layout < 3; ++layout) {
    QFont font = table_->horizontalHeader()->font();
    font.setBold(layout == current);
    table_->horizontalHeaderItem(kSeqFirst + layout)->setFont(font);
  }
  table_->resizeColumnsToContents();
  table_->resizeRowsToContents();

  const auto& l = cfg.lstm;
  const QString layoutName =
      current_ == Layout::kUnbatched
          ? tr("unbatched")
          : (current_ == Layout::kBatchFirst ? tr("batch_first=True")
                                             : tr("seq-first (batch_first=False)"));
  summary_->setText(
      tr("<b>Current layout: %1</b> — N = %2, L = %3, D = %4, H_in = %5, H = %6, H_out = %7, "
         "num_layers = %8. The highlighted column is what your call gives; h_0, c_0, h_n and c_n "
         "never depend on batch_first.")
          .arg(layoutName)
          .arg(cfg.unbatched ? 1 : cfg.batch)
          .arg(cfg.seqLen)
          .arg(l.numDirections())
          .arg(l.inputSize)
          .arg(l.hiddenSize)
          .arg(l.outputSize())
          .arg(l.numLayers) +
      // Where the batch and the initial state the views show came from.
      QStringLiteral(" ") +
      (snapshot_->inputSource.empty()
           ? tr("The input is the built-in example batch")
           : tr("The input is read from %1")
                 .arg(QString::fromStdString(snapshot_->inputSource).toHtmlEscaped())) +
      (snapshot_->initialStateSource.empty()
           ? tr("; h_0 = c_0 = 0 (torch's default).")
           : tr("; h_0 and c_0 come from %1.")
                 .arg(QString::fromStdString(snapshot_->initialStateSource).toHtmlEscaped())));

  box_->setConfig(cfg, snapshot_->featureNames);
  pytorch_->setPlainText(QString::fromStdString(pytorchCode(cfg)));
  keras_->setPlainText(QString::fromStdString(kerasCode(cfg)));
  pitfall_->setSnapshot(snapshot_);
}

int ShapesView::rowOf(const QString& tensor) const {
  for (int r = 0; r < table_->rowCount(); ++r)
    if (table_->item(r, kTensor) && table_->item(r, kTensor)->text() == tensor) return r;
  return -1;
}

core::Shape ShapesView::shapeOf(const QString& tensor, Layout layout) const {
  const int row = rowOf(tensor);
  if (row < 0) return {};
  core::Shape shape;
  for (const QVariant& v :
       table_->item(row, kSeqFirst + static_cast<int>(layout))->data(kShapeRole).toList())
    shape.push_back(v.toLongLong());
  return shape;
}

core::Shape ShapesView::shapeOf(const QString& tensor) const { return shapeOf(tensor, current_); }

QString ShapesView::axesOf(const QString& tensor) const {
  const int row = rowOf(tensor);
  return row < 0 ? QString() : table_->item(row, kAxes)->text();
}

QStringList ShapesView::tensorNames() const {
  QStringList names;
  for (int r = 0; r < table_->rowCount(); ++r) names << table_->item(r, kTensor)->text();
  return names;
}

QString ShapesView::pytorchCodeText() const { return pytorch_->toPlainText(); }
QString ShapesView::kerasCodeText() const { return keras_->toPlainText(); }

}  // namespace lstmviz::ui
