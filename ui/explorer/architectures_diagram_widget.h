#pragma once
// ArchitecturesDiagramWidget: paints an ArchitectureDiagram with QPainter — tensors as pills,
// modules and operations as boxes, arrows labelled with the tensor and its shape. Laid out on the
// diagram's logical canvas (about 1000 × 380), then the bounding box of everything drawn is fitted
// into the widget, so wide labels are never clipped.
#include <QWidget>

#include "ui/explorer/architectures_diagrams.h"

namespace lstmviz::ui {

class ArchitecturesDiagramWidget : public QWidget {
  Q_OBJECT

 public:
  explicit ArchitecturesDiagramWidget(QWidget* parent = nullptr);

  void setDiagram(const ArchitectureDiagram& diagram);
  const ArchitectureDiagram& diagram() const { return diagram_; }

  QSize sizeHint() const override { return {1000, 380}; }
  QSize minimumSizeHint() const override { return {560, 220}; }

 protected:
  void paintEvent(QPaintEvent* event) override;
  bool event(QEvent* event) override;  // tooltips per node

 private:
  // Geometry of everything in logical coordinates.
  struct Layout {
    std::vector<QRectF> nodes;
    std::vector<std::vector<QPointF>> edges;  // polyline per edge, clipped at the boxes
    std::vector<QRectF> labels;               // label box per edge (empty rect: no label)
    QRectF bounds;
  };
  Layout computeLayout() const;
  QTransform fitTransform(const QRectF& bounds) const;

  ArchitectureDiagram diagram_;
};

}  // namespace lstmviz::ui
