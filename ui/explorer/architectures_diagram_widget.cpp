#include "ui/explorer/architectures_diagram_widget.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cmath>
#include <limits>

namespace lstmviz::ui {

namespace {

QFont titleFont(const QFont& base) {
  QFont f = base;
  f.setPointSizeF(10.0);
  f.setBold(true);
  return f;
}

QFont detailFont(const QFont& base) {
  QFont f = base;
  f.setPointSizeF(8.0);
  f.setBold(false);
  return f;
}

QFont labelFont(const QFont& base) {
  QFont f = base;
  f.setPointSizeF(8.5);
  return f;
}

struct NodeColors {
  QColor fill, border;
};

NodeColors colorsFor(DiagramNode::Kind kind) {
  switch (kind) {
    case DiagramNode::Kind::kTensor:
      return {QColor(232, 241, 251), QColor(70, 120, 200)};
    case DiagramNode::Kind::kModule:
      return {QColor(255, 243, 224), QColor(214, 128, 20)};
    case DiagramNode::Kind::kOperation:
      return {QColor(236, 246, 236), QColor(60, 140, 60)};
  }
  return {};
}

// Where the ray from rect's centre towards p leaves the rect.
QPointF borderPoint(const QRectF& rect, QPointF p) {
  const QPointF c = rect.center();
  const double dx = p.x() - c.x(), dy = p.y() - c.y();
  const double inf = std::numeric_limits<double>::infinity();
  const double tx = dx != 0 ? (rect.width() / 2) / std::abs(dx) : inf;
  const double ty = dy != 0 ? (rect.height() / 2) / std::abs(dy) : inf;
  const double t = std::min({tx, ty, 1.0});
  return {c.x() + t * dx, c.y() + t * dy};
}

}  // namespace

ArchitecturesDiagramWidget::ArchitecturesDiagramWidget(QWidget* parent) : QWidget(parent) {
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setMouseTracking(false);
}

void ArchitecturesDiagramWidget::setDiagram(const ArchitectureDiagram& diagram) {
  diagram_ = diagram;
  update();
}

QTransform ArchitecturesDiagramWidget::fitTransform(const QRectF& bounds) const {
  const QRectF b = bounds.adjusted(-10, -10, 10, 10);
  const double scale =
      std::min({width() / std::max(b.width(), 1.0), height() / std::max(b.height(), 1.0), 1.4});
  QTransform t;
  t.translate((width() - b.width() * scale) / 2, (height() - b.height() * scale) / 2);
  t.scale(scale, scale);
  t.translate(-b.left(), -b.top());
  return t;
}

ArchitecturesDiagramWidget::Layout ArchitecturesDiagramWidget::computeLayout() const {
  const QFontMetricsF tm(titleFont(font())), dm(detailFont(font())), lm(labelFont(font()));
  Layout layout;
  for (const DiagramNode& n : diagram_.nodes) {
    const double w =
        std::max(56.0, std::max(tm.horizontalAdvance(n.title),
                                n.detail.isEmpty() ? 0.0 : dm.horizontalAdvance(n.detail)) +
                           (n.kind == DiagramNode::Kind::kTensor ? 28 : 22));
    const double h = n.detail.isEmpty() ? 30 : 44;
    layout.nodes.emplace_back(n.center.x() - w / 2, n.center.y() - h / 2, w, h);
    layout.bounds |= layout.nodes.back();
  }
  for (const DiagramEdge& e : diagram_.edges) {
    std::vector<QPointF> pts;
    pts.push_back(diagram_.nodes[e.from].center);
    for (const QPointF& v : e.via) pts.push_back(v);
    pts.push_back(diagram_.nodes[e.to].center);
    pts.front() = borderPoint(layout.nodes[e.from], pts[1]);
    pts.back() = borderPoint(layout.nodes[e.to], pts[pts.size() - 2]);
    QLineF lastSeg(pts[pts.size() - 2], pts.back());
    if (lastSeg.length() > 4) lastSeg.setLength(lastSeg.length() - 2);
    pts.back() = lastSeg.p2();

    QRectF labelBox;
    if (!e.label.isEmpty()) {
      // The label sits at the middle of the longest segment: above (or below) a horizontal
      // one, to the right of a vertical one.
      size_t best = 1;
      double bestLen = -1;
      for (size_t k = 1; k < pts.size(); ++k) {
        const double len = QLineF(pts[k - 1], pts[k]).length();
        if (len > bestLen) {
          bestLen = len;
          best = k;
        }
      }
      const QLineF seg(pts[best - 1], pts[best]);
      const bool vertical = std::abs(seg.dx()) < std::abs(seg.dy());
      const QStringList lines = e.label.split('\n');
      double w = 0;
      for (const QString& line : lines) w = std::max(w, lm.horizontalAdvance(line));
      const QSizeF size(w + 8, lm.height() * lines.size() + 2);
      const QPointF c = seg.center();
      const QPointF topLeft = vertical
                                  ? QPointF(c.x() + 6, c.y() - size.height() / 2)
                                  : QPointF(c.x() - size.width() / 2,
                                            e.labelBelow ? c.y() + 4 : c.y() - 4 - size.height());
      labelBox = QRectF(topLeft, size);
      layout.bounds |= labelBox;
    }
    for (const QPointF& q : pts) layout.bounds |= QRectF(q, QSizeF(1, 1));
    layout.edges.push_back(std::move(pts));
    layout.labels.push_back(labelBox);
  }
  return layout;
}

bool ArchitecturesDiagramWidget::event(QEvent* event) {
  if (event->type() == QEvent::ToolTip) {
    auto* help = static_cast<QHelpEvent*>(event);
    const Layout layout = computeLayout();
    const QPointF p = fitTransform(layout.bounds).inverted().map(QPointF(help->pos()));
    for (int i = 0; i < static_cast<int>(diagram_.nodes.size()); ++i) {
      const DiagramNode& n = diagram_.nodes[i];
      if (layout.nodes[i].contains(p)) {
        QString text = n.title;
        if (!n.detail.isEmpty()) text += QStringLiteral("\n") + n.detail;
        if (!n.tooltip.isEmpty()) text += QStringLiteral("\n") + n.tooltip;
        QToolTip::showText(help->globalPos(), text, this);
        return true;
      }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
  }
  return QWidget::event(event);
}

void ArchitecturesDiagramWidget::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing);
  p.fillRect(rect(), QColor(252, 252, 253));
  if (diagram_.nodes.empty()) return;
  const Layout layout = computeLayout();
  p.setTransform(fitTransform(layout.bounds));
  const QFont tf = titleFont(font()), df = detailFont(font()), lf = labelFont(font());

  // Arrows, then boxes, then labels on top.
  const QColor wire(80, 84, 96);
  for (size_t k = 0; k < diagram_.edges.size(); ++k) {
    const std::vector<QPointF>& pts = layout.edges[k];
    QPainterPath path(pts.front());
    for (size_t j = 1; j < pts.size(); ++j) path.lineTo(pts[j]);
    p.setPen(QPen(wire, 1.8, diagram_.edges[k].dashed ? Qt::DashLine : Qt::SolidLine, Qt::RoundCap,
                  Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    QLineF back(pts.back(), pts[pts.size() - 2]);
    back.setLength(9);
    QLineF l1 = back, l2 = back;
    l1.setAngle(back.angle() + 24);
    l2.setAngle(back.angle() - 24);
    p.setPen(Qt::NoPen);
    p.setBrush(wire);
    p.drawPolygon(QPolygonF{pts.back(), l1.p2(), l2.p2()});
  }

  for (size_t i = 0; i < diagram_.nodes.size(); ++i) {
    const DiagramNode& n = diagram_.nodes[i];
    const NodeColors colors = colorsFor(n.kind);
    const QRectF r = layout.nodes[i];
    p.setPen(QPen(colors.border, 1.8));
    p.setBrush(colors.fill);
    const double radius = n.kind == DiagramNode::Kind::kTensor ? r.height() / 2 : 6;
    p.drawRoundedRect(r, radius, radius);
    p.setPen(QColor(25, 25, 30));
    p.setFont(tf);
    if (n.detail.isEmpty()) {
      p.drawText(r, Qt::AlignCenter, n.title);
    } else {
      p.drawText(QRectF(r.left(), r.top() + 3, r.width(), r.height() / 2), Qt::AlignCenter,
                 n.title);
      p.setFont(df);
      p.setPen(QColor(80, 80, 90));
      p.drawText(QRectF(r.left(), r.center().y(), r.width(), r.height() / 2 - 3), Qt::AlignCenter,
                 n.detail);
    }
  }

  p.setFont(lf);
  for (size_t k = 0; k < diagram_.edges.size(); ++k) {
    const QRectF box = layout.labels[k];
    if (box.isEmpty()) continue;
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(box, 3, 3);
    p.setPen(QColor(20, 60, 120));
    p.drawText(box, Qt::AlignCenter, diagram_.edges[k].label);
  }
}

}  // namespace lstmviz::ui
