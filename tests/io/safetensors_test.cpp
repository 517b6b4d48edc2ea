// SafetensorsFile / SafetensorsWriter: round trips of every written dtype, exact reading of
// F16/BF16/I32 from hand-made bytes, and one test per validation rule of the reference
// implementation, each checking that the message names the file, the tensor and the expectation.
#include "core/io/safetensors.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;
using iotest::rawBytes;
using iotest::safetensorsBytes;

constexpr const char* kSource = "model.safetensors";

SafetensorsFile parseBytes(const std::vector<uint8_t>& bytes) {
  return SafetensorsFile::parse(bytes, kSource);
}

std::string parseError(const std::vector<uint8_t>& bytes) {
  return errorMessage<FileError>([&] { parseBytes(bytes); });
}

// A header with one entry `name` and the given fields, e.g. tensorHeader("w", R"("F32")", ...).
std::string tensorHeader(const std::string& name, const std::string& dtype,
                         const std::string& shape, const std::string& offsets) {
  return R"({")" + name + R"(":{"dtype":)" + dtype + R"(,"shape":)" + shape +
         R"(,"data_offsets":)" + offsets + "}}";
}

SafetensorsFile roundTrip(const SafetensorsWriter& writer) {
  return parseBytes(writer.serialize());
}

// ---- Round trips -------------------------------------------------------------------------------

TEST(Safetensors, RoundTripsF32WithShapeAndSpecialValues) {
  const float inf = std::numeric_limits<float>::infinity();
  const Tensor<float> tensor({2, 3}, std::vector<float>{1.5f, -0.0f, 1e-45f, inf, -inf, 3.25f});
  SafetensorsWriter writer;
  writer.add("weight", tensor);
  const SafetensorsFile file = roundTrip(writer);
  ASSERT_EQ(file.entries().size(), 1u);
  EXPECT_EQ(file.entry("weight").dtype, DType::kF32);
  const Tensor<float> read = file.getFloat("weight");
  EXPECT_EQ(read.shape, (Shape{2, 3}));
  EXPECT_EQ(read.data, tensor.data);
  EXPECT_TRUE(std::signbit(read.data[1]));
}

TEST(Safetensors, RoundTripsF64Exactly) {
  const Tensor<double> tensor(
      {4}, std::vector<double>{0.1, -1e-310, 1e300, std::numeric_limits<double>::quiet_NaN()});
  SafetensorsWriter writer;
  writer.add("values", tensor);
  const SafetensorsFile file = roundTrip(writer);
  EXPECT_EQ(file.entry("values").dtype, DType::kF64);
  const Tensor<double> read = file.getDouble("values");
  EXPECT_EQ(read.data[0], 0.1);
  EXPECT_EQ(read.data[1], -1e-310);
  EXPECT_EQ(read.data[2], 1e300);
  EXPECT_TRUE(std::isnan(read.data[3]));
  // F64 read as float rounds to nearest.
  EXPECT_EQ(file.getFloat("values").data[0], 0.1f);
}

TEST(Safetensors, RoundTripsI64Extremes) {
  const Tensor<int64_t> tensor({3, 1}, std::vector<int64_t>{std::numeric_limits<int64_t>::min(), -1,
                                                            std::numeric_limits<int64_t>::max()});
  SafetensorsWriter writer;
  writer.add("lengths", tensor);
  const SafetensorsFile file = roundTrip(writer);
  EXPECT_EQ(file.entry("lengths").dtype, DType::kI64);
  EXPECT_EQ(file.getInt64("lengths").data, tensor.data);
  EXPECT_EQ(file.getInt64("lengths").shape, (Shape{3, 1}));
  EXPECT_EQ(file.getDouble("lengths").data[1], -1.0);
}

TEST(Safetensors, RoundTripsScalarAndEmptyTensorsAndMetadata) {
  SafetensorsWriter writer;
  writer.add("scalar", Tensor<float>(Shape{}, std::vector<float>{7.0f}));
  writer.add("empty", Tensor<double>(Shape{2, 0}));
  writer.add("after", Tensor<int64_t>(Shape{1}, std::vector<int64_t>{42}));
  writer.setMetadata("hidden_size", "5");
  writer.setMetadata("note", "ünïcode and \"quotes\"");
  const SafetensorsFile file = roundTrip(writer);
  EXPECT_EQ(file.getFloat("scalar").shape, Shape{});
  EXPECT_EQ(file.getFloat("scalar").data, std::vector<float>{7.0f});
  EXPECT_EQ(file.getDouble("empty").shape, (Shape{2, 0}));
  EXPECT_TRUE(file.getDouble("empty").data.empty());
  EXPECT_EQ(file.getInt64("after").data, std::vector<int64_t>{42});
  EXPECT_EQ(file.metadata().at("hidden_size"), "5");
  EXPECT_EQ(file.metadata().at("note"), "ünïcode and \"quotes\"");
  EXPECT_EQ(file.metadata().size(), 2u);
}

TEST(Safetensors, WriterPadsHeaderWithSpacesToMultipleOfEight) {
  for (const std::string name :
       {"a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh"}) {
    SafetensorsWriter writer;
    writer.add(name, Tensor<float>({1}, std::vector<float>{1.0f}));
    const std::vector<uint8_t> bytes = writer.serialize();
    uint64_t headerSize = 0;
    std::memcpy(&headerSize, bytes.data(), 8);
    EXPECT_EQ(headerSize % 8, 0u) << name;
    ASSERT_EQ(bytes.size(), 8 + headerSize + 4) << name;
    const std::string header(bytes.begin() + 8, bytes.begin() + 8 + headerSize);
    const size_t close = header.rfind('}');
    EXPECT_LT(header.size() - close - 1, 8u);
    EXPECT_EQ(header.find_first_not_of(' ', close + 1), std::string::npos) << header;
    EXPECT_TRUE(nlohmann::json::parse(header).is_object());
  }
}

TEST(Safetensors, WriterLaysTensorsOutInOrderAdded) {
  SafetensorsWriter writer;
  writer.add("z", Tensor<float>({2}));
  writer.add("a", Tensor<double>({3}));
  writer.add("m", Tensor<int64_t>({1}));
  const SafetensorsFile file = roundTrip(writer);
  ASSERT_EQ(file.entries().size(), 3u);
  EXPECT_EQ(file.entries()[0].name, "z");
  EXPECT_EQ(file.entries()[0].begin, 0);
  EXPECT_EQ(file.entries()[0].end, 8);
  EXPECT_EQ(file.entries()[1].name, "a");
  EXPECT_EQ(file.entries()[1].end, 32);
  EXPECT_EQ(file.entries()[2].name, "m");
  EXPECT_EQ(file.entries()[2].end, 40);
}

TEST(Safetensors, WritesAndReadsAFileOnDisk) {
  iotest::ScratchDir dir;
  SafetensorsWriter writer;
  writer.add("w", Tensor<float>({2, 2}, std::vector<float>{1, 2, 3, 4}));
  writer.write(dir.file("w.safetensors"));
  const SafetensorsFile file = SafetensorsFile::read(dir.file("w.safetensors"));
  EXPECT_EQ(file.source(), dir.file("w.safetensors"));
  EXPECT_EQ(file.getFloat("w").data, (std::vector<float>{1, 2, 3, 4}));
  EXPECT_EQ(dir.list(), std::vector<std::string>{"w.safetensors"});
}

TEST(Safetensors, ReadOfMissingFileNamesThePath) {
  iotest::ScratchDir dir;
  const std::string path = dir.file("absent.safetensors");
  const std::string message = errorMessage<FileError>([&] { SafetensorsFile::read(path); });
  EXPECT_CONTAINS(message, path);
  EXPECT_CONTAINS(message, "No such file or directory");
}

TEST(Safetensors, WriterRefusesDuplicateName) {
  SafetensorsWriter writer;
  writer.add("w", Tensor<float>({1}));
  const std::string message = errorMessage<Error>([&] { writer.add("w", Tensor<double>({1})); });
  EXPECT_CONTAINS(message, "'w'");
}

TEST(Safetensors, WriterRefusesShapeThatDoesNotMatchTheValues) {
  SafetensorsWriter writer;
  Tensor<float> tensor({2, 3});
  tensor.data.pop_back();
  const std::string message = errorMessage<Error>([&] { writer.add("w", tensor); });
  EXPECT_CONTAINS(message, "[2, 3]");
  EXPECT_CONTAINS(message, "5 values");
}

TEST(Safetensors, WriterRefusesMetadataKeyAsTensorName) {
  SafetensorsWriter writer;
  const std::string message =
      errorMessage<Error>([&] { writer.add("__metadata__", Tensor<float>({1})); });
  EXPECT_CONTAINS(message, "__metadata__");
}

// ---- Reading dtypes the writer does not produce -------------------------------------------------

TEST(Safetensors, ReadsF16IncludingSubnormalsInfinitiesAndNan) {
  const std::vector<uint16_t> bits = {0x3c00, 0xc000, 0x7bff, 0x0400, 0x0001, 0x03ff,
                                      0x8000, 0x7c00, 0xfc00, 0x7e00, 0x3555, 0x8001};
  const std::string header = tensorHeader("h", R"("F16")", "[12]", "[0,24]");
  const SafetensorsFile file = parseBytes(safetensorsBytes(header, rawBytes(bits)));
  const Tensor<float> f = file.getFloat("h");
  EXPECT_EQ(f.data[0], 1.0f);
  EXPECT_EQ(f.data[1], -2.0f);
  EXPECT_EQ(f.data[2], 65504.0f);
  EXPECT_EQ(f.data[3], std::ldexp(1.0f, -14));     // smallest normal
  EXPECT_EQ(f.data[4], std::ldexp(1.0f, -24));     // smallest subnormal
  EXPECT_EQ(f.data[5], std::ldexp(1023.0f, -24));  // largest subnormal
  EXPECT_EQ(f.data[6], 0.0f);
  EXPECT_TRUE(std::signbit(f.data[6]));
  EXPECT_EQ(f.data[7], std::numeric_limits<float>::infinity());
  EXPECT_EQ(f.data[8], -std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(f.data[9]));
  EXPECT_EQ(f.data[10], 0.333251953125f);
  EXPECT_EQ(f.data[11], -std::ldexp(1.0f, -24));
  // The double getter gives the same (exact) values.
  const Tensor<double> d = file.getDouble("h");
  EXPECT_EQ(d.data[5], std::ldexp(1023.0, -24));
  EXPECT_EQ(d.data[10], 0.333251953125);
}

TEST(Safetensors, ReadsBF16IncludingSubnormalsInfinitiesAndNan) {
  const std::vector<uint16_t> bits = {0x3f80, 0xc020, 0x0001, 0x007f, 0x8000,
                                      0x7f80, 0xff80, 0x7fc0, 0x7f7f};
  const std::string header = tensorHeader("b", R"("BF16")", "[3,3]", "[0,18]");
  const SafetensorsFile file = parseBytes(safetensorsBytes(header, rawBytes(bits)));
  const Tensor<float> f = file.getFloat("b");
  EXPECT_EQ(f.shape, (Shape{3, 3}));
  EXPECT_EQ(f.data[0], 1.0f);
  EXPECT_EQ(f.data[1], -2.5f);
  EXPECT_EQ(f.data[2], std::ldexp(1.0f, -133));  // smallest bfloat16 subnormal
  EXPECT_EQ(f.data[3], std::ldexp(127.0f, -133));
  EXPECT_TRUE(std::signbit(f.data[4]) && f.data[4] == 0.0f);
  EXPECT_EQ(f.data[5], std::numeric_limits<float>::infinity());
  EXPECT_EQ(f.data[6], -std::numeric_limits<float>::infinity());
  EXPECT_TRUE(std::isnan(f.data[7]));
  EXPECT_EQ(f.data[8], 3.38953139e38f);
}

TEST(Safetensors, ReadsI32AsInt64AndAsFloat) {
  const std::vector<int32_t> values = {-2147483647 - 1, -1, 0, 2147483647};
  const std::string header = tensorHeader("n", R"("I32")", "[2,2]", "[0,16]");
  const SafetensorsFile file = parseBytes(safetensorsBytes(header, rawBytes(values)));
  EXPECT_EQ(file.getInt64("n").data, (std::vector<int64_t>{-2147483648LL, -1, 0, 2147483647LL}));
  EXPECT_EQ(file.getDouble("n").data[3], 2147483647.0);
  EXPECT_EQ(file.getFloat("n").data[1], -1.0f);
}

TEST(Safetensors, GetInt64RefusesFloatTensorNamingIt) {
  SafetensorsWriter writer;
  writer.add("lengths", Tensor<float>({2}));
  const SafetensorsFile file = roundTrip(writer);
  const std::string message = errorMessage<FileError>([&] { file.getInt64("lengths"); });
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "'lengths'");
  EXPECT_CONTAINS(message, "F32");
  EXPECT_CONTAINS(message, "I64, I32, I16");
}

TEST(Safetensors, EntryOfAbsentTensorNamesItAndTheFile) {
  SafetensorsWriter writer;
  writer.add("present", Tensor<float>({1}));
  const SafetensorsFile file = roundTrip(writer);
  EXPECT_TRUE(file.contains("present"));
  EXPECT_FALSE(file.contains("absent"));
  const std::string message = errorMessage<FileError>([&] { file.getFloat("absent"); });
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "'absent'");
  EXPECT_CONTAINS(message, "present");
}

// ---- Accepted layouts ---------------------------------------------------------------------------

TEST(Safetensors, AcceptsHeaderListingTensorsOutOfOffsetOrder) {
  const std::string header = R"({"second":{"dtype":"F32","shape":[1],"data_offsets":[4,8]},)"
                             R"("first":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
  const SafetensorsFile file =
      parseBytes(safetensorsBytes(header, rawBytes(std::vector<float>{1.0f, 2.0f})));
  ASSERT_EQ(file.entries().size(), 2u);
  EXPECT_EQ(file.entries()[0].name, "first");
  EXPECT_EQ(file.getFloat("second").data, std::vector<float>{2.0f});
}

TEST(Safetensors, AcceptsEmptyHeaderAndZeroSizedTensors) {
  EXPECT_TRUE(parseBytes(safetensorsBytes("{}      ")).entries().empty());
  const std::string header = R"({"e":{"dtype":"F64","shape":[0,4],"data_offsets":[0,0]},)"
                             R"("x":{"dtype":"I32","shape":[1],"data_offsets":[0,4]}})";
  const SafetensorsFile file =
      parseBytes(safetensorsBytes(header, rawBytes(std::vector<int32_t>{5})));
  EXPECT_EQ(file.getInt64("x").data, std::vector<int64_t>{5});
  EXPECT_EQ(file.getDouble("e").shape, (Shape{0, 4}));
}

// ---- One test per rejection rule ----------------------------------------------------------------

TEST(Safetensors, RejectsFileShorterThanEightBytes) {
  const std::string message = parseError({1, 0, 0, 0});
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "4 bytes");
  EXPECT_CONTAINS(message, "at least 8");
}

TEST(Safetensors, RejectsHugeHeader) {
  const std::string message = parseError(safetensorsBytes("{}", {}, 100'000'001));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "100000001");
  EXPECT_CONTAINS(message, "limit of 100000000");
}

TEST(Safetensors, RejectsHeaderLongerThanFile) {
  const std::string message = parseError(safetensorsBytes("{}", {}, 3));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "header length 3 exceeds the 2 bytes");
}

TEST(Safetensors, RejectsNonObjectHeader) {
  const std::string message = parseError(safetensorsBytes("[1, 2]  "));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "JSON object");
}

TEST(Safetensors, RejectsWhitespaceBeforeHeaderObject) {
  EXPECT_CONTAINS(parseError(safetensorsBytes(" {}     ")), "starting with '{'");
}

TEST(Safetensors, RejectsInvalidJson) {
  const std::string message = parseError(safetensorsBytes(R"({"w":{"dtype":)"));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "not valid JSON");
}

TEST(Safetensors, RejectsTrailingGarbageAfterHeaderObject) {
  EXPECT_CONTAINS(parseError(safetensorsBytes("{} x    ")), "not valid JSON");
}

TEST(Safetensors, RejectsInvalidUtf8InHeader) {
  const std::string header = "{\"w\xff\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}";
  EXPECT_CONTAINS(parseError(safetensorsBytes(header, rawBytes(std::vector<float>{1}))),
                  "not valid JSON");
}

TEST(Safetensors, RejectsEntryThatIsNotAnObject) {
  const std::string message = parseError(safetensorsBytes(R"({"w":[1,2]})"));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "dtype, shape and data_offsets");
}

TEST(Safetensors, RejectsEntryWithoutDataOffsets) {
  const std::string message = parseError(safetensorsBytes(R"({"w":{"dtype":"F32","shape":[1]}})"));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "missing field 'data_offsets'");
}

TEST(Safetensors, RejectsEntryWithoutDtype) {
  const std::string message =
      parseError(safetensorsBytes(R"({"w":{"shape":[1],"data_offsets":[0,4]}})", {0, 0, 0, 0}));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "missing field 'dtype'");
}

TEST(Safetensors, RejectsUnknownEntryField) {
  const std::string header =
      R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"stride":[1]}})";
  const std::string message = parseError(safetensorsBytes(header, {0, 0, 0, 0}));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "unknown field 'stride'");
}

TEST(Safetensors, RejectsUnknownDtype) {
  const std::string message = parseError(
      safetensorsBytes(tensorHeader("w", R"("F128")", "[1]", "[0,16]"), std::vector<uint8_t>(16)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "unknown dtype 'F128'");
  EXPECT_CONTAINS(message, "F32, F64, F16, BF16, I64, I32, I16, I8, U8, U16, U32, U64, BOOL");
}

// The reference reader accepts every dtype of the format; torch's load_state_dict converts them
// into float parameters (BOOL to 0/1). Regression: U8, I8, I16, U16 and BOOL were refused.
TEST(Safetensors, ReadsSmallIntegerAndBoolDtypesAsTorchConvertsThem) {
  const std::vector<uint8_t> u8 = {0, 1, 200, 255};
  const std::vector<int8_t> i8 = {-128, -1, 0, 127};
  const std::vector<int16_t> i16 = {-32768, -2, 3, 32767};
  const std::vector<uint16_t> u16 = {0, 1, 40000, 65535};
  const std::vector<uint8_t> b = {0, 1, 0, 1};
  std::vector<uint8_t> data = rawBytes(u8);
  for (const auto& part : {rawBytes(i8), rawBytes(i16), rawBytes(u16), b})
    data.insert(data.end(), part.begin(), part.end());
  const std::string header = R"({"u8":{"dtype":"U8","shape":[4],"data_offsets":[0,4]},)"
                             R"("i8":{"dtype":"I8","shape":[2,2],"data_offsets":[4,8]},)"
                             R"("i16":{"dtype":"I16","shape":[4],"data_offsets":[8,16]},)"
                             R"("u16":{"dtype":"U16","shape":[4],"data_offsets":[16,24]},)"
                             R"("mask":{"dtype":"BOOL","shape":[4],"data_offsets":[24,28]}})";
  const SafetensorsFile file = parseBytes(safetensorsBytes(header, data));
  EXPECT_EQ(file.getFloat("u8").data, (std::vector<float>{0, 1, 200, 255}));
  EXPECT_EQ(file.getFloat("i8").data, (std::vector<float>{-128, -1, 0, 127}));
  EXPECT_EQ(file.getFloat("i8").shape, (Shape{2, 2}));
  EXPECT_EQ(file.getDouble("i16").data, (std::vector<double>{-32768, -2, 3, 32767}));
  EXPECT_EQ(file.getInt64("u16").data, (std::vector<int64_t>{0, 1, 40000, 65535}));
  EXPECT_EQ(file.getFloat("mask").data, (std::vector<float>{0, 1, 0, 1}));
  EXPECT_EQ(file.entry("mask").dtype, DType::kBool);
  EXPECT_CONTAINS(errorMessage<FileError>([&] { file.getInt64("mask"); }),
                  "expected an integer tensor");
}

TEST(Safetensors, ReadsWideUnsignedAndFloat8Dtypes) {
  const std::vector<uint32_t> u32 = {0, 4000000000u};
  const std::vector<uint64_t> u64 = {7, (1ull << 63) - 1};
  // e4m3fn: 1.0, 448 (largest), 2^-6 (smallest normal), 2^-9 (smallest subnormal), -0.5, NaN.
  const std::vector<uint8_t> e4m3 = {0x38, 0x7e, 0x08, 0x01, 0xb0, 0x7f};
  // e5m2 (the upper byte of a binary16): 1.0, 57344, 2^-16, -inf.
  const std::vector<uint8_t> e5m2 = {0x3c, 0x7b, 0x01, 0xfc};
  std::vector<uint8_t> data = rawBytes(u32);
  for (const auto& part : {rawBytes(u64), e4m3, e5m2})
    data.insert(data.end(), part.begin(), part.end());
  const std::string header = R"({"a":{"dtype":"U32","shape":[2],"data_offsets":[0,8]},)"
                             R"("b":{"dtype":"U64","shape":[2],"data_offsets":[8,24]},)"
                             R"("c":{"dtype":"F8_E4M3","shape":[6],"data_offsets":[24,30]},)"
                             R"("d":{"dtype":"F8_E5M2","shape":[4],"data_offsets":[30,34]}})";
  const SafetensorsFile file = parseBytes(safetensorsBytes(header, data));
  EXPECT_EQ(file.getInt64("a").data, (std::vector<int64_t>{0, 4000000000LL}));
  EXPECT_EQ(file.getInt64("b").data,
            (std::vector<int64_t>{7, std::numeric_limits<int64_t>::max()}));
  const Tensor<float> c = file.getFloat("c");
  EXPECT_EQ(c.data[0], 1.0f);
  EXPECT_EQ(c.data[1], 448.0f);
  EXPECT_EQ(c.data[2], std::ldexp(1.0f, -6));
  EXPECT_EQ(c.data[3], std::ldexp(1.0f, -9));
  EXPECT_EQ(c.data[4], -0.5f);
  EXPECT_TRUE(std::isnan(c.data[5]));
  const Tensor<float> d = file.getFloat("d");
  EXPECT_EQ(d.data[0], 1.0f);
  EXPECT_EQ(d.data[1], 57344.0f);
  EXPECT_EQ(d.data[2], std::ldexp(1.0f, -16));
  EXPECT_EQ(d.data[3], -std::numeric_limits<float>::infinity());
}

TEST(Safetensors, GetInt64RefusesU64BeyondInt64NamingTheElement) {
  const std::vector<uint64_t> values = {1, 1ull << 63};
  const SafetensorsFile file = parseBytes(
      safetensorsBytes(tensorHeader("n", R"("U64")", "[2]", "[0,16]"), rawBytes(values)));
  const std::string message = errorMessage<FileError>([&] { file.getInt64("n"); });
  EXPECT_CONTAINS(message, "tensor 'n' element 1 is 9223372036854775808");
}

TEST(Safetensors, RejectsNonStringDtype) {
  EXPECT_CONTAINS(
      parseError(safetensorsBytes(tensorHeader("w", "4", "[1]", "[0,4]"), {0, 0, 0, 0})),
      "dtype is 4");
}

TEST(Safetensors, RejectsNegativeShape) {
  const std::string message =
      parseError(safetensorsBytes(tensorHeader("w", R"("F32")", "[-1]", "[0,0]")));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "-1");
  EXPECT_CONTAINS(message, "non-negative integer");
}

TEST(Safetensors, RejectsFractionalShape) {
  EXPECT_CONTAINS(parseError(safetensorsBytes(tensorHeader("w", R"("F32")", "[1.5]", "[0,6]"),
                                              std::vector<uint8_t>(6))),
                  "non-negative integer");
}

// Found by fuzz_safetensors: a number beyond double's range in the header made nlohmann throw
// out_of_range, which escaped the parser (the process aborted).
TEST(Safetensors, RejectsNumbersBeyondDoubleRangeInTheHeader) {
  const std::string message =
      parseError(safetensorsBytes(tensorHeader("w", R"("F32")", "[1]", "[0,1e812]"), {0, 0, 0, 0}));
  EXPECT_CONTAINS(message, "number no file can have");
  EXPECT_CONTAINS(message, "1e812");
  EXPECT_CONTAINS(parseError(safetensorsBytes(tensorHeader("w", R"("F32")", "[-1e999]", "[0,4]"),
                                              {0, 0, 0, 0})),
                  "number no file can have");
}

TEST(Safetensors, RejectsDataOffsetsThatAreNotAPair) {
  const std::string message =
      parseError(safetensorsBytes(tensorHeader("w", R"("F32")", "[1]", "[0,4,8]"), {0, 0, 0, 0}));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "[begin, end]");
}

TEST(Safetensors, RejectsOverlappingOffsets) {
  const std::string header = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                             R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})";
  const std::string message = parseError(safetensorsBytes(header, std::vector<uint8_t>(8)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "tensor 'b'");
  EXPECT_CONTAINS(message, "overlap tensor 'a'");
  EXPECT_CONTAINS(message, "expected begin == 8");
}

TEST(Safetensors, RejectsHoleBetweenTensors) {
  const std::string header = R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                             R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})";
  const std::string message = parseError(safetensorsBytes(header, std::vector<uint8_t>(12)));
  EXPECT_CONTAINS(message, "tensor 'b'");
  EXPECT_CONTAINS(message, "hole after tensor 'a'");
  EXPECT_CONTAINS(message, "expected begin == 4");
}

TEST(Safetensors, RejectsFirstTensorNotAtZero) {
  const std::string message = parseError(
      safetensorsBytes(tensorHeader("w", R"("F32")", "[1]", "[4,8]"), std::vector<uint8_t>(8)));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "begin at 0");
}

TEST(Safetensors, RejectsEndBeforeBegin) {
  const std::string header = R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                             R"("b":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}})";
  const std::string message = parseError(safetensorsBytes(header, std::vector<uint8_t>(4)));
  EXPECT_CONTAINS(message, "tensor 'b'");
  EXPECT_CONTAINS(message, "end before they begin");
}

TEST(Safetensors, RejectsByteCountNotMatchingShapeAndDtype) {
  const std::string message = parseError(
      safetensorsBytes(tensorHeader("w", R"("F32")", "[2,3]", "[0,20]"), std::vector<uint8_t>(20)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "span 20 bytes");
  EXPECT_CONTAINS(message, "expected 24 bytes for dtype F32 and shape [2, 3]");
}

TEST(Safetensors, RejectsShapeOverflow) {
  const std::string message = parseError(
      safetensorsBytes(tensorHeader("w", R"("F32")", "[4294967296,4294967296]", "[0,0]")));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "overflows");
}

TEST(Safetensors, RejectsByteSizeOverflowOfRepresentableShape) {
  // 2^61 elements fit in 64 bits, 2^61 × 8 bytes do not.
  const std::string message =
      parseError(safetensorsBytes(tensorHeader("w", R"("F64")", "[2305843009213693952]", "[0,0]")));
  EXPECT_CONTAINS(message, "tensor 'w'");
  EXPECT_CONTAINS(message, "overflows");
}

TEST(Safetensors, RejectsTrailingBytes) {
  const std::string message = parseError(
      safetensorsBytes(tensorHeader("w", R"("F32")", "[1]", "[0,4]"), std::vector<uint8_t>(6)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "2 trailing bytes after the last tensor 'w'");
}

TEST(Safetensors, RejectsTruncatedFile) {
  const std::string message = parseError(
      safetensorsBytes(tensorHeader("w", R"("F32")", "[3]", "[0,12]"), std::vector<uint8_t>(10)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "truncated");
  EXPECT_CONTAINS(message, "tensor 'w' ends at byte 12");
  EXPECT_CONTAINS(message, "has 10 bytes");
}

TEST(Safetensors, RejectsTruncationOfARealFile) {
  SafetensorsWriter writer;
  writer.add("w", Tensor<float>({4}));
  std::vector<uint8_t> bytes = writer.serialize();
  bytes.pop_back();
  EXPECT_CONTAINS(parseError(bytes), "truncated");
}

TEST(Safetensors, RejectsDuplicateKey) {
  const std::string header = R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                             R"("w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
  const std::string message = parseError(safetensorsBytes(header, std::vector<uint8_t>(4)));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "duplicate key 'w'");
}

TEST(Safetensors, RejectsDuplicateFieldInsideEntry) {
  const std::string header =
      R"({"w":{"dtype":"F64","dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
  const std::string message = parseError(safetensorsBytes(header, std::vector<uint8_t>(4)));
  EXPECT_CONTAINS(message, "duplicate key 'dtype'");
  EXPECT_CONTAINS(message, "inside 'w'");
}

TEST(Safetensors, RejectsDuplicateMetadataKey) {
  EXPECT_CONTAINS(parseError(safetensorsBytes(R"({"__metadata__":{"k":"a","k":"b"}})")),
                  "duplicate key 'k' in the header inside '__metadata__'");
}

TEST(Safetensors, RejectsNonStringMetadata) {
  const std::string message = parseError(safetensorsBytes(R"({"__metadata__":{"epochs":3}})"));
  EXPECT_CONTAINS(message, kSource);
  EXPECT_CONTAINS(message, "__metadata__ value 'epochs'");
  EXPECT_CONTAINS(message, "expected a string");
}

TEST(Safetensors, RejectsNonObjectMetadata) {
  const std::string message = parseError(safetensorsBytes(R"({"__metadata__":"notes"})"));
  EXPECT_CONTAINS(message, "__metadata__");
  EXPECT_CONTAINS(message, "expected an object of string values");
}

// The reference reads __metadata__ as an optional map: null means no metadata.
TEST(Safetensors, AcceptsNullMetadataAsTheReferenceDoes) {
  const SafetensorsFile file = parseBytes(safetensorsBytes(
      R"({"__metadata__":null,"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})",
      rawBytes(std::vector<float>{2.5f})));
  EXPECT_TRUE(file.metadata().empty());
  EXPECT_EQ(file.getFloat("w").data, (std::vector<float>{2.5f}));
}

}  // namespace
}  // namespace lstmviz::core
