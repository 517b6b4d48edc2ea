#include "core/io/file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <new>
#include <system_error>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

std::string errnoText(int error) { return std::generic_category().message(error); }

// "a directory", "a character device", … for a file that is not regular.
const char* kindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a named pipe";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Reads `size` bytes (the size fstat reported) of `fd` into `out`, stopping early at end of file
// (the file shrank) and never reading past `size` (the file grew: the rest is ignored).
template <typename Buffer>
void readInto(int fd, Buffer& out, uint64_t size, const std::string& path) {
  try {
    out.resize(size);
  } catch (const std::bad_alloc&) {
    throw FileError(path + ": not enough memory to read its " + std::to_string(size) + " bytes");
  }
  uint64_t done = 0;
  while (done < size) {
    const ssize_t got = ::read(fd, out.data() + done, size - done);
    if (got == 0) break;
    if (got < 0) {
      const int error = errno;
      if (error == EINTR) continue;
      throw FileError(path + ": cannot read the file: " + errnoText(error));
    }
    done += static_cast<uint64_t>(got);
  }
  out.resize(done);
}

template <typename Buffer>
Buffer readBounded(const std::string& path, uint64_t maxBytes, const std::string& what) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    const int error = errno;
    throw FileError(path + ": cannot open " + what + ": " + errnoText(error));
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat info {};
  if (::fstat(fd, &info) != 0) {
    const int error = errno;
    throw FileError(path + ": cannot read the file: " + errnoText(error));
  }
  if (!S_ISREG(info.st_mode))
    throw FileError(path + ": is " + kindOf(info.st_mode) + "; expected " + what +
                    " (a regular file)");
  const uint64_t size = static_cast<uint64_t>(info.st_size);
  if (size > maxBytes)
    throw FileError(path + ": " + std::to_string(size) + " bytes, more than the limit of " +
                    std::to_string(maxBytes) + " bytes for " + what);
  // O_NONBLOCK only kept open() from hanging on a FIFO; a regular file reads the same either way.
  Buffer out;
  readInto(fd, out, size, path);
  return out;
}

}  // namespace

std::vector<uint8_t> readRegularFile(const std::string& path, uint64_t maxBytes,
                                     const std::string& what) {
  return readBounded<std::vector<uint8_t>>(path, maxBytes, what);
}

std::string readRegularTextFile(const std::string& path, uint64_t maxBytes,
                                const std::string& what) {
  return readBounded<std::string>(path, maxBytes, what);
}

}  // namespace lstmviz::core
