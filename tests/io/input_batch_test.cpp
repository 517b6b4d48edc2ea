// readInputBatch and the .npy/.npz reader on files written by numpy (tests/fixtures/npy/,
// make_npy_fixtures.py): savez (stored) and savez_compressed (deflated) give the same batch, a
// big-endian Fortran-order .npy reads as the C-order values, and the refusals name the file and
// what is wrong (object dtype, no `input`, truncated data, a bad header).
#include "core/io/input_batch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>

#include "core/common/error.h"
#include "core/io/npy_array.h"
#include "core/io/safetensors.h"
#include "tests/io/io_test_util.h"

namespace lstmviz::core {
namespace {

using iotest::errorMessage;

std::string npyFixture(const std::string& name) {
  return std::string(LSTMVIZ_FIXTURE_DIR) + "/npy/" + name;
}

Tensor<float> expectedInput() {
  return SafetensorsFile::read(npyFixture("expected.safetensors")).getFloat("input");
}

TEST(InputBatch, NpzStoredAndDeflatedHoldTheWholeBatch) {
  for (const char* name : {"batch.npz", "batch_compressed.npz"}) {
    const InputBatch batch = readInputBatch(npyFixture(name));
    EXPECT_EQ(batch.input.shape, (Shape{5, 2, 3})) << name;
    EXPECT_EQ(batch.input.data, expectedInput().data) << name;  // float64 → float32 as torch
    EXPECT_EQ(batch.lengths, (std::vector<int64_t>{5, 3})) << name;
    ASSERT_TRUE(batch.initial.has_value()) << name;
    EXPECT_EQ(batch.initial->h.shape, (Shape{1, 2, 4})) << name;
    EXPECT_FALSE(batch.batchFirst.has_value()) << name;
  }
}

TEST(InputBatch, BigEndianFortranOrderNpyReadsInCOrder) {
  const InputBatch batch = readInputBatch(npyFixture("input_fortran_be.npy"));
  EXPECT_EQ(batch.input.shape, (Shape{5, 2, 3}));
  EXPECT_EQ(batch.input.data, expectedInput().data);
  EXPECT_FALSE(batch.initial.has_value());
}

TEST(InputBatch, ObjectDtypeIsRefusedNamingTheFile) {
  const std::string message =
      errorMessage<FileError>([] { readInputBatch(npyFixture("object.npy")); });
  EXPECT_CONTAINS(message, "object.npy: dtype object ('|O')");
  EXPECT_CONTAINS(message, "astype('float32')");
}

TEST(InputBatch, NpzWithoutInputIsRefused) {
  const std::string message =
      errorMessage<FileError>([] { readInputBatch(npyFixture("no_input.npz")); });
  EXPECT_CONTAINS(message, "no_input.npz: no array 'input'");
}

TEST(InputBatch, TruncatedNpyAndNpzAreRefused) {
  iotest::ScratchDir scratch;
  for (const char* name : {"input_fortran_be.npy", "batch.npz", "batch_compressed.npz"}) {
    std::ifstream in(npyFixture(name), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), {});
    const std::string path = scratch.file(std::string("cut_") + name);
    std::ofstream(path, std::ios::binary) << bytes.substr(0, bytes.size() - 9);
    const std::string message = errorMessage<FileError>([&] { readInputBatch(path); });
    EXPECT_CONTAINS(message, path);
  }
}

TEST(NpyArray, HeaderProblemsAreNamed) {
  auto npy = [](const std::string& header, size_t dataBytes) {
    // magic, version 1.0, the header's length (little-endian uint16), header, zeroed data
    std::vector<uint8_t> b(10 + header.size() + dataBytes, 0);
    const uint8_t preamble[] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
    std::copy(std::begin(preamble), std::end(preamble), b.begin());
    b[8] = static_cast<uint8_t>(header.size());
    std::copy(header.begin(), header.end(), b.begin() + 10);
    return b;
  };
  EXPECT_CONTAINS(errorMessage<FileError>([&] {
                    parseNpy(npy("{'descr': '<c8', 'fortran_order': False, 'shape': (2,), }", 16),
                             "c.npy");
                  }),
                  "c.npy: dtype '<c8' cannot be read");
  EXPECT_CONTAINS(errorMessage<FileError>([&] {
                    parseNpy(npy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': "
                                 "(2,), }",
                                 8),
                             "s.npy");
                  }),
                  "s.npy: dtype [('a', '<f4')] is a structured dtype");
  EXPECT_CONTAINS(errorMessage<FileError>([&] {
                    parseNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 8),
                             "t.npy");
                  }),
                  "t.npy: shape [3] of '<f4' needs 12 bytes of data, the file has 8 (truncated)");
  const NpyArray ints =
      parseNpy(npy("{'descr': '<i2', 'fortran_order': False, 'shape': (2,), }", 4), "i.npy");
  EXPECT_TRUE(ints.integer);
  EXPECT_EQ(ints.values, (std::vector<double>{0, 0}));
}

}  // namespace
}  // namespace lstmviz::core
