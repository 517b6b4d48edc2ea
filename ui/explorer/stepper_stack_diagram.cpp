#include "ui/explorer/stepper_stack_diagram.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_style.h"

namespace lstmviz::ui {

namespace {

const QColor kWire(70, 70, 80);
const QColor kText(30, 30, 35);
const QColor kBox(244, 247, 251);
const QColor kShown(255, 243, 205);

void arrow(QPainter& p, QPointF from, QPointF to) {
  p.setPen(QPen(kWire, 1.8));
  p.drawLine(from, to);
  QLineF dir(to, from);
  dir.setLength(7.0);
  QLineF left = dir, right = dir;
  left.setAngle(dir.angle() + 25);
  right.setAngle(dir.angle() - 25);
  p.setPen(Qt::NoPen);
  p.setBrush(kWire);
  p.drawPolygon(QPolygonF{to, left.p2(), right.p2()});
}

}  // namespace

StepperStackDiagram::StepperStackDiagram(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("stepperStackDiagram"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setToolTip(
      tr("The stack at step t: layer k reads layer k−1's h[t]; only the top layer's h[t] "
         "is output[t]. Each box ends in one row of h_n, in torch's order layer·D + "
         "direction."));
}

void StepperStackDiagram::setData(std::shared_ptr<const ExplorerSnapshot> snapshot,
                                  const StepSelection& sel) {
  snapshot_ = std::move(snapshot);
  sel_ = sel;
  update();
}

QString StepperStackDiagram::connectionLabel(int64_t layer) const {
  if (!snapshot_) return {};
  const core::LstmConfig& c = snapshot_->lstm.config();
  const int64_t width = c.numDirections() * c.outputSize();
  const QString what = c.numDirections() == 2 ? tr("[h_fwd | h_rev][t] (%1 values)").arg(width)
                                              : tr("h[t] (%1 values)").arg(width);
  if (layer + 1 >= c.numLayers) return tr("%1 = output[t]").arg(what);
  return tr("%1 = layer %2's x[t]").arg(what).arg(layer + 1);
}

void StepperStackDiagram::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  if (!snapshot_) return;
  const core::LstmConfig& c = snapshot_->lstm.config();
  const int64_t layers = c.numLayers, d = c.numDirections(), rows = layers * d;
  const int64_t t = sel_.step, n = sel_.sample;

  // Logical canvas 460 wide; one band per layer plus the input and the output lines.
  const double w = 480.0, band = 62.0, h = 40.0 + band * static_cast<double>(layers) + 40.0;
  const double scale = std::min(width() / w, height() / h);
  p.translate((width() - w * scale) / 2, (height() - h * scale) / 2);
  p.scale(scale, scale);
  QFont font = p.font();
  font.setPointSizeF(8.5);
  p.setFont(font);

  const double boxW = d == 2 ? 140.0 : 220.0, boxH = 34.0, left = 6.0, gap = 6.0;
  const double stackW = d * boxW + (d - 1) * gap;
  auto boxTop = [&](int64_t k) { return h - 40.0 - band * static_cast<double>(k + 1) + 14.0; };

  // x[t] at the bottom, output[t] at the top.
  p.setPen(kText);
  p.drawText(QRectF(left, h - 26.0, stackW, 20.0), Qt::AlignCenter,
             tr("x[t]  (H_in = %1)  ·  t = %2").arg(c.inputSize).arg(t));
  for (int64_t k = 0; k < layers; ++k) {
    const double top = boxTop(k);
    // The arrow into the layer from below (x[t] or layer k−1's h[t]).
    arrow(p, {left + stackW / 2, top + boxH + (k == 0 ? 22.0 : 28.0)},
          {left + stackW / 2, top + boxH});
    // The label above this layer: where its h[t] goes.
    const double labelY = top - 28.0;
    arrow(p, {left + stackW / 2, top}, {left + stackW / 2, labelY + 18.0});
    p.setPen(kText);
    QFont bold = font;
    bold.setBold(k + 1 < layers);
    p.setFont(bold);
    p.drawText(QRectF(left - 10, labelY, stackW + 20, 18.0), Qt::AlignCenter, connectionLabel(k));
    p.setFont(font);
    for (int64_t dir = 0; dir < d; ++dir) {
      const QRectF box(left + dir * (boxW + gap), top, boxW, boxH);
      const bool shown = k == sel_.layer && dir == sel_.direction;
      p.setPen(QPen(shown ? QColor(180, 120, 0) : QColor(150, 158, 170), shown ? 2.6 : 1.4));
      p.setBrush(shown ? kShown : kBox);
      p.drawRoundedRect(box, 6, 6);
      const core::DirectionTrace<float>& pass = snapshot_->trace.at(k, dir);
      const bool active = snapshot_->trace.isActive(t, n);
      const int64_t unit = std::min(sel_.unit, c.outputSize() - 1);
      const QString value =
          active ? formatStepNumber(pass.hidden(unit, pass.stateColumn(t, n))) : tr("padding");
      p.setPen(kText);
      const QString name =
          d == 2 ? (dir == 0 ? tr("layer %1 · fwd").arg(k) : tr("layer %1 · rev").arg(k))
                 : tr("layer %1").arg(k);
      p.drawText(box.adjusted(4, 2, -4, -boxH / 2), Qt::AlignCenter,
                 name + (shown ? QStringLiteral(" ◀") : QString()));
      p.drawText(box.adjusted(4, boxH / 2 - 2, -4, -2), Qt::AlignCenter,
                 QStringLiteral("h[t][%1] = %2").arg(unit).arg(value));
    }
    // The rows of h_n this layer ends in, on the right.
    QStringList ends;
    for (int64_t dir = 0; dir < d; ++dir) {
      const int64_t r = k * d + dir;
      ends << QStringLiteral("h_n[%1] = h_n[%2]").arg(r).arg(r - rows) +
                  (d == 2 ? (dir == 0 ? tr(" (fwd)") : tr(" (rev)")) : QString());
    }
    p.setPen(QColor(60, 60, 70));
    p.drawText(QRectF(left + stackW + 14, top - 4, w - left - stackW - 16, boxH + 8),
               Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("→ ") + ends.join('\n'));
  }
}

}  // namespace lstmviz::ui
