#pragma once
// safetensors: the file format PyTorch users already use for state_dicts.
// Layout: u64 little-endian header length n | n bytes UTF-8 JSON header | data bytes.
// Header: {"name": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, ...,
//          "__metadata__": {"key": "string value"}}; offsets relative to the data start.
// Reading enforces every rule of the reference implementation (see SafetensorsFile::parse).
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::core {

// Every dtype of the format (the reference's Dtype enum); F8_E4M3 is torch.float8_e4m3fn.
enum class DType {
  kF32,
  kF64,
  kF16,
  kBF16,
  kI64,
  kI32,
  kI16,
  kI8,
  kU8,
  kU16,
  kU32,
  kU64,
  kBool,
  kF8E4M3,
  kF8E5M2
};

// "F32", "F64", ..., "BOOL", "F8_E4M3" as written in the header.
const char* dtypeName(DType dtype);
// Bytes per element: 8 for F64/I64/U64, 4 for F32/I32/U32, 2 for F16/BF16/I16/U16, 1 otherwise.
int64_t dtypeSize(DType dtype);
// I64, I32, I16, I8, U8, U16, U32, U64 (not BOOL).
bool isIntegerDtype(DType dtype);
// The DType written as `name` in a header, or nullopt for any other string.
std::optional<DType> dtypeFromName(std::string_view name);
// Largest header length the reference implementation accepts (100 MB).
inline constexpr uint64_t kSafetensorsMaxHeaderSize = 100'000'000;
// Deepest nesting of arrays and objects in a header (serde_json's recursion limit, which the
// reference reader inherits; a valid header nests 3 deep).
inline constexpr int kSafetensorsMaxDepth = 128;
// Most tensors plus metadata keys in one header (a large model's state_dict has thousands).
// Parsing is linear in the header's size (one hash lookup per key), so a header at this bound
// reads in well under a second.
inline constexpr uint64_t kSafetensorsMaxKeys = 300'000;

struct SafetensorsEntry {
  std::string name;
  DType dtype = DType::kF32;
  Shape shape;
  int64_t begin = 0;  // byte offsets into the data section
  int64_t end = 0;
};

class SafetensorsFile {
 public:
  // Reads and validates a whole file. Throws FileError naming the file and what is wrong.
  static SafetensorsFile read(const std::string& path);
  // Validates bytes already in memory; sourceName is used in messages. Rules (each refused with
  // its own message): at least 8 bytes; header length ≤ 100 MB and within the file; header is a
  // JSON object nested at most kSafetensorsMaxDepth deep with at most kSafetensorsMaxKeys
  // tensors and metadata keys; every entry has exactly dtype, shape, data_offsets; known dtype;
  // non-negative integer shape; offsets sorted, contiguous from 0, no hole or overlap; end -
  // begin equals numel × dtype size (checked for overflow); data section ends exactly at the
  // last tensor; duplicate keys refused; __metadata__ is an object of strings or null.
  // Names in messages are quoted with control characters (NUL included) as \xNN.
  static SafetensorsFile parse(std::vector<uint8_t> bytes, const std::string& sourceName);

  const std::string& source() const { return source_; }
  // Entries in file order (sorted by offset).
  const std::vector<SafetensorsEntry>& entries() const { return entries_; }
  const std::map<std::string, std::string>& metadata() const { return metadata_; }
  bool contains(const std::string& name) const;
  const SafetensorsEntry& entry(const std::string& name) const;  // throws FileError if absent

  // Converting getters: every dtype converts to float/double as torch's .to(float) does (BOOL to
  // 0/1, integers rounded to nearest for float). getInt64 accepts the integer dtypes only (U64
  // values must fit in int64). Throw FileError naming the tensor.
  Tensor<float> getFloat(const std::string& name) const;
  Tensor<double> getDouble(const std::string& name) const;
  Tensor<int64_t> getInt64(const std::string& name) const;

 private:
  std::string source_;
  std::vector<uint8_t> bytes_;
  int64_t dataStart_ = 0;
  std::vector<SafetensorsEntry> entries_;
  std::unordered_map<std::string, size_t> index_;  // name → position in entries_
  std::map<std::string, std::string> metadata_;
};

class SafetensorsWriter {
 public:
  // Adds a tensor (F32, F64 or I64). Throws Error on a duplicate name.
  void add(const std::string& name, const Tensor<float>& tensor);
  void add(const std::string& name, const Tensor<double>& tensor);
  void add(const std::string& name, const Tensor<int64_t>& tensor);
  void setMetadata(const std::string& key, const std::string& value);
  // The complete file: header padded with spaces to a multiple of 8 bytes, tensors in the order
  // added, little-endian.
  std::vector<uint8_t> serialize() const;
  // Writes atomically (temporary file in the same folder, fsync, rename). Throws FileError.
  void write(const std::string& path) const;

 private:
  // Requires: bytes.size() == numel(shape) × dtypeSize(dtype). Throws Error on a duplicate name.
  void addRaw(const std::string& name, DType dtype, const Shape& shape, std::vector<uint8_t> bytes);

  struct Pending {
    std::string name;
    DType dtype;
    Shape shape;
    std::vector<uint8_t> bytes;
  };
  std::vector<Pending> tensors_;
  std::map<std::string, std::string> metadata_;
};

}  // namespace lstmviz::core
