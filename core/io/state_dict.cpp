#include "core/io/state_dict.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/common/error.h"
#include "core/common/non_finite.h"

namespace lstmviz::core {

namespace {

constexpr const char* kFirstWeight = "weight_ih_l0";
constexpr size_t kMaxListedKeys = 20;

// (kind, layer, direction) of a torch LSTM parameter name such as "bias_hh_l2_reverse", or
// nullopt. Only canonical names parse (no leading zeros, at most 6 digits).
struct ParsedName {
  LstmParamKind kind;
  int64_t layer;
  int64_t direction;
};

std::optional<ParsedName> parseParamName(std::string_view name) {
  static const std::pair<const char*, LstmParamKind> kKinds[] = {
      {"weight_ih_l", LstmParamKind::kWeightIh},
      {"weight_hh_l", LstmParamKind::kWeightHh},
      {"bias_ih_l", LstmParamKind::kBiasIh},
      {"bias_hh_l", LstmParamKind::kBiasHh},
      {"weight_hr_l", LstmParamKind::kWeightHr}};
  for (const auto& [base, kind] : kKinds) {
    if (!name.starts_with(base)) continue;
    std::string_view rest = name.substr(std::string_view(base).size());
    int64_t direction = 0;
    if (rest.ends_with("_reverse")) {
      direction = 1;
      rest.remove_suffix(std::string_view("_reverse").size());
    }
    if (rest.empty() || rest.size() > 6 || (rest.size() > 1 && rest[0] == '0')) return std::nullopt;
    int64_t layer = 0;
    for (char c : rest) {
      if (c < '0' || c > '9') return std::nullopt;
      layer = layer * 10 + (c - '0');
    }
    return ParsedName{kind, layer, direction};
  }
  return std::nullopt;
}

// torch's repr of the module, e.g. "LSTM(3, 5, num_layers=2, bidirectional=True, proj_size=2)".
std::string lstmRepr(const LstmConfig& c) {
  std::string text = "LSTM(" + std::to_string(c.inputSize) + ", " + std::to_string(c.hiddenSize);
  if (c.numLayers != 1) text += ", num_layers=" + std::to_string(c.numLayers);
  if (!c.bias) text += ", bias=False";
  if (c.batchFirst) text += ", batch_first=True";
  if (c.bidirectional) text += ", bidirectional=True";
  if (c.projSize > 0) text += ", proj_size=" + std::to_string(c.projSize);
  return text + ")";
}

// "\"a\", \"b\"" — torch's list of keys, cut after kMaxListedKeys.
std::string keyList(const std::vector<std::string>& keys) {
  std::string text;
  for (size_t i = 0; i < keys.size() && i < kMaxListedKeys; ++i)
    text += (i ? ", \"" : "\"") + keys[i] + "\"";
  if (keys.size() > kMaxListedKeys)
    text += ", ... (" + std::to_string(keys.size() - kMaxListedKeys) + " more)";
  return text;
}

// The entries under `prefix`, by their bare (unprefixed) name.
std::map<std::string, const SafetensorsEntry*> entriesUnder(const SafetensorsFile& file,
                                                            const std::string& prefix) {
  std::map<std::string, const SafetensorsEntry*> entries;
  for (const SafetensorsEntry& entry : file.entries()) {
    if (entry.name.starts_with(prefix)) entries[entry.name.substr(prefix.size())] = &entry;
  }
  return entries;
}

}  // namespace

std::string normalizeLstmPrefix(const std::string& prefix) {
  if (prefix.empty() || prefix.back() == '.') return prefix;
  return prefix + ".";
}

std::string detectLstmPrefix(const SafetensorsFile& file) {
  const std::string_view first = kFirstWeight;
  std::vector<std::string> prefixes;
  for (const SafetensorsEntry& entry : file.entries()) {
    if (!entry.name.ends_with(first)) continue;
    const std::string prefix = entry.name.substr(0, entry.name.size() - first.size());
    if (prefix.empty() || prefix.back() == '.') prefixes.push_back(prefix);
  }
  if (prefixes.empty()) {
    std::vector<std::string> names;
    for (const SafetensorsEntry& entry : file.entries()) names.push_back(entry.name);
    throw FileError(file.source() +
                    ": no tensor 'weight_ih_l0' (bare or under a prefix such as "
                    "'lstm.'); expected an nn.LSTM state_dict. The file holds: " +
                    (names.empty() ? std::string("no tensors") : keyList(names)));
  }
  if (prefixes.size() > 1) {
    std::vector<std::string> keys;
    for (const std::string& prefix : prefixes) keys.push_back(prefix + kFirstWeight);
    throw FileError(file.source() + ": several nn.LSTM state_dicts (" + keyList(keys) +
                    "); expected one, or the prefix of the one to load");
  }
  return prefixes.front();
}

LstmConfig inferLstmConfig(const SafetensorsFile& file, bool batchFirst,
                           const std::optional<std::string>& prefixOption) {
  const std::string prefix =
      prefixOption ? normalizeLstmPrefix(*prefixOption) : detectLstmPrefix(file);
  const std::map<std::string, const SafetensorsEntry*> entries = entriesUnder(file, prefix);
  const std::string& src = file.source();

  auto firstWeight = entries.find(kFirstWeight);
  if (firstWeight == entries.end())
    throw FileError(src + ": no tensor '" + prefix + kFirstWeight +
                    "'; expected an nn.LSTM state_dict with keys " +
                    (prefix.empty() ? "without a prefix" : "under the prefix '" + prefix + "'"));
  const Shape& ih = firstWeight->second->shape;
  if (ih.size() != 2 || ih[0] <= 0 || ih[0] % 4 != 0 || ih[1] <= 0)
    throw FileError(src + ": tensor '" + prefix + kFirstWeight + "' has shape " +
                    shapeToString(ih) + "; expected [4*hidden_size, input_size]");

  LstmConfig config;
  config.inputSize = ih[1];
  config.hiddenSize = ih[0] / 4;
  config.batchFirst = batchFirst;
  config.bias = false;
  config.numLayers = 0;
  // A complete state_dict of L layers holds at least 2L tensors, so a layer index beyond the key
  // count cannot be meant: it is left to be reported as an unexpected key.
  const int64_t maxLayers = static_cast<int64_t>(entries.size());
  const SafetensorsEntry* projection = nullptr;
  for (const auto& [name, entry] : entries) {
    const std::optional<ParsedName> parsed = parseParamName(name);
    if (!parsed || parsed->layer >= maxLayers) continue;
    config.numLayers = std::max(config.numLayers, parsed->layer + 1);
    if (parsed->direction == 1) config.bidirectional = true;
    if (parsed->kind == LstmParamKind::kBiasIh || parsed->kind == LstmParamKind::kBiasHh)
      config.bias = true;
    if (parsed->kind == LstmParamKind::kWeightHr &&
        (!projection || name == lstmParamName(LstmParamKind::kWeightHr, 0, 0)))
      projection = entry;
  }
  if (projection) {
    if (projection->shape.size() != 2)
      throw FileError(src + ": tensor '" + projection->name + "' has shape " +
                      shapeToString(projection->shape) + "; expected [proj_size, hidden_size]");
    config.projSize = projection->shape[0];
  }
  try {
    config.validate();
  } catch (const ShapeError& e) {
    throw FileError(src + ": the tensors under '" + prefix + "' describe an invalid nn.LSTM (" +
                    lstmRepr(config) + "): " + e.what());
  }

  std::vector<std::string> missing, unexpected, mismatches;
  std::map<std::string, bool> expected;
  for (const LstmParamSpec& spec : lstmParameterSpecs(config)) {
    expected[spec.name] = true;
    auto found = entries.find(spec.name);
    if (found == entries.end()) {
      missing.push_back(prefix + spec.name);
    } else if (found->second->shape != spec.shape) {
      mismatches.push_back("size mismatch for " + prefix + spec.name +
                           ": copying a param with shape " + shapeToString(found->second->shape) +
                           " from checkpoint, the shape in current model is " +
                           shapeToString(spec.shape) + ".");
    }
  }
  for (const auto& [name, entry] : entries) {
    if (!expected.count(name)) unexpected.push_back(entry->name);
  }
  if (missing.empty() && unexpected.empty() && mismatches.empty()) return config;

  std::string message = src + ": Error(s) in loading state_dict for LSTM:";
  if (!missing.empty()) message += "\n\tMissing key(s) in state_dict: " + keyList(missing) + ". ";
  if (!unexpected.empty())
    message += "\n\tUnexpected key(s) in state_dict: " + keyList(unexpected) + ". ";
  for (const std::string& mismatch : mismatches) message += "\n\t" + mismatch;
  message += "\n\t(the module inferred from '" + prefix + kFirstWeight + "' " + shapeToString(ih) +
             " and the key names: " + lstmRepr(config) + ")";
  throw FileError(message);
}

template <typename T>
Lstm<T> loadLstmStateDict(const SafetensorsFile& file, bool batchFirst,
                          const std::optional<std::string>& prefixOption) {
  const std::string prefix =
      prefixOption ? normalizeLstmPrefix(*prefixOption) : detectLstmPrefix(file);
  // Every shape is checked before the Lstm allocates its parameters.
  Lstm<T> lstm(inferLstmConfig(file, batchFirst, prefix));
  for (const LstmParamSpec& spec : lstm.specs()) {
    const std::string name = prefix + spec.name;
    std::vector<T> values;
    if constexpr (std::is_same_v<T, float>) {
      values = file.getFloat(name).data;
    } else {
      values = file.getDouble(name).data;
    }
    assert(static_cast<int64_t>(values.size()) == spec.size());
    std::copy(values.begin(), values.end(), lstm.parameters().begin() + spec.offset);
  }
  return lstm;
}

template <typename T>
void requireFiniteParameters(const Lstm<T>& lstm, const std::string& source) {
  for (const LstmParamSpec& spec : lstm.specs()) {
    const std::string problem =
        nonFiniteProblem(lstm.parameters().data() + spec.offset, static_cast<size_t>(spec.size()),
                         source + ": " + spec.name);
    if (!problem.empty())
      throw FileError(problem + "; every output would be NaN; fix the state_dict first");
  }
}

template void requireFiniteParameters<float>(const Lstm<float>&, const std::string&);
template void requireFiniteParameters<double>(const Lstm<double>&, const std::string&);

template Lstm<float> loadLstmStateDict<float>(const SafetensorsFile&, bool,
                                              const std::optional<std::string>&);
template Lstm<double> loadLstmStateDict<double>(const SafetensorsFile&, bool,
                                                const std::optional<std::string>&);

namespace {

template <typename T>
void saveParameters(const Lstm<T>& lstm, SafetensorsWriter& writer, const std::string& prefix) {
  const std::string keyPrefix = normalizeLstmPrefix(prefix);
  const std::vector<T>& parameters = lstm.parameters();
  for (const LstmParamSpec& spec : lstm.specs()) {
    const auto begin = parameters.begin() + spec.offset;
    writer.add(keyPrefix + spec.name,
               Tensor<T>(spec.shape, std::vector<T>(begin, begin + spec.size())));
  }
}

}  // namespace

void saveLstmStateDict(const Lstm<float>& lstm, SafetensorsWriter& writer,
                       const std::string& prefix) {
  saveParameters(lstm, writer, prefix);
}

void saveLstmStateDict(const Lstm<double>& lstm, SafetensorsWriter& writer,
                       const std::string& prefix) {
  saveParameters(lstm, writer, prefix);
}

}  // namespace lstmviz::core
