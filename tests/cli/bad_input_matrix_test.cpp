// The bad-input matrix of every file lstmviz-cli reads. For each entry point (forward --weights,
// forward --input, train --data, --init, --csv, --config) and each kind of bad file (missing,
// empty, truncated, not the format at all, a size that cannot be, wrong dtype, wrong shape,
// non-numeric, NaN, Inf) the run is built from valid files except the one under test, and must
// end with exit code 2, "error: " and a message that names the file or the problem, no crash,
// and no output file (nothing half-written).
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "core/io/safetensors.h"

namespace lstmviz::cli::testing {
namespace {

using core::SafetensorsWriter;
using core::Tensor;

enum class Bad {
  kMissing,
  kEmpty,
  kTruncated,
  kNotTheFormat,
  kImpossibleSize,
  kWrongDtype,
  kWrongShape,
  kNonNumeric,
  kNaN,
  kInf,
  kDevice,        // a symlink to /dev/zero: endless bytes
  kDirectory,     // a folder where the file should be
  kDeeplyNested,  // a header or JSON value of 100,000 nested '['
};

const char* badName(Bad b) {
  switch (b) {
    case Bad::kMissing:
      return "Missing";
    case Bad::kEmpty:
      return "Empty";
    case Bad::kTruncated:
      return "Truncated";
    case Bad::kNotTheFormat:
      return "NotTheFormat";
    case Bad::kImpossibleSize:
      return "ImpossibleSize";
    case Bad::kWrongDtype:
      return "WrongDtype";
    case Bad::kWrongShape:
      return "WrongShape";
    case Bad::kNonNumeric:
      return "NonNumeric";
    case Bad::kNaN:
      return "NaN";
    case Bad::kInf:
      return "Inf";
    case Bad::kDevice:
      return "Device";
    case Bad::kDirectory:
      return "Directory";
    case Bad::kDeeplyNested:
      return "DeeplyNested";
  }
  return "?";
}

Tensor<float> ramp(const core::Shape& shape, float scale = 0.1f) {
  Tensor<float> t(shape);
  for (size_t i = 0; i < t.data.size(); ++i) t.data[i] = scale * static_cast<float>(i % 7) - 0.3f;
  return t;
}

std::string bytesOf(const SafetensorsWriter& w, const ScratchDir& scratch) {
  const std::string path = scratch.file("tmp_bytes.safetensors");
  w.write(path);
  std::string bytes = readText(path);
  std::filesystem::remove(path);
  return bytes;
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

// The kinds every reader shares: a device or a folder in place of the file. Returns true if
// `bad` was one of them (and the path is prepared).
bool writeNotAFile(const std::string& path, Bad bad) {
  if (bad == Bad::kDevice) std::filesystem::create_symlink("/dev/zero", path);
  if (bad == Bad::kDirectory) std::filesystem::create_directory(path);
  return bad == Bad::kDevice || bad == Bad::kDirectory;
}

// A safetensors file whose __metadata__ value is 100,000 nested arrays (valid JSON).
std::string deeplyNestedSafetensors() {
  const std::string header =
      R"({"__metadata__":{"k":)" + std::string(100000, '[') + std::string(100000, ']') + "}}";
  std::string bytes(8, '\0');
  const uint64_t n = header.size();
  std::memcpy(bytes.data(), &n, 8);
  return bytes + header;
}

// A safetensors header claiming a tensor of 2^40 × 2^40 floats: an impossible size.
std::string impossibleSafetensors(const std::string& name) {
  const std::string header = "{\"" + name +
                             "\":{\"dtype\":\"F32\",\"shape\":[1099511627776,1099511627776],"
                             "\"data_offsets\":[0,4]}}";
  std::string bytes(8, '\0');
  const uint64_t n = header.size();
  std::memcpy(bytes.data(), &n, 8);
  return bytes + header + std::string(4, '\0');
}

// The LSTM of every run: input_size 2, hidden_size 3, one layer; the trainer's modules lstm.*,
// head.* (head: Linear(3 → 1)).
SafetensorsWriter stateDict(const std::string& prefix, bool withHead) {
  SafetensorsWriter w;
  w.add(prefix + "weight_ih_l0", ramp({12, 2}));
  w.add(prefix + "weight_hh_l0", ramp({12, 3}));
  w.add(prefix + "bias_ih_l0", ramp({12}));
  w.add(prefix + "bias_hh_l0", ramp({12}));
  if (withHead) {
    w.add("head.weight", ramp({1, 3}));
    w.add("head.bias", ramp({1}));
  }
  return w;
}

// One file under test: how to write it valid, and how to write each kind of bad version.
struct EntryPoint {
  std::string name;
  std::string fileName;
  std::vector<Bad> kinds;
  // Writes every valid file the run needs into scratch and returns the CLI arguments; the file
  // under test is scratch.file(fileName) (not written when `bad` is kMissing).
  std::function<std::vector<std::string>(const ScratchDir&, Bad)> prepare;
};

// Safetensors entry points share the file-level cases; `tensors` writes the valid content or
// the content-level bad versions (dtype, shape, NaN, Inf) of the tensor under test.
void writeSafetensorsCase(const ScratchDir& scratch, const std::string& path, Bad bad,
                          const std::function<SafetensorsWriter(Bad)>& tensors,
                          const std::string& someTensor) {
  if (writeNotAFile(path, bad)) return;
  switch (bad) {
    case Bad::kMissing:
      return;
    case Bad::kDeeplyNested:
      writeBytes(path, deeplyNestedSafetensors());
      return;
    case Bad::kEmpty:
      writeBytes(path, "");
      return;
    case Bad::kTruncated: {
      const std::string full = bytesOf(tensors(Bad::kMissing), scratch);
      writeBytes(path, full.substr(0, full.size() - 5));
      return;
    }
    case Bad::kNotTheFormat:
      writeBytes(path, "name,value\nhidden_size,3\n\xff\xfe");
      return;
    case Bad::kImpossibleSize:
      writeBytes(path, impossibleSafetensors(someTensor));
      return;
    default:
      tensors(bad).write(path);
      return;
  }
}

const std::vector<std::string> kTrainFlags = {
    "--head", "hn",       "--loss", "mse",          "--optimizer", "sgd",    "--lr",
    "0.1",    "--epochs", "1",      "--batch-size", "2",           "--seed", "1"};

std::vector<EntryPoint> entryPoints() {
  std::vector<EntryPoint> e;
  const std::vector<Bad> safetensorsKinds = {
      Bad::kMissing,    Bad::kEmpty,      Bad::kTruncated, Bad::kNotTheFormat, Bad::kImpossibleSize,
      Bad::kWrongDtype, Bad::kWrongShape, Bad::kNaN,       Bad::kInf};
  // Integer weights are not bad input: torch's load_state_dict copies them into the float
  // parameters (IntegerWeightsLoadAsTorchsLoadStateDictDoes below).
  std::vector<Bad> stateDictKinds = safetensorsKinds;
  std::erase(stateDictKinds, Bad::kWrongDtype);

  // forward --weights: an nn.LSTM state_dict.
  e.push_back(
      {"ForwardWeights", "weights.safetensors", stateDictKinds, [](const ScratchDir& s, Bad bad) {
         SafetensorsWriter input;
         input.add("input", ramp({4, 2, 2}));
         input.write(s.file("input.safetensors"));
         writeSafetensorsCase(
             s, s.file("weights.safetensors"), bad,
             [](Bad b) {
               SafetensorsWriter w;
               Tensor<float> hh = ramp({12, 3});
               if (b == Bad::kNaN) hh.data[5] = std::numeric_limits<float>::quiet_NaN();
               if (b == Bad::kInf) hh.data[5] = std::numeric_limits<float>::infinity();
               w.add("weight_ih_l0", b == Bad::kWrongShape ? ramp({12, 4}) : ramp({12, 2}));
               if (b == Bad::kWrongDtype)
                 w.add("weight_hh_l0", Tensor<int64_t>({12, 3}, 1));
               else
                 w.add("weight_hh_l0", hh);
               w.add("bias_ih_l0", ramp({12}));
               w.add("bias_hh_l0", ramp({12}));
               return w;
             },
             "weight_ih_l0");
         return std::vector<std::string>{"forward",
                                         "--weights",
                                         s.file("weights.safetensors"),
                                         "--input",
                                         s.file("input.safetensors"),
                                         "--out",
                                         s.file("out.safetensors")};
       }});

  // forward --input: input (L, N, H_in).
  e.push_back(
      {"ForwardInput", "input.safetensors", safetensorsKinds, [](const ScratchDir& s, Bad bad) {
         stateDict("", false).write(s.file("weights.safetensors"));
         writeSafetensorsCase(
             s, s.file("input.safetensors"), bad,
             [](Bad b) {
               SafetensorsWriter w;
               Tensor<float> x = ramp({4, 2, b == Bad::kWrongShape ? 5 : 2});
               if (b == Bad::kNaN) x.data[3] = std::numeric_limits<float>::quiet_NaN();
               if (b == Bad::kInf) x.data[3] = -std::numeric_limits<float>::infinity();
               if (b == Bad::kWrongDtype)
                 w.add("input", Tensor<int64_t>({4, 2, 2}, 1));
               else
                 w.add("input", x);
               return w;
             },
             "input");
         return std::vector<std::string>{"forward",
                                         "--weights",
                                         s.file("weights.safetensors"),
                                         "--input",
                                         s.file("input.safetensors"),
                                         "--out",
                                         s.file("out.safetensors")};
       }});

  // train --data: x (S, L, H_in), y (S, 1).
  e.push_back({"TrainData", "data.safetensors", safetensorsKinds, [](const ScratchDir& s, Bad bad) {
                 writeSafetensorsCase(
                     s, s.file("data.safetensors"), bad,
                     [](Bad b) {
                       SafetensorsWriter w;
                       Tensor<float> y = ramp({6, 1});
                       if (b == Bad::kNaN) y.data[2] = std::numeric_limits<float>::quiet_NaN();
                       if (b == Bad::kInf) y.data[2] = std::numeric_limits<float>::infinity();
                       w.add("x", ramp({6, 4, 2}));
                       if (b == Bad::kWrongDtype)
                         w.add("y", Tensor<int64_t>({6, 1}, 1));
                       else
                         w.add("y", b == Bad::kWrongShape ? ramp({5, 1}) : y);
                       return w;
                     },
                     "x");
                 std::vector<std::string> args{
                     "train", "--data", s.file("data.safetensors"), "--hidden-size",
                     "3",     "--out",  s.file("out.safetensors")};
                 args.insert(args.end(), kTrainFlags.begin(), kTrainFlags.end());
                 return args;
               }});

  // train --init: lstm.* and head.* of the model to start from.
  e.push_back({"TrainInit", "init.safetensors", stateDictKinds, [](const ScratchDir& s, Bad bad) {
                 SafetensorsWriter data;
                 data.add("x", ramp({6, 4, 2}));
                 data.add("y", ramp({6, 1}));
                 data.write(s.file("data.safetensors"));
                 writeSafetensorsCase(
                     s, s.file("init.safetensors"), bad,
                     [](Bad b) {
                       SafetensorsWriter w = stateDict("lstm.", false);
                       Tensor<float> head = ramp({1, 3});
                       if (b == Bad::kNaN) head.data[1] = std::numeric_limits<float>::quiet_NaN();
                       if (b == Bad::kInf) head.data[1] = std::numeric_limits<float>::infinity();
                       if (b == Bad::kWrongDtype)
                         w.add("head.weight", Tensor<int64_t>({1, 3}, 1));
                       else
                         w.add("head.weight", b == Bad::kWrongShape ? ramp({2, 3}) : head);
                       w.add("head.bias", ramp({1}));
                       return w;
                     },
                     "lstm.weight_ih_l0");
                 std::vector<std::string> args{"train",
                                               "--data",
                                               s.file("data.safetensors"),
                                               "--init",
                                               s.file("init.safetensors"),
                                               "--out",
                                               s.file("out.safetensors")};
                 args.insert(args.end(), kTrainFlags.begin(), kTrainFlags.end());
                 return args;
               }});

  // train --csv: a table of numbers with a header row.
  e.push_back(
      {"TrainCsv",
       "series.csv",
       {Bad::kMissing, Bad::kEmpty, Bad::kTruncated, Bad::kNotTheFormat, Bad::kImpossibleSize,
        Bad::kWrongShape, Bad::kNonNumeric, Bad::kNaN, Bad::kInf, Bad::kDevice, Bad::kDirectory},
       [](const ScratchDir& s, Bad bad) {
         std::string csv = "a,b\n";
         for (int i = 0; i < 40; ++i)
           csv += std::to_string(i % 5) + "." + std::to_string(i % 3) + "," +
                  std::to_string(i % 4) + "\n";
         const std::string path = s.file("series.csv");
         writeNotAFile(path, bad);
         switch (bad) {
           case Bad::kMissing:
             break;
           case Bad::kEmpty:
             writeBytes(path, "");
             break;
           case Bad::kTruncated:
             writeBytes(path, csv + "3.");
             break;  // a lone cell
           case Bad::kNotTheFormat:
             writeBytes(path, std::string("\x89PNG\r\n\x1a\n\0\0", 10));
             break;
           case Bad::kImpossibleSize:
             writeBytes(path, csv + "1e999,2\n");
             break;
           case Bad::kWrongShape:
             writeBytes(path, csv + "1,2,3\n");
             break;
           case Bad::kNonNumeric:
             writeBytes(path, csv + "1,twelve\n");
             break;
           case Bad::kNaN:
             writeBytes(path, csv + "nan,1\n");
             break;
           case Bad::kInf:
             writeBytes(path, csv + "inf,1\n");
             break;
           default:
             break;
         }
         std::vector<std::string> args{"train",    "--csv", path,
                                       "--window", "5",     "--hidden-size",
                                       "3",        "--out", s.file("out.safetensors")};
         args.insert(args.end(), kTrainFlags.begin(), kTrainFlags.end());
         return args;
       }});

  // train --config: the experiment JSON.
  e.push_back({"TrainConfig",
               "config.json",
               {Bad::kMissing, Bad::kEmpty, Bad::kTruncated, Bad::kNotTheFormat,
                Bad::kImpossibleSize, Bad::kWrongDtype, Bad::kNonNumeric, Bad::kNaN, Bad::kInf,
                Bad::kDevice, Bad::kDirectory, Bad::kDeeplyNested},
               [](const ScratchDir& s, Bad bad) {
                 const std::string valid = R"({"lstm": {"hidden_size": 4}, "dataset": "sine", )"
                                           R"("training": {"epochs": 1}})";
                 const std::string path = s.file("config.json");
                 writeNotAFile(path, bad);
                 switch (bad) {
                   case Bad::kDeeplyNested:
                     writeBytes(path, R"({"lstm": )" + std::string(100000, '[') +
                                          std::string(100000, ']') + "}");
                     break;
                   case Bad::kMissing:
                     break;
                   case Bad::kEmpty:
                     writeBytes(path, "");
                     break;
                   case Bad::kTruncated:
                     writeBytes(path, valid.substr(0, valid.size() / 2));
                     break;
                   case Bad::kNotTheFormat:
                     writeBytes(path, "hidden_size = 4\n");
                     break;
                   case Bad::kImpossibleSize:
                     writeBytes(path, R"({"lstm": {"hidden_size": 100000000000000}})");
                     break;
                   case Bad::kWrongDtype:
                     writeBytes(path, R"({"lstm": {"hidden_size": true}})");
                     break;
                   case Bad::kNonNumeric:
                     writeBytes(path, R"({"lstm": {"hidden_size": "twelve"}})");
                     break;
                   case Bad::kNaN:
                     writeBytes(path, R"({"training": {"lr": NaN}})");
                     break;
                   case Bad::kInf:  // a gain that overflows the initial weights to ±Inf
                     writeBytes(path, R"({"lstm": {"hidden_size": 4}, "dataset": "sine", )"
                                      R"("init": {"weights": "xavier_uniform", "gain": 1e300}})");
                     break;
                   default:
                     break;
                 }
                 return std::vector<std::string>{"train", "--config", path, "--out",
                                                 s.file("out.safetensors")};
               }});
  return e;
}

struct Case {
  EntryPoint entry;
  Bad bad;
};

std::vector<Case> allCases() {
  std::vector<Case> cases;
  for (const EntryPoint& e : entryPoints())
    for (Bad b : e.kinds) cases.push_back({e, b});
  return cases;
}

class BadInputMatrix : public ::testing::TestWithParam<Case> {};

TEST_P(BadInputMatrix, EndsWithAClearMessageAndWritesNothing) {
  const Case& c = GetParam();
  ScratchDir scratch;
  const std::vector<std::string> args = c.entry.prepare(scratch, c.bad);
  const CliResult r = runCli(args, scratch);
  EXPECT_EQ(r.signal, 0) << describe(r);
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_EQ(r.err.rfind("error: ", 0), 0u) << describe(r);
  // One line a person can read: no stack dump, no library internals.
  EXPECT_LT(r.err.size(), 400u) << describe(r);
  EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors"))) << describe(r);
  // File-level problems name the file; content problems say what is wrong with which tensor,
  // cell or key (each message is printed below for review when the test is run with -V).
  const bool fileLevel = c.bad == Bad::kMissing || c.bad == Bad::kEmpty ||
                         c.bad == Bad::kTruncated || c.bad == Bad::kNotTheFormat ||
                         c.bad == Bad::kDevice || c.bad == Bad::kDirectory ||
                         c.bad == Bad::kDeeplyNested;
  if (fileLevel) {
    EXPECT_NE(r.err.find(c.entry.fileName), std::string::npos) << describe(r);
  }
  if (c.bad == Bad::kNaN) {
    EXPECT_NE(r.err.find("NaN"), std::string::npos) << describe(r);
  }
  if (c.bad == Bad::kInf) {
    EXPECT_NE(r.err.find("Inf"), std::string::npos) << describe(r);
  }
  if (c.bad == Bad::kDevice) {
    EXPECT_NE(r.err.find("is a character device"), std::string::npos) << describe(r);
  }
  if (c.bad == Bad::kDirectory) {
    EXPECT_NE(r.err.find("is a directory"), std::string::npos) << describe(r);
  }
  std::printf("%s/%s: %s", c.entry.name.c_str(), badName(c.bad), r.err.c_str());
}

TEST(BadInputMatrixBoundary, IntegerWeightsLoadAsTorchsLoadStateDictDoes) {
  ScratchDir scratch;
  SafetensorsWriter w;
  w.add("weight_ih_l0", Tensor<int64_t>({12, 2}, 1));
  w.add("weight_hh_l0", Tensor<int64_t>({12, 3}, 0));
  w.add("bias_ih_l0", Tensor<int64_t>({12}, 0));
  w.add("bias_hh_l0", Tensor<int64_t>({12}, 0));
  w.write(scratch.file("weights.safetensors"));
  SafetensorsWriter input;
  input.add("input", ramp({4, 2, 2}));
  input.write(scratch.file("input.safetensors"));
  const CliResult r =
      runCli({"forward", "--weights", scratch.file("weights.safetensors"), "--input",
              scratch.file("input.safetensors"), "--out", scratch.file("out.safetensors")},
             scratch);
  EXPECT_EQ(r.exitCode, 0) << describe(r);
  const core::SafetensorsFile out = core::SafetensorsFile::read(scratch.file("out.safetensors"));
  EXPECT_EQ(out.getFloat("output").shape, (core::Shape{4, 2, 3}));
}

// A state_dict holding two LSTMs (a seq2seq's encoder and decoder, written by torch) without
// --prefix: the message names the file and lists both prefixes.
TEST(BadInputMatrixBoundary, TwoLstmsWithoutPrefixListsThem) {
  ScratchDir scratch;
  const std::string dir = std::string(LSTMVIZ_FIXTURE_DIR) + "/import/";
  const CliResult r =
      runCli({"forward", "--weights", dir + "encoder.weights.safetensors", "--input",
              dir + "encoder.input.safetensors", "--out", scratch.file("out.safetensors")},
             scratch);
  EXPECT_EQ(r.exitCode, 2) << describe(r);
  EXPECT_NE(r.err.find("error: "), std::string::npos) << describe(r);
  EXPECT_NE(r.err.find("encoder.weights.safetensors: several LSTMs"), std::string::npos)
      << describe(r);
  EXPECT_NE(r.err.find("\"model.encoder.lstm.\", \"model.decoder.lstm.\""), std::string::npos)
      << describe(r);
  EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors")));
}

// NumPy inputs lstmviz cannot use (written by numpy): a .npy of dtype object and an .npz without
// `input`; the message names the file and what is wrong.
TEST(BadInputMatrixBoundary, NumpyInputsThatCannotBeRead) {
  const std::string dir = std::string(LSTMVIZ_FIXTURE_DIR) + "/npy/";
  const std::pair<const char*, const char*> cases[] = {
      {"object.npy", "object.npy: dtype object ('|O') holds pickled Python objects"},
      {"no_input.npz", "no_input.npz: no array 'input'"}};
  for (const auto& [file, message] : cases) {
    ScratchDir scratch;
    const CliResult r = runCli({"forward", "--weights", dir + "lstm.weights.safetensors", "--input",
                                dir + file, "--out", scratch.file("out.safetensors")},
                               scratch);
    EXPECT_EQ(r.exitCode, 2) << describe(r);
    EXPECT_NE(r.err.find(message), std::string::npos) << describe(r);
    EXPECT_FALSE(std::filesystem::exists(scratch.file("out.safetensors")));
  }
}

INSTANTIATE_TEST_SUITE_P(EveryFileTheCliReads, BadInputMatrix, ::testing::ValuesIn(allCases()),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return info.param.entry.name + "_" + badName(info.param.bad);
                         });

}  // namespace
}  // namespace lstmviz::cli::testing
