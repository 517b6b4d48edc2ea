#include "core/train/run_directory.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/common/error.h"
#include "core/io/atomic_file.h"
#include "core/io/safetensors.h"

namespace lstmviz::core {

namespace {

// <run>/histograms/epoch_0007.json: one epoch's histograms (written and read back by name).
std::string histogramsFile(const std::string& runPath, int64_t epoch) {
  char name[64];
  std::snprintf(name, sizeof name, "/histograms/epoch_%04lld.json", static_cast<long long>(epoch));
  return runPath + name;
}

constexpr const char* kBaseColumns =
    "epoch,train_loss,val_loss,lr,grad_norm,grad_norm_clipped,clipped_fraction,seconds";

// Numbers are written and read with to_chars / from_chars: independent of the C locale, which
// the GUI sets from the environment (a "%g" would write "0,5" under de_DE and break the CSV).
std::string number(double v) {
  if (std::isnan(v)) return "";
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, v, std::chars_format::general, 9);
  return std::string(buffer, end.ptr);
}

double parseNumber(const std::string& field) {
  if (field.empty()) return kNoValue;
  double v = 0;
  const auto [end, error] = std::from_chars(field.data(), field.data() + field.size(), v);
  if (error != std::errc() || end != field.data() + field.size())
    throw std::invalid_argument(field);
  return v;
}

std::string csvField(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}
}  // namespace

namespace {

// The files a run writes at the top of its folder (histograms/epoch_NNNN.json besides).
constexpr const char* kRunFiles[] = {"config.json",      "metrics.csv",      "events.csv",
                                     "best.safetensors", "last.safetensors", "experiment.json"};

bool isHistogramFile(const std::string& name) {
  return name.rfind("epoch_", 0) == 0 && name.size() > 11 &&
         name.compare(name.size() - 5, 5, ".json") == 0;
}

// Removes what a previous run wrote into `path` (kRunFiles, histograms/epoch_*.json, files only);
// anything else is left alone. Throws FileError naming the first file that cannot be removed.
void clearRun(const std::filesystem::path& path) {
  std::error_code ec;
  auto remove = [&](const std::filesystem::path& file) {
    if (std::filesystem::is_directory(std::filesystem::symlink_status(file, ec))) return;
    std::filesystem::remove(file, ec);
    if (ec)
      throw FileError("cannot remove " + file.string() + " of the previous run: " + ec.message());
  };
  for (const char* name : kRunFiles) remove(path / name);
  if (!std::filesystem::is_directory(path / "histograms", ec)) return;
  for (const auto& entry : std::filesystem::directory_iterator(path / "histograms", ec))
    if (isHistogramFile(entry.path().filename().string())) remove(entry.path());
}

}  // namespace

RunDirectory::RunDirectory(std::string path, bool overwrite) : path_(std::move(path)) {
  std::error_code ec;
  // A folder that already holds something would mix two runs (Compare run… would read the old
  // run's histograms as the new one's): refused unless asked to overwrite.
  if (std::filesystem::is_directory(path_, ec) && !std::filesystem::is_empty(path_, ec)) {
    if (!overwrite)
      throw FileError("the run directory " + path_ +
                      " is not empty; choose a new folder, or overwrite the previous run "
                      "(lstmviz-cli train --overwrite)");
    clearRun(path_);
  }
  std::filesystem::create_directories(std::filesystem::path(path_) / "histograms", ec);
  if (ec) throw FileError("cannot create the run directory " + path_ + ": " + ec.message());
}

void RunDirectory::writeConfig(const std::string& json) const {
  writeFileAtomically(path_ + "/config.json", json);
}

void RunDirectory::writeMetrics(const std::vector<EpochRecord>& epochs, bool classification) const {
  std::ostringstream out;
  out << kBaseColumns << (classification ? ",train_accuracy,val_accuracy" : "") << "\n";
  for (const EpochRecord& e : epochs) {
    out << e.epoch << ',' << number(e.trainLoss) << ',' << number(e.valLoss) << ',' << number(e.lr)
        << ',' << number(e.gradNorm) << ',' << number(e.gradNormClipped) << ','
        << number(e.clippedFraction) << ',' << number(e.seconds);
    if (classification) out << ',' << number(e.trainAccuracy) << ',' << number(e.valAccuracy);
    out << "\n";
  }
  writeFileAtomically(path_ + "/metrics.csv", out.str());
}

void RunDirectory::writeEvents(const std::vector<TrainingEvent>& events) const {
  std::ostringstream out;
  out << "epoch,batch,kind,message\n";
  for (const TrainingEvent& e : events)
    out << e.epoch << ',' << e.batch << ',' << trainingEventName(e.kind) << ','
        << csvField(e.message) << "\n";
  writeFileAtomically(path_ + "/events.csv", out.str());
}

void RunDirectory::writeHistograms(int64_t epoch, const std::vector<Histogram>& hs) const {
  nlohmann::json list = nlohmann::json::array();
  for (const Histogram& h : hs) {
    list.push_back({{"parameter", h.parameter},
                    {"gate", h.gate},
                    {"gradient", h.gradient},
                    {"epoch", h.epoch},
                    {"min", h.min},
                    {"max", h.max},
                    {"counts", h.counts},
                    {"zeros", h.zeros},
                    {"nans", h.nans},
                    {"infs", h.infs},
                    {"total", h.total}});
  }
  writeFileAtomically(histogramsFile(path_, epoch), list.dump());
}

void RunDirectory::writeCheckpoint(const std::string& name,
                                   const std::vector<ParameterRef<float>>& parameters) const {
  SafetensorsWriter writer;
  for (const auto& p : parameters)
    writer.add(p.name, Tensor<float>(p.shape, std::vector<float>(p.values, p.values + p.size())));
  writer.setMetadata("format", "pt");
  writer.write(path_ + "/" + name + ".safetensors");
}

std::vector<EpochRecord> RunDirectory::readMetrics(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw FileError("cannot open " + file);
  std::ostringstream content;
  content << in.rdbuf();
  const std::string text = content.str();
  std::vector<std::string> lines;
  std::stringstream split(text);
  for (std::string line; std::getline(split, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // a copy saved with CRLF
    lines.push_back(line);
  }
  // writeMetrics ends every row with '\n': a last line without one was cut short, even if what
  // remains of it still parses (e.g. "3,0.5,…,1" cut from "…,1.25").
  const bool cutShort = !text.empty() && text.back() != '\n';
  if (cutShort && lines.size() > 1) lines.pop_back();
  if (lines.empty() || lines[0].rfind(kBaseColumns, 0) != 0)
    throw FileError(file + ", line 1: expected the header '" + std::string(kBaseColumns) + "'");
  const bool classification = lines[0].find("train_accuracy") != std::string::npos;
  const size_t columns = classification ? 10 : 8;
  std::vector<EpochRecord> epochs;
  for (size_t i = 1; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    std::vector<std::string> f;
    std::stringstream ss(lines[i]);
    for (std::string cell; std::getline(ss, cell, ',');) f.push_back(cell);
    if (!lines[i].empty() && lines[i].back() == ',') f.push_back("");
    try {
      if (f.size() != columns) throw std::invalid_argument("column count");
      EpochRecord e;
      e.epoch = static_cast<int64_t>(parseNumber(f[0]));
      e.trainLoss = parseNumber(f[1]);
      e.valLoss = parseNumber(f[2]);
      e.lr = parseNumber(f[3]);
      e.gradNorm = parseNumber(f[4]);
      e.gradNormClipped = parseNumber(f[5]);
      e.clippedFraction = parseNumber(f[6]);
      e.seconds = parseNumber(f[7]);
      if (classification) {
        e.trainAccuracy = parseNumber(f[8]);
        e.valAccuracy = parseNumber(f[9]);
      }
      epochs.push_back(e);
    } catch (const std::exception&) {
      throw FileError(file + ", line " + std::to_string(i + 1) + ": expected " +
                      std::to_string(columns) + " numeric columns, got '" + lines[i] + "'");
    }
  }
  return epochs;
}

namespace {

// One entry of a histograms file; `where` names file and entry for messages.
Histogram histogramFromJson(const nlohmann::json& j, const std::string& where) {
  if (!j.is_object()) throw FileError(where + ": expected an object");
  auto field = [&](const char* key) -> const nlohmann::json& {
    if (!j.contains(key)) throw FileError(where + ": no field '" + key + "'");
    return j.at(key);
  };
  auto integer = [&](const char* key) {
    const nlohmann::json& v = field(key);
    if (!v.is_number_integer() || v.get<int64_t>() < 0)
      throw FileError(where + ": '" + key + "' is not a non-negative integer");
    return v.get<int64_t>();
  };
  auto real = [&](const char* key) {
    const nlohmann::json& v = field(key);
    if (!v.is_number()) throw FileError(where + ": '" + key + "' is not a number");
    return v.get<double>();
  };
  auto text = [&](const char* key) {
    const nlohmann::json& v = field(key);
    if (!v.is_string()) throw FileError(where + ": '" + key + "' is not a string");
    return v.get<std::string>();
  };
  Histogram h;
  h.parameter = text("parameter");
  h.gate = text("gate");
  if (!field("gradient").is_boolean()) throw FileError(where + ": 'gradient' is not true or false");
  h.gradient = j.at("gradient").get<bool>();
  h.epoch = integer("epoch");
  h.min = real("min");
  h.max = real("max");
  const nlohmann::json& counts = field("counts");
  if (!counts.is_array()) throw FileError(where + ": 'counts' is not an array");
  for (const nlohmann::json& c : counts) {
    if (!c.is_number_integer() || c.get<int64_t>() < 0)
      throw FileError(where + ": 'counts' holds something other than a count");
    h.counts.push_back(c.get<int64_t>());
  }
  h.zeros = integer("zeros");
  h.nans = integer("nans");
  h.infs = integer("infs");
  h.total = integer("total");
  if (!(h.min <= h.max)) throw FileError(where + ": 'min' is above 'max'");
  return h;
}

}  // namespace

std::vector<std::vector<Histogram>> RunDirectory::readHistograms(const std::string& runPath) {
  std::vector<std::vector<Histogram>> epochs;
  for (int64_t epoch = 1;; ++epoch) {
    const std::string file = histogramsFile(runPath, epoch);
    std::ifstream in(file, std::ios::binary);
    if (!in) break;
    std::ostringstream content;
    content << in.rdbuf();
    nlohmann::json list;
    try {
      list = nlohmann::json::parse(content.str());
    } catch (const nlohmann::json::exception& e) {
      throw FileError(file + ": not the JSON writeHistograms writes (" + e.what() + ")");
    }
    if (!list.is_array()) throw FileError(file + ": expected a list of histograms");
    std::vector<Histogram> histograms;
    for (size_t i = 0; i < list.size(); ++i)
      histograms.push_back(histogramFromJson(list[i], file + ", entry " + std::to_string(i + 1)));
    epochs.push_back(std::move(histograms));
  }
  return epochs;
}

}  // namespace lstmviz::core
