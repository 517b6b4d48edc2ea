#include "app/cli/cli_support.h"

#include <iostream>

#include "core/common/error.h"
#include "core/common/non_finite.h"

namespace lstmviz::cli {

bool isFloat(core::DType d) {
  return d == core::DType::kF32 || d == core::DType::kF64 || d == core::DType::kF16 ||
         d == core::DType::kBF16;
}

void requireFinite(const core::Tensor<float>& t, const std::string& what,
                   const std::string& consequence) {
  const std::string problem = core::nonFiniteProblem(t.data.data(), t.data.size(), what);
  if (!problem.empty()) throw core::Error(problem + "; " + consequence);
}

namespace {

core::Tensor<float> readFiniteFloat(const core::SafetensorsFile& file, const std::string& name) {
  const core::SafetensorsEntry& entry = file.entry(name);
  if (!isFloat(entry.dtype))
    throw core::FileError(file.source() + ": tensor '" + name + "' has dtype " +
                          core::dtypeName(entry.dtype) +
                          ", expected a floating-point tensor (F32, F64, F16 or BF16)");
  core::Tensor<float> t = file.getFloat(name);
  requireFinite(t, file.source() + ": " + name,
                "every later step would be NaN; clean the input first");
  return t;
}

}  // namespace

core::Tensor<float> requireFloat(const core::SafetensorsFile& file, const std::string& name,
                                 const std::string& what) {
  if (!file.contains(name))
    throw core::FileError(file.source() + ": no tensor named '" + name + "' (" + what + ")");
  return readFiniteFloat(file, name);
}

std::optional<core::Tensor<float>> optionalFloat(const core::SafetensorsFile& file,
                                                 const std::string& name) {
  if (!file.contains(name)) return std::nullopt;
  return readFiniteFloat(file, name);
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
