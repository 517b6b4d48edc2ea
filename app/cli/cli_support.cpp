#include "app/cli/cli_support.h"

#include <iostream>

#include "core/common/error.h"

namespace lstmviz::cli {

core::Tensor<float> requireFloat(const core::SafetensorsFile& file, const std::string& name,
                                 const std::string& what) {
  if (!file.contains(name))
    throw core::FileError(file.source() + ": no tensor named '" + name + "' (" + what + ")");
  return file.getFloat(name);
}

std::optional<core::Tensor<float>> optionalFloat(const core::SafetensorsFile& file,
                                                 const std::string& name) {
  if (!file.contains(name)) return std::nullopt;
  return file.getFloat(name);
}

std::optional<std::vector<int64_t>> optionalLengths(const core::SafetensorsFile& file) {
  if (!file.contains("lengths")) return std::nullopt;
  const core::SafetensorsEntry& entry = file.entry("lengths");
  if (entry.dtype != core::DType::kI64 && entry.dtype != core::DType::kI32)
    throw core::FileError(file.source() + ": tensor 'lengths' has dtype " +
                          core::dtypeName(entry.dtype) +
                          ", expected I64 (integer sequence lengths, one per sample)");
  if (entry.shape.size() != 1)
    throw core::FileError(file.source() + ": tensor 'lengths' has shape " +
                          core::shapeToString(entry.shape) +
                          ", expected a 1-D tensor with one length per sample");
  return file.getInt64("lengths").data;
}

void requireSameShape(const std::string& name, const core::Shape& shape,
                      const std::string& expectedWhat, const core::Shape& expected) {
  if (shape != expected)
    throw core::ShapeError(name + " has shape " + core::shapeToString(shape) + " but " +
                           expectedWhat + " has shape " + core::shapeToString(expected));
}

void printWarning(const std::string& message) { std::cerr << "warning: " << message << "\n"; }

}  // namespace lstmviz::cli
