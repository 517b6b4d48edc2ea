// Hostile but well-formed safetensors headers: deep nesting, very many keys, names holding
// control characters. Each must end in one FileError that names the file and the problem, in
// time linear in the header's size, never in a crash.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/io/safetensors.h"
#include "io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;
using iotest::safetensorsBytes;

constexpr const char* kSource = "hostile.safetensors";

std::string parseError(const std::string& header) {
  return errorMessage<FileError>(
      [&] { SafetensorsFile::parse(safetensorsBytes(header), kSource); });
}

// `depth` nested arrays: [[[ … ]]].
std::string nestedArrays(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

// Regression: a value of 100,000 nested '[' crashed every reader (the message dumped it
// recursively and overflowed the stack).
TEST(SafetensorsLimits, RefusesDeeplyNestedMetadataWithoutCrashing) {
  const std::string message = parseError(R"({"__metadata__":{"k":)" + nestedArrays(100000) + "}}");
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "deeper than 128 levels");
  EXPECT_LT(message.size(), 400u);
}

TEST(SafetensorsLimits, RefusesDeeplyNestedTensorEntryWithoutCrashing) {
  EXPECT_CONTAINS(parseError(R"({"w":)" + nestedArrays(100000) + "}"), "deeper than 128 levels");
  EXPECT_CONTAINS(parseError(R"({"w":{"dtype":"F32","shape":)" + nestedArrays(100000) +
                             R"(,"data_offsets":[0,0]}})"),
                  "deeper than 128 levels");
}

// Within the depth bound a nested value is described without being printed whole.
TEST(SafetensorsLimits, DescribesNestedValuesWithoutPrintingThem) {
  const std::string message = parseError(R"({"__metadata__":{"k":)" + nestedArrays(100) + "}}");
  EXPECT_CONTAINS(message, "__metadata__ value 'k' is an array [...]");
  EXPECT_CONTAINS(parseError(R"({"w":)" + nestedArrays(100) + "}"), "entry is an array [...]");
}

// Regression: a NUL byte in a tensor name cut the message short at the name.
TEST(SafetensorsLimits, WritesControlCharactersOfNamesAsEscapes) {
  const std::string message =
      parseError(R"({"a\u0000b\n":{"dtype":"F12","shape":[1],"data_offsets":[0,4]}})");
  EXPECT_CONTAINS(message, R"(tensor 'a\x00b\x0a')");
  EXPECT_CONTAINS(message, "unknown dtype 'F12'");
}

// A header of `tensors` empty tensors and `metadataKeys` metadata strings.
std::string manyKeysHeader(int tensors, int metadataKeys) {
  std::string header = "{";
  if (metadataKeys > 0) {
    header += R"("__metadata__":{)";
    for (int i = 0; i < metadataKeys; ++i)
      header += (i ? ",\"" : "\"") + std::to_string(i) + "\":\"\"";
    header += "}";
  }
  for (int i = 0; i < tensors; ++i)
    header += std::string(i || metadataKeys ? "," : "") + "\"t" + std::to_string(i) +
              R"(":{"dtype":"F32","shape":[0],"data_offsets":[0,0]})";
  return header + "}";
}

// Regression: duplicate keys were found by a linear search per key, so 200,000 metadata keys or
// 100,000 tensors took more than 30 s (nlohmann's callback parser also rescanned the header
// object after each tensor entry); both now parse in well under a second.
TEST(SafetensorsLimits, ParsesManyTensorsAndMetadataKeys) {
  const SafetensorsFile tensors =
      SafetensorsFile::parse(safetensorsBytes(manyKeysHeader(100000, 0)), kSource);
  EXPECT_EQ(tensors.entries().size(), 100000u);
  EXPECT_TRUE(tensors.contains("t99999"));
  EXPECT_EQ(tensors.entry("t5").shape, (Shape{0}));
  const SafetensorsFile metadata =
      SafetensorsFile::parse(safetensorsBytes(manyKeysHeader(0, 200000)), kSource);
  EXPECT_EQ(metadata.metadata().size(), 200000u);
}

TEST(SafetensorsLimits, RefusesMoreKeysThanTheDocumentedBound) {
  const std::string message = parseError(manyKeysHeader(1, static_cast<int>(kSafetensorsMaxKeys)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "more than 300000 tensors and metadata keys");
}

}  // namespace
}  // namespace lstmviz::core
