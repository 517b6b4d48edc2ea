#include "core/data/fashion_mnist.h"

#include <algorithm>
#include <filesystem>

#include "core/common/error.h"
#include "core/data/idx_reader.h"

namespace lstmviz::core {
namespace {

constexpr int64_t kSide = 28;
constexpr int64_t kClasses = 10;

std::string imagesPath(FashionMnistSplit split, const std::string& directory) {
  return directory + (split == FashionMnistSplit::kTrain ? "/train" : "/t10k") +
         "-images-idx3-ubyte.gz";
}

std::string labelsPath(FashionMnistSplit split, const std::string& directory) {
  return directory + (split == FashionMnistSplit::kTrain ? "/train" : "/t10k") +
         "-labels-idx1-ubyte.gz";
}

}  // namespace

bool fashionMnistAvailable(FashionMnistSplit split, const std::string& directory) {
  return std::filesystem::exists(imagesPath(split, directory)) &&
         std::filesystem::exists(labelsPath(split, directory));
}

SequenceDataset loadFashionMnist(FashionMnistSplit split, int64_t limit,
                                 const std::string& directory) {
  if (limit < 0) throw Error("Fashion-MNIST limit should be ≥ 0, but got " + std::to_string(limit));
  const std::string images = imagesPath(split, directory);
  const std::string labels = labelsPath(split, directory);
  for (const std::string& path : {images, labels}) {
    if (!std::filesystem::exists(path)) {
      throw FileError(path + ": no such file. Fashion-MNIST comes from Debian's " +
                      "dataset-fashion-mnist package: apt-get install dataset-fashion-mnist");
    }
  }
  const IdxArray imageArray = IdxReader::readFile(images);
  const IdxArray labelArray = IdxReader::readFile(labels);
  if (imageArray.dims.size() != 3 || imageArray.dims[1] != kSide || imageArray.dims[2] != kSide) {
    throw FileError(images + ": expected images of shape (N, 28, 28), got " +
                    shapeToString(imageArray.dims));
  }
  if (labelArray.dims.size() != 1 || labelArray.dims[0] != imageArray.dims[0]) {
    throw FileError(labels + ": expected " + std::to_string(imageArray.dims[0]) +
                    " labels of shape (N,) to match the images, got " +
                    shapeToString(labelArray.dims));
  }
  const int64_t count = limit > 0 ? std::min(limit, imageArray.dims[0]) : imageArray.dims[0];
  SequenceDataset out;
  out.x = Tensor<float>({count, kSide, kSide});
  out.labels = Tensor<int64_t>({count});
  for (int64_t i = 0; i < count * kSide * kSide; ++i) {
    out.x.data[i] = static_cast<float>(imageArray.data[i]) / 255.0f;
  }
  for (int64_t i = 0; i < count; ++i) {
    const int64_t label = labelArray.data[i];
    if (label >= kClasses) {
      throw FileError(labels + ": label " + std::to_string(label) + " of image " +
                      std::to_string(i) + " (byte offset " + std::to_string(8 + i) +
                      ") is outside 0–9");
    }
    out.labels.data[i] = label;
  }
  for (int64_t c = 0; c < kSide; ++c) out.featureNames.push_back("pixel " + std::to_string(c));
  out.targetNames = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                     "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};
  return out;
}

}  // namespace lstmviz::core
