#include "ui/explorer/packing_view.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <limits>

#include "ui/explorer/unpacked_run.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

const QColor kForward(0x4a, 0x8f, 0xd8);
const QColor kReverse(0xe8, 0x9a, 0x3c);
const QColor kPadding(0xe6, 0xe6, 0xe6);
const QColor kNaive(0xc6, 0x1a, 0x2a);

// Index into h_n of the last layer's direction d.
int64_t lastLayerState(const core::LstmConfig& l, int64_t direction) {
  return (l.numLayers - 1) * l.numDirections() + direction;
}

float outputAt(const ExplorerSnapshot& s, int64_t t, int64_t n, int64_t unit) {
  return s.layout().at(s.result.output, n, t, unit);
}

// The naive "last step" expression in the snapshot's layout.
QString naiveExpression(const ExplorerSnapshot& s) {
  return s.config.lstm.batchFirst ? QStringLiteral("output[:, -1]") : QStringLiteral("output[-1]");
}

QString firstUnits(const std::vector<float>& values) {
  QStringList parts;
  const int shown = std::min<int>(3, static_cast<int>(values.size()));
  for (int j = 0; j < shown; ++j) parts << QString::number(values[j], 'f', 4);
  if (static_cast<int>(values.size()) > shown) parts << QStringLiteral("…");
  return parts.join(QStringLiteral(", "));
}

}  // namespace

// The step grid: one row per sample and direction, one column per step.
class PackingGridWidget : public QWidget {
 public:
  explicit PackingGridWidget(QWidget* parent = nullptr) : QWidget(parent) {
    setMinimumHeight(200);
    setToolTip(
        QObject::tr("Coloured: steps the LSTM computes; grey: padding it skips. ● marks the "
                    "step h_n comes from; the red frame is what output[:, -1] reads."));
  }
  void setSnapshot(std::shared_ptr<const ExplorerSnapshot> s) {
    snapshot_ = std::move(s);
    // Tall enough for every row at the thinnest (kMinRow px), so a large batch's rows never run
    // under the legend: the view scrolls instead.
    setMinimumHeight(std::max(
        200, static_cast<int>(std::ceil(kTop + kLegend + kMargin + kMinRow * rowHeights()))));
    updateGeometry();
    update();
  }
  QSize sizeHint() const override {
    if (!snapshot_) return {600, 200};
    const double rows = double(snapshot_->batch() * snapshot_->config.lstm.numDirections());
    return {600, static_cast<int>(30 + 30 + 8 + rows * 22 + (snapshot_->batch() - 1) * 9)};
  }

 protected:
  void paintEvent(QPaintEvent*) override {
    QPainter p(this);
    // Cells are axis-aligned rectangles drawn without antialiasing (N·D·L of them: 5,120 for
    // 64 × 2 × 40 took 6 ms antialiased); only the rings are antialiased.
    p.fillRect(rect(), palette().base());
    if (!snapshot_) return;
    const ExplorerSnapshot& s = *snapshot_;
    const core::LstmTrace<float>& trace = s.trace;
    const int64_t n = s.batch(), steps = s.steps(), d = s.config.lstm.numDirections();
    const double left = 150, top = kTop, legend = kLegend;
    const double cellW = std::max(4.0, (width() - left - 16) / double(steps));
    const double rowH =
        std::clamp((height() - top - legend - kMargin) / rowHeights(), kMinRow, 24.0);
    const double gap = rowH * kGap;

    p.setPen(palette().text().color());
    QFont small = font();
    small.setPointSizeF(std::max(7.0, font().pointSizeF() - 1));
    p.setFont(small);
    for (int64_t t = 0; t < steps; ++t) {
      if (steps > 30 && t % 5 != 0 && t != steps - 1) continue;
      p.drawText(QRectF(left + t * cellW - 10, top - 20, cellW + 20, 16), Qt::AlignCenter,
                 QStringLiteral("t=%1").arg(t));
    }
    double y = top;
    // A row's label only where it does not overlap the one above (rows are as thin as 6 px in a
    // large batch; the table below names every sample).
    const double labelHeight = p.fontMetrics().height();
    double nextLabel = -labelHeight;  // where the next label may start
    QVector<QRectF> forwardCells, reverseCells, paddingCells, sources, naiveFrames;
    for (int64_t sample = 0; sample < n; ++sample) {
      const int64_t length = trace.length(sample);
      for (int64_t dir = 0; dir < d; ++dir) {
        if (y + rowH / 2 - labelHeight / 2 >= nextLabel) {
          p.setPen(palette().text().color());
          p.drawText(QRectF(4, y + rowH / 2 - labelHeight / 2, left - 10, labelHeight),
                     Qt::AlignRight | Qt::AlignVCenter,
                     dir == 0 ? QObject::tr("n=%1  len %2  fwd").arg(sample).arg(length)
                              : QObject::tr("reverse"));
          nextLabel = y + rowH / 2 + labelHeight / 2;
        }
        for (int64_t t = 0; t < steps; ++t) {
          const QRectF cell(left + t * cellW + 1, y + 1, cellW - 2, rowH - 2);
          const bool active = trace.isActive(t, sample);
          (active ? (dir == 0 ? forwardCells : reverseCells) : paddingCells).push_back(cell);
          // h_n source: forward at the true last step, reverse at t = 0.
          if (dir == 0 ? t == length - 1 : t == 0) sources.push_back(cell);
        }
        // The naive output[:, -1] reads step L−1 of each direction's half of output.
        naiveFrames.push_back(QRectF(left + (steps - 1) * cellW, y, cellW, rowH));
        y += rowH;
      }
      y += gap;
    }
    // One call per kind of cell (thousands of cells in a large batch; a pen and brush per cell
    // took 5 ms to paint).
    p.setPen(Qt::NoPen);
    for (const auto& [cells, color] :
         {std::pair{&forwardCells, kForward}, std::pair{&reverseCells, kReverse},
          std::pair{&paddingCells, kPadding}}) {
      p.setBrush(color);
      p.drawRects(*cells);
    }
    p.setBrush(QBrush(QColor(0x9a, 0x9a, 0x9a), Qt::BDiagPattern));  // padding is hatched too:
    p.drawRects(paddingCells);                                       // not told by colour alone
    p.setBrush(Qt::white);
    p.setPen(QPen(Qt::black, 1.2));
    p.setRenderHint(QPainter::Antialiasing, true);
    for (const QRectF& cell : sources) {
      const double r = std::min(cell.width(), cell.height()) * 0.32;
      p.drawEllipse(cell.center(), r, r);
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(QPen(kNaive, 2.0));
    p.setBrush(Qt::NoBrush);
    p.drawRects(naiveFrames);
    // Legend.
    double x = left;
    const double ly = height() - legend + 8;
    auto chip = [&](const QColor& color, const QString& text, bool ring = false,
                    bool frame = false) {
      p.setPen(frame ? QPen(kNaive, 2.0) : Qt::NoPen);
      p.setBrush(frame ? Qt::NoBrush : QBrush(color));
      p.drawRect(QRectF(x, ly, 14, 14));
      if (color == kPadding && !frame) {
        p.setBrush(QBrush(QColor(0x9a, 0x9a, 0x9a), Qt::BDiagPattern));
        p.drawRect(QRectF(x, ly, 14, 14));
      }
      if (ring) {
        p.setPen(QPen(Qt::black, 1.2));
        p.setBrush(Qt::white);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.drawEllipse(QPointF(x + 7, ly + 7), 4, 4);
        p.setRenderHint(QPainter::Antialiasing, false);
      }
      p.setPen(palette().text().color());
      const double w = p.fontMetrics().horizontalAdvance(text);
      p.drawText(QRectF(x + 18, ly - 2, w + 4, 18), Qt::AlignLeft | Qt::AlignVCenter, text);
      x += w + 40;
    };
    chip(kForward, QObject::tr("forward step computed"));
    if (d == 2) chip(kReverse, QObject::tr("reverse step computed"));
    chip(kPadding, QObject::tr("padding: skipped"));
    chip(kForward, QObject::tr("h_n comes from here"), true);
    chip(kNaive, QObject::tr("what %1 reads").arg(naiveExpression(s)), false, true);
  }

 private:
  static constexpr double kTop = 30, kLegend = 30, kMargin = 8, kMinRow = 6;  // px
  static constexpr double kGap = 0.4;  // between two samples, in rows
  // The grid's height in rows: N·D of them and a gap between two samples.
  double rowHeights() const {
    const double n = snapshot_ ? double(snapshot_->batch()) : 1;
    const double d = snapshot_ ? double(snapshot_->config.lstm.numDirections()) : 1;
    return n * d + (n - 1) * kGap;
  }
  std::shared_ptr<const ExplorerSnapshot> snapshot_;
};

PackingView::PackingView(QWidget* parent) : QWidget(parent) {
  header_ = new QLabel;
  header_->setObjectName(QStringLiteral("packingHeader"));
  header_->setWordWrap(true);
  header_->setTextFormat(Qt::RichText);
  grid_ = new PackingGridWidget;
  grid_->setObjectName(QStringLiteral("packingGrid"));
  table_ = new QTableWidget;
  table_->setObjectName(QStringLiteral("packingTable"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->verticalHeader()->hide();
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  table_->verticalHeader()->setDefaultSectionSize(24);
  table_->setToolTip(
      tr("First units of each state; \"yes\" (green): equal to h_n with packing, \"no\" (red): "
         "not."));
  auto* split = new QSplitter(Qt::Vertical);
  split->addWidget(grid_);
  split->addWidget(table_);
  split->setStretchFactor(0, 0);
  split->setStretchFactor(1, 1);
  split->setChildrenCollapsible(false);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(6, 6, 6, 6);
  layout->addWidget(header_);
  layout->addWidget(split, 1);
}

void PackingView::setSnapshot(std::shared_ptr<const ExplorerSnapshot> snapshot) {
  given_ = std::move(snapshot);
  ++generation_;
  if (!given_ || !isVisible()) return;  // computed when shown
  const core::ExperimentConfig& c = given_->config;
  const double flops =
      c.lengths.empty() ? 2 * explorerForwardFlops(demoConfig(c)) : explorerForwardFlops(c);
  if (flops <= kSynchronousFlops)
    ensureShown();
  else
    startWorker();
}

core::ExperimentConfig PackingView::demoConfig(const core::ExperimentConfig& config) {
  core::ExperimentConfig demo = config;
  if (demo.unbatched) {
    demo.unbatched = false;
    demo.batch = 4;
  }
  demo.lengths.clear();
  for (int64_t k = 0; k < demo.batch; ++k)
    demo.lengths.push_back(std::max<int64_t>(1, demo.seqLen - 3 * k));
  demo.whatIf.clear();  // the demo's batch differs; edits are the other views' business
  return demo;
}

std::shared_ptr<const PackingView::Runs> PackingView::computeRuns(
    std::shared_ptr<const ExplorerSnapshot> given) {
  auto runs = std::make_shared<Runs>();
  try {
    if (!given->lengths.empty()) {
      runs->shown = std::move(given);
    } else {
      runs->demo = true;
      runs->editsLeftOut = given->edited();
      const core::ExperimentConfig demo = demoConfig(given->config);
      const std::vector<float>& weights = given->unedited().lstm.parameters();
      runs->shown = buildExplorerSnapshot(demo, &weights);
    }
    runs->unpacked = runWithoutPacking(*runs->shown);
  } catch (const std::exception& e) {  // out of memory above all: said in the header
    runs->shown.reset();
    runs->error = QString::fromLocal8Bit(e.what());
  }
  return runs;
}

void PackingView::startWorker() {
  if (working_) return;  // onRunsComputed starts the newest request when it ends
  working_ = true;
  // The header is the result's already (what the runs will be is known from given_); the table
  // says the runs are being computed. A one-line header that grew to a paragraph when the result
  // came made the window lay out and paint twice, 30 ms of the GUI thread for a large batch.
  const bool demo = given_->lengths.empty();
  header_->setText(headerText(*given_, demo, demo && given_->edited()));
  table_->clear();
  table_->setColumnCount(1);
  table_->setRowCount(1);
  table_->setHorizontalHeaderLabels({QString()});
  table_->setItem(0, 0, new QTableWidgetItem(tr("Computing the packed and unpacked runs…")));
  worker_.start([this, given = given_, generation = generation_](BackgroundJob::Control&) {
    std::shared_ptr<const Runs> runs = computeRuns(given);
    // Delivered on the GUI thread; ~BackgroundJob joins this thread before the QObject goes.
    QMetaObject::invokeMethod(
        this, [this, generation, runs] { onRunsComputed(generation, runs); }, Qt::QueuedConnection);
  });
}

void PackingView::onRunsComputed(uint64_t generation, std::shared_ptr<const Runs> runs) {
  working_ = false;
  worker_.join();
  if (generation != generation_) {  // a newer snapshot came meanwhile
    if (given_ && isVisible()) startWorker();
    return;
  }
  given_.reset();
  draw(std::move(runs));
}

void PackingView::ensureShown() {
  while (working_) {
    worker_.join();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
  }
  if (!given_) return;
  std::shared_ptr<const Runs> runs = computeRuns(std::move(given_));
  given_.reset();
  draw(std::move(runs));
}

void PackingView::draw(std::shared_ptr<const Runs> runs) {
  drawn_ = std::move(runs);  // held, not copied: a large batch's unpacked output took 7 ms to copy
  if (!drawn_->shown) {
    header_->setText(tr("The packing demo could not be computed: %1").arg(drawn_->error));
    table_->clear();
    table_->setRowCount(0);
    return;
  }
  header_->setText(headerText(*drawn_->shown, drawn_->demo, drawn_->editsLeftOut));
  grid_->setSnapshot(drawn_->shown);
  fillTable();
}

QString PackingView::headerText(const ExplorerSnapshot& s, bool demo, bool editsLeftOut) {
  const QString note =
      demo ? tr("A demo: your configuration has no lengths (tick “variable lengths” in the "
                "panel), so the same nn.LSTM runs here on lengths L, L−3, L−6, …")
           : tr("The lengths of your configuration.");
  const QString editsNote =
      editsLeftOut ? tr(" The what-if edits are not applied to this demo (its batch differs).")
                   : QString();
  const bool bidirectional = s.config.lstm.bidirectional;
  return tr("<b>pack_padded_sequence(x, lengths, enforce_sorted=False)</b>: each sample is run for "
            "its own length only. %1 The forward direction's h_n is the state at the sample's true "
            "last step%2; <code>output</code> is zero past each length, so the naive "
            "<code>%3</code> returns padding for every shorter sample. Without packing (the "
            "zero-padded batch fed straight to nn.LSTM) a shorter sample's h_n is the state after "
            "further steps on zeros — see the last columns.")
      .arg(note + editsNote,
           bidirectional ? tr(", the reverse direction starts at that step and its h_n is the "
                              "state at t = 0")
                         : QString(),
           naiveExpression(s));
}

void PackingView::showEvent(QShowEvent* event) {
  QWidget::showEvent(event);
  if (given_) setSnapshot(std::move(given_));
}

const ExplorerSnapshot* PackingView::shownSnapshot() {
  ensureShown();
  return shown();
}

QTableWidget* PackingView::table() {
  ensureShown();
  return table_;
}

void PackingView::fillTable() {
  const ExplorerSnapshot& s = *shown();
  const auto& l = s.config.lstm;
  const bool bidirectional = l.bidirectional;
  const int64_t n = s.batch(), steps = s.steps(), hOut = l.outputSize();
  QStringList headers{tr("sample"),
                      tr("length"),
                      tr("h_n packed\n(forward, last layer)"),
                      tr("output at t = length−1"),
                      tr("naive %1").arg(naiveExpression(s)),
                      tr("naive = h_n?"),
                      tr("h_n WITHOUT packing\n(zeros run through)"),
                      tr("unpacked = packed?")};
  if (bidirectional) headers << tr("h_n[-1] (reverse)") << tr("output at t = 0, reverse half");
  table_->clear();
  table_->setColumnCount(headers.size());
  table_->setHorizontalHeaderLabels(headers);
  table_->setRowCount(static_cast<int>(n));
  table_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  table_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
  for (int64_t sample = 0; sample < n; ++sample) {
    const int64_t length = s.trace.length(sample);
    std::vector<float> hn, atLength, naive, hnReverse, reverseAtZero, unpacked;
    for (int64_t j = 0; j < hOut; ++j) {
      hn.push_back(s.result.hN.at({lastLayerState(l, 0), sample, j}));
      unpacked.push_back(drawn_->unpacked.hN.at({lastLayerState(l, 0), sample, j}));
      atLength.push_back(outputAt(s, length - 1, sample, j));
      naive.push_back(outputAt(s, steps - 1, sample, j));
      if (bidirectional) {
        hnReverse.push_back(s.result.hN.at({lastLayerState(l, 1), sample, j}));
        reverseAtZero.push_back(outputAt(s, 0, sample, hOut + j));
      }
    }
    const bool same = naive == hn;
    const bool unpackedSame = unpacked == hn;
    QStringList cells{
        QString::number(sample),
        QString::number(length),
        firstUnits(hn),
        firstUnits(atLength),
        firstUnits(naive),
        same ? tr("yes (full length)") : tr("no: padding"),
        firstUnits(unpacked),
        unpackedSame ? tr("yes (full length)") : tr("no: %1 steps on zeros").arg(steps - length)};
    if (bidirectional) cells << firstUnits(hnReverse) << firstUnits(reverseAtZero);
    for (int c = 0; c < cells.size(); ++c) {
      auto* item = new QTableWidgetItem(cells[c]);
      if (c == 4 || c == 5)
        item->setBackground(same ? QColor(0xd6, 0xf0, 0xd6) : QColor(0xfa, 0xd4, 0xd2));
      if (c == 6 || c == 7)
        item->setBackground(unpackedSame ? QColor(0xd6, 0xf0, 0xd6) : QColor(0xfa, 0xd4, 0xd2));
      item->setForeground(QColor(0x20, 0x20, 0x20));
      table_->setItem(static_cast<int>(sample), c, item);
    }
  }
}

float PackingView::unpackedHn(int sample, int unit) {
  ensureShown();
  if (!shown()) return std::numeric_limits<float>::quiet_NaN();
  const auto& l = shown()->config.lstm;
  return drawn_->unpacked.hN.at({lastLayerState(l, 0), sample, unit});
}

bool PackingView::unpackedMatchesPacked(int sample) {
  ensureShown();
  if (!shown()) return false;
  const auto& l = shown()->config.lstm;
  for (int64_t j = 0; j < l.outputSize(); ++j)
    if (unpackedHn(sample, static_cast<int>(j)) !=
        shown()->result.hN.at({lastLayerState(l, 0), sample, j}))
      return false;
  return true;
}

bool PackingView::naiveMatchesHn(int sample) {
  ensureShown();
  if (!shown()) return false;
  const ExplorerSnapshot& s = *shown();
  const auto& l = s.config.lstm;
  for (int64_t j = 0; j < l.outputSize(); ++j)
    if (s.result.hN.at({lastLayerState(l, 0), sample, j}) != outputAt(s, s.steps() - 1, sample, j))
      return false;
  return true;
}

}  // namespace lstmviz::ui
