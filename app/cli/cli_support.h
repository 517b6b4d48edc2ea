#pragma once
// Helpers shared by the lstmviz-cli subcommands: reading the tensors a command needs from a
// safetensors file with messages that say which file, which tensor and what was expected.
#include <optional>
#include <string>
#include <vector>

#include "core/common/tensor.h"
#include "core/io/safetensors.h"

namespace lstmviz::cli {

// F32, F64, F16 or BF16: the dtypes a float tensor may be read from.
bool isFloat(core::DType dtype);

// Throws core::Error "<what> contains NaN|Inf at flat index i; <consequence>" at the first value
// that is not finite (core::nonFiniteProblem).
void requireFinite(const core::Tensor<float>& t, const std::string& what,
                   const std::string& consequence);

// "input" as F32 (any float dtype converts). Throws core::FileError naming the file when absent
// or not a float dtype, and core::Error when a value is NaN or Inf (an LSTM input or state that
// is not finite makes every later step NaN); `what` describes the tensor for the message, e.g.
// "the LSTM input (L, N, H_in)".
core::Tensor<float> requireFloat(const core::SafetensorsFile& file, const std::string& name,
                                 const std::string& what);
// The tensor if present (checked as requireFloat does), else nullopt.
std::optional<core::Tensor<float>> optionalFloat(const core::SafetensorsFile& file,
                                                 const std::string& name);
// `lengths` for pack_padded_sequence semantics: a 1-D I64 (or I32) tensor. Throws FileError for
// another dtype or rank, naming the file.
std::optional<std::vector<int64_t>> optionalLengths(const core::SafetensorsFile& file);

// Throws core::ShapeError "<name> has shape [..] but <expectedWhat> has shape [..]" unless equal.
void requireSameShape(const std::string& name, const core::Shape& shape,
                      const std::string& expectedWhat, const core::Shape& expected);

// "warning: " + message on stderr (for torch's UserWarnings).
void printWarning(const std::string& message);

}  // namespace lstmviz::cli
