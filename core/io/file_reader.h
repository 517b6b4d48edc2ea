#pragma once
// Reading a whole input file with a bound: the one way core reads a file it did not write.
// Only regular files are read (a directory, a device such as /dev/zero or /dev/urandom, a FIFO
// or a socket is refused before a byte is read, since its size is unknown or endless), and a
// file larger than the caller's limit is refused up front with both sizes. Running out of
// memory while reading names the file instead of escaping as std::bad_alloc.
#include <cstdint>
#include <string>
#include <vector>

namespace lstmviz::core {

// Largest file each reader accepts (documented in docs/reliability.md, "Sizes").
inline constexpr uint64_t kMaxConfigFileBytes = 64ull << 20;  // 64 MiB of JSON
inline constexpr uint64_t kMaxDataFileBytes = 64ull << 30;    // 64 GiB (safetensors, CSV, IDX)

// The bytes of the regular file at `path`; `what` describes it for messages ("the
// configuration", "a CSV file"). Throws FileError starting "<path>: ": "is a directory; expected
// <what> (a regular file)" (or a character device, …), "N bytes, more than the limit of M bytes
// for <what>", "cannot open <what>: <strerror>" or "not enough memory to read its N bytes".
std::vector<uint8_t> readRegularFile(const std::string& path, uint64_t maxBytes,
                                     const std::string& what);
// The same, as text.
std::string readRegularTextFile(const std::string& path, uint64_t maxBytes,
                                const std::string& what);

}  // namespace lstmviz::core
