// ExperimentConfig ⇄ JSON (the layout is documented in experiment.h). Reading is strict: every
// value is type-checked with its key path, unknown keys are refused, syntax errors give line and
// column. Writing uses ordered_json (keys in the documented order) and nlohmann's shortest
// round-trip formatting of doubles.
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/common/error.h"
#include "core/common/printable.h"
#include "core/experiment/experiment_config.h"
#include "core/experiment/trainer_options_json.h"
#include "core/io/atomic_file.h"
#include "core/io/file_reader.h"

namespace lstmviz::core {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr size_t kShownValueLength = 40;  // a wrong value is quoted up to this many characters

// The value as JSON text for a message, shortened: "\"fast\"", "2.5", "an array [...]". Arrays
// and objects are not printed: dump() recurses, and a file of a million '[' must not overflow
// the stack.
std::string shown(const json& value) {
  if (value.is_array()) return "an array [...]";
  if (value.is_object()) return "an object {...}";
  std::string text = value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > kShownValueLength) text = text.substr(0, kShownValueLength) + "...";
  return text;
}

// Reads the keys of one JSON object at `path` ("" for the top level, "training.plateau"),
// refusing keys that are not in `known`. Each read checks the type and names the key path.
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path, std::vector<std::string> known)
      : object_(object), path_(std::move(path)) {
    if (!object.is_object())
      fail(path_.empty() ? "the top level" : path_,
           "expected a JSON object {...}, got " + shown(object));
    for (const auto& item : object.items()) {
      if (std::find(known.begin(), known.end(), item.key()) != known.end()) continue;
      std::string choices;
      for (const std::string& k : known) choices += (choices.empty() ? "" : ", ") + k;
      throw Error("unknown key " + at(item.key()) + " (expected one of " + choices + ")");
    }
  }

  // The value at key, or nullptr when absent.
  const json* find(const std::string& key) const {
    const auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }
  // The full path of key, e.g. "training.lr".
  std::string at(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  void read(const std::string& key, bool& out) const {
    if (const json* v = find(key)) {
      if (!v->is_boolean()) fail(at(key), "expected true or false, got " + shown(*v));
      out = v->get<bool>();
    }
  }
  void read(const std::string& key, double& out) const {
    if (const json* v = find(key)) out = number(*v, at(key));
  }
  void read(const std::string& key, int64_t& out) const {
    if (const json* v = find(key)) out = integer(*v, at(key));
  }
  void read(const std::string& key, uint64_t& out) const {
    if (const json* v = find(key)) {
      if (!v->is_number_integer() || (!v->is_number_unsigned() && v->get<int64_t>() < 0))
        fail(at(key), "expected a non-negative integer, got " + shown(*v));
      out = v->get<uint64_t>();
    }
  }
  void read(const std::string& key, std::string& out) const {
    if (const json* v = find(key)) out = string(*v, at(key));
  }
  // A name turned into an enum by parse (which throws Error listing the choices).
  template <typename Enum, typename Parse>
  void readName(const std::string& key, Enum& out, Parse parse) const {
    if (const json* v = find(key)) {
      try {
        out = parse(string(*v, at(key)));
      } catch (const Error& e) {
        fail(at(key), e.what());
      }
    }
  }

  [[noreturn]] static void fail(const std::string& path, const std::string& problem) {
    throw Error(path + ": " + problem);
  }
  static double number(const json& v, const std::string& path) {
    if (!v.is_number()) fail(path, "expected a number, got " + shown(v));
    const double value = v.get<double>();
    // 1e999 parses to infinity, which JSON cannot write back.
    if (!std::isfinite(value)) fail(path, "expected a finite number; the value overflows a double");
    return value;
  }
  static int64_t integer(const json& v, const std::string& path) {
    if (!v.is_number_integer()) fail(path, "expected an integer, got " + shown(v));
    if (v.is_number_unsigned() &&
        v.get<uint64_t>() > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      fail(path, "expected an integer, got " + shown(v) + ", which is too large");
    return v.get<int64_t>();
  }
  static std::string string(const json& v, const std::string& path) {
    if (!v.is_string()) fail(path, "expected a string, got " + shown(v));
    return v.get<std::string>();
  }

 private:
  const json& object_;
  std::string path_;
};

LstmConfig readLstm(const json& j) {
  const ObjectReader r(j, "lstm",
                       {"input_size", "hidden_size", "num_layers", "bias", "batch_first", "dropout",
                        "bidirectional", "proj_size"});
  LstmConfig c = ExperimentConfig::defaultLstm();
  r.read("input_size", c.inputSize);
  r.read("hidden_size", c.hiddenSize);
  r.read("num_layers", c.numLayers);
  r.read("bias", c.bias);
  r.read("batch_first", c.batchFirst);
  r.read("dropout", c.dropout);
  r.read("bidirectional", c.bidirectional);
  r.read("proj_size", c.projSize);
  return c;
}

LstmInitScheme readInit(const json& j) {
  const ObjectReader r(j, "init", {"weights", "recurrent", "projection", "bias", "gain", "seed"});
  LstmInitScheme s;
  r.readName("weights", s.inputWeights, parseInitWeights);
  r.readName("recurrent", s.recurrentWeights, parseInitWeights);
  r.readName("projection", s.projectionWeights, parseInitWeights);
  r.readName("bias", s.bias, parseInitBias);
  r.read("gain", s.gain);
  r.read("seed", s.seed);
  return s;
}

PlateauOptions readPlateau(const json& j) {
  const ObjectReader r(
      j, "training.plateau",
      {"mode", "factor", "patience", "threshold", "threshold_mode", "cooldown", "min_lr", "eps"});
  PlateauOptions p;
  r.readName("mode", p.mode, [](const std::string& name) {
    if (name == "min") return PlateauOptions::Mode::kMin;
    if (name == "max") return PlateauOptions::Mode::kMax;
    throw Error("mode " + name + " is unknown!");  // torch's ReduceLROnPlateau wording
  });
  r.read("factor", p.factor);
  r.read("patience", p.patience);
  r.read("threshold", p.threshold);
  r.readName("threshold_mode", p.thresholdMode, [](const std::string& name) {
    if (name == "rel") return PlateauOptions::ThresholdMode::kRel;
    if (name == "abs") return PlateauOptions::ThresholdMode::kAbs;
    throw Error("threshold mode " + name + " is unknown!");
  });
  r.read("cooldown", p.cooldown);
  r.read("min_lr", p.minLr);
  r.read("eps", p.eps);
  return p;
}

EarlyStoppingOptions readEarlyStopping(const json& j) {
  const ObjectReader r(j, "training.early_stopping", {"patience", "min_delta"});
  EarlyStoppingOptions e;
  e.patience = 5;  // the documented JSON default
  r.read("patience", e.patience);
  r.read("min_delta", e.minDelta);
  return e;
}

TrainerOptions readTraining(const json& j) {
  const ObjectReader r(
      j, "training",
      {"loss", "optimizer", "lr", "momentum", "nesterov", "weight_decay", "epochs", "batch_size",
       "shuffle", "drop_last", "seed", "clip_grad_norm", "clip_grad_value", "plateau",
       "early_stopping", "restore_best_weights", "huber_delta", "teacher_forcing"});
  TrainerOptions t;
  r.readName("loss", t.loss, parseLossKind);
  r.readName("optimizer", t.optimizer, parseOptimizerKind);
  r.read("lr", t.lr);
  r.read("momentum", t.momentum);
  r.read("nesterov", t.nesterov);
  if (const json* v = r.find("weight_decay"); v && !v->is_null())
    t.weightDecay = ObjectReader::number(*v, r.at("weight_decay"));
  r.read("epochs", t.epochs);
  r.read("batch_size", t.batchSize);
  r.read("shuffle", t.shuffle);
  r.read("drop_last", t.dropLast);
  r.read("seed", t.seed);
  r.read("clip_grad_norm", t.clipGradNorm);
  r.read("clip_grad_value", t.clipGradValue);
  if (const json* v = r.find("plateau"); v && !v->is_null()) t.plateau = readPlateau(*v);
  if (const json* v = r.find("early_stopping"); v && !v->is_null())
    t.earlyStopping = readEarlyStopping(*v);
  r.read("restore_best_weights", t.restoreBestWeights);
  r.read("huber_delta", t.huberDelta);
  r.read("teacher_forcing", t.teacherForcing);
  return t;
}

ExperimentConfig readExperiment(const json& j) {
  const ObjectReader r(j, "",
                       {"lstm", "batch", "unbatched", "seq_len", "lengths", "architecture", "head",
                        "naive_padded_last", "horizon", "decoder_hidden_size", "dataset", "csv",
                        "init", "training", "whatif"});
  ExperimentConfig c;
  if (const json* v = r.find("lstm")) c.lstm = readLstm(*v);
  r.read("batch", c.batch);
  r.read("unbatched", c.unbatched);
  r.read("seq_len", c.seqLen);
  if (const json* v = r.find("lengths")) {
    if (!v->is_array())
      ObjectReader::fail("lengths", "expected an array of integers, got " + shown(*v));
    for (size_t i = 0; i < v->size(); ++i)
      c.lengths.push_back(ObjectReader::integer((*v)[i], "lengths[" + std::to_string(i) + "]"));
  }
  r.readName("architecture", c.architecture, parseArchitecture);
  r.readName("head", c.head, parseHeadKind);
  // many_to_one / many_to_many and the head say the same thing twice: they must agree.
  const bool seqHead = c.head == HeadKind::kSeq;
  if (r.find("architecture") && r.find("head") && isHeadArchitecture(c.architecture) &&
      seqHead != (c.architecture == Architecture::kManyToMany))
    ObjectReader::fail("head", std::string("head '") + headKindName(c.head) +
                                   "' does not fit architecture " +
                                   architectureName(c.architecture) +
                                   " (many_to_one takes last, hn, flatten or mean; many_to_many "
                                   "takes seq)");
  if (c.architecture == Architecture::kManyToMany) c.head = HeadKind::kSeq;
  r.read("naive_padded_last", c.naivePaddedLast);
  r.read("horizon", c.horizon);
  r.read("decoder_hidden_size", c.decoderHiddenSize);
  r.read("dataset", c.dataset);
  if (const json* v = r.find("csv")) {
    const ObjectReader csv(*v, "csv", {"path", "target"});
    csv.read("path", c.csvPath);
    csv.read("target", c.csvTarget);
  }
  if (const json* v = r.find("init")) c.init = readInit(*v);
  if (const json* v = r.find("training")) c.training = readTraining(*v);
  if (const json* v = r.find("whatif")) {
    if (!v->is_array())
      ObjectReader::fail("whatif", "expected an array of edit texts, got " + shown(*v));
    for (size_t i = 0; i < v->size(); ++i) {
      const json& text = (*v)[i];
      if (!text.is_string())
        ObjectReader::fail(
            "whatif[" + std::to_string(i) + "]",
            "expected an edit text like \"weight_hh_l0[5,3]=0.25\", got " + shown(text));
      c.whatIf.push_back(text.get<std::string>());
    }
  }
  return c;
}

// 1-based line and column of the byte at 0-based index `offset` (the end of text allowed).
std::pair<int64_t, int64_t> lineAndColumn(const std::string& text, size_t offset) {
  offset = std::min(offset, text.size());
  const int64_t line = 1 + std::count(text.begin(), text.begin() + offset, '\n');
  // The newline before `offset`, if any (at offset 0 there is none: rfind(…, npos) would find
  // the last newline of the whole text).
  const size_t lineStart = offset == 0 ? std::string::npos : text.rfind('\n', offset - 1);
  const int64_t column =
      static_cast<int64_t>(lineStart == std::string::npos ? offset + 1 : offset - lineStart);
  return {line, column};
}

// nlohmann's parse_error::what() without its "[json.exception...] parse error at ...: " prefix.
std::string syntaxProblem(const json::parse_error& e) {
  const std::string what = e.what();
  const size_t parseError = what.find("parse error");
  const size_t colon = what.find(": ", parseError == std::string::npos ? 0 : parseError);
  return colon == std::string::npos ? what : what.substr(colon + 2);
}

// Offset of the first occurrence of `token` in text outside a JSON string, or npos.
size_t findOutsideStrings(const std::string& text, const std::string& token) {
  bool inString = false;
  for (size_t i = 0; i < text.size(); ++i) {
    if (inString) {
      if (text[i] == '\\')
        ++i;
      else if (text[i] == '"')
        inString = false;
    } else if (text[i] == '"') {
      inString = true;
    } else if (text.compare(i, token.size(), token) == 0) {
      return i;
    }
  }
  return std::string::npos;
}

std::string located(const std::string& source, const std::string& text, size_t offset,
                    const std::string& problem) {
  const auto [line, column] = lineAndColumn(text, offset);
  return source + ": line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
         problem;
}

// A SAX pass that builds nothing and refuses a key given twice in one object (nlohmann's DOM
// would silently keep the last): "duplicate key 'lr' in 'training'". Linear: one hash set per
// open object.
class DuplicateKeyChecker {
 public:
  explicit DuplicateKeyChecker(const std::string& source) : source_(source) {}
  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(json::number_integer_t) { return true; }
  bool number_unsigned(json::number_unsigned_t) { return true; }
  bool number_float(json::number_float_t, const json::string_t&) { return true; }
  bool string(json::string_t&) { return true; }
  bool binary(json::binary_t&) { return true; }
  bool start_object(std::size_t) {
    levels_.push_back({true, {}, {}});
    return true;
  }
  bool start_array(std::size_t) {
    levels_.push_back({false, {}, {}});
    return true;
  }
  bool end_object() {
    levels_.pop_back();
    return true;
  }
  bool end_array() {
    levels_.pop_back();
    return true;
  }
  bool key(json::string_t& key) {
    Level& level = levels_.back();
    if (!level.keys.insert(key).second) {
      std::string where;
      for (size_t i = 0; i + 1 < levels_.size(); ++i)
        if (levels_[i].object) where += (where.empty() ? "" : ".") + levels_[i].key;
      throw Error(source_ + ": duplicate key " + quotedName(key) +
                  (where.empty() ? " at the top level" : " in " + quotedName(where)) +
                  "; expected each key once");
    }
    level.key = key;
    return true;
  }
  // Parse errors are left to the DOM parse that follows, which reports line and column.
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception&) {
    return false;
  }

 private:
  struct Level {
    bool object;
    std::unordered_set<std::string> keys;
    std::string key;  // the key being read (objects only)
  };
  const std::string& source_;
  std::vector<Level> levels_;
};

// Parses and validates; messages start with `source` ("config" or the file's path).
ExperimentConfig parseExperiment(const std::string& text, const std::string& source) {
  json j;
  try {
    DuplicateKeyChecker checker(source);
    json::sax_parse(text, &checker);
    j = json::parse(text);
  } catch (const json::parse_error& e) {
    // e.byte is 1-based: the byte at which parsing failed.
    throw Error(located(source, text, e.byte == 0 ? 0 : e.byte - 1, syntaxProblem(e)));
  } catch (const json::out_of_range& e) {
    // "number overflow parsing '1e999'" (id 406) comes without a position: find the number.
    const std::string what = e.what();
    const size_t message = what.find("] ");
    const std::string problem = message == std::string::npos ? what : what.substr(message + 2);
    const size_t open = what.find('\''), close = what.rfind('\'');
    const size_t at = open < close
                          ? findOutsideStrings(text, what.substr(open + 1, close - open - 1))
                          : std::string::npos;
    throw Error(at == std::string::npos ? source + ": " + problem
                                        : located(source, text, at, problem));
  } catch (const json::exception& e) {
    throw Error(source + ": " + e.what());
  }
  try {
    ExperimentConfig config = readExperiment(j);
    config.validate();
    return config;
  } catch (const Error& e) {
    throw Error(source + ": " + e.what());
  }
}

ordered_json plateauJson(const PlateauOptions& p) {
  ordered_json j;
  j["mode"] = p.mode == PlateauOptions::Mode::kMin ? "min" : "max";
  j["factor"] = p.factor;
  j["patience"] = p.patience;
  j["threshold"] = p.threshold;
  j["threshold_mode"] = p.thresholdMode == PlateauOptions::ThresholdMode::kRel ? "rel" : "abs";
  j["cooldown"] = p.cooldown;
  j["min_lr"] = p.minLr;
  j["eps"] = p.eps;
  return j;
}

}  // namespace

ordered_json trainerOptionsJson(const TrainerOptions& t) {
  ordered_json j;
  j["loss"] = lossKindName(t.loss);
  j["optimizer"] = optimizerKindName(t.optimizer);
  j["lr"] = t.lr;
  j["momentum"] = t.momentum;
  j["nesterov"] = t.nesterov;
  j["weight_decay"] = t.weightDecay ? ordered_json(*t.weightDecay) : ordered_json(nullptr);
  j["epochs"] = t.epochs;
  j["batch_size"] = t.batchSize;
  j["shuffle"] = t.shuffle;
  j["drop_last"] = t.dropLast;
  j["seed"] = t.seed;
  j["clip_grad_norm"] = t.clipGradNorm;
  j["clip_grad_value"] = t.clipGradValue;
  j["plateau"] = t.plateau ? plateauJson(*t.plateau) : ordered_json(nullptr);
  j["early_stopping"] = t.earlyStopping ? ordered_json{{"patience", t.earlyStopping->patience},
                                                       {"min_delta", t.earlyStopping->minDelta}}
                                        : ordered_json(nullptr);
  j["restore_best_weights"] = t.restoreBestWeights;
  j["huber_delta"] = t.huberDelta;
  j["teacher_forcing"] = t.teacherForcing;
  return j;
}

ExperimentConfig experimentFromJson(const std::string& text) {
  return parseExperiment(text, "config");
}

ExperimentConfig experimentFromFile(const std::string& path) {
  const std::string text =
      readRegularTextFile(path, kMaxConfigFileBytes, "the experiment file (JSON)");
  try {
    return parseExperiment(text, path);
  } catch (const FileError&) {
    throw;
  } catch (const Error& e) {
    throw FileError(e.what());
  }
}

std::string experimentToJson(const ExperimentConfig& c) {
  ordered_json j;
  j["lstm"] = {{"input_size", c.lstm.inputSize},        {"hidden_size", c.lstm.hiddenSize},
               {"num_layers", c.lstm.numLayers},        {"bias", c.lstm.bias},
               {"batch_first", c.lstm.batchFirst},      {"dropout", c.lstm.dropout},
               {"bidirectional", c.lstm.bidirectional}, {"proj_size", c.lstm.projSize}};
  j["batch"] = c.batch;
  j["unbatched"] = c.unbatched;
  j["seq_len"] = c.seqLen;
  j["lengths"] = c.lengths;
  j["architecture"] = architectureName(c.modelArchitecture());
  j["head"] = headKindName(c.head);
  j["naive_padded_last"] = c.naivePaddedLast;
  j["horizon"] = c.horizon;
  j["decoder_hidden_size"] = c.decoderHiddenSize;
  j["dataset"] = c.dataset;
  j["csv"] = {{"path", c.csvPath}, {"target", c.csvTarget}};
  j["init"] = {{"weights", initWeightsName(c.init.inputWeights)},
               {"recurrent", initWeightsName(c.init.recurrentWeights)},
               {"projection", initWeightsName(c.init.projectionWeights)},
               {"bias", initBiasName(c.init.bias)},
               {"gain", c.init.gain},
               {"seed", c.init.seed}};
  j["training"] = trainerOptionsJson(c.training);
  j["whatif"] = c.whatIf;
  // Invalid UTF-8 (a file name from a foreign locale) becomes U+FFFD instead of an exception.
  return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

void saveExperiment(const ExperimentConfig& config, const std::string& path) {
  writeFileAtomically(path, experimentToJson(config));
}

}  // namespace lstmviz::core
