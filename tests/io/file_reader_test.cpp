// readRegularFile: only regular files within the caller's bound are read; everything else is
// refused before a byte is read, naming the file. Regression: /dev/zero or /dev/urandom given as
// --weights, --input, --csv or --config was read until memory ran out ("std::bad_alloc").
#include "core/io/file_reader.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/common/error.h"
#include "core/data/csv_reader.h"
#include "core/io/safetensors.h"
#include "core/train/experiment.h"
#include "io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;

TEST(FileReader, ReadsARegularFile) {
  iotest::ScratchDir scratch;
  std::ofstream(scratch.file("a.txt"), std::ios::binary) << "abc";
  EXPECT_EQ(readRegularTextFile(scratch.file("a.txt"), 3, "a test file"), "abc");
  EXPECT_EQ(readRegularFile(scratch.file("a.txt"), 3, "a test file"),
            (std::vector<uint8_t>{'a', 'b', 'c'}));
}

TEST(FileReader, RefusesAFileAboveTheLimitNamingBothSizes) {
  iotest::ScratchDir scratch;
  std::ofstream(scratch.file("a.txt"), std::ios::binary) << "abcd";
  const std::string message =
      errorMessage<FileError>([&] { readRegularFile(scratch.file("a.txt"), 3, "a test file"); });
  EXPECT_CONTAINS(message, scratch.file("a.txt") + ": 4 bytes, more than the limit of 3 bytes");
}

TEST(FileReader, RefusesDevicesNamingTheFile) {
  for (const char* device : {"/dev/zero", "/dev/urandom"}) {
    const std::string message =
        errorMessage<FileError>([&] { readRegularFile(device, 1 << 20, "a test file"); });
    EXPECT_CONTAINS(message, std::string(device) + ": is a character device; expected a test file");
  }
}

TEST(FileReader, RefusesADirectoryNamingIt) {
  iotest::ScratchDir scratch;
  const std::string message =
      errorMessage<FileError>([&] { readRegularFile(scratch.file(""), 1 << 20, "a CSV file"); });
  EXPECT_CONTAINS(message, "is a directory; expected a CSV file");
}

TEST(FileReader, EveryReaderRefusesDevZeroAtOnce) {
  EXPECT_CONTAINS(errorMessage<FileError>([] { SafetensorsFile::read("/dev/zero"); }),
                  "/dev/zero: is a character device");
  EXPECT_CONTAINS(errorMessage<FileError>([] { CsvReader().readFile("/dev/urandom"); }),
                  "/dev/urandom: is a character device");
  EXPECT_CONTAINS(errorMessage<FileError>([] { experimentFromFile("/dev/zero"); }),
                  "/dev/zero: is a character device");
}

}  // namespace
}  // namespace lstmviz::core
