#pragma once
// IdxReader: reads the IDX format of (Fashion-)MNIST, optionally gzip-compressed:
//   bytes 0–1  0x00 0x00            magic
//   byte  2    0x08                 dtype (unsigned byte; the only one supported)
//   byte  3    n ≥ 1                number of dimensions
//   4 … 4+4n   d_1 … d_n            uint32 big-endian each
//   then       d_1 · … · d_n bytes  row-major data, nothing after
// Compression is recognised by the gzip magic (1f 8b), not the file name. The header is
// validated before anything is sized from it: the element count is overflow-checked and must
// equal the bytes actually present. Every FileError names the file and the byte offset.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace lstmviz::core {

struct IdxArray {
  std::vector<int64_t> dims;  // d_1 … d_n
  std::vector<uint8_t> data;  // d_1 · … · d_n values, row-major
};

class IdxReader {
 public:
  // Reads a .idx or .idx.gz file. Throws FileError if it cannot be opened, decompressed (corrupt
  // or truncated gzip) or parsed; ResourceError if it inflates beyond 4 GiB.
  static IdxArray readFile(const std::string& path);
  // Parses uncompressed IDX bytes; sourceName stands for the file in messages.
  static IdxArray parse(std::span<const uint8_t> bytes, const std::string& sourceName);
  // Returns the bytes of a file, inflated if it is gzip. Throws as readFile.
  static std::vector<uint8_t> readMaybeGzipped(const std::string& path);
};

}  // namespace lstmviz::core
