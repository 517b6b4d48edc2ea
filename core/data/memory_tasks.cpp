#include "core/data/memory_tasks.h"

#include "core/common/error.h"
#include "core/data/seeded_random.h"

namespace lstmviz::core {
namespace {

constexpr int64_t kMaxElements = int64_t{1} << 31;

void checkSize(int64_t samples, int64_t length, int64_t features, const char* task) {
  if (samples > kMaxElements / length / features) {
    throw ResourceError(std::string(task) + ": " + std::to_string(samples) + " × " +
                        std::to_string(length) + " × " + std::to_string(features) +
                        " floats exceed the limit of 2^31 values");
  }
}

}  // namespace

SequenceDataset makeAddingProblem(const AddingOptions& o) {
  if (o.samples < 1)
    throw Error("adding problem: samples should be ≥ 1, but got " + std::to_string(o.samples));
  if (o.length < 2)
    throw Error("adding problem: length should be ≥ 2, but got " + std::to_string(o.length));
  checkSize(o.samples, o.length, 2, "adding problem");
  SeededRandom random(o.seed);
  SequenceDataset out;
  out.x = Tensor<float>({o.samples, o.length, 2});
  out.y = Tensor<float>({o.samples, 1});
  out.featureNames = {"value", "marker"};
  out.targetNames = {"sum"};
  const int64_t half = o.length / 2;
  for (int64_t s = 0; s < o.samples; ++s) {
    float* sample = out.x.ptr() + s * o.length * 2;
    for (int64_t t = 0; t < o.length; ++t) sample[2 * t] = static_cast<float>(random.uniform());
    const int64_t first = random.index(half);
    const int64_t second = half + random.index(o.length - half);
    sample[2 * first + 1] = 1.0f;
    sample[2 * second + 1] = 1.0f;
    out.y.data[s] = sample[2 * first] + sample[2 * second];
  }
  return out;
}

SequenceDataset makeCopyTask(const CopyOptions& o) {
  if (o.samples < 1 || o.delay < 1 || o.copyLength < 1 || o.alphabet < 1) {
    throw Error("copy task: samples, delay, copy length and alphabet should be ≥ 1, but got " +
                std::to_string(o.samples) + ", " + std::to_string(o.delay) + ", " +
                std::to_string(o.copyLength) + ", " + std::to_string(o.alphabet));
  }
  const int64_t length = o.delay + 2 * o.copyLength;
  const int64_t tokens = o.alphabet + 2;
  checkSize(o.samples, length, tokens, "copy task");
  SeededRandom random(o.seed);
  SequenceDataset out;
  out.x = Tensor<float>({o.samples, length, tokens});
  out.labels = Tensor<int64_t>({o.samples, length}, int64_t{0});
  out.featureNames.push_back("blank");
  out.targetNames.push_back("blank");
  for (int64_t a = 1; a <= o.alphabet; ++a) {
    out.featureNames.push_back("symbol " + std::to_string(a));
    out.targetNames.push_back("symbol " + std::to_string(a));
  }
  out.featureNames.push_back("delimiter");
  const int64_t delimiterStep = o.copyLength + o.delay - 1;
  for (int64_t s = 0; s < o.samples; ++s) {
    float* x = out.x.ptr() + s * length * tokens;
    int64_t* labels = out.labels.ptr() + s * length;
    for (int64_t t = 0; t < length; ++t) {
      int64_t token = 0;
      if (t < o.copyLength) {
        token = 1 + random.index(o.alphabet);
        labels[o.delay + o.copyLength + t] = token;
      } else if (t == delimiterStep) {
        token = o.alphabet + 1;
      }
      x[t * tokens + token] = 1.0f;
    }
  }
  return out;
}

}  // namespace lstmviz::core
