#include "core/io/safetensors.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_set>

#include "core/common/error.h"
#include "core/common/printable.h"
#include "core/io/atomic_file.h"
#include "core/io/file_reader.h"

namespace lstmviz::core {

static_assert(std::endian::native == std::endian::little,
              "safetensors data is little-endian; a big-endian host needs byte swapping");

namespace {

using Json = nlohmann::json;

constexpr const char* kMetadataKey = "__metadata__";
constexpr DType kAllDtypes[] = {DType::kF32,  DType::kF64,    DType::kF16,   DType::kBF16,
                                DType::kI64,  DType::kI32,    DType::kI16,   DType::kI8,
                                DType::kU8,   DType::kU16,    DType::kU32,   DType::kU64,
                                DType::kBool, DType::kF8E4M3, DType::kF8E5M2};
constexpr const char* kSupportedDtypes =
    "F32, F64, F16, BF16, I64, I32, I16, I8, U8, U16, U32, U64, BOOL, F8_E4M3, F8_E5M2";

std::string inQuotes(const std::string& name) { return quotedName(name); }

// The value for a message without recursing into it: a header of 100,000 nested '[' must not
// overflow the stack while its error is described.
std::string shown(const Json& value) {
  if (value.is_array()) return value.empty() ? "[]" : "an array [...]";
  if (value.is_object()) return value.empty() ? "{}" : "an object {...}";
  std::string text = value.dump(-1, ' ', false, Json::error_handler_t::replace);
  if (text.size() > 40) text = text.substr(0, 40) + "...";
  return printable(text);
}

// binary16 → binary32, exact for every value: normals re-biased, subnormals m·2⁻²⁴, and
// inf/nan keep sign and payload.
float halfToFloat(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  const uint32_t exponent = (h >> 10) & 0x1fu;
  const uint32_t mantissa = h & 0x3ffu;
  if (exponent == 0) {
    const float magnitude = std::ldexp(static_cast<float>(mantissa), -24);
    return sign ? -magnitude : magnitude;
  }
  const uint32_t bits = exponent == 0x1f ? (sign | 0x7f800000u | (mantissa << 13))
                                         : (sign | ((exponent + 112) << 23) | (mantissa << 13));
  return std::bit_cast<float>(bits);
}

// bfloat16 is the upper half of a binary32.
float bfloat16ToFloat(uint16_t b) { return std::bit_cast<float>(static_cast<uint32_t>(b) << 16); }

// float8 e5m2 is the upper byte of a binary16.
float float8E5M2ToFloat(uint8_t b) { return halfToFloat(static_cast<uint16_t>(b << 8)); }

// float8 e4m3fn (torch.float8_e4m3fn): bias 7, 3 mantissa bits, no infinities; S.1111.111 is NaN.
// Normals (1 + m/8)·2^(e-7), subnormals m·2^-9.
float float8E4M3ToFloat(uint8_t b) {
  const bool negative = (b & 0x80u) != 0;
  const int exponent = (b >> 3) & 0xf, mantissa = b & 0x7;
  float magnitude;
  if (exponent == 0xf && mantissa == 0x7)
    magnitude = std::numeric_limits<float>::quiet_NaN();
  else if (exponent == 0)
    magnitude = std::ldexp(static_cast<float>(mantissa), -9);
  else
    magnitude = std::ldexp(static_cast<float>(8 + mantissa), exponent - 10);
  return negative ? -magnitude : magnitude;
}

template <typename Raw>
Raw loadRaw(const uint8_t* p) {
  Raw value;
  std::memcpy(&value, p, sizeof(Raw));
  return value;
}

// Element `i` of a tensor of `dtype` at `data`, as Out.
template <typename Out>
Out element(DType dtype, const uint8_t* data, int64_t i) {
  switch (dtype) {
    case DType::kF32:
      return static_cast<Out>(loadRaw<float>(data + 4 * i));
    case DType::kF64:
      return static_cast<Out>(loadRaw<double>(data + 8 * i));
    case DType::kF16:
      return static_cast<Out>(halfToFloat(loadRaw<uint16_t>(data + 2 * i)));
    case DType::kBF16:
      return static_cast<Out>(bfloat16ToFloat(loadRaw<uint16_t>(data + 2 * i)));
    case DType::kI64:
      return static_cast<Out>(loadRaw<int64_t>(data + 8 * i));
    case DType::kI32:
      return static_cast<Out>(loadRaw<int32_t>(data + 4 * i));
    case DType::kI16:
      return static_cast<Out>(loadRaw<int16_t>(data + 2 * i));
    case DType::kI8:
      return static_cast<Out>(loadRaw<int8_t>(data + i));
    case DType::kU8:
      return static_cast<Out>(data[i]);
    case DType::kU16:
      return static_cast<Out>(loadRaw<uint16_t>(data + 2 * i));
    case DType::kU32:
      return static_cast<Out>(loadRaw<uint32_t>(data + 4 * i));
    case DType::kU64:
      return static_cast<Out>(loadRaw<uint64_t>(data + 8 * i));
    case DType::kBool:
      return static_cast<Out>(data[i] != 0 ? 1 : 0);
    case DType::kF8E4M3:
      return static_cast<Out>(float8E4M3ToFloat(data[i]));
    case DType::kF8E5M2:
      return static_cast<Out>(float8E5M2ToFloat(data[i]));
  }
  return Out(0);
}

// The first of two passes over the header: a SAX handler that builds nothing and refuses a
// duplicate key at any depth (nlohmann's DOM would keep the last), nesting deeper than
// kSafetensorsMaxDepth and more than kSafetensorsMaxKeys tensors and metadata keys. One hash set
// per open object makes it linear in the header's size. (nlohmann's callback parser cannot be
// used: after every inner object it scans the parent for discarded values, which is quadratic.)
class HeaderChecker {
 public:
  explicit HeaderChecker(const std::string& source) : source_(source) {}

  bool null() { return true; }
  bool boolean(bool) { return true; }
  bool number_integer(Json::number_integer_t) { return true; }
  bool number_unsigned(Json::number_unsigned_t) { return true; }
  bool number_float(Json::number_float_t, const Json::string_t&) { return true; }
  bool string(Json::string_t&) { return true; }
  bool binary(Json::binary_t&) { return true; }
  bool start_object(std::size_t) {
    open();
    return true;
  }
  bool end_object() {
    close();
    return true;
  }
  bool start_array(std::size_t) {
    open();
    return true;
  }
  bool end_array() {
    close();
    return true;
  }
  bool key(Json::string_t& key) {
    const size_t depth = levels_.size();  // 1 inside the top-level object
    if (depth == 1 || (depth == 2 && levels_[0].key == kMetadataKey)) {
      if (++keys_ > kSafetensorsMaxKeys)
        throw FileError(source_ + ": the header lists more than " +
                        std::to_string(kSafetensorsMaxKeys) +
                        " tensors and metadata keys; expected at most that many");
    }
    Level& level = levels_.back();
    if (!level.keys.insert(key).second) {
      std::string where = "in the header";
      if (depth > 1) where += " inside " + inQuotes(levels_[0].key);
      throw FileError(source_ + ": duplicate key " + inQuotes(key) + " " + where +
                      "; expected each key once");
    }
    level.key = key;
    return true;
  }
  // Rethrows nlohmann's own exception type (parse_error, out_of_range) for parseHeaderJson.
  template <class Exception>
  bool parse_error(std::size_t, const std::string&, const Exception& ex) {
    throw ex;
  }

 private:
  struct Level {
    std::unordered_set<std::string> keys;  // an object's keys so far
    std::string key;                       // the key being read
  };
  void open() {
    if (levels_.size() >= static_cast<size_t>(kSafetensorsMaxDepth))
      throw FileError(source_ + ": the header nests arrays and objects deeper than " +
                      std::to_string(kSafetensorsMaxDepth) +
                      " levels; expected {name: {dtype, shape, data_offsets}} (the reference "
                      "reader stops at the same depth)");
    levels_.emplace_back();
  }
  void close() { levels_.pop_back(); }

  const std::string& source_;
  std::vector<Level> levels_;
  uint64_t keys_ = 0;
};

// Parses the header text: HeaderChecker first, then nlohmann's DOM parser (linear without a
// callback), so every key is known to be unique and the depth bounded before a value is built.
Json parseHeaderJson(std::string_view text, const std::string& source) {
  try {
    HeaderChecker checker(source);
    Json::sax_parse(text.begin(), text.end(), &checker);
    return Json::parse(text.begin(), text.end());
  } catch (const Json::parse_error& e) {
    throw FileError(source + ": the header is not valid JSON (byte " + std::to_string(e.byte) +
                    " of the header): " + e.what());
  } catch (const Json::out_of_range& e) {
    // A number beyond double's range ("data_offsets": [0, 1e812]): nlohmann reports it as
    // out_of_range 406, without a position. Found by fuzz_safetensors.
    const std::string what = e.what();
    const size_t text = what.find("] ");
    throw FileError(source + ": the header holds a number no file can have (" +
                    (text == std::string::npos ? what : what.substr(text + 2)) +
                    "); expected byte offsets and sizes that fit in 64 bits");
  } catch (const Json::exception& e) {
    throw FileError(source + ": the header is not valid JSON: " + e.what());
  }
}

uint64_t requireUnsigned(const Json& value, const std::string& source, const std::string& tensor,
                         const char* field) {
  if (!value.is_number_unsigned())
    throw FileError(source + ": tensor " + inQuotes(tensor) + ": " + field + " holds " +
                    shown(value) + "; expected a non-negative integer");
  return value.get<uint64_t>();
}

struct ParsedEntry {
  SafetensorsEntry entry;
  uint64_t begin;
  uint64_t end;
  uint64_t nbytes;  // numel × dtype size
};

ParsedEntry parseEntry(const std::string& name, const Json& info, const std::string& source) {
  const std::string where = source + ": tensor " + inQuotes(name) + ": ";
  if (!info.is_object())
    throw FileError(where + "entry is " + shown(info) +
                    "; expected an object with dtype, shape and data_offsets");
  for (const auto& [field, value] : info.items()) {
    if (field != "dtype" && field != "shape" && field != "data_offsets")
      throw FileError(where + "unknown field " + inQuotes(field) +
                      "; expected only dtype, shape and data_offsets");
  }
  for (const char* field : {"dtype", "shape", "data_offsets"}) {
    if (!info.contains(field))
      throw FileError(where + "missing field '" + field +
                      "'; expected dtype, shape and data_offsets");
  }
  ParsedEntry parsed;
  parsed.entry.name = name;

  const Json& dtype = info["dtype"];
  if (!dtype.is_string())
    throw FileError(where + "dtype is " + shown(dtype) + "; expected a string such as \"F32\"");
  const std::string dtypeText = dtype.get<std::string>();
  const std::optional<DType> known = dtypeFromName(dtypeText);
  if (!known)
    throw FileError(where + "unknown dtype " + inQuotes(dtypeText) + "; expected one of " +
                    kSupportedDtypes);
  parsed.entry.dtype = *known;

  const Json& shape = info["shape"];
  if (!shape.is_array())
    throw FileError(where + "shape is " + shown(shape) +
                    "; expected an array of non-negative integers");
  uint64_t count = 1;
  bool overflow = false;
  for (const Json& dim : shape) {
    const uint64_t size = requireUnsigned(dim, source, name, "shape");
    if (size > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
      throw FileError(where + "shape dimension " + std::to_string(size) + " exceeds 2^63 - 1");
    overflow = overflow || __builtin_mul_overflow(count, size, &count);
    parsed.entry.shape.push_back(static_cast<int64_t>(size));
  }
  const uint64_t elementSize = static_cast<uint64_t>(dtypeSize(*known));
  if (overflow || count > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()) ||
      __builtin_mul_overflow(count, elementSize, &parsed.nbytes))
    throw FileError(where + "shape " + shape.dump() + " × " + std::to_string(elementSize) +
                    " bytes (" + dtypeText + ") overflows 64 bits; expected a size that fits");

  const Json& offsets = info["data_offsets"];
  if (!offsets.is_array() || offsets.size() != 2)
    throw FileError(where + "data_offsets is " + shown(offsets) +
                    "; expected [begin, end] (two non-negative integers)");
  parsed.begin = requireUnsigned(offsets[0], source, name, "data_offsets");
  parsed.end = requireUnsigned(offsets[1], source, name, "data_offsets");
  return parsed;
}

}  // namespace

const char* dtypeName(DType dtype) {
  switch (dtype) {
    case DType::kF32:
      return "F32";
    case DType::kF64:
      return "F64";
    case DType::kF16:
      return "F16";
    case DType::kBF16:
      return "BF16";
    case DType::kI64:
      return "I64";
    case DType::kI32:
      return "I32";
    case DType::kI16:
      return "I16";
    case DType::kI8:
      return "I8";
    case DType::kU8:
      return "U8";
    case DType::kU16:
      return "U16";
    case DType::kU32:
      return "U32";
    case DType::kU64:
      return "U64";
    case DType::kBool:
      return "BOOL";
    case DType::kF8E4M3:
      return "F8_E4M3";
    case DType::kF8E5M2:
      return "F8_E5M2";
  }
  return "?";
}

int64_t dtypeSize(DType dtype) {
  switch (dtype) {
    case DType::kF64:
    case DType::kI64:
    case DType::kU64:
      return 8;
    case DType::kF32:
    case DType::kI32:
    case DType::kU32:
      return 4;
    case DType::kF16:
    case DType::kBF16:
    case DType::kI16:
    case DType::kU16:
      return 2;
    case DType::kI8:
    case DType::kU8:
    case DType::kBool:
    case DType::kF8E4M3:
    case DType::kF8E5M2:
      return 1;
  }
  return 0;
}

bool isIntegerDtype(DType dtype) {
  switch (dtype) {
    case DType::kI64:
    case DType::kI32:
    case DType::kI16:
    case DType::kI8:
    case DType::kU8:
    case DType::kU16:
    case DType::kU32:
    case DType::kU64:
      return true;
    default:
      return false;
  }
}

std::optional<DType> dtypeFromName(std::string_view name) {
  for (DType dtype : kAllDtypes) {
    if (name == dtypeName(dtype)) return dtype;
  }
  return std::nullopt;
}

SafetensorsFile SafetensorsFile::read(const std::string& path) {
  return parse(readRegularFile(path, kMaxDataFileBytes, "a safetensors file"), path);
}

SafetensorsFile SafetensorsFile::parse(std::vector<uint8_t> bytes, const std::string& sourceName) {
  const std::string& src = sourceName;
  const uint64_t fileSize = bytes.size();
  if (fileSize < 8)
    throw FileError(src + ": file has " + std::to_string(fileSize) +
                    " bytes; expected at least 8 (the header length) for safetensors");
  const uint64_t headerSize = loadRaw<uint64_t>(bytes.data());
  if (headerSize > kSafetensorsMaxHeaderSize)
    throw FileError(src + ": header length " + std::to_string(headerSize) +
                    " exceeds the limit of " + std::to_string(kSafetensorsMaxHeaderSize) +
                    " bytes; not a safetensors file?");
  if (headerSize > fileSize - 8)
    throw FileError(src + ": header length " + std::to_string(headerSize) + " exceeds the " +
                    std::to_string(fileSize - 8) +
                    " bytes after the 8-byte length; the file is truncated or not safetensors");
  const std::string_view headerText(reinterpret_cast<const char*>(bytes.data() + 8), headerSize);
  if (headerText.empty() || headerText.front() != '{')
    throw FileError(src + ": the header must be a JSON object starting with '{'");
  const Json header = parseHeaderJson(headerText, src);
  if (!header.is_object()) throw FileError(src + ": the header must be a JSON object");

  SafetensorsFile file;
  file.source_ = src;
  std::vector<ParsedEntry> parsed;
  for (const auto& [key, value] : header.items()) {
    if (key == kMetadataKey) {
      // The reference reads __metadata__ as Option<HashMap<String, String>>: null is no metadata.
      if (value.is_null()) continue;
      if (!value.is_object())
        throw FileError(src + ": __metadata__ is " + shown(value) +
                        "; expected an object of string values (or null)");
      for (const auto& [metaKey, metaValue] : value.items()) {
        if (!metaValue.is_string())
          throw FileError(src + ": __metadata__ value " + inQuotes(metaKey) + " is " +
                          shown(metaValue) + " (" + metaValue.type_name() + "); expected a string");
        file.metadata_[metaKey] = metaValue.get<std::string>();
      }
      continue;
    }
    parsed.push_back(parseEntry(key, value, src));
  }

  // The reference sorts by data_offsets, then requires the tensors to tile the data section.
  std::stable_sort(parsed.begin(), parsed.end(), [](const ParsedEntry& a, const ParsedEntry& b) {
    return std::tie(a.begin, a.end) < std::tie(b.begin, b.end);
  });
  const uint64_t dataSize = fileSize - 8 - headerSize;
  uint64_t cursor = 0;
  const ParsedEntry* previous = nullptr;
  for (const ParsedEntry& p : parsed) {
    const std::string where = src + ": tensor " + inQuotes(p.entry.name) + ": data_offsets [" +
                              std::to_string(p.begin) + ", " + std::to_string(p.end) + "] ";
    if (p.begin != cursor) {
      if (!previous)
        throw FileError(where + "begin at byte " + std::to_string(p.begin) +
                        "; expected the first tensor to begin at 0");
      throw FileError(where + (p.begin < cursor ? "overlap" : "leave a hole after") + " tensor " +
                      inQuotes(previous->entry.name) + ", which ends at byte " +
                      std::to_string(cursor) + "; expected begin == " + std::to_string(cursor));
    }
    if (p.end < p.begin) throw FileError(where + "end before they begin; expected begin <= end");
    if (p.end - p.begin != p.nbytes)
      throw FileError(where + "span " + std::to_string(p.end - p.begin) + " bytes; expected " +
                      std::to_string(p.nbytes) + " bytes for dtype " + dtypeName(p.entry.dtype) +
                      " and shape " + shapeToString(p.entry.shape));
    cursor = p.end;
    previous = &p;
  }
  if (cursor > dataSize)
    throw FileError(src + ": the file is truncated: tensor " + inQuotes(previous->entry.name) +
                    " ends at byte " + std::to_string(cursor) + " of the data section, which has " +
                    std::to_string(dataSize) + " bytes");
  if (cursor < dataSize)
    throw FileError(
        src + ": " + std::to_string(dataSize - cursor) + " trailing bytes after the last tensor" +
        (previous ? " " + inQuotes(previous->entry.name) : std::string()) +
        "; expected the file to end at byte " + std::to_string(8 + headerSize + cursor));

  for (const ParsedEntry& p : parsed) {
    SafetensorsEntry entry = p.entry;
    entry.begin = static_cast<int64_t>(p.begin);
    entry.end = static_cast<int64_t>(p.end);
    file.index_.emplace(entry.name, file.entries_.size());
    file.entries_.push_back(std::move(entry));
  }
  file.dataStart_ = static_cast<int64_t>(8 + headerSize);
  file.bytes_ = std::move(bytes);
  return file;
}

bool SafetensorsFile::contains(const std::string& name) const { return index_.count(name) > 0; }

const SafetensorsEntry& SafetensorsFile::entry(const std::string& name) const {
  if (const auto it = index_.find(name); it != index_.end()) return entries_[it->second];
  std::string names;
  for (size_t i = 0; i < entries_.size() && i < 20; ++i)
    names += (i ? ", " : "") + printable(entries_[i].name);
  if (entries_.size() > 20) names += ", ...";
  throw FileError(source_ + ": no tensor " + inQuotes(name) +
                  " (the file holds: " + (names.empty() ? "no tensors" : names) + ")");
}

namespace {

template <typename Out>
Tensor<Out> convertEntry(const SafetensorsEntry& e, const uint8_t* data) {
  Tensor<Out> out;
  out.shape = e.shape;
  out.data.resize(static_cast<size_t>(numel(e.shape)));
  for (int64_t i = 0; i < static_cast<int64_t>(out.data.size()); ++i)
    out.data[i] = element<Out>(e.dtype, data, i);
  return out;
}

}  // namespace

Tensor<float> SafetensorsFile::getFloat(const std::string& name) const {
  const SafetensorsEntry& e = entry(name);
  return convertEntry<float>(e, bytes_.data() + dataStart_ + e.begin);
}

Tensor<double> SafetensorsFile::getDouble(const std::string& name) const {
  const SafetensorsEntry& e = entry(name);
  return convertEntry<double>(e, bytes_.data() + dataStart_ + e.begin);
}

Tensor<int64_t> SafetensorsFile::getInt64(const std::string& name) const {
  const SafetensorsEntry& e = entry(name);
  if (!isIntegerDtype(e.dtype))
    throw FileError(source_ + ": tensor " + inQuotes(name) + " has dtype " + dtypeName(e.dtype) +
                    "; expected an integer tensor (I64, I32, I16, I8, U8, U16, U32 or U64)");
  const uint8_t* data = bytes_.data() + dataStart_ + e.begin;
  if (e.dtype == DType::kU64) {
    for (int64_t i = 0; i < numel(e.shape); ++i) {
      const uint64_t value = loadRaw<uint64_t>(data + 8 * i);
      if (value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max()))
        throw FileError(source_ + ": tensor " + inQuotes(name) + " element " + std::to_string(i) +
                        " is " + std::to_string(value) + "; expected a value below 2^63 (int64)");
    }
  }
  return convertEntry<int64_t>(e, data);
}

namespace {

template <typename T>
std::vector<uint8_t> rawBytes(const std::string& name, const Tensor<T>& tensor) {
  for (int64_t size : tensor.shape) {
    if (size < 0)
      throw Error("safetensors: tensor " + inQuotes(name) + " has shape " +
                  shapeToString(tensor.shape) + "; expected non-negative sizes");
  }
  if (numel(tensor.shape) != static_cast<int64_t>(tensor.data.size()))
    throw Error("safetensors: tensor " + inQuotes(name) + " has shape " +
                shapeToString(tensor.shape) + " but " + std::to_string(tensor.data.size()) +
                " values; expected " + std::to_string(numel(tensor.shape)));
  std::vector<uint8_t> bytes(tensor.data.size() * sizeof(T));
  if (!bytes.empty()) std::memcpy(bytes.data(), tensor.data.data(), bytes.size());
  return bytes;
}

}  // namespace

void SafetensorsWriter::add(const std::string& name, const Tensor<float>& tensor) {
  addRaw(name, DType::kF32, tensor.shape, rawBytes(name, tensor));
}

void SafetensorsWriter::add(const std::string& name, const Tensor<double>& tensor) {
  addRaw(name, DType::kF64, tensor.shape, rawBytes(name, tensor));
}

void SafetensorsWriter::add(const std::string& name, const Tensor<int64_t>& tensor) {
  addRaw(name, DType::kI64, tensor.shape, rawBytes(name, tensor));
}

void SafetensorsWriter::addRaw(const std::string& name, DType dtype, const Shape& shape,
                               std::vector<uint8_t> bytes) {
  if (name == kMetadataKey)
    throw Error("safetensors: " + inQuotes(name) +
                " is reserved for metadata; expected a tensor name");
  for (const Pending& p : tensors_) {
    if (p.name == name)
      throw Error("safetensors: tensor " + inQuotes(name) +
                  " was already added; expected unique names");
  }
  tensors_.push_back(Pending{name, dtype, shape, std::move(bytes)});
}

void SafetensorsWriter::setMetadata(const std::string& key, const std::string& value) {
  metadata_[key] = value;
}

std::vector<uint8_t> SafetensorsWriter::serialize() const {
  nlohmann::ordered_json header = nlohmann::ordered_json::object();
  if (!metadata_.empty()) {
    nlohmann::ordered_json meta = nlohmann::ordered_json::object();
    for (const auto& [key, value] : metadata_) meta[key] = value;
    header[kMetadataKey] = std::move(meta);
  }
  uint64_t offset = 0;
  for (const Pending& p : tensors_) {
    const uint64_t end = offset + p.bytes.size();
    header[p.name] = {
        {"dtype", dtypeName(p.dtype)}, {"shape", p.shape}, {"data_offsets", {offset, end}}};
    offset = end;
  }
  std::string text;
  try {
    text = header.dump();
  } catch (const nlohmann::ordered_json::type_error& e) {
    throw Error(std::string("safetensors: a tensor name or metadata string is not valid UTF-8: ") +
                e.what());
  }
  text.append((8 - text.size() % 8) % 8, ' ');
  std::vector<uint8_t> out(8);
  const uint64_t headerSize = text.size();
  std::memcpy(out.data(), &headerSize, 8);
  out.reserve(8 + text.size() + offset);
  out.insert(out.end(), text.begin(), text.end());
  for (const Pending& p : tensors_) out.insert(out.end(), p.bytes.begin(), p.bytes.end());
  return out;
}

void SafetensorsWriter::write(const std::string& path) const {
  writeFileAtomically(path, serialize());
}

}  // namespace lstmviz::core
