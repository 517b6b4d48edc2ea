#include "ui/lessons/lesson_engine.h"

#include <random>

#include "core/common/error.h"
#include "core/nn/linear.h"
#include "core/nn/lstm_cell.h"
#include "core/nn/lstm_jacobian.h"
#include "core/nn/memory_paths.h"
#include "ui/model/explorer_snapshot.h"

namespace lstmviz::ui {

namespace {

using core::Error;

core::Tensor<float> toFloat(const LessonValue& v) {
  return core::Tensor<float>(v.shape, std::vector<float>(v.data.begin(), v.data.end()));
}

// A (L, N, F) sample-minor value (the trace's column t·N + n order) in the snapshot's layout.
LessonValue inLayout(const ExplorerSnapshot& s, LessonValue stepMajor) {
  if (s.config.unbatched)
    return LessonValue({stepMajor.shape[0], stepMajor.shape[2]}, std::move(stepMajor.data));
  if (s.config.lstm.batchFirst) return permuteValue(stepMajor, {1, 0, 2});
  return stepMajor;
}

// The value in the snapshot's layout as (L, N, F).
LessonValue stepMajor(const ExplorerSnapshot& s, const LessonValue& x) {
  if (s.config.unbatched) {
    if (x.dim() != 2) throw Error("expected an unbatched input (L, H_in), got " + x.toString());
    return LessonValue({x.shape[0], 1, x.shape[1]}, x.data);
  }
  if (x.dim() != 3) throw Error("expected a batched input of 3 dimensions, got " + x.toString());
  return s.config.lstm.batchFirst ? permuteValue(x, {1, 0, 2}) : x;
}

double uniformAt(std::mt19937_64& engine) {
  return static_cast<double>(engine() >> 11) * 0x1.0p-53 * 2.0 - 1.0;
}

}  // namespace

LessonEngine::LessonEngine(const core::ExperimentConfig& config,
                           const std::map<std::string, core::ExperimentConfig>& variants)
    : LessonEngine(buildExplorerSnapshot(config), variants) {}

LessonEngine::LessonEngine(std::shared_ptr<const ExplorerSnapshot> snapshot,
                           const std::map<std::string, core::ExperimentConfig>& variants)
    : main_(std::move(snapshot)) {
  for (const auto& [name, variant] : variants) {
    try {
      variants_[name] = buildExplorerSnapshot(variant);
    } catch (const Error& e) {
      throw Error("variant '" + name + "': " + e.what());
    }
  }
}

const ExplorerSnapshot& LessonEngine::in(const std::string& scope) const {
  if (scope.empty()) return *main_;
  return *variants_.at(scope);
}

bool LessonEngine::isScope(const std::string& name) const { return variants_.count(name) > 0; }

std::vector<std::string> LessonEngine::variableNames() const {
  std::vector<std::string> names = {
      "input", "output", "h_n",   "c_n", "padded_input", "lengths",   "N",    "L",
      "H",     "H_in",   "H_out", "D",   "num_layers",   "proj_size", "bias", "num_parameters"};
  for (const auto& spec : main_->lstm.specs()) names.push_back(spec.name);
  for (const auto& [name, snapshot] : variants_) names.push_back(name + ".<name>");
  return names;
}

std::optional<LessonValue> LessonEngine::variable(const std::string& scope,
                                                  const std::string& name) const {
  const ExplorerSnapshot& s = in(scope);
  const core::LstmConfig& l = s.config.lstm;
  auto number = [](double v) { return LessonValue::scalar(v); };
  if (name == "input") return LessonValue::fromTensor(s.input);
  if (name == "output") return LessonValue::fromTensor(s.result.output);
  if (name == "h_n") return LessonValue::fromTensor(s.result.hN);
  if (name == "c_n") return LessonValue::fromTensor(s.result.cN);
  if (name == "N") return number(static_cast<double>(s.batch()));
  if (name == "L") return number(static_cast<double>(s.steps()));
  if (name == "H") return number(static_cast<double>(l.hiddenSize));
  if (name == "H_in") return number(static_cast<double>(l.inputSize));
  if (name == "H_out") return number(static_cast<double>(l.outputSize()));
  if (name == "D") return number(static_cast<double>(l.numDirections()));
  if (name == "num_layers") return number(static_cast<double>(l.numLayers));
  if (name == "proj_size") return number(static_cast<double>(l.projSize));
  if (name == "bias") return number(l.bias ? 1.0 : 0.0);
  if (name == "num_parameters") return number(static_cast<double>(s.lstm.parameters().size()));
  if (name == "lengths") {
    std::vector<double> lengths;
    for (int64_t n = 0; n < s.batch(); ++n)
      lengths.push_back(static_cast<double>(s.lengths.empty() ? s.steps() : s.lengths[n]));
    return LessonValue({s.batch()}, lengths);
  }
  if (name == "padded_input") {
    LessonValue x = stepMajor(s, LessonValue::fromTensor(s.input));
    const int64_t n = x.shape[1], f = x.shape[2];
    for (int64_t t = 0; t < x.shape[0]; ++t)
      for (int64_t k = 0; k < n; ++k)
        if (!s.lengths.empty() && t >= s.lengths[k])
          for (int64_t j = 0; j < f; ++j) x.data[(t * n + k) * f + j] = 0.0;
    return inLayout(s, std::move(x));
  }
  if (const core::LstmParamSpec* spec = s.lstm.findSpec(name)) {
    const auto begin = s.lstm.parameters().begin() + spec->offset;
    return LessonValue(spec->shape, std::vector<double>(begin, begin + spec->size()));
  }
  return std::nullopt;
}

std::optional<LessonValue> LessonEngine::call(const std::string& scope, const std::string& name,
                                              const std::vector<LessonValue>& args) const {
  const ExplorerSnapshot& s = in(scope);
  const core::LstmConfig& l = s.config.lstm;
  auto need = [&](size_t n) {
    if (args.size() != n)
      throw Error(name + "() takes " + std::to_string(n) + " argument(s), got " +
                  std::to_string(args.size()));
  };
  if (name == "lstm_output" || name == "lstm_h_n" || name == "lstm_c_n") {
    need(1);
    core::LstmTrace<float> trace;
    const core::LstmOutput<float> r = s.lstm.forward(toFloat(args[0]), trace);
    return LessonValue::fromTensor(name == "lstm_output" ? r.output
                                   : name == "lstm_h_n"  ? r.hN
                                                         : r.cN);
  }
  if (name == "cell_loop") {
    need(1);
    if (l.numLayers != 1 || l.bidirectional || l.projSize > 0)
      throw Error("cell_loop() needs one layer, one direction and no projection");
    core::LstmCell<float> cell(l.inputSize, l.hiddenSize, l.bias);
    auto copy = [&](const char* param, float* to) {
      const core::LstmParamSpec* spec = s.lstm.findSpec(param);
      std::copy_n(s.lstm.parameters().begin() + spec->offset, spec->size(), to);
    };
    copy("weight_ih_l0", cell.weightIh().data());
    copy("weight_hh_l0", cell.weightHh().data());
    if (l.bias) {
      copy("bias_ih_l0", cell.biasIh().data());
      copy("bias_hh_l0", cell.biasHh().data());
    }
    const LessonValue x = stepMajor(s, args[0]);
    const int64_t steps = x.shape[0], n = x.shape[1], f = x.shape[2], h = l.hiddenSize;
    if (f != l.inputSize)
      throw Error("input.size(-1) must be equal to input_size. Expected " +
                  std::to_string(l.inputSize) + ", got " + std::to_string(f));
    LessonValue out({steps, n, h}, std::vector<double>(steps * n * h));
    core::Tensor<float> hidden({n, h}), cellState({n, h});
    for (int64_t t = 0; t < steps; ++t) {
      core::Tensor<float> xt({n, f});
      for (int64_t i = 0; i < n * f; ++i) xt.data[i] = static_cast<float>(x.data[t * n * f + i]);
      auto [hNext, cNext] = cell.forward(xt, &hidden, &cellState);
      hidden = std::move(hNext);
      cellState = std::move(cNext);
      std::copy(hidden.data.begin(), hidden.data.end(), out.data.begin() + t * n * h);
    }
    return inLayout(s, std::move(out));
  }
  if (name == "layer_h") {
    need(1);
    const auto k = static_cast<int64_t>(args[0].item());
    if (k < 0 || k >= l.numLayers)
      throw Error("layer_h(" + std::to_string(k) + "): the LSTM has layers 0 to " +
                  std::to_string(l.numLayers - 1));
    if (k == l.numLayers - 1) return LessonValue::fromTensor(s.result.output);
    const core::Matrix<float>& m = s.trace.layerInput[k + 1];  // D·H_out × L·N, column t·N + n
    LessonValue x({s.steps(), s.batch(), m.rows()},
                  std::vector<double>(m.data(), m.data() + m.size()));
    return inLayout(s, std::move(x));
  }
  if (name == "cell_state") {
    need(2);
    const auto k = static_cast<int64_t>(args[0].item());
    const auto d = static_cast<int64_t>(args[1].item());
    if (k < 0 || k >= l.numLayers || d < 0 || d >= l.numDirections())
      throw Error("cell_state(layer, direction): index out of range");
    const core::DirectionTrace<float>& dir = s.trace.at(k, d);
    const int64_t steps = s.steps(), batch = s.batch(), h = l.hiddenSize;
    LessonValue c({steps, batch, h}, std::vector<double>(steps * batch * h));
    for (int64_t t = 0; t < steps; ++t)
      for (int64_t n = 0; n < batch; ++n)
        for (int64_t u = 0; u < h; ++u)
          c.data[(t * batch + n) * h + u] = dir.cell(u, dir.stateColumn(t, n));
    return inLayout(s, std::move(c));
  }
  if (name == "connectivity") {
    need(1);
    const auto n = static_cast<int64_t>(args[0].item());
    if (n < 0 || n >= s.batch())
      throw Error("connectivity(" + std::to_string(n) + "): the batch has samples 0 to " +
                  std::to_string(s.batch() - 1));
    return LessonValue::fromTensor(core::connectivity(core::lstmSampleJacobianForward(
        s.lstm, s.input, s.initial ? &*s.initial : nullptr,
        s.lengths.empty() ? nullptr : &s.lengths, n, s.edits.gateClamps())));
  }
  if (name == "forget_survival") {
    need(3);
    const auto k = static_cast<int64_t>(args[0].item());
    const auto d = static_cast<int64_t>(args[1].item());
    const auto n = static_cast<int64_t>(args[2].item());
    if (k < 0 || k >= l.numLayers || d < 0 || d >= l.numDirections() || n < 0 || n >= s.batch())
      throw Error("forget_survival(layer, direction, sample): index out of range");
    return LessonValue::fromTensor(core::forgetSurvival(s.trace, k, d, n));
  }
  if (name == "uniform") {
    if (args.size() < 2) throw Error("uniform(seed, d0, …) needs a seed and at least one size");
    std::mt19937_64 engine(static_cast<uint64_t>(args[0].item()));
    core::Shape shape;
    for (size_t i = 1; i < args.size(); ++i) shape.push_back(static_cast<int64_t>(args[i].item()));
    LessonValue out(shape, std::vector<double>(core::numel(shape)));
    for (double& v : out.data) v = uniformAt(engine);
    return out;
  }
  if (name == "linear_weight_grad") {
    need(2);
    const LessonValue& x = args[0];
    const LessonValue& dy = args[1];
    const int64_t in = x.shape.back(), out = dy.shape.back();
    const int64_t rows = x.numel() / in;
    if (dy.numel() / out != rows)
      throw Error("linear_weight_grad: x and dy hold different numbers of rows");
    core::Linear<double> linear(in, out);
    // Row-major (rows, in) is column-major (in × rows): one column per step and sample.
    const Eigen::Map<const core::Matrix<double>> xs(x.data.data(), in, rows);
    const Eigen::Map<const core::Matrix<double>> dys(dy.data.data(), out, rows);
    linear.backward(xs, dys);
    const auto g = linear.weightGradient();
    LessonValue result({out, in}, std::vector<double>(out * in));
    for (int64_t r = 0; r < out; ++r)
      for (int64_t c = 0; c < in; ++c) result.data[r * in + c] = g(r, c);
    return result;
  }
  return std::nullopt;
}

}  // namespace lstmviz::ui
