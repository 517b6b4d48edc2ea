// Size guards of the core: parameter counts that overflow or exceed the budget, and traces beyond
// their budget, are refused with a ResourceError naming the size — before anything is allocated.
#include <gtest/gtest.h>

#include <string>

#include "core/common/error.h"
#include "core/nn/lstm.h"

namespace lstmviz::core {
namespace {

LstmConfig sized(int64_t inputSize, int64_t hiddenSize, int64_t layers = 1) {
  LstmConfig c;
  c.inputSize = inputSize;
  c.hiddenSize = hiddenSize;
  c.numLayers = layers;
  return c;
}

TEST(ResourceGuard, ParameterCountIsExactBelowTheLimit) {
  // 4H(H_in + H) + 8H for one layer and direction.
  EXPECT_EQ(lstmParameterCount(sized(5, 100000)), 4 * int64_t{100000} * 100005 + 8 * 100000);
}

TEST(ResourceGuard, ClosedFormCountEqualsTheSumOfTheTensorsForEveryFlag) {
  for (bool bias : {true, false})
    for (bool bidirectional : {false, true})
      for (int64_t proj : {0, 3})
        for (int64_t layers : {1, 2, 3}) {
          LstmConfig c = sized(7, 5, layers);
          c.bias = bias;
          c.bidirectional = bidirectional;
          c.projSize = proj;
          int64_t sum = 0;
          for (const LstmParamSpec& spec : lstmParameterSpecs(c)) {
            EXPECT_EQ(spec.offset, sum) << spec.name;
            sum += spec.size();
          }
          EXPECT_EQ(lstmParameterCount(c), sum)
              << "bias " << bias << " bidirectional " << bidirectional << " proj " << proj
              << " layers " << layers;
        }
}

TEST(ResourceGuard, AbsurdLayerCountsAreRefusedBeforeAnythingIsListed) {
  // 10^12 layers of one unit: a representable count (2.4e13), but no list or buffer is built.
  EXPECT_THROW(Lstm<float>(sized(5, 1, 1000000000000)), ResourceError);
  try {
    lstmParameterSpecs(sized(5, 1, 10000000));
    FAIL() << "no ResourceError";
  } catch (const ResourceError& e) {
    EXPECT_NE(std::string(e.what()).find("num_layers 10000000"), std::string::npos) << e.what();
  }
  EXPECT_EQ(lstmParameterSpecs(sized(5, 1, 1000)).size(), 4000u);
}

TEST(ResourceGuard, ParameterCountThatWouldOverflowInt64IsRefused) {
  try {
    lstmParameterCount(sized(5, 99999999999));
    FAIL() << "no ResourceError";
  } catch (const ResourceError& e) {
    EXPECT_NE(std::string(e.what()).find("more than any machine can hold"), std::string::npos);
  }
}

TEST(ResourceGuard, LstmRefusesParametersBeyondItsBudgetNamingTheSize) {
  try {
    Lstm<float> lstm(sized(5, 100000));
    FAIL() << "no ResourceError";
  } catch (const ResourceError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("40002800000 parameters"), std::string::npos) << message;
    EXPECT_NE(message.find("budget of 8192 MiB"), std::string::npos) << message;
  }
  EXPECT_NO_THROW(Lstm<float>(sized(5, 1000)));
}

TEST(ResourceGuard, TraceSizeSaturatesInsteadOfOverflowing) {
  const LstmConfig c = sized(512, 4096, 3);
  const int64_t absurd = LstmTrace<float>::bytesFor(c, int64_t{1} << 40, int64_t{1} << 40, {});
  EXPECT_EQ(absurd, int64_t{1} << 62);
  LstmTrace<float> trace;
  EXPECT_THROW(trace.allocate(c, int64_t{1} << 40, int64_t{1} << 40, {}), ResourceError);
  // A small trace is counted exactly (positive, well below the saturation value).
  EXPECT_LT(LstmTrace<float>::bytesFor(c, 2, 3, {}), int64_t{1} << 30);
}

}  // namespace
}  // namespace lstmviz::core
