#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <system_error>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

std::string errnoText(int error) { return std::generic_category().message(error); }

// Throws "cannot write '<path>': <step>: <strerror(error)>". `error` is captured by the caller
// right after the failing call, before any allocation can touch errno.
[[noreturn]] void fail(const std::string& path, const std::string& step, int error) {
  throw FileError("cannot write '" + path + "': " + step + ": " + errnoText(error));
}

// Splits "dir/name" into ("dir/", "name"); ("", "name") when there is no slash.
std::pair<std::string, std::string> splitPath(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  if (slash == std::string::npos) return {"", path};
  return {path.substr(0, slash + 1), path.substr(slash + 1)};
}

// Creates a new, empty temporary file next to `path`. Returns its descriptor; stores its name.
int createTemporary(const std::string& path, std::string& tempPath) {
  static std::atomic<uint64_t> counter{0};
  const auto [dir, name] = splitPath(path);
  for (int attempt = 0;; ++attempt) {
    tempPath = dir + "." + name + ".tmp-" + std::to_string(::getpid()) + "-" +
               std::to_string(counter.fetch_add(1));
    const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0) return fd;
    const int error = errno;
    // EEXIST: a leftover of a crashed process with a recycled pid; try the next number.
    if (error == EEXIST && attempt < 100) continue;
    fail(path, "cannot create the temporary file '" + tempPath + "'", error);
  }
}

void writeAll(int fd, const uint8_t* data, size_t size, const std::string& path,
              const std::string& tempPath) {
  while (size > 0) {
    const ssize_t written = ::write(fd, data, size);
    if (written < 0) {
      const int error = errno;
      if (error == EINTR) continue;
      fail(path, "writing the temporary file '" + tempPath + "' failed", error);
    }
    data += written;
    size -= static_cast<size_t>(written);
  }
}

// fsync of the directory makes the rename itself durable. Some file systems refuse fsync on a
// directory (EINVAL); the data is already safe then, so errors are ignored.
void syncDirectory(const std::string& path) {
  const std::string dir = splitPath(path).first;
  const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

void writeFileAtomically(const std::string& path, std::span<const uint8_t> bytes) {
  if (path.empty()) throw FileError("cannot write a file with an empty path");
  std::string tempPath;
  int fd = createTemporary(path, tempPath);
  try {
    writeAll(fd, bytes.data(), bytes.size(), path, tempPath);
    if (::fsync(fd) != 0) {
      const int error = errno;
      fail(path, "fsync of the temporary file '" + tempPath + "' failed", error);
    }
    const int closed = ::close(fd);
    const int closeError = errno;
    fd = -1;
    if (closed != 0) fail(path, "closing the temporary file '" + tempPath + "' failed", closeError);
    if (::rename(tempPath.c_str(), path.c_str()) != 0) {
      const int error = errno;
      fail(path, "renaming the temporary file '" + tempPath + "' onto it failed", error);
    }
  } catch (...) {
    if (fd >= 0) ::close(fd);
    ::unlink(tempPath.c_str());
    throw;
  }
  syncDirectory(path);
}

void writeFileAtomically(const std::string& path, std::string_view text) {
  writeFileAtomically(
      path, std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(text.data()), text.size()));
}

}  // namespace lstmviz::core
