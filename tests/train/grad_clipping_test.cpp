// Gradient clipping: parity with torch.nn.utils.clip_grad_norm_ / clip_grad_value_
// (fixtures/train/clipping.json) and the report the GUI shows.
#include "core/train/grad_clipping.h"

#include <gtest/gtest.h>

#include <span>

#include "core/common/error.h"
#include "tests/train/train_fixtures.h"

namespace lstmviz::core {
namespace {

using testing::allCloseToTorch;
using testing::closeToTorch;
using testing::loadTrainFixture;
using testing::toVector;

std::vector<std::span<float>> spans(std::vector<std::vector<float>>& buffers) {
  std::vector<std::span<float>> out;
  for (auto& b : buffers) out.emplace_back(b);
  return out;
}

TEST(ClipGradNorm, MatchesTorch) {
  int checked = 0;
  int clipped = 0;
  const auto fixture = loadTrainFixture("clipping.json");
  for (const auto& c : fixture.at("cases")) {
    if (c.at("kind") != "norm") continue;
    SCOPED_TRACE(c.at("max_norm").dump() + " norm " + c.at("norm_type").dump());
    std::vector<std::vector<float>> grads;
    for (const auto& g : c.at("grads")) grads.push_back(toVector<float>(g));
    const double normType =
        c.at("norm_type").is_string() ? kInfNorm : c.at("norm_type").get<double>();
    const double maxNorm = c.at("max_norm");
    const GradNormReport report = clipGradNorm(spans(grads), maxNorm, normType);
    const double total = c.at("total_norm");
    EXPECT_TRUE(closeToTorch(report.normBefore, total)) << report.normBefore << " vs " << total;
    for (size_t i = 0; i < grads.size(); ++i)
      EXPECT_TRUE(allCloseToTorch(grads[i], toVector<float>(c.at("clipped")[i])));
    EXPECT_EQ(report.clipped, maxNorm / (total + 1e-6) < 1.0);
    if (report.clipped) {
      EXPECT_NEAR(report.normAfter, maxNorm, 1e-5 * maxNorm);
      ++clipped;
    } else {
      EXPECT_EQ(report.clipCoef, 1.0);
      EXPECT_TRUE(closeToTorch(report.normAfter, total));
    }
    ++checked;
  }
  EXPECT_EQ(checked, 6);
  EXPECT_EQ(clipped, 4);  // and 2 cases where the norm is already small enough
}

TEST(ClipGradValue, MatchesTorch) {
  int checked = 0;
  const auto fixture = loadTrainFixture("clipping.json");
  for (const auto& c : fixture.at("cases")) {
    if (c.at("kind") != "value") continue;
    std::vector<std::vector<float>> grads;
    for (const auto& g : c.at("grads")) grads.push_back(toVector<float>(g));
    const double clip = c.at("clip_value");
    int64_t outside = 0;
    for (const auto& g : grads)
      for (float v : g) outside += std::abs(v) > static_cast<float>(clip);
    EXPECT_EQ(clipGradValue(spans(grads), clip), outside);
    for (size_t i = 0; i < grads.size(); ++i)
      EXPECT_EQ(grads[i], toVector<float>(c.at("clipped")[i]));
    ++checked;
  }
  EXPECT_EQ(checked, 3);
}

TEST(ClipGradNorm, ScalesToExactlyMaxNormOverSeveralBuffers) {
  std::vector<std::vector<double>> grads{{3.0, 0.0}, {4.0}};  // total 5
  std::vector<std::span<double>> views{grads[0], grads[1]};
  const GradNormReport report = clipGradNorm(views, 1.0);
  EXPECT_DOUBLE_EQ(report.normBefore, 5.0);
  EXPECT_TRUE(report.clipped);
  EXPECT_NEAR(grads[0][0], 0.6, 1e-6);
  EXPECT_NEAR(grads[1][0], 0.8, 1e-6);
  EXPECT_NEAR(report.normAfter, 1.0, 1e-6);
}

TEST(ClipGradNorm, NonFiniteNormThrowsOnlyWhenAsked) {
  std::vector<float> g{1.0f, std::numeric_limits<float>::infinity()};
  std::vector<std::span<float>> views{g};
  EXPECT_THROW(clipGradNorm(views, 1.0, 2.0, /*errorIfNonfinite=*/true), Error);
  EXPECT_EQ(g[0], 1.0f);  // untouched by the refused clip
  const GradNormReport report = clipGradNorm(views, 1.0);
  EXPECT_TRUE(std::isinf(report.normBefore));
}

TEST(ClipGradNorm, EmptyListIsANoOpAndBadArgumentsThrow) {
  const GradNormReport report = clipGradNorm(std::vector<std::span<float>>{}, 1.0);
  EXPECT_EQ(report.normBefore, 0.0);
  EXPECT_FALSE(report.clipped);
  std::vector<float> g{1.0f};
  std::vector<std::span<float>> views{g};
  EXPECT_THROW(clipGradNorm(views, -1.0), Error);
  EXPECT_THROW(clipGradNorm(views, 1.0, 0.0), Error);
}

}  // namespace
}  // namespace lstmviz::core
