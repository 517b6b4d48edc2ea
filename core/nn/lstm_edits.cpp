#include "core/nn/lstm_edits.h"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <sstream>

namespace lstmviz::core {

namespace {

constexpr const char* kValueSyntax =
    "expected NAME[i,j,...]=VALUE with NAME x, h0, c0 or a parameter such as weight_hh_l0, "
    "e.g. weight_hh_l0[5,3]=0.25 or x[0,2,1]=1.5";
constexpr const char* kClampSyntax =
    "expected GATE@lLAYER[_reverse]:uUNIT[:tFIRST-LAST][:nSAMPLE]=VALUE with GATE one of i, f, "
    "g, o, e.g. f@l0:u3:t2-7=1.0";
constexpr const char* kKnockoutSyntax =
    "expected lLAYER[_reverse]:uUNIT[:nSAMPLE], e.g. l0:u5 or l1_reverse:u2";

std::string withoutSpaces(std::string_view text) {
  std::string s;
  for (char ch : text)
    if (ch != ' ' && ch != '\t') s += ch;
  return s;
}

[[noreturn]] void cannotRead(const char* kind, std::string_view text, const std::string& why) {
  throw EditError("cannot read " + std::string(kind) + " '" + std::string(text) + "': " + why);
}

std::optional<int64_t> parseInt(std::string_view s) {
  int64_t v = 0;
  if (s.empty()) return std::nullopt;
  const char* begin = s.data();
  if (*begin == '+') ++begin;
  const auto [end, ec] = std::from_chars(begin, s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

std::optional<double> parseNumber(std::string_view s) {
  if (s.empty()) return std::nullopt;
  const std::string copy(s);
  char* end = nullptr;
  const double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size()) return std::nullopt;
  return v;
}

std::string numberText(double v) {
  std::ostringstream s;
  s.precision(9);
  s << v;
  return s.str();
}

// "l0", "l1_reverse" → (layer, direction).
bool parseLayerDirection(std::string_view s, int64_t& layer, int64_t& direction) {
  if (s.size() < 2 || s[0] != 'l') return false;
  s.remove_prefix(1);
  direction = 0;
  constexpr std::string_view kReverse = "_reverse";
  if (s.size() > kReverse.size() && s.ends_with(kReverse)) {
    direction = 1;
    s.remove_suffix(kReverse.size());
  }
  const auto v = parseInt(s);
  if (!v || *v < 0) return false;
  layer = *v;
  return true;
}

std::vector<std::string_view> splitOn(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      parts.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return parts;
}

// The ":uU[:tA-B][:nS]" fields after the layer; returns false on anything else.
bool parseUnitFields(const std::vector<std::string_view>& fields, bool allowSteps, int64_t& unit,
                     int64_t& first, int64_t& last, int64_t& sample) {
  bool haveUnit = false;
  for (size_t i = 1; i < fields.size(); ++i) {
    const std::string_view f = fields[i];
    if (f.size() < 2) return false;
    const std::string_view rest = f.substr(1);
    if (f[0] == 'u' && !haveUnit) {
      const auto v = parseInt(rest);
      if (!v || *v < 0) return false;
      unit = *v;
      haveUnit = true;
    } else if (f[0] == 't' && allowSteps) {
      const size_t dash = rest.find('-');
      const auto a = parseInt(rest.substr(0, dash));
      // "tA" one step, "tA-B" A..B, "tA-" A to the end.
      const auto b = dash == std::string_view::npos ? a
                     : dash + 1 == rest.size()      ? std::optional<int64_t>(GateClamp::kLastStep)
                                                    : parseInt(rest.substr(dash + 1));
      if (!a || !b || *a < 0 || *b < *a) return false;
      first = *a;
      last = *b;
    } else if (f[0] == 'n') {
      const auto v = parseInt(rest);
      if (!v || *v < 0) return false;
      sample = *v;
    } else {
      return false;
    }
  }
  return haveUnit;
}

std::string edgeName(EditTarget target) {
  switch (target) {
    case EditTarget::kInput:
      return "x";
    case EditTarget::kH0:
      return "h0";
    case EditTarget::kC0:
      return "c0";
    case EditTarget::kParameter:
      break;
  }
  return "";
}

// Normalizes a Python-style index list against shape; throws torch's IndexError wording.
std::vector<int64_t> resolveIndex(const std::string& text, const std::vector<int64_t>& index,
                                  const Shape& shape) {
  if (index.size() > shape.size())
    throw EditError(text + ": too many indices for tensor of dimension " +
                    std::to_string(shape.size()));
  if (index.size() < shape.size()) {  // torch would assign a whole slice; one value is meant
    int64_t selected = 1;
    for (size_t d = index.size(); d < shape.size(); ++d) selected *= shape[d];
    throw EditError(text + ": selects " + std::to_string(selected) +
                    " values of a tensor of shape " + shapeToString(shape) +
                    "; give one index per dimension (" + std::to_string(shape.size()) + ")");
  }
  std::vector<int64_t> out(index.size());
  for (size_t d = 0; d < index.size(); ++d) {
    const int64_t i = index[d];
    if (i < -shape[d] || i >= shape[d])
      throw EditError(text + ": index " + std::to_string(i) + " is out of bounds for dimension " +
                      std::to_string(d) + " with size " + std::to_string(shape[d]));
    out[d] = i < 0 ? i + shape[d] : i;
  }
  return out;
}

int64_t flatIndex(const std::vector<int64_t>& index, const Shape& shape) {
  int64_t flat = 0;
  for (size_t d = 0; d < shape.size(); ++d) flat = flat * shape[d] + index[d];
  return flat;
}

struct RunShape {
  int64_t batch = 1, steps = 1;
  bool unbatched = false;
};

RunShape runShape(const LstmConfig& c, const Shape& inputShape) {
  RunShape r;
  r.unbatched = inputShape.size() == 2;
  if (r.unbatched) {
    r.steps = inputShape[0];
  } else if (inputShape.size() == 3) {
    r.steps = c.batchFirst ? inputShape[1] : inputShape[0];
    r.batch = c.batchFirst ? inputShape[0] : inputShape[1];
  }
  return r;
}

Shape stateShape(const LstmConfig& c, const RunShape& r, int64_t width) {
  const int64_t count = c.numDirections() * c.numLayers;
  return r.unbatched ? Shape{count, width} : Shape{count, r.batch, width};
}

Shape targetShape(const ValueEdit& e, const LstmConfig& c, const Shape& inputShape) {
  const RunShape r = runShape(c, inputShape);
  switch (e.target) {
    case EditTarget::kInput:
      return inputShape;
    case EditTarget::kH0:
      return stateShape(c, r, c.outputSize());
    case EditTarget::kC0:
      return stateShape(c, r, c.hiddenSize);
    case EditTarget::kParameter:
      break;
  }
  for (const LstmParamSpec& spec : lstmParameterSpecs(c))
    if (spec.name == e.parameter) return spec.shape;
  throw EditError(formatValueEdit(e) + ": 'LSTM' object has no attribute '" + e.parameter + "'");
}

}  // namespace

GateClamp UnitKnockout::asClamp() const {
  GateClamp k;
  k.layer = layer;
  k.direction = direction;
  k.gate = LstmGate::kOutput;
  k.unit = unit;
  k.sample = sample;
  k.value = 0.0;
  return k;
}

bool LstmEdits::editsParameters() const {
  return std::any_of(values.begin(), values.end(),
                     [](const ValueEdit& e) { return e.target == EditTarget::kParameter; });
}

bool LstmEdits::editsInputs() const {
  return std::any_of(values.begin(), values.end(),
                     [](const ValueEdit& e) { return e.target != EditTarget::kParameter; });
}

std::vector<GateClamp> LstmEdits::gateClamps() const {
  std::vector<GateClamp> all = clamps;
  for (const UnitKnockout& k : knockouts) all.push_back(k.asClamp());
  return all;
}

std::string layerDirectionText(int64_t layer, int64_t direction) {
  std::string s = "l";
  s += std::to_string(layer);
  if (direction) s += "_reverse";
  return s;
}

ValueEdit parseValueEdit(std::string_view original) {
  const std::string s = withoutSpaces(original);
  const size_t open = s.find('['), close = s.find(']'), eq = s.find('=');
  if (open == std::string::npos || close == std::string::npos || eq == std::string::npos ||
      open == 0 || close < open || eq != close + 1)
    cannotRead("the edit", original, kValueSyntax);
  ValueEdit e;
  const std::string name = s.substr(0, open);
  if (name == "x" || name == "input") {
    e.target = EditTarget::kInput;
  } else if (name == "h0" || name == "h_0") {
    e.target = EditTarget::kH0;
  } else if (name == "c0" || name == "c_0") {
    e.target = EditTarget::kC0;
  } else {
    e.target = EditTarget::kParameter;
    e.parameter = name;
  }
  for (std::string_view part :
       splitOn(std::string_view(s).substr(open + 1, close - open - 1), ',')) {
    const auto v = parseInt(part);
    if (!v) cannotRead("the edit", original, "index '" + std::string(part) + "' is not an integer");
    e.index.push_back(*v);
  }
  const auto value = parseNumber(std::string_view(s).substr(eq + 1));
  if (!value) cannotRead("the edit", original, "'" + s.substr(eq + 1) + "' is not a number");
  e.value = *value;
  return e;
}

GateClamp parseGateClamp(std::string_view original) {
  const std::string s = withoutSpaces(original);
  const size_t at = s.find('@'), eq = s.find('=');
  if (at != 1 || eq == std::string::npos) cannotRead("the clamp", original, kClampSyntax);
  const int gate = gateIndex(s[0]);
  if (gate < 0)
    cannotRead("the clamp", original,
               std::string("gate '") + s[0] + "' is not one of i, f, g, o (torch's order)");
  GateClamp k;
  k.gate = static_cast<LstmGate>(gate);
  const auto fields = splitOn(std::string_view(s).substr(2, eq - 2), ':');
  if (!parseLayerDirection(fields[0], k.layer, k.direction) ||
      !parseUnitFields(fields, true, k.unit, k.firstStep, k.lastStep, k.sample))
    cannotRead("the clamp", original, kClampSyntax);
  const auto value = parseNumber(std::string_view(s).substr(eq + 1));
  if (!value) cannotRead("the clamp", original, "'" + s.substr(eq + 1) + "' is not a number");
  k.value = *value;
  return k;
}

UnitKnockout parseKnockout(std::string_view original) {
  const std::string s = withoutSpaces(original);
  UnitKnockout k;
  const auto fields = splitOn(s, ':');
  int64_t first = 0, last = 0;
  if (!parseLayerDirection(fields[0], k.layer, k.direction) ||
      !parseUnitFields(fields, false, k.unit, first, last, k.sample))
    cannotRead("the knock-out", original, kKnockoutSyntax);
  return k;
}

std::string formatValueEdit(const ValueEdit& e) {
  std::string s = e.target == EditTarget::kParameter ? e.parameter : edgeName(e.target);
  s += '[';
  for (size_t i = 0; i < e.index.size(); ++i) {
    if (i) s += ',';
    s += std::to_string(e.index[i]);
  }
  return s + "]=" + numberText(e.value);
}

std::string formatGateClamp(const GateClamp& k) {
  std::string s = std::string(1, gateLetter(k.gate)) + "@" +
                  layerDirectionText(k.layer, k.direction) + ":u" + std::to_string(k.unit);
  if (k.firstStep != 0 || k.lastStep != GateClamp::kLastStep)
    s += ":t" + std::to_string(k.firstStep) + "-" +
         (k.lastStep == GateClamp::kLastStep ? std::string() : std::to_string(k.lastStep));
  if (k.sample != GateClamp::kAllSamples) s += ":n" + std::to_string(k.sample);
  return s + "=" + numberText(k.value);
}

std::string formatKnockout(const UnitKnockout& k) {
  std::string s = layerDirectionText(k.layer, k.direction) + ":u" + std::to_string(k.unit);
  if (k.sample != GateClamp::kAllSamples) s += ":n" + std::to_string(k.sample);
  return s;
}

LstmEdits parseEditList(const std::vector<std::string>& texts) {
  LstmEdits edits;
  for (const std::string& text : texts) {
    if (text.find('@') != std::string::npos)
      edits.clamps.push_back(parseGateClamp(text));
    else if (text.find('=') != std::string::npos)
      edits.values.push_back(parseValueEdit(text));
    else
      edits.knockouts.push_back(parseKnockout(text));
  }
  return edits;
}

std::vector<std::string> formatEditList(const LstmEdits& edits) {
  std::vector<std::string> texts;
  for (const ValueEdit& e : edits.values) texts.push_back(formatValueEdit(e));
  for (const GateClamp& k : edits.clamps) texts.push_back(formatGateClamp(k));
  for (const UnitKnockout& k : edits.knockouts) texts.push_back(formatKnockout(k));
  return texts;
}

Shape editInputShape(const LstmConfig& config, int64_t batch, int64_t steps, bool unbatched) {
  if (unbatched) return {steps, config.inputSize};
  if (config.batchFirst) return {batch, steps, config.inputSize};
  return {steps, batch, config.inputSize};
}

void checkEdits(const LstmEdits& edits, const LstmConfig& config, const Shape& inputShape) {
  const RunShape r = runShape(config, inputShape);
  for (const ValueEdit& e : edits.values) {
    const std::string text = formatValueEdit(e);
    resolveIndex(text, e.index, targetShape(e, config, inputShape));
    if (!std::isfinite(e.value)) throw EditError(text + ": the value must be finite");
  }
  for (const GateClamp& k : edits.clamps)
    if (const std::string problem = gateClampProblem(k, config, r.steps, r.batch); !problem.empty())
      throw EditError(formatGateClamp(k) + ": " + problem);
  for (const UnitKnockout& k : edits.knockouts)
    if (const std::string problem = gateClampProblem(k.asClamp(), config, r.steps, r.batch);
        !problem.empty())
      throw EditError(formatKnockout(k) + ": " + problem);
}

template <typename T>
void applyParameterEdits(const LstmEdits& edits, Lstm<T>& lstm) {
  for (const ValueEdit& e : edits.values) {
    if (e.target != EditTarget::kParameter) continue;
    const LstmParamSpec* spec = lstm.findSpec(e.parameter);
    assert(spec);
    const auto index = resolveIndex(formatValueEdit(e), e.index, spec->shape);
    lstm.parameters()[spec->offset + flatIndex(index, spec->shape)] = static_cast<T>(e.value);
  }
}

template <typename T>
void applyInputEdits(const LstmEdits& edits, const LstmConfig& config, Tensor<T>& input,
                     std::optional<LstmState<T>>& initial) {
  const RunShape r = runShape(config, input.shape);
  for (const ValueEdit& e : edits.values) {
    if (e.target == EditTarget::kParameter) continue;
    if (e.target != EditTarget::kInput && !initial)
      initial = LstmState<T>{Tensor<T>(stateShape(config, r, config.outputSize())),
                             Tensor<T>(stateShape(config, r, config.hiddenSize))};
    Tensor<T>& target = e.target == EditTarget::kInput ? input
                        : e.target == EditTarget::kH0  ? initial->h
                                                       : initial->c;
    const auto index = resolveIndex(formatValueEdit(e), e.index, target.shape);
    target.data[flatIndex(index, target.shape)] = static_cast<T>(e.value);
  }
}

template <typename T>
LstmOutput<T> forwardWithEdits(const Lstm<T>& lstm, const LstmEdits& edits, const Tensor<T>& input,
                               const LstmState<std::type_identity_t<T>>* initial,
                               const std::vector<int64_t>* lengths, LstmTrace<T>& trace,
                               const TraceOptions& options, Lstm<T>& edited, Tensor<T>& editedInput,
                               std::optional<LstmState<T>>& editedInitial) {
  checkEdits(edits, lstm.config(), input.shape);
  assert(edited.config() == lstm.config());
  edited.parameters() = lstm.parameters();
  applyParameterEdits(edits, edited);
  editedInput = input;
  if (initial)
    editedInitial = *initial;
  else
    editedInitial.reset();
  applyInputEdits(edits, lstm.config(), editedInput, editedInitial);
  TraceOptions withClamps = options;
  withClamps.clamps = edits.gateClamps();
  return edited.forward(editedInput, trace, editedInitial ? &*editedInitial : nullptr, lengths,
                        withClamps);
}

#define LSTMVIZ_INSTANTIATE(T)                                                                   \
  template void applyParameterEdits<T>(const LstmEdits&, Lstm<T>&);                              \
  template void applyInputEdits<T>(const LstmEdits&, const LstmConfig&, Tensor<T>&,              \
                                   std::optional<LstmState<T>>&);                                \
  template LstmOutput<T> forwardWithEdits<T>(const Lstm<T>&, const LstmEdits&, const Tensor<T>&, \
                                             const LstmState<T>*, const std::vector<int64_t>*,   \
                                             LstmTrace<T>&, const TraceOptions&, Lstm<T>&,       \
                                             Tensor<T>&, std::optional<LstmState<T>>&);
LSTMVIZ_INSTANTIATE(float)
LSTMVIZ_INSTANTIATE(double)
#undef LSTMVIZ_INSTANTIATE

}  // namespace lstmviz::core
