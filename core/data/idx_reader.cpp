#include "core/data/idx_reader.h"

#include <zlib.h>

#include <cstdio>

#include "core/common/error.h"
#include "core/io/file_reader.h"

namespace lstmviz::core {
namespace {

constexpr uint8_t kUnsignedByte = 0x08;
constexpr uint64_t kMaxInflatedBytes = uint64_t{4} << 30;

std::string hexByte(uint8_t b) {
  char text[8];
  std::snprintf(text, sizeof(text), "0x%02X", b);
  return text;
}

const char* dtypeName(uint8_t code) {
  switch (code) {
    case 0x08:
      return "unsigned byte";
    case 0x09:
      return "signed byte";
    case 0x0B:
      return "short";
    case 0x0C:
      return "int";
    case 0x0D:
      return "float";
    case 0x0E:
      return "double";
    default:
      return "unknown";
  }
}

std::vector<uint8_t> inflateGzip(const std::vector<uint8_t>& compressed, const std::string& path) {
  z_stream stream{};
  if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {  // 16: expect a gzip wrapper
    throw FileError(path + ": cannot initialise zlib");
  }
  std::vector<uint8_t> out;
  std::vector<uint8_t> chunk(1 << 20);
  stream.next_in = const_cast<Bytef*>(compressed.data());
  stream.avail_in = static_cast<uInt>(compressed.size());
  int status = Z_OK;
  while (status != Z_STREAM_END) {
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    status = inflate(&stream, Z_NO_FLUSH);
    if (status != Z_OK && status != Z_STREAM_END) {
      // Z_BUF_ERROR: no progress possible — all input was consumed before the end of the stream.
      const std::string reason =
          status == Z_BUF_ERROR
              ? "the compressed data ends early (truncated gzip file)"
              : std::string("corrupt gzip data (") + (stream.msg ? stream.msg : "zlib error") + ")";
      const uint64_t at = stream.total_in;
      inflateEnd(&stream);
      throw FileError(path + ": " + reason + " at compressed byte offset " + std::to_string(at));
    }
    out.insert(out.end(), chunk.begin(), chunk.end() - stream.avail_out);
    if (out.size() > kMaxInflatedBytes) {
      inflateEnd(&stream);
      throw ResourceError(path + ": inflates to more than 4 GiB; not an IDX data set");
    }
  }
  inflateEnd(&stream);
  return out;
}

}  // namespace

std::vector<uint8_t> IdxReader::readMaybeGzipped(const std::string& path) {
  std::vector<uint8_t> bytes = readRegularFile(path, kMaxDataFileBytes, "an IDX file");
  if (bytes.size() >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B) return inflateGzip(bytes, path);
  return bytes;
}

IdxArray IdxReader::readFile(const std::string& path) {
  const std::vector<uint8_t> bytes = readMaybeGzipped(path);
  return parse(bytes, path);
}

IdxArray IdxReader::parse(std::span<const uint8_t> bytes, const std::string& source) {
  const uint64_t size = bytes.size();
  if (size < 4) {
    throw FileError(source + ": truncated IDX header: " + std::to_string(size) +
                    " bytes, expected at least 4 (magic, type, dimension count)");
  }
  if (bytes[0] != 0 || bytes[1] != 0) {
    throw FileError(source + ": bad IDX magic at byte offset 0: " + hexByte(bytes[0]) + " " +
                    hexByte(bytes[1]) + ", expected 0x00 0x00");
  }
  if (bytes[2] != kUnsignedByte) {
    throw FileError(source + ": unsupported IDX data type " + hexByte(bytes[2]) + " (" +
                    dtypeName(bytes[2]) + ") at byte offset 2, expected 0x08 (unsigned byte)");
  }
  const int rank = bytes[3];
  if (rank < 1) {
    throw FileError(source + ": IDX dimension count at byte offset 3 is 0, expected at least 1");
  }
  const uint64_t headerSize = 4 + 4 * static_cast<uint64_t>(rank);
  if (size < headerSize) {
    throw FileError(source + ": truncated IDX header: " + std::to_string(size) + " bytes, " +
                    "expected " + std::to_string(headerSize) + " for " + std::to_string(rank) +
                    " dimensions");
  }
  IdxArray array;
  uint64_t count = 1;
  for (int i = 0; i < rank; ++i) {
    const size_t at = 4 + 4 * static_cast<size_t>(i);
    const uint64_t dim = (uint64_t{bytes[at]} << 24) | (uint64_t{bytes[at + 1]} << 16) |
                         (uint64_t{bytes[at + 2]} << 8) | uint64_t{bytes[at + 3]};
    // count ≤ 2^62 keeps the product and the header arithmetic below free of overflow.
    if (dim != 0 && count > (uint64_t{1} << 62) / dim) {
      throw FileError(source + ": IDX dimensions overflow at byte offset " + std::to_string(at) +
                      ": the element count exceeds 2^62");
    }
    count *= dim;
    array.dims.push_back(static_cast<int64_t>(dim));
  }
  const uint64_t present = size - headerSize;
  if (present != count) {
    std::string dims;
    for (int64_t d : array.dims) dims += (dims.empty() ? "" : " × ") + std::to_string(d);
    throw FileError(source + ": IDX data size mismatch at byte offset " +
                    std::to_string(headerSize) + ": the dimensions " + dims + " need " +
                    std::to_string(count) + " bytes, but " + std::to_string(present) +
                    (present < count ? " are present (truncated file)" : " are present"));
  }
  array.data.assign(bytes.begin() + headerSize, bytes.end());
  return array;
}

}  // namespace lstmviz::core
