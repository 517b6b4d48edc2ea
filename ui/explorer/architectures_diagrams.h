#pragma once
// The five sequence architectures of the learners' notes as diagrams whose arrows carry the
// tensor shapes torch gives for the current configuration (N batch, L steps, H_in features,
// H hidden, H_out = proj_size or H, D directions, num_layers, O outputs, K the horizon), plus the
// matching PyTorch code. Pure description (no painting): ArchitecturesDiagramWidget draws it,
// tests read it.
//
//   many-to-one   x → nn.LSTM → output[:, -1] | h_n[-1] | Flatten | mean → Linear → y (N, O)
//   one-to-many   x (N, H_in) → RepeatVector(K) → decoder nn.LSTM → Linear per step → y (N, K, O)
//   many-to-many  x → nn.LSTM → output → TimeDistributed(Dense) ≡ Linear on 3-D → y (N, L, O)
//   seq2seq       x → encoder → (h_n, c_n) → decoder, K one-step calls fed its own prediction
//   autoencoder   x → encoder → z = h_n[-D:] → RepeatVector(L) → decoder → Linear → x̂ (N, L, H_in)
// The code is that of the torch module core::buildExperimentModel builds for the configuration
// (the header of core/nn/*_model.h), with the module names of its state_dict.
// Shapes follow the explorer's layout: batch_first (N, L, ·), seq-first (L, N, ·) or unbatched
// (no N axis).
#include <QPointF>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/experiment/experiment_config.h"
#include "core/nn/head_kind.h"

namespace lstmviz::ui {

enum class Architecture { kManyToOne = 0, kOneToMany, kManyToMany, kSeq2Seq, kAutoencoder };
constexpr int kArchitectureCount = 5;

struct DiagramNode {
  enum class Kind { kTensor, kModule, kOperation };
  Kind kind = Kind::kModule;
  QString title;   // e.g. "nn.LSTM"
  QString detail;  // e.g. "input_size=1, hidden_size=12"
  QPointF center;  // on the 1000 × 380 logical canvas
  QString tooltip;
};

struct DiagramEdge {
  int from = 0;
  int to = 0;
  QString label;             // "output (8, 20, 12)": the tensor on this arrow
  std::vector<QPointF> via;  // bends, in order
  bool dashed = false;       // a loop or an alternative path
  bool labelBelow = false;
};

struct ArchitectureDiagram {
  Architecture architecture = Architecture::kManyToOne;
  QString title;
  QString summary;  // one or two sentences
  QString code;     // PyTorch (and Keras) code with the shapes as comments
  std::vector<DiagramNode> nodes;
  std::vector<DiagramEdge> edges;

  // The label of the first edge whose label starts with prefix, or empty (for tests).
  QString edgeLabel(const QString& prefix) const;
};

// Title and one-line description of an architecture (translated).
QString architectureTitle(Architecture a);

// The number of outputs O the diagrams use for config.dataset (10 for Fashion-MNIST, 9 for the
// copy task's classes, 3 for the anomaly sensors, a CSV's target columns, 1 for the other
// regression datasets).
int64_t architectureOutputSize(const core::ExperimentConfig& config);

// The horizon K of seq2seq and one-to-many: config.horizon (at least 1), what the model predicts.
int64_t architectureHorizon(const core::ExperimentConfig& config);

// The diagram of architecture a for config. head selects the many-to-one head (kLast, kHn,
// kFlatten, kMean; kSeq is shown as kLast there) and is ignored by the others.
ArchitectureDiagram buildArchitectureDiagram(Architecture a, const core::ExperimentConfig& config,
                                             core::HeadKind head = core::HeadKind::kLast);

// "(8, 20, 12)" for the layout of config: the sequence tensor with feature size features, the
// state tensor (count, N, size), and a per-sample vector (N, size).
QString sequenceShape(const core::ExperimentConfig& config, int64_t features);
QString stateShape(const core::ExperimentConfig& config, int64_t count, int64_t size);
QString vectorShape(const core::ExperimentConfig& config, int64_t size);

}  // namespace lstmviz::ui
