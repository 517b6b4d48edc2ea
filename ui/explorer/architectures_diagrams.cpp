#include "ui/explorer/architectures_diagrams.h"

#include <QCoreApplication>
#include <algorithm>

#include "ui/explorer/shapes_view_code.h"

namespace lstmviz::ui {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ArchitecturesView", text); }

using Kind = DiagramNode::Kind;

QString tuple(std::initializer_list<int64_t> dims) {
  QStringList parts;
  for (int64_t d : dims) parts << QString::number(d);
  return QStringLiteral("(") + parts.join(QStringLiteral(", ")) + QStringLiteral(")");
}

int64_t batchOf(const core::ExperimentConfig& c) { return c.batch; }

// A sequence tensor of `steps` steps in the config's layout.
QString seqShape(const core::ExperimentConfig& c, int64_t steps, int64_t features) {
  if (c.unbatched) return tuple({steps, features});
  return c.lstm.batchFirst ? tuple({batchOf(c), steps, features})
                           : tuple({steps, batchOf(c), features});
}

// A per-step scalar (N, L) / (L, N) / (L).
QString stepShape(const core::ExperimentConfig& c) {
  if (c.unbatched) return tuple({c.seqLen});
  return c.lstm.batchFirst ? tuple({batchOf(c), c.seqLen}) : tuple({c.seqLen, batchOf(c)});
}

// "nn.LSTM(1, 12, num_layers=2, batch_first=True, bidirectional=True, proj_size=4)".
QString lstmCall(const core::LstmConfig& l, const QString& inputSize) {
  QString s = QStringLiteral("nn.LSTM(%1, %2").arg(inputSize).arg(l.hiddenSize);
  if (l.numLayers != 1) s += QStringLiteral(", num_layers=%1").arg(l.numLayers);
  if (!l.bias) s += QStringLiteral(", bias=False");
  if (l.batchFirst) s += QStringLiteral(", batch_first=True");
  if (l.bidirectional) s += QStringLiteral(", bidirectional=True");
  if (l.projSize > 0) s += QStringLiteral(", proj_size=%1").arg(l.projSize);
  return s + QStringLiteral(")");
}

QString lstmDetail(const core::LstmConfig& l, int64_t inputSize) {
  QString s = QStringLiteral("H_in=%1, H=%2").arg(inputSize).arg(l.hiddenSize);
  if (l.numLayers != 1) s += QStringLiteral(", layers=%1").arg(l.numLayers);
  if (l.bidirectional) s += QStringLiteral(", D=2");
  if (l.projSize > 0) s += QStringLiteral(", P=%1").arg(l.projSize);
  return s;
}

// The time axis of output in the layout (for slicing and mean).
int timeAxis(const core::ExperimentConfig& c) {
  return (!c.unbatched && c.lstm.batchFirst) ? 1 : 0;
}

QString lastStepExpr(const core::ExperimentConfig& c) {
  return timeAxis(c) == 1 ? QStringLiteral("output[:, -1]") : QStringLiteral("output[-1]");
}

QString stepExpr(const core::ExperimentConfig& c) {
  return timeAxis(c) == 1 ? QStringLiteral("output[:, t]") : QStringLiteral("output[t]");
}

QString flattenExpr(const core::ExperimentConfig& c) {
  if (c.unbatched) return QStringLiteral("output.reshape(-1)");
  return c.lstm.batchFirst ? QStringLiteral("output.reshape(N, -1)")
                           : QStringLiteral("output.transpose(0, 1).reshape(N, -1)");
}

QString repeatExpr(const core::ExperimentConfig& c, const QString& v) {
  if (c.unbatched) return v + QStringLiteral(".unsqueeze(0).repeat(L, 1)");
  return c.lstm.batchFirst ? v + QStringLiteral(".unsqueeze(1).repeat(1, L, 1)")
                           : v + QStringLiteral(".unsqueeze(0).repeat(L, 1, 1)");
}

DiagramNode node(Kind kind, const QString& title, const QString& detail, double x, double y,
                 const QString& tooltip = {}) {
  return DiagramNode{kind, title, detail, QPointF(x, y), tooltip};
}

DiagramEdge edge(int from, int to, const QString& label, std::vector<QPointF> via = {},
                 bool dashed = false, bool below = false) {
  return DiagramEdge{from, to, label, std::move(via), dashed, below};
}

QString keyword(const char* name, const QString& shape) {
  return QString::fromUtf8(name) + QStringLiteral(" ") + shape;
}

// "# Keras:" and the model's layers from the Shapes ▸ Keras generator (kerasModelLines), each
// line commented out, after an optional first layer (RepeatVector) that feeds them as x.
QStringList kerasLines(const core::ExperimentConfig& c, core::HeadKind head, int64_t outputs,
                       const QString& first) {
  // A first layer (RepeatVector) reads one vector per sample, not a sequence.
  QStringList lines{
      first.isEmpty()
          ? QStringLiteral("# Keras (batch-first, inputs = keras.Input(shape=(L, H_in))):")
          : QStringLiteral("# Keras (inputs = keras.Input(shape=(H_in,))):")};
  if (!first.isEmpty()) lines << QStringLiteral("#   ") + first;
  for (const auto& text : kerasModelLines(c, head, outputs, first.isEmpty() ? "inputs" : "x"))
    lines << QStringLiteral("#   ") + QString::fromStdString(text);
  return lines;
}

}  // namespace

QString ArchitectureDiagram::edgeLabel(const QString& prefix) const {
  for (const DiagramEdge& e : edges)
    if (e.label.startsWith(prefix)) return e.label;
  return {};
}

QString architectureTitle(Architecture a) {
  switch (a) {
    case Architecture::kManyToOne:
      return tr("Many-to-one");
    case Architecture::kOneToMany:
      return tr("One-to-many");
    case Architecture::kManyToMany:
      return tr("Many-to-many");
    case Architecture::kSeq2Seq:
      return tr("Encoder–decoder (seq2seq)");
    case Architecture::kAutoencoder:
      return tr("LSTM autoencoder");
  }
  return {};
}

int64_t architectureOutputSize(const core::ExperimentConfig& config) {
  if (config.dataset == "fashion_mnist") return 10;
  if (config.dataset == "copy") return 9;
  // The anomaly sensors: every architecture but many-to-one's reconstruction predicts all three.
  if (config.dataset == "anomalies") return 3;
  if (config.dataset == "csv" && !config.csvTarget.empty())
    return QString::fromStdString(config.csvTarget).split(QLatin1Char(',')).size();
  return 1;
}

int64_t architectureHorizon(const core::ExperimentConfig& config) {
  return std::max<int64_t>(1, config.horizon);
}

QString sequenceShape(const core::ExperimentConfig& config, int64_t features) {
  return seqShape(config, config.seqLen, features);
}

QString stateShape(const core::ExperimentConfig& config, int64_t count, int64_t size) {
  return config.unbatched ? tuple({count, size}) : tuple({count, config.batch, size});
}

QString vectorShape(const core::ExperimentConfig& config, int64_t size) {
  return config.unbatched ? tuple({size}) : tuple({config.batch, size});
}

ArchitectureDiagram buildArchitectureDiagram(Architecture a, const core::ExperimentConfig& c,
                                             core::HeadKind head) {
  const core::LstmConfig& l = c.lstm;
  const int64_t f = l.inputSize, h = l.hiddenSize, hOut = l.outputSize(), d = l.numDirections();
  const int64_t layers = l.numLayers, o = architectureOutputSize(c), width = d * hOut;
  const int64_t states = d * layers;
  const QString hN = stateShape(c, states, hOut), cN = stateShape(c, states, h);
  const QString out = sequenceShape(c, width);
  const QString in = sequenceShape(c, f);
  const QString lstmNode = QStringLiteral("nn.LSTM");

  ArchitectureDiagram g;
  g.architecture = a;
  g.title = architectureTitle(a);
  QStringList code;
  // K is the horizon (seq2seq, one-to-many), as in core/nn/architecture.h.
  code << QStringLiteral("# N=%1, L=%2, H_in=%3, H=%4, H_out=%5, D=%6, num_layers=%7, O=%8%9")
              .arg(c.unbatched ? 1 : c.batch)
              .arg(c.seqLen)
              .arg(f)
              .arg(h)
              .arg(hOut)
              .arg(d)
              .arg(layers)
              .arg(o)
              .arg(a == Architecture::kSeq2Seq || a == Architecture::kOneToMany
                       ? QStringLiteral(", K=%1").arg(architectureHorizon(c))
                       : QString());
  if (c.unbatched) code << QStringLiteral("# unbatched input: every tensor drops the N axis");

  switch (a) {
    case Architecture::kManyToOne: {
      if (head == core::HeadKind::kSeq) head = core::HeadKind::kLast;
      QString select, selectDetail, selectTip;
      int64_t z = width;
      switch (head) {
        case core::HeadKind::kHn:
          select = QStringLiteral("h_n[-1]");
          selectDetail = d == 2 ? tr("last layer, reverse direction") : tr("last layer's final h");
          selectTip =
              tr("h_n holds every layer's and direction's final state; [-1] is the last "
                 "layer's last direction.");
          z = hOut;
          break;
        case core::HeadKind::kFlatten:
          select = flattenExpr(c);
          selectDetail = tr("Flatten: every step, fixed L");
          z = c.seqLen * width;
          break;
        case core::HeadKind::kMean:
          select = QStringLiteral("output.mean(dim=%1)").arg(timeAxis(c));
          selectDetail = tr("average over the steps");
          break;
        default:
          select = lastStepExpr(c);
          selectDetail = tr("the last step");
          if (d == 2)
            selectTip =
                tr("Bidirectional: the reverse half of the last step has read only the "
                   "last input; h_n[-1] holds the reverse state after the whole sequence.");
          break;
      }
      g.summary =
          tr("A whole sequence in, one prediction out (classification, next-value "
             "forecast). The head reads one vector per sample: the last step of output, "
             "the final state h_n[-1], all steps flattened, or their mean.");
      g.nodes = {node(Kind::kTensor, QStringLiteral("x"), tr("input"), 50, 150),
                 node(Kind::kModule, lstmNode, lstmDetail(l, f), 250, 150),
                 node(Kind::kOperation, select, selectDetail, 560, 150, selectTip),
                 node(Kind::kModule, QStringLiteral("nn.Linear(%1, %2)").arg(z).arg(o),
                      tr("the head"), 790, 150),
                 node(Kind::kTensor, QStringLiteral("y"), tr("prediction"), 950, 150),
                 node(Kind::kTensor, QStringLiteral("(h_n, c_n)"), tr("final states"), 250, 300)};
      g.edges.push_back(edge(0, 1, keyword("x", in)));
      g.edges.push_back(edge(1, 5, keyword("h_n", hN) + QStringLiteral("\nc_n ") + cN, {},
                             head != core::HeadKind::kHn));
      if (head == core::HeadKind::kHn)
        g.edges.push_back(edge(5, 2, keyword("h_n", hN), {QPointF(560, 300)}));
      else
        g.edges.push_back(edge(1, 2, keyword("output", out)));
      g.edges.push_back(edge(2, 3, keyword("z", vectorShape(c, z))));
      g.edges.push_back(edge(3, 4, vectorShape(c, o)));
      code << QStringLiteral("lstm = %1").arg(lstmCall(l, QString::number(f)))
           << QStringLiteral("head = nn.Linear(%1, %2)").arg(z).arg(o)
           << QStringLiteral("output, (h_n, c_n) = lstm(x)   # x %1 → output %2, h_n %3")
                  .arg(in, out, hN)
           << QStringLiteral("z = %1   # %2").arg(select, vectorShape(c, z))
           << QStringLiteral("y = head(z)   # %1").arg(vectorShape(c, o))
           << kerasLines(c, head, o, {});
      break;
    }
    case Architecture::kOneToMany: {
      // OneToManyModel (core/nn/one_to_many_model.h): x (N, F) repeated K times, one decoder.
      const int64_t k = architectureHorizon(c);
      const QString repeated = seqShape(c, k, f), decoded = seqShape(c, k, width);
      g.summary =
          tr("One vector in, a sequence out (generate K steps from a seed). The input is "
             "repeated K times (Keras' RepeatVector) and every step of the LSTM's output "
             "goes through the same Linear.");
      g.nodes = {
          node(Kind::kTensor, QStringLiteral("x"), tr("one vector per sample"), 50, 150),
          node(Kind::kOperation, QStringLiteral("RepeatVector(K = %1)").arg(k),
               repeatExpr(c, QStringLiteral("x")).replace(QStringLiteral("L"), QStringLiteral("K")),
               265, 150),
          node(Kind::kModule, tr("decoder nn.LSTM"), lstmDetail(l, f), 520, 150),
          node(Kind::kModule, QStringLiteral("nn.Linear(%1, %2)").arg(width).arg(o),
               tr("same weights at every step"), 780, 150),
          node(Kind::kTensor, QStringLiteral("y"), tr("a sequence"), 950, 150)};
      g.edges.push_back(edge(0, 1, keyword("x", vectorShape(c, f))));
      g.edges.push_back(edge(1, 2, keyword("r", repeated)));
      g.edges.push_back(edge(2, 3, keyword("output", decoded)));
      g.edges.push_back(edge(3, 4, seqShape(c, k, o)));
      code << QStringLiteral("decoder = %1").arg(lstmCall(l, QString::number(f)))
           << QStringLiteral("head = nn.Linear(%1, %2)").arg(width).arg(o)
           << QStringLiteral("r = %1   # x %2 → r %3")
                  .arg(repeatExpr(c, QStringLiteral("x"))
                           .replace(QStringLiteral("L"), QString::number(k)),
                       vectorShape(c, f), repeated)
           << QStringLiteral("output, _ = decoder(r)   # %1").arg(decoded)
           << QStringLiteral("y = head(output)   # %1").arg(seqShape(c, k, o))
           << kerasLines(c, core::HeadKind::kSeq, o,
                         QStringLiteral("x = layers.RepeatVector(%1)(inputs)").arg(k));
      break;
    }
    case Architecture::kManyToMany: {
      g.summary =
          tr("A sequence in, one prediction per step out. Keras wraps the Dense layer in "
             "TimeDistributed; in PyTorch nn.Linear already acts on the last axis only, "
             "so applying it to the 3-D output is the same computation.");
      g.nodes = {
          node(Kind::kTensor, QStringLiteral("x"), tr("input"), 50, 190),
          node(Kind::kModule, lstmNode, lstmDetail(l, f), 220, 190),
          node(Kind::kOperation, QStringLiteral("A: TimeDistributed(Dense(%1))").arg(o),
               tr("for t in range(L): Linear(%1)").arg(stepExpr(c)), 590, 75),
          node(Kind::kModule, QStringLiteral("B: nn.Linear(%1, %2)").arg(width).arg(o),
               tr("on the 3-D output (last axis)"), 590, 305),
          node(Kind::kOperation, QStringLiteral("max |A − B|"), tr("= 0 exactly"), 905, 190)};
      g.edges.push_back(edge(0, 1, keyword("x", in)));
      g.edges.push_back(edge(1, 2, keyword("output", out), {QPointF(390, 190), QPointF(390, 75)}));
      g.edges.push_back(
          edge(1, 3, keyword("output", out), {QPointF(390, 190), QPointF(390, 305)}, false, true));
      g.edges.push_back(edge(2, 4, keyword("A", sequenceShape(c, o)), {QPointF(905, 75)}));
      g.edges.push_back(
          edge(3, 4, keyword("B", sequenceShape(c, o)), {QPointF(905, 305)}, false, true));
      code << QStringLiteral("lstm = %1").arg(lstmCall(l, QString::number(f)))
           << QStringLiteral("head = nn.Linear(%1, %2)").arg(width).arg(o)
           << QStringLiteral("output, _ = lstm(x)   # %1").arg(out)
           << QStringLiteral("A = torch.stack([head(%1) for t in range(L)], dim=%2)")
                  .arg(stepExpr(c))
                  .arg(timeAxis(c))
           << QStringLiteral("B = head(output)   # %1, the same numbers").arg(sequenceShape(c, o))
           << kerasLines(c, core::HeadKind::kSeq, o, {});
      break;
    }
    case Architecture::kSeq2Seq: {
      const int64_t k = architectureHorizon(c);
      const QString oneStep = seqShape(c, 1, o);
      g.summary = tr("Multi-step forecasting: the encoder reads the window, its final (h_n, c_n) "
                     "start the decoder, which is run one step at a time for k = %1 future steps, "
                     "each step reading the previous prediction.")
                      .arg(k);
      g.nodes = {
          node(Kind::kTensor, QStringLiteral("x"), tr("input window"), 50, 100),
          node(Kind::kModule, tr("encoder nn.LSTM"), lstmDetail(l, f), 260, 100),
          node(Kind::kTensor, QStringLiteral("(h_n, c_n)"), tr("encoder's final state"), 540, 100),
          node(Kind::kModule, tr("decoder nn.LSTM"),
               tr("%1 · one step × k = %2").arg(lstmDetail(l, o)).arg(k), 540, 250),
          node(Kind::kModule, QStringLiteral("nn.Linear(%1, %2)").arg(width).arg(o), tr("the head"),
               850, 250),
          node(Kind::kTensor, QStringLiteral("ŷ"), tr("torch.cat of the k predictions"), 1010, 120),
          node(Kind::kTensor, QStringLiteral("y₋₁"), tr("last known value(s)"), 260, 250)};
      g.edges.push_back(edge(0, 1, keyword("x", in)));
      g.edges.push_back(edge(1, 2, keyword("h_n", hN) + QStringLiteral("\nc_n ") + cN));
      g.edges.push_back(edge(2, 3, tr("initial (h_0, c_0)")));
      g.edges.push_back(edge(6, 3, keyword("input", oneStep)));
      g.edges.push_back(edge(3, 4, keyword("out", seqShape(c, 1, width))));
      g.edges.push_back(edge(4, 5, keyword("ŷ", seqShape(c, k, o)), {QPointF(1010, 250)}));
      g.edges.push_back(edge(4, 3, tr("p_j %1: the next step's input").arg(oneStep),
                             {QPointF(850, 345), QPointF(540, 345)}, true, true));
      const QString lastKnown = timeAxis(c) == 1 ? QStringLiteral("x[:, -1:, :%1]").arg(o)
                                                 : QStringLiteral("x[-1:, ..., :%1]").arg(o);
      code << QStringLiteral("encoder = %1").arg(lstmCall(l, QString::number(f)))
           << QStringLiteral("decoder = %1").arg(lstmCall(l, QString::number(o)))
           << QStringLiteral("head = nn.Linear(%1, %2)").arg(width).arg(o)
           << QStringLiteral("_, state = encoder(x)   # h_n %1, c_n %2").arg(hN, cN)
           << QStringLiteral("y = %1   # %2").arg(lastKnown, oneStep)
           << QStringLiteral("preds = []") << QStringLiteral("for j in range(%1):").arg(k)
           << QStringLiteral("    out, state = decoder(y, state)   # %1").arg(seqShape(c, 1, width))
           << QStringLiteral("    y = head(out); preds.append(y)   # %1").arg(oneStep)
           << QStringLiteral("y_hat = torch.cat(preds, dim=%1)   # %2")
                  .arg(timeAxis(c))
                  .arg(seqShape(c, k, o));
      break;
    }
    case Architecture::kAutoencoder: {
      // AutoencoderModel (core/nn/autoencoder_model.h): the decoder reads z, hidden size
      // decoder_hidden_size (0: the encoder's), the head maps its output back to F.
      const QString z = vectorShape(c, width);
      core::LstmConfig dec = l;
      if (c.decoderHiddenSize > 0) dec.hiddenSize = c.decoderHiddenSize;
      const int64_t decWidth = d * dec.outputSize();
      const QString decOut = sequenceShape(c, decWidth);
      g.summary =
          tr("Anomaly detection: the encoder compresses each window into its final "
             "hidden state z, the decoder unrolls z over L steps and a per-step Linear "
             "reconstructs the input; windows reconstructed badly are anomalies.");
      g.nodes = {
          node(Kind::kTensor, QStringLiteral("x"), tr("input window"), 50, 100),
          node(Kind::kModule, tr("encoder nn.LSTM"), lstmDetail(l, f), 250, 100),
          node(Kind::kOperation,
               d == 2 ? QStringLiteral("z = cat(h_n[-2], h_n[-1])") : QStringLiteral("z = h_n[-1]"),
               tr("last layer's final state"), 535, 100),
          node(Kind::kOperation, QStringLiteral("RepeatVector(L = %1)").arg(c.seqLen),
               repeatExpr(c, QStringLiteral("z")), 820, 100),
          node(Kind::kModule, tr("decoder nn.LSTM"), lstmDetail(dec, width), 820, 270),
          node(Kind::kModule, QStringLiteral("nn.Linear(%1, %2)").arg(decWidth).arg(f),
               tr("per step (TimeDistributed)"), 540, 270),
          node(Kind::kTensor, QStringLiteral("x̂"), tr("reconstruction"), 300, 270),
          node(Kind::kOperation, tr("error"), tr("(x_hat − x)², mean over features"), 95, 270)};
      g.edges.push_back(edge(0, 1, keyword("x", in)));
      g.edges.push_back(edge(1, 2, keyword("h_n", hN)));
      g.edges.push_back(edge(2, 3, keyword("z", z)));
      g.edges.push_back(edge(3, 4, keyword("r", sequenceShape(c, width))));
      g.edges.push_back(edge(4, 5, keyword("output", decOut), {}, false, true));
      g.edges.push_back(edge(5, 6, keyword("x_hat", in), {}, false, true));
      g.edges.push_back(edge(6, 7, stepShape(c), {}, false, true));
      g.edges.push_back(
          edge(0, 7, tr("x (the target)"), {QPointF(50, 180), QPointF(95, 180)}, true));
      code << QStringLiteral("encoder = %1").arg(lstmCall(l, QString::number(f)))
           << QStringLiteral("decoder = %1").arg(lstmCall(dec, QString::number(width)))
           << QStringLiteral("head = nn.Linear(%1, %2)").arg(decWidth).arg(f)
           << QStringLiteral("_, (h_n, _) = encoder(x)   # h_n %1").arg(hN)
           << (d == 2 ? QStringLiteral("z = torch.cat([h_n[-2], h_n[-1]], dim=-1)   # %1").arg(z)
                      : QStringLiteral("z = h_n[-1]   # %1").arg(z))
           << QStringLiteral("r = %1   # %2")
                  .arg(repeatExpr(c, QStringLiteral("z")), sequenceShape(c, width))
           << QStringLiteral("output, _ = decoder(r)   # %1").arg(decOut)
           << QStringLiteral("x_hat = head(output)   # %1").arg(in)
           << QStringLiteral("error = ((x_hat - x) ** 2).mean(dim=-1)   # %1").arg(stepShape(c));
      break;
    }
  }
  g.code = code.join('\n');
  return g;
}

}  // namespace lstmviz::ui
