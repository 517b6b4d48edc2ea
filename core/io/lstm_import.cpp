#include "core/io/lstm_import.h"

#include <algorithm>
#include <cassert>
#include <set>
#include <string_view>
#include <type_traits>

#include "core/common/error.h"
#include "core/io/state_dict.h"

namespace lstmviz::core {

namespace {

constexpr size_t kMaxListed = 20;

// The tensors lstmviz.save writes beside a module's state_dict: never parameters.
bool isInputName(const std::string& name) {
  static const std::set<std::string> kNames{"input", "lengths", "h_0", "c_0"};
  return kNames.count(name) > 0;
}

// The last part of a head's prefix ("model.fc." → "fc").
const std::set<std::string>& headNames() {
  static const std::set<std::string> kNames{"fc",      "linear",   "head",       "out",
                                            "output",  "dense",    "classifier", "regressor",
                                            "decoder", "predictor"};
  return kNames;
}

bool isPrefix(std::string_view prefix) { return prefix.empty() || prefix.back() == '.'; }

std::string quotedList(const std::vector<std::string>& names) {
  std::string text;
  for (size_t i = 0; i < names.size() && i < kMaxListed; ++i)
    text += (i ? ", \"" : "\"") + names[i] + "\"";
  if (names.size() > kMaxListed)
    text += ", ... (" + std::to_string(names.size() - kMaxListed) + " more)";
  return text;
}

std::string describe(const ImportCandidate& c) {
  return std::string(importedModuleKindName(c.kind)) + " under " +
         (c.prefix.empty() ? std::string("no prefix") : "'" + c.prefix + "'");
}

// Names of the entries under `prefix` (inputs excluded), bare.
std::vector<std::string> namesUnder(const SafetensorsFile& file, const std::string& prefix) {
  std::vector<std::string> names;
  for (const SafetensorsEntry& e : file.entries())
    if (e.name.starts_with(prefix) && !isInputName(e.name))
      names.push_back(e.name.substr(prefix.size()));
  return names;
}

// The file without the input tensors (for a bare nn.LSTM saved by lstmviz.save beside its
// input): the same values, F64, so every float dtype converts back exactly.
SafetensorsFile withoutInputs(const SafetensorsFile& file) {
  SafetensorsWriter writer;
  for (const SafetensorsEntry& e : file.entries()) {
    if (isInputName(e.name)) continue;
    if (e.dtype == DType::kI64 || e.dtype == DType::kI32)
      writer.add(e.name, file.getInt64(e.name));
    else
      writer.add(e.name, file.getDouble(e.name));
  }
  return SafetensorsFile::parse(writer.serialize(), file.source());
}

template <typename T>
std::vector<T> valuesOf(const SafetensorsFile& file, const std::string& name) {
  if constexpr (std::is_same_v<T, float>) {
    return file.getFloat(name).data;
  } else {
    return file.getDouble(name).data;
  }
}

// The names of a cell's four tensors, torch's or note 003's.
struct CellNames {
  const char* module;  // for "Error(s) in loading state_dict for <module>"
  const char* weightIh;
  const char* weightHh;
  const char* biasIh;
  const char* biasHh;
};

CellNames cellNames(ImportedModuleKind kind) {
  if (kind == ImportedModuleKind::kLstmCell)
    return {"LSTMCell", "weight_ih", "weight_hh", "bias_ih", "bias_hh"};
  return {"the x2h/h2h cell", "x2h.weight", "h2h.weight", "x2h.bias", "h2h.bias"};
}

// Checks the cell under `prefix` as torch's load_state_dict(strict=True) would check it against
// LSTMCell(H_in, H, bias) inferred from weight_ih [4H, H_in] and the presence of a bias key;
// returns the equivalent one-layer nn.LSTM.
LstmConfig inferCellConfig(const SafetensorsFile& file, const std::string& prefix,
                           const CellNames& n, bool batchFirst) {
  const std::string& src = file.source();
  const Shape& ih = file.entry(prefix + n.weightIh).shape;
  if (ih.size() != 2 || ih[0] <= 0 || ih[0] % 4 != 0 || ih[1] <= 0)
    throw FileError(src + ": tensor '" + prefix + n.weightIh + "' has shape " + shapeToString(ih) +
                    "; expected [4*hidden_size, input_size]");
  const int64_t hidden = ih[0] / 4;
  const std::vector<std::string> present = namesUnder(file, prefix);
  const bool bias = std::find(present.begin(), present.end(), n.biasIh) != present.end() ||
                    std::find(present.begin(), present.end(), n.biasHh) != present.end();

  std::vector<std::pair<std::string, Shape>> expected{{n.weightIh, ih},
                                                      {n.weightHh, {4 * hidden, hidden}}};
  if (bias) {
    expected.push_back({n.biasIh, {4 * hidden}});
    expected.push_back({n.biasHh, {4 * hidden}});
  }
  std::vector<std::string> missing, unexpected, mismatches;
  for (const auto& [name, shape] : expected) {
    if (!file.contains(prefix + name)) {
      missing.push_back(prefix + name);
    } else if (file.entry(prefix + name).shape != shape) {
      mismatches.push_back("size mismatch for " + prefix + name + ": copying a param with shape " +
                           shapeToString(file.entry(prefix + name).shape) +
                           " from checkpoint, the shape in current model is " +
                           shapeToString(shape) + ".");
    }
  }
  for (const std::string& name : present) {
    const bool known = std::any_of(expected.begin(), expected.end(),
                                   [&](const auto& e) { return e.first == name; });
    // Beside a bare cell (prefix ""), the rest of the file is other modules, not this cell's.
    if (!known && !prefix.empty()) unexpected.push_back(prefix + name);
  }
  if (!missing.empty() || !unexpected.empty() || !mismatches.empty()) {
    std::string message = src + ": Error(s) in loading state_dict for " + n.module + ":";
    if (!missing.empty())
      message += "\n\tMissing key(s) in state_dict: " + quotedList(missing) + ". ";
    if (!unexpected.empty())
      message += "\n\tUnexpected key(s) in state_dict: " + quotedList(unexpected) + ". ";
    for (const std::string& m : mismatches) message += "\n\t" + m;
    message += "\n\t(the cell inferred from '" + prefix + n.weightIh + "' " + shapeToString(ih) +
               ": input_size=" + std::to_string(ih[1]) + ", hidden_size=" + std::to_string(hidden) +
               (bias ? "" : ", bias=False") + ")";
    throw FileError(message);
  }
  LstmConfig config;
  config.inputSize = ih[1];
  config.hiddenSize = hidden;
  config.numLayers = 1;
  config.bias = bias;
  config.batchFirst = batchFirst;
  return config;
}

template <typename T>
LstmImport<T> importCell(const SafetensorsFile& file, const std::string& prefix,
                         ImportedModuleKind kind, bool batchFirst) {
  const CellNames n = cellNames(kind);
  LstmImport<T> result(Lstm<T>(inferCellConfig(file, prefix, n, batchFirst)));
  result.kind = kind;
  result.prefix = prefix;
  // lstmParameterSpecs order of a one-layer nn.LSTM: weight_ih_l0, weight_hh_l0, bias_ih_l0,
  // bias_hh_l0.
  const char* sources[] = {n.weightIh, n.weightHh, n.biasIh, n.biasHh};
  const std::vector<LstmParamSpec>& specs = result.lstm.specs();
  for (size_t i = 0; i < specs.size(); ++i) {
    const std::string key = prefix + sources[i];
    const std::vector<T> values = valuesOf<T>(file, key);
    assert(static_cast<int64_t>(values.size()) == specs[i].size());
    std::copy(values.begin(), values.end(), result.lstm.parameters().begin() + specs[i].offset);
    result.mapping.push_back({key, specs[i].name});
  }
  return result;
}

template <typename T>
LstmImport<T> importFullLstm(const SafetensorsFile& file, const std::string& prefix,
                             bool batchFirst) {
  const bool hasInputs = std::any_of(file.entries().begin(), file.entries().end(),
                                     [](const SafetensorsEntry& e) { return isInputName(e.name); });
  LstmImport<T> result(prefix.empty() && hasInputs
                           ? loadLstmStateDict<T>(withoutInputs(file), batchFirst, prefix)
                           : loadLstmStateDict<T>(file, batchFirst, prefix));
  result.kind = ImportedModuleKind::kLstm;
  result.prefix = prefix;
  for (const LstmParamSpec& spec : result.lstm.specs())
    result.mapping.push_back({prefix + spec.name, spec.name});
  return result;
}

// The one Linear head beside the LSTM whose input width fits (see the header), else a note.
template <typename T>
void findHead(const SafetensorsFile& file, LstmImport<T>& result) {
  const LstmConfig& c = result.lstm.config();
  const int64_t width = c.numDirections() * c.outputSize();
  std::vector<std::string> found;
  for (const SafetensorsEntry& e : file.entries()) {
    if (!e.name.ends_with("weight") ||
        (!result.prefix.empty() && e.name.starts_with(result.prefix)))
      continue;
    const std::string q = e.name.substr(0, e.name.size() - 6);
    if (q.empty() || q.back() != '.') continue;
    const std::string base = q.substr(0, q.size() - 1);
    const std::string last =
        base.substr(base.rfind('.') == std::string::npos ? 0 : base.rfind('.') + 1);
    if (headNames().count(last) && file.contains(q + "bias")) found.push_back(q);
  }
  if (found.empty()) return;
  if (found.size() > 1) {
    result.headNote = "several Linear layers beside the LSTM (" + quotedList(found) +
                      "); none is loaded as the head";
    return;
  }
  const std::string& q = found.front();
  const Shape& w = file.entry(q + "weight").shape;
  const Shape& b = file.entry(q + "bias").shape;
  if (w.size() != 2 || b.size() != 1 || b[0] != w[0] || w[0] <= 0 ||
      (w[1] != width && w[1] != c.outputSize())) {
    result.headNote =
        q + "weight " + shapeToString(w) + " and " + q + "bias " + shapeToString(b) +
        " do not fit as a Linear head on this LSTM's output (" + "expected [out_features, " +
        std::to_string(width) + "]" +
        (width != c.outputSize() ? " or [out_features, " + std::to_string(c.outputSize()) + "]"
                                 : std::string()) +
        "); it is not loaded";
    return;
  }
  Linear<T> head(w[1], w[0]);
  const std::vector<T> weight = valuesOf<T>(file, q + "weight");
  const std::vector<T> bias = valuesOf<T>(file, q + "bias");
  std::copy(weight.begin(), weight.end(), head.parameters().begin());
  std::copy(bias.begin(), bias.end(), head.parameters().begin() + weight.size());
  result.head = std::move(head);
  result.headPrefix = q;
}

}  // namespace

const char* importedModuleKindName(ImportedModuleKind kind) {
  switch (kind) {
    case ImportedModuleKind::kLstm:
      return "nn.LSTM";
    case ImportedModuleKind::kLstmCell:
      return "nn.LSTMCell";
    case ImportedModuleKind::kLinearCell:
      return "x2h/h2h cell";
  }
  return "?";
}

std::vector<ImportCandidate> findLstmModules(const SafetensorsFile& file) {
  std::vector<ImportCandidate> found;
  auto add = [&](const std::string& name, std::string_view suffix, ImportedModuleKind kind,
                 const char* partner) {
    if (!name.ends_with(suffix)) return;
    const std::string prefix = name.substr(0, name.size() - suffix.size());
    if (isPrefix(prefix) && (!partner || file.contains(prefix + partner)))
      found.push_back({prefix, kind});
  };
  for (const SafetensorsEntry& e : file.entries()) {
    add(e.name, "weight_ih_l0", ImportedModuleKind::kLstm, nullptr);
    add(e.name, "weight_ih", ImportedModuleKind::kLstmCell, "weight_hh");
    add(e.name, "x2h.weight", ImportedModuleKind::kLinearCell, "h2h.weight");
  }
  return found;
}

template <typename T>
LstmImport<T> importLstm(const SafetensorsFile& file, bool batchFirst,
                         const std::optional<std::string>& prefixOption) {
  const std::vector<ImportCandidate> modules = findLstmModules(file);
  std::vector<std::string> held;
  for (const ImportCandidate& c : modules) held.push_back(describe(c));

  std::optional<ImportCandidate> chosen;
  if (prefixOption) {
    const std::string prefix = normalizeLstmPrefix(*prefixOption);
    for (const ImportCandidate& c : modules)
      if (c.prefix == prefix) chosen = c;
    if (!chosen)
      throw FileError(file.source() + ": no nn.LSTM, nn.LSTMCell or x2h/h2h cell under the " +
                      "prefix '" + prefix + "'; the file holds " +
                      (held.empty() ? std::string("none") : quotedList(held)));
  } else if (modules.empty()) {
    std::vector<std::string> names;
    for (const SafetensorsEntry& e : file.entries()) names.push_back(e.name);
    throw FileError(file.source() +
                    ": no nn.LSTM, nn.LSTMCell or x2h/h2h cell (keys ending in 'weight_ih_l0', "
                    "'weight_ih' + 'weight_hh', or 'x2h.weight' + 'h2h.weight'); expected an "
                    "nn.LSTM or nn.LSTMCell state_dict. The file holds: " +
                    (names.empty() ? std::string("no tensors") : quotedList(names)));
  } else if (modules.size() > 1) {
    std::vector<std::string> prefixes;
    for (const ImportCandidate& c : modules) prefixes.push_back(c.prefix);
    throw FileError(file.source() + ": several LSTMs in one state_dict (" + quotedList(held) +
                    "); choose one with --prefix (one of " + quotedList(prefixes) + ")");
  } else {
    chosen = modules.front();
  }

  LstmImport<T> result = chosen->kind == ImportedModuleKind::kLstm
                             ? importFullLstm<T>(file, chosen->prefix, batchFirst)
                             : importCell<T>(file, chosen->prefix, chosen->kind, batchFirst);
  findHead(file, result);
  return result;
}

template struct LstmImport<float>;
template struct LstmImport<double>;
template LstmImport<float> importLstm<float>(const SafetensorsFile&, bool,
                                             const std::optional<std::string>&);
template LstmImport<double> importLstm<double>(const SafetensorsFile&, bool,
                                               const std::optional<std::string>&);

}  // namespace lstmviz::core
