#include "ui/explorer/shapes_view_box.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

#include "core/nn/sequence_layout.h"

namespace lstmviz::ui {

namespace {

// Edge length in [0, 1] growing with the logarithm of a size, so 1 and 200 both stay readable.
double logScale(int64_t size) {
  return std::clamp(std::log1p(static_cast<double>(size)) / std::log1p(200.0), 0.0, 1.0);
}

void drawArrow(QPainter& p, QPointF from, QPointF to) {
  p.drawLine(from, to);
  const QPointF dir = (to - from) / std::hypot(to.x() - from.x(), to.y() - from.y());
  const QPointF normal(-dir.y(), dir.x());
  QPainterPath head;
  head.moveTo(to);
  head.lineTo(to - dir * 8 + normal * 4);
  head.lineTo(to - dir * 8 - normal * 4);
  head.closeSubpath();
  p.fillPath(head, p.pen().color());
}

}  // namespace

InputBoxWidget::InputBoxWidget(QWidget* parent) : QWidget(parent) {
  setToolTip(
      tr("The input tensor x: time runs to the right, features upwards, samples into the "
         "depth; each edge names its dimension in the current layout."));
}

void InputBoxWidget::setConfig(const core::ExperimentConfig& config,
                               const std::vector<std::string>& featureNames) {
  config_ = config;
  featureNames_ = featureNames;
  update();
}

void InputBoxWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());

  const bool unbatched = config_.unbatched;
  const bool batchFirst = config_.lstm.batchFirst && !unbatched;
  const int64_t n = config_.batch, steps = config_.seqLen, features = config_.lstm.inputSize;

  // Dimension index of each axis in the current layout (dimN is unused unbatched).
  const core::SequenceLayout layout{n, steps, config_.lstm.batchFirst, unbatched};
  const int dimN = layout.batchAxis(), dimL = layout.timeAxis(), dimF = layout.featureAxis();

  QFont titleFont = font();
  titleFont.setBold(true);
  p.setFont(titleFont);
  p.setPen(palette().text().color());
  QString shape;
  if (unbatched)
    shape = QStringLiteral("(%1, %2) = (L, H_in)").arg(steps).arg(features);
  else if (batchFirst)
    shape = QStringLiteral("(%1, %2, %3) = (N, L, H_in)").arg(n).arg(steps).arg(features);
  else
    shape = QStringLiteral("(%1, %2, %3) = (L, N, H_in)").arg(steps).arg(n).arg(features);
  p.drawText(QRectF(8, 6, width() - 16, 22), Qt::AlignLeft | Qt::AlignVCenter,
             tr("input x: %1").arg(shape));
  p.setFont(font());

  // Box geometry: proportions grow with log(size); the whole box (front face plus depth) is
  // scaled into the free area and centred, leaving room for the edge labels.
  const double w0 = 0.35 + 0.45 * logScale(steps);
  const double h0 = 0.25 + 0.25 * logScale(features);
  const double d0 = unbatched ? 0.0 : 0.12 + 0.30 * logScale(n);
  const double leftMargin = 56, rightMargin = unbatched ? 20 : 150, topY = 40,
               bottomY = height() - 70.0;
  const double areaW = std::max(60.0, width() - leftMargin - rightMargin);
  const double areaH = std::max(60.0, bottomY - topY);
  const double scale = std::min(areaW / (w0 + 0.75 * d0), areaH / (h0 + 0.55 * d0));
  const double w = w0 * scale, h = h0 * scale, depth = d0 * scale;
  const QPointF v(depth * 0.75, -depth * 0.55);
  const QPointF origin(leftMargin + (areaW - (w + v.x())) / 2,
                       topY + (areaH - (h - v.y())) / 2 + (h - v.y()));
  const QPointF f0 = origin, f1 = origin + QPointF(w, 0), f2 = origin + QPointF(w, -h),
                f3 = origin + QPointF(0, -h);
  const QColor accent(0x2a, 0x7a, 0xd0);
  const QColor top(0xc9, 0xdc, 0xf2), side(0xa8, 0xc4, 0xe6), front(0xe3, 0xee, 0xfa);

  QPen edge(QColor(0x30, 0x4a, 0x6a), 1.4);
  p.setPen(edge);
  if (!unbatched) {
    p.setBrush(top);
    p.drawPolygon(QPolygonF({f3, f2, f2 + v, f3 + v}));
    p.setBrush(side);
    p.drawPolygon(QPolygonF({f1, f1 + v, f2 + v, f2}));
  }
  p.setBrush(front);
  p.drawPolygon(QPolygonF({f0, f1, f2, f3}));

  // Grid lines: steps on the front and top faces, features on the front, samples on top/side.
  QPen grid(QColor(0x30, 0x4a, 0x6a, 70), 0.8);
  p.setPen(grid);
  if (steps <= 80)
    for (int64_t t = 1; t < steps; ++t) {
      const double x = w * t / steps;
      p.drawLine(f0 + QPointF(x, 0), f3 + QPointF(x, 0));
      if (!unbatched) p.drawLine(f3 + QPointF(x, 0), f3 + QPointF(x, 0) + v);
    }
  if (features <= 32)
    for (int64_t k = 1; k < features; ++k) {
      const double y = h * k / features;
      p.drawLine(f0 + QPointF(0, -y), f1 + QPointF(0, -y));
      if (!unbatched) p.drawLine(f1 + QPointF(0, -y), f1 + QPointF(0, -y) + v);
    }
  if (!unbatched && n <= 32)
    for (int64_t s = 1; s < n; ++s) {
      const QPointF o = v * (double(s) / n);
      p.drawLine(f3 + o, f2 + o);
      p.drawLine(f1 + o, f2 + o);
    }

  // Sample 0 (the front face) and step 0 highlighted.
  p.setPen(QPen(accent, 2.4));
  p.setBrush(Qt::NoBrush);
  p.drawPolygon(QPolygonF({f0, f1, f2, f3}));
  QColor stepFill = accent;
  stepFill.setAlpha(70);
  p.fillRect(QRectF(f3, QSizeF(w / std::max<int64_t>(steps, 1), h)), stepFill);

  // Edge labels with arrows.
  QPen label(QColor(0x20, 0x20, 0x20), 1.2);
  p.setPen(label);
  drawArrow(p, f0 + QPointF(0, 16), f1 + QPointF(0, 16));
  p.drawText(QRectF(f0.x(), f0.y() + 18, w, 20), Qt::AlignCenter,
             tr("L = %1 steps (dim %2)").arg(steps).arg(dimL));
  drawArrow(p, f0 + QPointF(-14, 0), f3 + QPointF(-14, 0));
  p.save();
  p.translate(f0.x() - 22, f0.y() - h / 2);
  p.rotate(-90);
  p.drawText(QRectF(-h / 2 - 30, -36, h + 60, 34), Qt::AlignCenter,
             tr("H_in = %1 features\n(dim %2)").arg(features).arg(dimF));
  p.restore();
  // The features' names (a CSV's columns, any script) inside their rows of the front face.
  if (static_cast<int64_t>(featureNames_.size()) == features && features <= 12) {
    p.save();
    QFont small = p.font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const QFontMetricsF metrics(small);
    for (int64_t k = 0; k < features; ++k) {
      const QString name =
          metrics.elidedText(QString::fromStdString(featureNames_[k]), Qt::ElideRight, w - 12);
      const double y = f0.y() - h * (k + 0.5) / features;
      const QRectF box(f0.x() + 4, y - metrics.height() / 2, metrics.horizontalAdvance(name) + 6,
                       metrics.height());
      p.fillRect(box, QColor(255, 255, 255, 210));
      p.drawText(box, Qt::AlignCenter, name);
    }
    p.restore();
  }
  if (!unbatched) {
    drawArrow(p, f1 + QPointF(12, 4), f1 + v + QPointF(12, 4));
    p.drawText(QRectF(f1.x() + v.x() / 2 + 22, f1.y() + v.y() / 2 - 12, 140, 36),
               Qt::AlignLeft | Qt::AlignVCenter, tr("N = %1 samples\n(dim %2)").arg(n).arg(dimN));
  }

  // Caption.
  p.setPen(palette().text().color());
  QString caption;
  if (unbatched)
    caption = tr("Unbatched: one sequence, no N axis. Blue frame: the sequence, shaded: x_0.");
  else
    caption = batchFirst ? tr("Blue frame: x[0], sample 0 (L × H_in); shaded: x[0, 0], its step 0.")
                         : tr("Blue frame: x[:, 0], sample 0 (L × H_in); shaded: x[0, 0], its "
                              "step 0.");
  p.drawText(QRectF(8, height() - 30, width() - 16, 28),
             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
}

}  // namespace lstmviz::ui
