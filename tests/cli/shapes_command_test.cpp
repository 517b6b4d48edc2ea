// `lstmviz-cli shapes`: the table and the JSON agree with torch's shape rules, derived here
// independently of core's shape table; invalid configurations exit 2 with torch's message.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/cli/cli_runner.h"

namespace lstmviz::cli::testing {
namespace {

using Json = nlohmann::ordered_json;

struct ShapeCase {
  const char* label;
  int64_t inputSize, hiddenSize, numLayers = 1;
  bool bias = true, batchFirst = false, bidirectional = false;
  int64_t projSize = 0, batch = 3, seqLen = 6;
  bool unbatched = false;

  std::vector<std::string> args() const {
    std::vector<std::string> a{"shapes",
                               "--input-size",
                               std::to_string(inputSize),
                               "--hidden-size",
                               std::to_string(hiddenSize),
                               "--num-layers",
                               std::to_string(numLayers),
                               "--seq-len",
                               std::to_string(seqLen)};
    if (!bias) a.push_back("--no-bias");
    if (batchFirst) a.push_back("--batch-first");
    if (bidirectional) a.push_back("--bidirectional");
    if (projSize > 0) a.insert(a.end(), {"--proj-size", std::to_string(projSize)});
    if (unbatched) {
      a.push_back("--unbatched");
    } else {
      a.insert(a.end(), {"--batch", std::to_string(batch)});
    }
    return a;
  }

  // torch.nn.LSTM's documented shapes, in torch's order (tensors, then named_parameters()).
  Json expected() const {
    const int64_t d = bidirectional ? 2 : 1, hOut = projSize > 0 ? projSize : hiddenSize;
    auto sequence = [&](int64_t width) {
      if (unbatched) return Json{seqLen, width};
      return batchFirst ? Json{batch, seqLen, width} : Json{seqLen, batch, width};
    };
    auto state = [&](int64_t width) {
      return unbatched ? Json{d * numLayers, width} : Json{d * numLayers, batch, width};
    };
    Json j = Json::object();
    j["input"] = sequence(inputSize);
    j["h_0"] = state(hOut);
    j["c_0"] = state(hiddenSize);
    j["output"] = sequence(d * hOut);
    j["h_n"] = state(hOut);
    j["c_n"] = state(hiddenSize);
    for (int64_t k = 0; k < numLayers; ++k) {
      for (int64_t dir = 0; dir < d; ++dir) {
        const std::string sfx = "_l" + std::to_string(k) + (dir ? "_reverse" : "");
        j["weight_ih" + sfx] = Json{4 * hiddenSize, k == 0 ? inputSize : d * hOut};
        j["weight_hh" + sfx] = Json{4 * hiddenSize, hOut};
        if (bias) {
          j["bias_ih" + sfx] = Json{4 * hiddenSize};
          j["bias_hh" + sfx] = Json{4 * hiddenSize};
        }
        if (projSize > 0) j["weight_hr" + sfx] = Json{projSize, hiddenSize};
      }
    }
    return j;
  }

  int64_t parameterCount() const {
    int64_t total = 0;
    const Json shapes = expected();
    for (const auto& [name, shape] : shapes.items()) {
      if (name.rfind("weight", 0) != 0 && name.rfind("bias", 0) != 0) continue;
      int64_t n = 1;
      for (const auto& s : shape) n *= s.get<int64_t>();
      total += n;
    }
    return total;
  }
};

const ShapeCase kCases[] = {
    {"base", 4, 5},
    {"torch_docs_example", 10, 20, 2, true, false, false, 0, 3, 5},
    {"batch_first_bidirectional", 4, 5, 2, true, true, true, 0, 3, 6},
    {"projection_three_layers", 8, 6, 3, true, false, false, 2, 2, 4},
    {"everything", 4, 5, 2, false, true, true, 3, 3, 7},
    {"unbatched_bidirectional_projection", 4, 5, 2, true, false, true, 3, 1, 6, true},
};

class ShapesCommand : public ::testing::TestWithParam<ShapeCase> {};

TEST_P(ShapesCommand, JsonMatchesTorchShapeRules) {
  const ShapeCase& c = GetParam();
  ScratchDir scratch;
  std::vector<std::string> args = c.args();
  args.push_back("--json");
  const CliResult r = runCli(args, scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_EQ(r.err, "");
  Json got;
  ASSERT_NO_THROW(got = Json::parse(r.out)) << r.out;
  EXPECT_EQ(got, c.expected()) << "got " << got.dump() << "\nwant " << c.expected().dump();
}

// Each row of the table: name, shape as torch prints it, axes, meaning — aligned in columns.
TEST_P(ShapesCommand, TableListsEveryTensorAlignedWithAxes) {
  const ShapeCase& c = GetParam();
  ScratchDir scratch;
  const CliResult r = runCli(c.args(), scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  std::istringstream lines(r.out);
  std::string line;
  std::map<std::string, std::string> rows;
  size_t shapeColumn = std::string::npos;
  while (std::getline(lines, line)) {
    if (line.rfind("name ", 0) == 0) shapeColumn = line.find("shape");
    const size_t space = line.find(' ');
    if (space != std::string::npos) rows[line.substr(0, space)] = line;
  }
  ASSERT_NE(shapeColumn, std::string::npos) << r.out;
  const Json expected = c.expected();
  for (const auto& [name, shape] : expected.items()) {
    ASSERT_TRUE(rows.count(name)) << name << " missing from\n" << r.out;
    std::string printed = "[";
    for (size_t i = 0; i < shape.size(); ++i)
      printed += (i ? ", " : "") + std::to_string(shape[i].get<int64_t>());
    printed += "]";
    EXPECT_EQ(rows[name].find(printed), shapeColumn) << name << " row: " << rows[name];
  }
  EXPECT_NE(r.out.find("parameters: " + std::to_string(c.parameterCount())), std::string::npos)
      << r.out;
  const std::string outputAxes = c.bidirectional ? "D*H_out)" : "H_out)";
  EXPECT_NE(rows["output"].find(outputAxes), std::string::npos) << rows["output"];
  if (c.unbatched) {
    EXPECT_NE(rows["input"].find("(L, H_in)"), std::string::npos) << rows["input"];
  } else {
    EXPECT_NE(rows["input"].find(c.batchFirst ? "(N, L, H_in)" : "(L, N, H_in)"), std::string::npos)
        << rows["input"];
    EXPECT_NE(rows["h_0"].find("(D*num_layers, N, H_out)"), std::string::npos) << rows["h_0"];
  }
}

INSTANTIATE_TEST_SUITE_P(Configs, ShapesCommand, ::testing::ValuesIn(kCases),
                         [](const auto& info) { return std::string(info.param.label); });

TEST(ShapesCommandDefaults, OneLayerOneSampleOneStep) {
  ScratchDir scratch;
  const CliResult r =
      runCli({"shapes", "--input-size", "3", "--hidden-size", "2", "--json"}, scratch);
  ASSERT_EQ(r.exitCode, 0) << describe(r);
  const Json got = Json::parse(r.out);
  EXPECT_EQ(got["input"], (Json{1, 1, 3}));
  EXPECT_EQ(got["output"], (Json{1, 1, 2}));
  EXPECT_EQ(got.size(), 6u + 4u);
}

TEST(ShapesCommandDefaults, DropoutWithOneLayerWarnsLikeTorch) {
  ScratchDir scratch;
  const CliResult r =
      runCli({"shapes", "--input-size", "3", "--hidden-size", "2", "--dropout", "0.5"}, scratch);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.err.find("warning: dropout option adds dropout after all but last recurrent "
                       "layer, so non-zero dropout expects num_layers greater than 1, but got "
                       "dropout=0.5 and num_layers=1"),
            std::string::npos)
      << r.err;
}

TEST(ShapesCommandErrors, ProjSizeNotSmallerThanHiddenSize) {
  ScratchDir scratch;
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--proj-size", "5"}, scratch),
      "proj_size has to be smaller than hidden_size");
}

TEST(ShapesCommandErrors, NegativeSizes) {
  ScratchDir scratch;
  expectUserError(runCli({"shapes", "--input-size=-4", "--hidden-size", "5"}, scratch),
                  "input_size must be greater than zero");
  expectUserError(runCli({"shapes", "--input-size", "4", "--hidden-size=-5"}, scratch),
                  "hidden_size must be greater than zero");
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--num-layers=0"}, scratch),
      "num_layers must be greater than zero");
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--proj-size=-1"}, scratch),
      "proj_size should be a positive integer or zero");
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--batch=0"}, scratch),
      "batch size N must be at least 1");
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--seq-len=0"}, scratch),
      "Expected sequence length to be larger than 0");
}

TEST(ShapesCommandErrors, DropoutOutsideZeroToOne) {
  ScratchDir scratch;
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--dropout", "1.5"}, scratch),
      "dropout should be a number in range [0, 1]");
}

TEST(ShapesCommandErrors, NotANumber) {
  ScratchDir scratch;
  expectUserError(runCli({"shapes", "--input-size", "four", "--hidden-size", "5"}, scratch),
                  "--input-size");
}

TEST(ShapesCommandErrors, MissingRequiredOption) {
  ScratchDir scratch;
  expectUserError(runCli({"shapes", "--input-size", "4"}, scratch), "--hidden-size is required");
}

TEST(ShapesCommandErrors, BatchAndUnbatchedTogether) {
  ScratchDir scratch;
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--batch", "2", "--unbatched"},
             scratch),
      "excludes");
}

TEST(CliErrors, UnknownFlag) {
  ScratchDir scratch;
  expectUserError(
      runCli({"shapes", "--input-size", "4", "--hidden-size", "5", "--frobnicate"}, scratch),
      "--frobnicate");
}

TEST(CliErrors, UnknownOrMissingSubcommand) {
  ScratchDir scratch;
  expectUserError(runCli({"train-the-world"}, scratch), "train-the-world");
  expectUserError(runCli({}, scratch), "a command is required: shapes, forward");
}

TEST(CliHelp, HelpExitsZeroWithUsage) {
  ScratchDir scratch;
  CliResult r = runCli({"--help"}, scratch);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find("shapes"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("forward"), std::string::npos) << r.out;
  r = runCli({"shapes", "--help"}, scratch);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find("--proj-size"), std::string::npos) << r.out;
  r = runCli({"forward", "--help"}, scratch);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  EXPECT_NE(r.out.find("--weights"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace lstmviz::cli::testing
