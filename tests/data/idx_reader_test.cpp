// IdxReader: tiny IDX files written here (plain and gzip) and every kind of damage.
#include "core/data/idx_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "core/common/error.h"

namespace lstmviz::core {
namespace {

using Bytes = std::vector<uint8_t>;

// Header for unsigned-byte data with the given dimensions, big-endian.
Bytes idxHeader(const std::vector<uint32_t>& dims, uint8_t dtype = 0x08) {
  Bytes out = {0x00, 0x00, dtype, static_cast<uint8_t>(dims.size())};
  for (uint32_t d : dims) {
    out.insert(out.end(), {static_cast<uint8_t>(d >> 24), static_cast<uint8_t>(d >> 16),
                           static_cast<uint8_t>(d >> 8), static_cast<uint8_t>(d)});
  }
  return out;
}

// A 2 × 3 array with values 0..5 after its header.
Bytes tinyIdx() {
  Bytes out = idxHeader({2, 3});
  for (uint8_t v = 0; v < 6; ++v) out.push_back(v * 40);
  return out;
}

class IdxFile : public ::testing::Test {
 protected:
  void TearDown() override {
    for (const auto& p : paths_) std::filesystem::remove(p);
  }
  std::string path(const std::string& name) {
    const auto p = std::filesystem::temp_directory_path() /
                   ("lstmviz_idx_" + std::to_string(::getpid()) + "_" + name);
    paths_.push_back(p);
    return p.string();
  }
  std::string writePlain(const std::string& name, const Bytes& bytes) {
    const std::string p = path(name);
    std::ofstream out(p, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
    return p;
  }
  std::string writeGzip(const std::string& name, const Bytes& bytes) {
    const std::string p = path(name);
    gzFile file = gzopen(p.c_str(), "wb");
    EXPECT_NE(file, nullptr);
    EXPECT_EQ(gzwrite(file, bytes.data(), static_cast<unsigned>(bytes.size())),
              static_cast<int>(bytes.size()));
    EXPECT_EQ(gzclose(file), Z_OK);
    return p;
  }
  static std::string messageOf(const std::string& p) {
    try {
      IdxReader::readFile(p);
    } catch (const FileError& e) {
      return e.what();
    }
    ADD_FAILURE() << "expected a FileError for " << p;
    return "";
  }

 private:
  std::vector<std::filesystem::path> paths_;
};

TEST_F(IdxFile, ReadsPlainAndGzipFiles) {
  for (const std::string& p :
       {writePlain("tiny.idx", tinyIdx()), writeGzip("tiny.gz", tinyIdx())}) {
    const IdxArray a = IdxReader::readFile(p);
    EXPECT_EQ(a.dims, (std::vector<int64_t>{2, 3})) << p;
    EXPECT_EQ(a.data, (Bytes{0, 40, 80, 120, 160, 200})) << p;
  }
}

TEST_F(IdxFile, BigEndianDimensionsAndEmptyArray) {
  Bytes bytes = idxHeader({0x00000102, 1});
  bytes.resize(bytes.size() + 0x102, 7);
  EXPECT_EQ(IdxReader::parse(bytes, "mem").dims, (std::vector<int64_t>{258, 1}));
  EXPECT_TRUE(IdxReader::parse(idxHeader({0, 28, 28}), "mem").data.empty());
}

TEST_F(IdxFile, RejectsWrongMagic) {
  Bytes bytes = tinyIdx();
  bytes[1] = 0x01;
  const std::string p = writeGzip("magic.gz", bytes);
  const std::string message = messageOf(p);
  EXPECT_NE(message.find(p), std::string::npos) << message;
  EXPECT_NE(message.find("bad IDX magic at byte offset 0: 0x00 0x01, expected 0x00 0x00"),
            std::string::npos)
      << message;
}

TEST_F(IdxFile, RejectsUnsupportedTypeAndZeroDimensions) {
  const std::string type = messageOf(writePlain("float.idx", idxHeader({1}, 0x0D)));
  EXPECT_NE(type.find("data type 0x0D (float) at byte offset 2"), std::string::npos) << type;
  const std::string rank = messageOf(writePlain("rank0.idx", Bytes{0, 0, 8, 0}));
  EXPECT_NE(rank.find("dimension count at byte offset 3 is 0"), std::string::npos) << rank;
}

TEST_F(IdxFile, RejectsTruncatedHeaderAndData) {
  const std::string header = messageOf(writePlain("short.idx", Bytes{0, 0, 8, 3, 0, 0, 0, 1}));
  EXPECT_NE(header.find("truncated IDX header: 8 bytes, expected 16"), std::string::npos) << header;
  Bytes bytes = tinyIdx();
  bytes.pop_back();
  const std::string data = messageOf(writeGzip("short.gz", bytes));
  EXPECT_NE(data.find("size mismatch at byte offset 12: the dimensions 2 × 3 need 6 bytes, but 5 "
                      "are present (truncated file)"),
            std::string::npos)
      << data;
}

TEST_F(IdxFile, RejectsExtraBytes) {
  Bytes bytes = tinyIdx();
  bytes.push_back(1);
  const std::string message = messageOf(writePlain("long.idx", bytes));
  EXPECT_NE(message.find("need 6 bytes, but 7 are present"), std::string::npos) << message;
}

TEST_F(IdxFile, RejectsOverflowingDimensions) {
  Bytes bytes = idxHeader({0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF});
  const std::string message = messageOf(writePlain("huge.idx", bytes));
  EXPECT_NE(message.find("dimensions overflow at byte offset 8"), std::string::npos) << message;
}

TEST_F(IdxFile, RejectsTruncatedGzip) {
  Bytes big = idxHeader({4096});
  for (int i = 0; i < 4096; ++i) big.push_back(static_cast<uint8_t>(i * 7919 % 251));
  const std::string full = writeGzip("full.gz", big);
  std::ifstream in(full, std::ios::binary);
  Bytes compressed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  compressed.resize(compressed.size() / 2);
  const std::string message = messageOf(writePlain("cut.gz", compressed));
  EXPECT_NE(message.find("truncated gzip file"), std::string::npos) << message;
  EXPECT_NE(message.find("cut.gz"), std::string::npos) << message;
}

TEST_F(IdxFile, MissingFileIsAFileError) {
  const std::string message = messageOf(path("absent.gz"));
  EXPECT_NE(message.find("cannot open"), std::string::npos) << message;
}

}  // namespace
}  // namespace lstmviz::core
