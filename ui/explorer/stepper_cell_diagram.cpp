#include "ui/explorer/stepper_cell_diagram.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <array>

#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_style.h"

namespace lstmviz::ui {

namespace {

// The drawing is laid out on a fixed logical canvas and scaled to the widget.
constexpr double kCanvasW = 640.0;
constexpr double kCanvasH = 370.0;
constexpr double kOpRadius = 11.0;

// Logical coordinates of the parts.
constexpr double kCellY = 100.0;    // cell-state wire
constexpr double kBusY = 272.0;     // [h_{t−1}, x_t] bus feeding the gates
constexpr double kGateY = 212.0;    // gate box centres
constexpr double kOutY = 296.0;     // h_t wire
constexpr double kForgetX = 200.0;  // f gate and ⊗ f
constexpr double kInputX = 272.0;   // i gate
constexpr double kCandX = 348.0;    // g gate
constexpr double kAddX = 310.0;     // ⊕ and ⊗ (i·g)
constexpr double kMulIgY = 160.0;
constexpr double kOutGateX = 420.0;  // o gate
constexpr double kTanhX = 482.0;     // tanh(c_t) and ⊗ o
constexpr double kJoinX = 140.0;     // where x_t joins h_{t−1}
constexpr double kOutputUpX = 585.0;

const QColor kWire(70, 70, 80);
const QColor kText(30, 30, 35);

QString sym(const char* s) { return QString::fromUtf8(s); }

void drawWire(QPainter& p, std::initializer_list<QPointF> points, const QColor& color = kWire,
              bool arrow = true) {
  QPainterPath path;
  auto it = points.begin();
  path.moveTo(*it);
  QPointF last = *it, before = *it;
  for (++it; it != points.end(); ++it) {
    path.lineTo(*it);
    before = last;
    last = *it;
  }
  p.setPen(QPen(color, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  p.setBrush(Qt::NoBrush);
  p.drawPath(path);
  if (!arrow) return;
  QLineF dir(last, before);
  dir.setLength(8.0);
  QLineF left = dir, right = dir;
  left.setAngle(dir.angle() + 25);
  right.setAngle(dir.angle() - 25);
  QPolygonF head{last, left.p2(), right.p2()};
  p.setPen(Qt::NoPen);
  p.setBrush(color);
  p.drawPolygon(head);
}

void drawOp(QPainter& p, QPointF c, const QString& op) {
  p.setPen(QPen(kWire, 1.6));
  p.setBrush(QColor(255, 250, 225));
  p.drawEllipse(c, kOpRadius, kOpRadius);
  QFont f = p.font();
  f.setPointSizeF(12.0);
  f.setBold(true);
  p.setFont(f);
  p.setPen(kText);
  p.drawText(QRectF(c.x() - kOpRadius, c.y() - kOpRadius - 1, 2 * kOpRadius, 2 * kOpRadius),
             Qt::AlignCenter, op);
}

// Text with a translucent white background so wires behind it stay readable.
void drawLabel(QPainter& p, QPointF anchor, const QString& text, Qt::Alignment align,
               const QColor& color = kText, double size = 9.0, bool bold = false) {
  QFont f = p.font();
  f.setPointSizeF(size);
  f.setBold(bold);
  p.setFont(f);
  const QFontMetricsF fm(f);
  const QSizeF s(fm.horizontalAdvance(text) + 6, fm.height() + 2);
  QPointF topLeft = anchor;
  if (align & Qt::AlignRight) topLeft.rx() -= s.width();
  if (align & Qt::AlignHCenter) topLeft.rx() -= s.width() / 2;
  if (align & Qt::AlignBottom) topLeft.ry() -= s.height();
  if (align & Qt::AlignVCenter) topLeft.ry() -= s.height() / 2;
  const QRectF box(topLeft, s);
  p.setPen(Qt::NoPen);
  p.setBrush(QColor(255, 255, 255, 215));
  p.drawRoundedRect(box, 3, 3);
  p.setPen(color);
  p.drawText(box, Qt::AlignCenter, text);
}

void drawGate(QPainter& p, QPointF c, StepperQuantity q, const QString& fn, double value,
              bool active) {
  const StepperQuantityStyle style = stepperQuantityStyle(q);
  const QRectF box(c.x() - 30, c.y() - 21, 60, 42);
  const QColor fill = active ? stepperValueColor(q, value) : QColor(225, 225, 225);
  p.setPen(QPen(style.accent, 2.2));
  p.setBrush(fill);
  p.drawRoundedRect(box, 6, 6);
  const bool dark = fill.lightnessF() < 0.55;
  QFont f = p.font();
  f.setPointSizeF(8.5);
  f.setBold(false);
  p.setFont(f);
  p.setPen(dark ? Qt::white : kText);
  p.drawText(box.adjusted(0, 2, 0, -box.height() / 2), Qt::AlignHCenter | Qt::AlignTop,
             style.symbol + QStringLiteral(" = ") + fn);
  f.setPointSizeF(10.0);
  f.setBold(true);
  p.setFont(f);
  p.drawText(box.adjusted(0, box.height() / 2 - 2, 0, -2), Qt::AlignHCenter | Qt::AlignVCenter,
             active ? formatStepNumber(value) : QStringLiteral("—"));
}

}  // namespace

StepperCellDiagram::StepperCellDiagram(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("stepperCellDiagram"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setToolTip(
      tr("One LSTM step for the chosen unit: the cell state runs along the top, the four "
         "gates read [h_{t−1}, x_t] from below, and h_t leaves to the right (and up: into "
         "output[t] from the top layer, into the next layer's x[t] from a lower one)."));
}

void StepperCellDiagram::setValues(const StepValues& values, const StepSelection& sel, bool reverse,
                                   const QString& caption) {
  values_ = values;
  sel_ = sel;
  reverse_ = reverse;
  caption_ = caption;
  valid_ = true;
  update();
}

void StepperCellDiagram::setStackPosition(int64_t layer, int64_t numLayers, int64_t direction,
                                          int64_t directions) {
  layer_ = layer;
  numLayers_ = numLayers;
  direction_ = direction;
  directions_ = directions;
  update();
}

QString StepperCellDiagram::outputLabel() const {
  // Bidirectional: the forward h_t fills the first H_out features, the reverse one the rest.
  const QString half = directions_ == 1  ? QString()
                       : direction_ == 0 ? QStringLiteral(", :H_out")
                                         : QStringLiteral(", H_out:");
  if (layer_ + 1 >= numLayers_) return QStringLiteral("output[t") + half + QStringLiteral("]");
  return tr("to layer %1: its x[t%2]").arg(layer_ + 1).arg(half);
}

QString StepperCellDiagram::inputLabel() const {
  if (layer_ == 0) return QStringLiteral("x[t]");
  return directions_ == 1 ? tr("x[t] = h[t] of layer %1").arg(layer_ - 1)
                          : tr("x[t] = [h_fwd | h_rev][t] of layer %1").arg(layer_ - 1);
}

void StepperCellDiagram::clear() {
  valid_ = false;
  update();
}

QTransform StepperCellDiagram::canvasTransform() const {
  const double scale = std::min(width() / kCanvasW, height() / kCanvasH);
  QTransform t;
  t.translate((width() - kCanvasW * scale) / 2, (height() - kCanvasH * scale) / 2);
  t.scale(scale, scale);
  return t;
}

bool StepperCellDiagram::event(QEvent* event) {
  if (event->type() != QEvent::ToolTip) return QWidget::event(event);
  auto* help = static_cast<QHelpEvent*>(event);
  const QPointF p = canvasTransform().inverted().map(QPointF(help->pos()));
  struct Spot {
    QRectF area;
    StepperQuantity q;
  };
  const Spot spots[] = {
      {QRectF(kForgetX - 30, kGateY - 21, 60, 42), StepperQuantity::kF},
      {QRectF(kInputX - 30, kGateY - 21, 60, 42), StepperQuantity::kI},
      {QRectF(kCandX - 30, kGateY - 21, 60, 42), StepperQuantity::kG},
      {QRectF(kOutGateX - 30, kGateY - 21, 60, 42), StepperQuantity::kO},
      {QRectF(0, kCellY - 26, kCanvasW, 34), StepperQuantity::kC},
      {QRectF(kTanhX - 10, kOutY - 26, kCanvasW, 52), StepperQuantity::kH},
  };
  for (const Spot& spot : spots) {
    if (spot.area.contains(p)) {
      QToolTip::showText(help->globalPos(), stepperQuantityStyle(spot.q).tooltip, this);
      return true;
    }
  }
  QToolTip::showText(help->globalPos(), toolTip(), this);
  return true;
}

void StepperCellDiagram::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  if (!valid_) {
    p.setPen(palette().text().color());
    p.drawText(rect(), Qt::AlignCenter, tr("No forward pass to show."));
    return;
  }
  p.setTransform(canvasTransform());

  const StepValues& v = values_;
  const bool active = v.active;
  const QString prev = reverse_ ? sym("t+1") : sym("t\u22121");
  const QColor cColor = stepperQuantityStyle(StepperQuantity::kC).accent;
  const QColor hColor = stepperQuantityStyle(StepperQuantity::kH).accent;
  const auto num = [](double x) { return formatStepNumber(x); };

  // Caption.
  drawLabel(p, {8, 6}, caption_, Qt::AlignLeft | Qt::AlignTop, kText, 10.0, true);

  // The cell body.
  p.setPen(QPen(QColor(170, 178, 190), 1.5));
  p.setBrush(QColor(244, 247, 251));
  p.drawRoundedRect(QRectF(112, 62, 440, 256), 14, 14);

  // Cell-state wire: c_{t−1} → ⊗ f → ⊕ → c_t.
  drawWire(p, {{20, kCellY}, {kForgetX - kOpRadius, kCellY}}, cColor);
  drawWire(p, {{kForgetX + kOpRadius, kCellY}, {kAddX - kOpRadius, kCellY}}, cColor);
  drawWire(p, {{kAddX + kOpRadius, kCellY}, {622, kCellY}}, cColor);

  // Bus: h_{t−1} from the left, x_t from below, feeding the four gates.
  drawWire(p, {{20, kBusY}, {kJoinX, kBusY}, {kOutGateX, kBusY}}, kWire, false);
  drawWire(p, {{kJoinX, 350}, {kJoinX, kBusY + 2}}, kWire);
  p.setBrush(kWire);
  p.drawEllipse(QPointF(kJoinX, kBusY), 3, 3);
  for (double x : {kForgetX, kInputX, kCandX, kOutGateX})
    drawWire(p, {{x, kBusY}, {x, kGateY + 22}}, kWire);

  // Gate outputs.
  drawWire(p, {{kForgetX, kGateY - 21}, {kForgetX, kCellY + kOpRadius}});
  drawWire(p, {{kInputX, kGateY - 21}, {kInputX, kMulIgY}, {kAddX - kOpRadius, kMulIgY}});
  drawWire(p, {{kCandX, kGateY - 21}, {kCandX, kMulIgY}, {kAddX + kOpRadius, kMulIgY}});
  drawWire(p, {{kAddX, kMulIgY - kOpRadius}, {kAddX, kCellY + kOpRadius}});
  // tanh(c_t) ⊗ o → h_t.
  drawWire(p, {{kTanhX, kCellY}, {kTanhX, 138}}, cColor);
  drawWire(p, {{kTanhX, 162}, {kTanhX, kGateY - kOpRadius}});
  drawWire(p, {{kOutGateX + 30, kGateY}, {kTanhX - kOpRadius, kGateY}});
  if (v.projection) {
    drawWire(p, {{kTanhX, kGateY + kOpRadius}, {kTanhX, kOutY}, {500, kOutY}}, hColor);
    drawWire(p, {{544, kOutY}, {622, kOutY}}, hColor);
    drawWire(p, {{kOutputUpX, kOutY}, {kOutputUpX, 36}}, hColor);
    p.setPen(QPen(hColor, 2));
    p.setBrush(QColor(225, 242, 242));
    p.drawRoundedRect(QRectF(500, kOutY - 13, 44, 26), 4, 4);
    drawLabel(p, {522, kOutY}, sym("W_hr"), Qt::AlignHCenter | Qt::AlignVCenter, hColor, 8.5, true);
  } else {
    drawWire(p, {{kTanhX, kGateY + kOpRadius}, {kTanhX, kOutY}, {622, kOutY}}, hColor);
    drawWire(p, {{kOutputUpX, kOutY}, {kOutputUpX, 36}}, hColor);
  }
  p.setPen(Qt::NoPen);
  p.setBrush(hColor);
  p.drawEllipse(QPointF(kOutputUpX, kOutY), 3, 3);

  // Operators and tanh.
  drawOp(p, {kForgetX, kCellY}, sym("\u00d7"));
  drawOp(p, {kAddX, kCellY}, sym("+"));
  drawOp(p, {kAddX, kMulIgY}, sym("\u00d7"));
  drawOp(p, {kTanhX, kGateY}, sym("\u00d7"));
  p.setPen(QPen(cColor, 1.6));
  p.setBrush(QColor(248, 240, 252));
  p.drawRoundedRect(QRectF(kTanhX - 24, 138, 48, 24), 12, 12);
  drawLabel(p, {kTanhX, 150}, QStringLiteral("tanh"), Qt::AlignCenter, kText, 9.0);

  // Gates.
  const double i = v.gates[0].value, f = v.gates[1].value, g = v.gates[2].value,
               o = v.gates[3].value;
  // A gate a what-if clamp sets is not σ(…) / tanh(…) of anything: its box says so.
  auto fn = [&](int gate, const QString& function) {
    return v.gates[gate].clamped ? tr("clamp") : function;
  };
  drawGate(p, {kForgetX, kGateY}, StepperQuantity::kF, fn(1, sym("\u03c3")), f, active);
  drawGate(p, {kInputX, kGateY}, StepperQuantity::kI, fn(0, sym("\u03c3")), i, active);
  drawGate(p, {kCandX, kGateY}, StepperQuantity::kG, fn(2, QStringLiteral("tanh")), g, active);
  drawGate(p, {kOutGateX, kGateY}, StepperQuantity::kO, fn(3, sym("\u03c3")), o, active);
  if (active) {
    for (int k = 0; k < 4; ++k) {
      const double x = std::array<double, 4>{kInputX, kForgetX, kCandX, kOutGateX}[k];
      drawLabel(p, {x, 246}, QStringLiteral("a ") + formatStepNumber(v.gates[k].sum),
                Qt::AlignHCenter | Qt::AlignVCenter, QColor(90, 90, 100), 7.5);
    }
  }

  // Values on the wires.
  drawLabel(p, {18, kCellY - 6},
            QStringLiteral("c") + sym("\u2009") + "[" + prev + "] = " + num(v.cPrev),
            Qt::AlignLeft | Qt::AlignBottom, cColor, 9.0, true);
  drawLabel(p, {18, kBusY - 6}, QStringLiteral("h[") + prev + "] = " + num(v.hPrevShown),
            Qt::AlignLeft | Qt::AlignBottom, hColor, 9.0, true);
  {
    QString xs;
    const int shown = std::min<int>(3, static_cast<int>(v.x.size()));
    for (int k = 0; k < shown; ++k) xs += (k ? QStringLiteral(", ") : QString()) + num(v.x[k]);
    if (static_cast<int>(v.x.size()) > shown) xs += QStringLiteral(", …");
    drawLabel(p, {kJoinX + 8, 352}, inputLabel() + QStringLiteral(" = [") + xs + "]",
              Qt::AlignLeft | Qt::AlignBottom, kText, 9.0, true);
  }
  if (active) {
    drawLabel(p, {kForgetX + 14, kCellY - 14}, sym("f\u00b7c = ") + num(f * v.cPrev),
              Qt::AlignLeft | Qt::AlignBottom, QColor(90, 90, 100), 8.0);
    drawLabel(p, {kAddX + 16, kMulIgY + 2}, sym("i\u00b7g = ") + num(i * g),
              Qt::AlignLeft | Qt::AlignTop, QColor(90, 90, 100), 8.0);
    drawLabel(p, {kTanhX + 28, 150}, num(v.cellTanh), Qt::AlignLeft | Qt::AlignVCenter,
              QColor(90, 90, 100), 8.0);
  }
  drawLabel(p, {620, kCellY - 6}, QStringLiteral("c[t] = ") + num(v.cell),
            Qt::AlignRight | Qt::AlignBottom, cColor, 9.5, true);
  const QString hName =
      v.projection ? QStringLiteral("h[t][%1]").arg(v.projRow) : QStringLiteral("h[t]");
  drawLabel(p, {620, kOutY + (v.projection ? 16 : 6)}, hName + " = " + num(v.hidden),
            Qt::AlignRight | Qt::AlignTop, hColor, 9.5, true);
  if (layer_ + 1 < numLayers_)  // a longer label: right-aligned so it stays on the canvas
    drawLabel(p, {kCanvasW - 4, 34}, outputLabel(), Qt::AlignRight | Qt::AlignBottom, hColor, 8.5,
              true);
  else
    drawLabel(p, {kOutputUpX, 34}, outputLabel(), Qt::AlignHCenter | Qt::AlignBottom, hColor, 8.5);
  if (v.projection && active)
    drawLabel(p, {kTanhX + 6, kOutY - 22}, QStringLiteral("m = ") + num(v.m),
              Qt::AlignLeft | Qt::AlignBottom, QColor(90, 90, 100), 8.0);

  if (!active) {
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 170));
    p.drawRoundedRect(QRectF(112, 62, 440, 256), 14, 14);
    drawLabel(p, {332, 190},
              tr("padding: step %1 is not computed (length %2)").arg(sel_.step).arg(v.length),
              Qt::AlignCenter, QColor(110, 110, 110), 11.0, true);
  }
}

}  // namespace lstmviz::ui
