#include "core/nn/shape_table.h"

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

// Builds (shape, axes) for a tensor whose batched form is {lead..., N, tail...}; unbatched
// queries drop the N axis, batch_first moves N before L for input/output.
struct AxisBuilder {
  Shape shape;
  std::vector<std::string> axes;
  void add(int64_t size, std::string name) {
    shape.push_back(size);
    axes.push_back(std::move(name));
  }
};

ShapeRow stateRow(const ShapeQuery& q, const char* name, int64_t width, const char* widthName,
                  const char* meaning) {
  const auto& c = q.config;
  AxisBuilder b;
  b.add(c.numDirections() * c.numLayers, "D*num_layers");
  if (!q.unbatched) b.add(q.batch, "N");
  b.add(width, widthName);
  return {name, b.shape, b.axes, meaning, false};
}

ShapeRow sequenceRow(const ShapeQuery& q, const char* name, int64_t width, const char* widthName,
                     const char* meaning) {
  AxisBuilder b;
  if (q.unbatched) {
    b.add(q.seqLen, "L");
  } else if (q.config.batchFirst) {
    b.add(q.batch, "N");
    b.add(q.seqLen, "L");
  } else {
    b.add(q.seqLen, "L");
    b.add(q.batch, "N");
  }
  b.add(width, widthName);
  return {name, b.shape, b.axes, meaning, false};
}

std::string parameterMeaning(const LstmParamSpec& spec) {
  std::string dir = spec.direction == 1 ? " of the reverse direction" : "";
  std::string layer = " in layer " + std::to_string(spec.layer) + dir;
  switch (spec.kind) {
    case LstmParamKind::kWeightIh:
      return "input-to-hidden weights W_ii|W_if|W_ig|W_io stacked by gate" + layer;
    case LstmParamKind::kWeightHh:
      return "hidden-to-hidden weights W_hi|W_hf|W_hg|W_ho stacked by gate" + layer;
    case LstmParamKind::kBiasIh:
      return "input biases b_ii|b_if|b_ig|b_io" + layer;
    case LstmParamKind::kBiasHh:
      return "hidden biases b_hi|b_hf|b_hg|b_ho" + layer;
    case LstmParamKind::kWeightHr:
      return "projection h_t = W_hr (o_t * tanh(c_t))" + layer;
  }
  return {};
}

std::vector<std::string> parameterAxes(const LstmParamSpec& spec, const LstmConfig& c) {
  switch (spec.kind) {
    case LstmParamKind::kWeightIh:
      return {"4*H", spec.layer == 0 ? "H_in" : (c.bidirectional ? "D*H_out" : "H_out")};
    case LstmParamKind::kWeightHh:
      return {"4*H", "H_out"};
    case LstmParamKind::kBiasIh:
    case LstmParamKind::kBiasHh:
      return {"4*H"};
    case LstmParamKind::kWeightHr:
      return {"P", "H"};
  }
  return {};
}

}  // namespace

std::vector<ShapeRow> describeShapes(const ShapeQuery& q) {
  q.config.validate();
  if (!q.unbatched && q.batch < 1) throw ShapeError("batch size N must be at least 1");
  if (q.seqLen < 1) throw ShapeError("Expected sequence length to be larger than 0 in RNN");
  const auto& c = q.config;
  const int64_t dOut = c.numDirections() * c.outputSize();
  std::vector<ShapeRow> rows;
  rows.push_back(sequenceRow(q, "input", c.inputSize, "H_in", "the sequence fed to the LSTM"));
  rows.push_back(stateRow(q, "h_0", c.outputSize(), "H_out",
                          "initial hidden state of every layer and direction (zeros if omitted)"));
  rows.push_back(stateRow(q, "c_0", c.hiddenSize, "H",
                          "initial cell state of every layer and direction (zeros if omitted)"));
  rows.push_back(sequenceRow(q, "output", dOut, c.bidirectional ? "D*H_out" : "H_out",
                             "the last layer's h_t at every step (both directions concatenated)"));
  rows.push_back(stateRow(q, "h_n", c.outputSize(), "H_out",
                          "final hidden state of every layer and direction"));
  rows.push_back(
      stateRow(q, "c_n", c.hiddenSize, "H", "final cell state of every layer and direction"));
  for (const auto& spec : lstmParameterSpecs(c)) {
    rows.push_back({spec.name, spec.shape, parameterAxes(spec, c), parameterMeaning(spec), true});
  }
  return rows;
}

}  // namespace lstmviz::core
