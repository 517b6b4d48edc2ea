#include "core/io/input_batch.h"

#include <map>

#include "core/common/error.h"
#include "core/common/non_finite.h"
#include "core/io/npy_array.h"
#include "core/io/safetensors.h"

namespace lstmviz::core {

namespace {

bool isFloatDtype(DType d) {
  return d == DType::kF32 || d == DType::kF64 || d == DType::kF16 || d == DType::kBF16;
}

Tensor<float> finiteFloat(const SafetensorsFile& file, const std::string& name) {
  const SafetensorsEntry& e = file.entry(name);
  if (!isFloatDtype(e.dtype))
    throw FileError(file.source() + ": tensor '" + name + "' has dtype " + dtypeName(e.dtype) +
                    "; expected a float tensor (F32, F64, F16 or BF16)");
  Tensor<float> t = file.getFloat(name);
  const std::string problem =
      nonFiniteProblem(t.data.data(), t.data.size(), file.source() + ": " + name);
  if (!problem.empty()) throw FileError(problem + "; every value computed from it would be NaN");
  return t;
}

// The .npy arrays as float tensors: input, h_0, c_0 finite; lengths integers.
InputBatch fromArrays(const std::map<std::string, NpyArray>& arrays, const std::string& path) {
  auto floatTensor = [&](const std::string& name) {
    const NpyArray& a = arrays.at(name);
    Tensor<float> t(a.shape);
    for (size_t i = 0; i < a.values.size(); ++i) t.data[i] = static_cast<float>(a.values[i]);
    const std::string problem = nonFiniteProblem(t.data.data(), t.data.size(), path + ": " + name);
    if (!problem.empty()) throw FileError(problem + "; every value computed from it would be NaN");
    return t;
  };
  InputBatch batch;
  batch.source = path;
  if (!arrays.count("input"))
    throw FileError(path +
                    ": no array 'input'; expected the batch for nn.LSTM as 'input' (e.g. "
                    "np.savez(path, input=x, lengths=lengths, h_0=h0, c_0=c0))");
  batch.input = floatTensor("input");
  if (arrays.count("lengths")) {
    const NpyArray& a = arrays.at("lengths");
    if (!a.integer || a.shape.size() != 1)
      throw FileError(path + ": 'lengths' has dtype '" + a.descr + "' and shape " +
                      shapeToString(a.shape) + "; expected 1-D integers (one length per sample)");
    for (double v : a.values) batch.lengths.push_back(static_cast<int64_t>(v));
  }
  const bool h0 = arrays.count("h_0") > 0, c0 = arrays.count("c_0") > 0;
  if (h0 != c0)
    throw FileError(path + ": has " + (h0 ? "h_0" : "c_0") + " but not " + (h0 ? "c_0" : "h_0") +
                    "; the initial state (h_0, c_0) is given as a pair or not at all");
  if (h0) batch.initial = LstmState<float>{floatTensor("h_0"), floatTensor("c_0")};
  return batch;
}

}  // namespace

InputBatch readInputBatch(const std::string& path) {
  if (path.ends_with(".npy")) return fromArrays({{"input", readNpy(path)}}, path);
  if (path.ends_with(".npz")) return fromArrays(readNpz(path), path);
  const SafetensorsFile file = SafetensorsFile::read(path);
  InputBatch batch;
  batch.source = path;
  if (!file.contains("input"))
    throw FileError(path +
                    ": no tensor 'input'; expected the batch for nn.LSTM as 'input' "
                    "(and optionally 'lengths', 'h_0', 'c_0')");
  batch.input = finiteFloat(file, "input");
  if (file.contains("lengths")) {
    const SafetensorsEntry& e = file.entry("lengths");
    if (e.shape.size() != 1)
      throw FileError(path + ": tensor 'lengths' has shape " + shapeToString(e.shape) +
                      "; expected 1-D (one length per sample)");
    batch.lengths = file.getInt64("lengths").data;
  }
  const bool h0 = file.contains("h_0"), c0 = file.contains("c_0");
  if (h0 != c0)
    throw FileError(path + ": has " + (h0 ? "h_0" : "c_0") + " but not " + (h0 ? "c_0" : "h_0") +
                    "; the initial state (h_0, c_0) is given as a pair or not at all");
  if (h0) batch.initial = LstmState<float>{finiteFloat(file, "h_0"), finiteFloat(file, "c_0")};
  const auto layout = file.metadata().find("batch_first");
  if (layout != file.metadata().end()) batch.batchFirst = layout->second == "true";
  return batch;
}

}  // namespace lstmviz::core
