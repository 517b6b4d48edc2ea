#include "ui/explorer/gate_chunk_diagram.h"

#include <QPainter>
#include <algorithm>

#include "core/nn/lstm_gates.h"
#include "ui/explorer/stepper_equations.h"
#include "ui/explorer/stepper_style.h"

namespace lstmviz::ui {

namespace {

constexpr StepperQuantity kBlockQuantity[4] = {StepperQuantity::kI, StepperQuantity::kF,
                                               StepperQuantity::kG, StepperQuantity::kO};
const char* const kBlockFunction[4] = {"σ", "σ", "tanh", "σ"};

}  // namespace

GateChunkDiagram::GateChunkDiagram(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("gateChunkDiagram"));
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setToolTip(
      tr("One matrix product gives all four gates: its 4H rows are cut into four blocks "
         "of H rows (chunk(4)) in the order i, f, g, o."));
}

void GateChunkDiagram::setValues(int64_t hidden, int64_t inputWidth, int64_t hiddenOut,
                                 const StepValues& values, int64_t unit) {
  hidden_ = hidden;
  inputWidth_ = inputWidth;
  hiddenOut_ = hiddenOut;
  values_ = values;
  unit_ = unit;
  valid_ = true;
  update();
}

QString GateChunkDiagram::blockLabel(int block) const {
  const core::GateRows rows = core::gateRows(block, hidden_);
  return QStringLiteral("%1: rows %2…%3")
      .arg(QString::fromUtf8(core::kGateLetters[block]))
      .arg(rows.begin)
      .arg(rows.end - 1);
}

void GateChunkDiagram::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), palette().base());
  if (!valid_) return;
  const double w = 620.0, hgt = 310.0;
  const double scale = std::min(width() / w, height() / hgt);
  p.translate((width() - w * scale) / 2, (height() - hgt * scale) / 2);
  p.scale(scale, scale);
  QFont font = p.font();
  font.setPointSizeF(8.5);
  p.setFont(font);
  const QColor text(30, 30, 35);

  p.setPen(text);
  p.drawText(QRectF(0, 0, w, 18), Qt::AlignCenter,
             tr("a_t = W_ih x_t + b_ih + W_hh h_{t−1} + b_hh   →   i, f, g, o = a_t.chunk(4)"));
  const double top = 40.0, blockH = 56.0, matrixX = 20.0, matrixW = 170.0;
  // W: 4H rows × (H_in + H_out) columns, the input part and the recurrent part.
  const double split =
      matrixW * inputWidth_ / double(std::max<int64_t>(1, inputWidth_ + hiddenOut_));
  for (int k = 0; k < 4; ++k) {
    const StepperQuantityStyle style = stepperQuantityStyle(kBlockQuantity[k]);
    const QRectF block(matrixX, top + k * blockH, matrixW, blockH);
    QColor fill = style.accent;
    fill.setAlpha(45);
    p.setPen(QPen(style.accent, 1.6));
    p.setBrush(fill);
    p.drawRect(block);
    p.setPen(text);
    p.drawText(block.adjusted(4, 2, -4, -2), Qt::AlignLeft | Qt::AlignTop, blockLabel(k));
    // Unit u's row inside the block.
    const double rowY =
        block.top() + blockH * (unit_ + 0.5) / double(std::max<int64_t>(1, hidden_));
    p.setPen(QPen(style.accent.darker(150), 2.0));
    p.drawLine(QPointF(matrixX, rowY), QPointF(matrixX + matrixW, rowY));
    // The block of a_t and its function.
    const QRectF chunk(300, top + k * blockH + 4, 26, blockH - 8);
    p.setPen(QPen(style.accent, 1.6));
    p.setBrush(fill);
    p.drawRect(chunk);
    p.setPen(text);
    p.drawText(chunk, Qt::AlignCenter, QString::fromUtf8(core::kGateLetters[k]));
    p.drawLine(QPointF(326, chunk.center().y()), QPointF(350, chunk.center().y()));
    const GateTerms& g = values_.gates[k];
    // A what-if clamp replaces the activation: γ = σ(a) does not hold, so it is not drawn.
    const QString live = !values_.active ? tr("padding: not computed")
                         : g.clamped     ? tr("a[%1] = %2, clamped to %3 (what-if)")
                                           .arg(k * hidden_ + unit_)
                                           .arg(formatStepNumber(g.sum))
                                           .arg(formatStepNumber(g.value))
                                     : QStringLiteral("%1(a[%2] = %3) = %4")
                                           .arg(QString::fromUtf8(kBlockFunction[k]))
                                           .arg(k * hidden_ + unit_)
                                           .arg(formatStepNumber(g.sum))
                                           .arg(formatStepNumber(g.value));
    p.drawText(
        QRectF(354, chunk.top(), w - 354, chunk.height()), Qt::AlignLeft | Qt::AlignVCenter,
        QString::fromUtf8(core::kGateLetters[k]) + QStringLiteral("_t[%1]:  ").arg(unit_) + live);
  }
  // Column split: the W_ih part reads x_t, the W_hh part h_{t−1}.
  p.setPen(QPen(QColor(90, 90, 100), 1.2, Qt::DashLine));
  p.drawLine(QPointF(matrixX + split, top), QPointF(matrixX + split, top + 4 * blockH));
  p.setPen(text);
  p.drawText(QRectF(matrixX, top - 18, split, 16), Qt::AlignCenter,
             QStringLiteral("W_ih (%1)").arg(inputWidth_));
  p.drawText(QRectF(matrixX + split, top - 18, matrixW - split, 16), Qt::AlignCenter,
             QStringLiteral("W_hh (%1)").arg(hiddenOut_));
  // × [x_t; h_{t−1}] + b =
  const QRectF vector(215, top + 40, 24, 4 * blockH - 80);
  p.setPen(QPen(QColor(90, 90, 100), 1.4));
  p.setBrush(QColor(245, 245, 245));
  p.drawRect(vector);
  p.setPen(text);
  p.drawText(QRectF(192, top + 2 * blockH - 10, 22, 20), Qt::AlignCenter, QStringLiteral("×"));
  p.drawText(QRectF(206, vector.bottom() + 4, 60, 30), Qt::AlignHCenter | Qt::AlignTop,
             QStringLiteral("[x_t;\nh_{t−1}]"));
  p.drawText(QRectF(242, top + 2 * blockH - 10, 56, 20), Qt::AlignCenter, QStringLiteral("+ b  ="));
  p.drawText(QRectF(matrixX, top + 4 * blockH + 6, matrixW, 16), Qt::AlignCenter,
             tr("4H = %1 rows, H = %2 per gate").arg(4 * hidden_).arg(hidden_));
}

}  // namespace lstmviz::ui
