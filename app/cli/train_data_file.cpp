#include "app/cli/train_data_file.h"

#include <algorithm>
#include <utility>

#include "app/cli/cli_support.h"
#include "core/common/error.h"
#include "core/io/safetensors.h"

namespace lstmviz::cli {

namespace {

// Most classes a cross-entropy head may have (its weight is C × width floats).
constexpr int64_t kMaxClasses = 1'000'000;

using core::Architecture;
using core::Error;
using core::Shape;
using core::shapeToString;
using core::TrainingData;

// "(S, L, O) = [6, 4, O]": the layout, then the sizes already known (the letter where not).
std::string dims(const std::vector<std::string>& letters, const Shape& known) {
  std::string layout = "(", sizes = "[";
  for (size_t i = 0; i < letters.size(); ++i) {
    layout += (i ? ", " : "") + letters[i];
    sizes += (i ? ", " : "") + (i < known.size() ? std::to_string(known[i]) : letters[i]);
  }
  return layout + ") = " + sizes + "]";
}

// Whether the architecture reads sequences x (S, L, F) rather than vectors x (S, F).
bool sequenceInput(Architecture a) { return a != Architecture::kOneToMany; }

// Class indices y of a head architecture: (S,) or (S, L).
core::Tensor<int64_t> readLabels(const core::SafetensorsFile& file, const std::string& yName,
                                 const Shape& want, bool perStep) {
  const std::string where = file.source() + ": ";
  const core::SafetensorsEntry& ye = file.entry(yName);
  if (ye.dtype != core::DType::kI64 && ye.dtype != core::DType::kI32)
    throw Error(where + yName + " has dtype " + core::dtypeName(ye.dtype) +
                "; cross_entropy needs int64 class indices (torch: expected scalar type Long "
                "but found Float)");
  if (ye.shape != want)
    throw core::ShapeError(where + yName + " has shape " + shapeToString(ye.shape) + ", expected " +
                           shapeToString(want) + " class indices for " +
                           (perStep ? "head 'seq' (one per step)" : "a many-to-one head"));
  return file.getInt64(yName);
}

// Float targets y: (S, O) for many_to_one, (S, L, O) for many_to_many, (S, K, O) for
// one_to_many and seq2seq.
core::Tensor<float> readTargets(const core::SafetensorsFile& file, const std::string& yName,
                                Architecture a, int64_t s, int64_t l) {
  const std::string where = file.source() + ": ";
  const core::SafetensorsEntry& ye = file.entry(yName);
  if (!isFloat(ye.dtype))
    throw Error(where + yName + " has dtype " + core::dtypeName(ye.dtype) +
                ", expected float targets (class indices are for --loss cross_entropy)");
  bool ok = false;
  std::string expected;
  switch (a) {
    case Architecture::kManyToOne:
      ok = ye.shape.size() == 2 && ye.shape[0] == s;
      expected = dims({"S", "O"}, {s}) + " for a many-to-one head";
      break;
    case Architecture::kManyToMany:
      ok = ye.shape.size() == 3 && ye.shape[0] == s && ye.shape[1] == l;
      expected = dims({"S", "L", "O"}, {s, l}) + " for head 'seq'";
      break;
    case Architecture::kOneToMany:
      ok = ye.shape.size() == 3 && ye.shape[0] == s;
      expected = dims({"S", "K", "O"}, {s}) + " for one_to_many: K generated steps";
      break;
    case Architecture::kSeq2Seq:
      ok = ye.shape.size() == 3 && ye.shape[0] == s;
      expected = dims({"S", "K", "O"}, {s}) + " for seq2seq: the next K steps of O targets";
      break;
    case Architecture::kAutoencoder:
      break;
  }
  if (!ok || core::numel(ye.shape) == 0)
    throw core::ShapeError(where + yName + " has shape " + shapeToString(ye.shape) + ", expected " +
                           expected);
  core::Tensor<float> y = file.getFloat(yName);
  requireFinite(y, where + yName, "clean the data before training");
  return y;
}

// One data set (x, targets, lengths) of `file`: names x / y / lengths with `suffix` "" or "_val".
TrainingData readDataSet(const core::SafetensorsFile& file, const std::string& suffix,
                         Architecture a, bool classification) {
  const std::string where = file.source() + ": ";
  const std::string xName = "x" + suffix, yName = "y" + suffix;
  const bool sequences = sequenceInput(a);
  const std::string xLayout = sequences ? "(S, L, F)" : "(S, F)";
  if (!file.contains(xName))
    throw core::FileError(where + "no tensor named '" + xName + "' (the inputs, " + xLayout + ")");
  if (a == Architecture::kAutoencoder) {
    if (file.contains(yName))
      throw Error(where + "the autoencoder reconstructs its input, so its target is " + xName +
                  " itself; remove '" + yName + "' (or choose another --architecture)");
  } else if (!file.contains(yName)) {
    throw core::FileError(where + "no tensor named '" + yName + "' (the targets of " + xName + ")");
  }
  const core::SafetensorsEntry& xe = file.entry(xName);
  if (!isFloat(xe.dtype))
    throw Error(where + xName + " has dtype " + core::dtypeName(xe.dtype) +
                ", expected a float tensor " + xLayout);
  if (xe.shape.size() != (sequences ? 3u : 2u))
    throw core::ShapeError(where + xName + " has shape " + shapeToString(xe.shape) + ", expected " +
                           xLayout +
                           (sequences ? ": samples, steps, features"
                                      : ": samples, features (one_to_many reads one vector)"));
  if (core::numel(xe.shape) == 0)
    throw Error(where + xName + " is empty (shape " + shapeToString(xe.shape) + ")");
  TrainingData d;
  d.x = file.getFloat(xName);
  requireFinite(d.x, where + xName, "clean the data before training");
  const int64_t s = xe.shape[0], l = sequences ? xe.shape[1] : 1;
  if (a == Architecture::kAutoencoder) {
    d.y = d.x;
  } else if (classification) {
    const bool perStep = a == Architecture::kManyToMany;
    d.labels = readLabels(file, yName, perStep ? Shape{s, l} : Shape{s}, perStep);
  } else {
    d.y = readTargets(file, yName, a, s, l);
  }
  const std::string lengthsName = "lengths" + suffix;
  if (file.contains(lengthsName)) {
    if (!sequences)
      throw Error(where + lengthsName +
                  ": one_to_many reads one vector per sample, not a "
                  "sequence; remove the lengths");
    const core::SafetensorsEntry& le = file.entry(lengthsName);
    if ((le.dtype != core::DType::kI64 && le.dtype != core::DType::kI32) || le.shape != Shape{s})
      throw Error(where + lengthsName + " has dtype " + core::dtypeName(le.dtype) + " and shape " +
                  shapeToString(le.shape) + ", expected int64 [" + std::to_string(s) +
                  "]: one true length per sample");
    d.lengths = file.getInt64(lengthsName).data;
    for (size_t i = 0; i < d.lengths.size(); ++i)
      if (d.lengths[i] < 1 || d.lengths[i] > l)
        throw Error(where + lengthsName + "[" + std::to_string(i) +
                    "] = " + std::to_string(d.lengths[i]) +
                    " is outside [1, L = " + std::to_string(l) + "]");
  }
  return d;
}

}  // namespace

core::ExperimentData readDataFile(const std::string& path, Architecture a, bool classification,
                                  const std::vector<int64_t>& targetFeatures) {
  const core::SafetensorsFile file = core::SafetensorsFile::read(path);
  if (classification && !core::isHeadArchitecture(a))
    throw Error(std::string("--loss cross_entropy needs class indices of a many_to_one or "
                            "many_to_many model; architecture ") +
                core::architectureName(a) + " predicts real values");
  core::ExperimentData d;
  d.classification = classification;
  d.perStep = a != Architecture::kManyToOne;
  d.train = readDataSet(file, "", a, classification);
  const bool hasXVal = file.contains("x_val");
  // The autoencoder's y_val is x_val (readDataSet refuses a stored one).
  const bool hasYVal = a == Architecture::kAutoencoder ? hasXVal : file.contains("y_val");
  if (hasXVal != hasYVal)
    throw Error(file.source() + ": '" + (hasXVal ? "x_val" : "y_val") + "' without '" +
                (hasXVal ? "y_val" : "x_val") + "'; give both or neither");
  if (hasXVal) {
    d.validation = readDataSet(file, "_val", a, classification);
    const Shape& xs = d.train.x.shape;
    const Shape& vs = d.validation.x.shape;
    if (vs.back() != xs.back() || (a != Architecture::kSeq2Seq && vs[1] != xs[1]))
      throw core::ShapeError(file.source() + ": x_val has shape " + shapeToString(vs) +
                             " but x has " + shapeToString(xs) + "; " +
                             (a == Architecture::kSeq2Seq ? "F" : "L and F") + " must agree");
    if (!classification) {
      const Shape& ys = d.train.y.shape;
      const Shape& yv = d.validation.y.shape;
      const bool horizonFixed =
          a == Architecture::kOneToMany || a == Architecture::kSeq2Seq;  // K is the model's
      if (yv.back() != ys.back() || (horizonFixed && yv[1] != ys[1]))
        throw core::ShapeError(file.source() + ": y_val has shape " + shapeToString(yv) +
                               " but y has " + shapeToString(ys) + "; " +
                               (horizonFixed ? "K and O" : "O") + " must agree");
    }
  }
  d.steps = d.train.x.dim() == 3 ? d.train.x.shape[1] : 1;
  d.inputSize = d.train.x.shape.back();
  d.horizon = d.train.y.dim() == 3 ? d.train.y.shape[1] : 1;
  if (classification) {
    // The head gets one logit per class up to the largest index: an index of 10^9 or 2^62
    // would allocate (or overflow) before any check, so it is refused here, naming the element.
    int64_t maxLabel = -1;
    for (const auto& [set, name] : {std::pair{&d.train, "y"}, std::pair{&d.validation, "y_val"}})
      for (size_t i = 0; i < set->labels.data.size(); ++i) {
        const int64_t label = set->labels.data[i];
        if (label >= kMaxClasses)
          throw Error(file.source() + ": " + name + "[" + std::to_string(i) +
                      "] = " + std::to_string(label) + " is a class index beyond the limit of " +
                      std::to_string(kMaxClasses) + " classes; expected indices in [0, C)");
        maxLabel = std::max(maxLabel, label);
      }
    if (maxLabel < 0) throw Error(file.source() + ": the data holds no class index");
    d.outputSize = maxLabel + 1;
  } else {
    d.outputSize = d.train.y.shape.back();
  }
  if (a == Architecture::kSeq2Seq) {
    // The decoder reads its previous prediction as input: the O targets are O of the F inputs.
    if (!targetFeatures.empty() && static_cast<int64_t>(targetFeatures.size()) != d.outputSize)
      throw Error("--target-features names " + std::to_string(targetFeatures.size()) +
                  " features but y has O = " + std::to_string(d.outputSize) +
                  " targets per step; give one input feature per target");
    for (int64_t f : targetFeatures)
      if (f < 0 || f >= d.inputSize)
        throw Error("--target-features: feature " + std::to_string(f) +
                    " is outside [0, F = " + std::to_string(d.inputSize) + ")");
    if (targetFeatures.empty() && d.outputSize > d.inputSize)
      throw core::ShapeError(file.source() + ": y has O = " + std::to_string(d.outputSize) +
                             " targets per step but x only F = " + std::to_string(d.inputSize) +
                             " features; seq2seq feeds each prediction back as input, so the "
                             "targets must be input features");
    d.targetFeatures = targetFeatures;
  } else if (!targetFeatures.empty()) {
    throw Error("--target-features applies to --architecture seq2seq only");
  }
  d.description = path;
  return d;
}

}  // namespace lstmviz::cli
