#include "core/io/atomic_file.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <set>
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

constexpr const char* kTemporaryMarker = ".tmp-";
// A temporary's name: "." + (the target's name, cut so the whole fits NAME_MAX) + ".tmp-<pid>-<n>".
// The suffix needs at most 5 + 10 + 1 + 20 characters; 40 are kept free for it.
constexpr size_t kTemporaryNameRoom = 40;

std::string temporaryName(const std::string& name, uint64_t number) {
  const size_t keep = std::min<size_t>(name.size(), NAME_MAX - 1 - kTemporaryNameRoom);
  std::string temporary(1, '.');
  temporary.append(name, 0, keep);
  temporary += kTemporaryMarker;
  temporary += std::to_string(::getpid()) + "-" + std::to_string(number);
  return temporary;
}

// The pid in a name of our temporary pattern (".<name>.tmp-<pid>-<n>"), or 0 for any other name.
pid_t temporaryOwner(const std::string& name) {
  if (name.empty() || name[0] != '.') return 0;
  const size_t marker = name.rfind(kTemporaryMarker);
  if (marker == std::string::npos || marker == 0) return 0;
  const std::string rest = name.substr(marker + 5);  // "<pid>-<n>"
  const size_t dash = rest.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == rest.size()) return 0;
  for (size_t i = 0; i < rest.size(); ++i)
    if (i != dash && (rest[i] < '0' || rest[i] > '9')) return 0;
  if (dash > 9) return 0;  // no pid has ten digits
  return static_cast<pid_t>(std::atol(rest.substr(0, dash).c_str()));
}

// Removes temporaries of our pattern in `dir` whose process no longer exists (left by a kill -9
// between create and rename). Runs once per folder and process: the first write into a folder
// cleans it. A temporary of a live process (or of a recycled pid) is left alone.
void removeStaleTemporaries(const std::string& dir) {
  static std::mutex mutex;
  static std::set<std::string> cleaned;
  {
    std::lock_guard lock(mutex);
    if (!cleaned.insert(dir).second) return;
  }
  DIR* folder = ::opendir(dir.empty() ? "." : dir.c_str());
  if (!folder) return;
  while (const dirent* entry = ::readdir(folder)) {
    const std::string name = entry->d_name;
    const pid_t owner = temporaryOwner(name);
    if (owner <= 0 || owner == ::getpid()) continue;
    if (::kill(owner, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to judge
    struct stat info {};
    const std::string full = dir + name;
    if (::lstat(full.c_str(), &info) == 0 && S_ISREG(info.st_mode)) ::unlink(full.c_str());
  }
  ::closedir(folder);
}

// The file a write to `path` replaces: `path` itself, or the final target of a symlink (so the
// link keeps pointing at the new content). Throws FileError if what is there is not a regular
// file (a device, a FIFO, a folder): renaming over it would replace the node itself.
std::string replacedFile(const std::string& path) {
  struct stat info {};
  if (::lstat(path.c_str(), &info) != 0) return path;  // nothing there yet
  std::string target = path;
  if (S_ISLNK(info.st_mode)) {
    char* resolved = ::realpath(path.c_str(), nullptr);
    if (resolved) {
      target = resolved;
      std::free(resolved);
    } else {
      // A dangling link: write its target (relative to the link's folder) if that folder exists.
      std::string link(PATH_MAX, '\0');
      const ssize_t n = ::readlink(path.c_str(), link.data(), link.size());
      if (n <= 0) return path;
      link.resize(static_cast<size_t>(n));
      target = link[0] == '/' ? link : splitPath(path).first + link;
      return target;
    }
    if (::stat(target.c_str(), &info) != 0) return target;
  }
  if (!S_ISREG(info.st_mode)) {
    const char* kind = S_ISDIR(info.st_mode)    ? "a directory"
                       : S_ISCHR(info.st_mode)  ? "a character device"
                       : S_ISBLK(info.st_mode)  ? "a block device"
                       : S_ISFIFO(info.st_mode) ? "a named pipe"
                       : S_ISSOCK(info.st_mode) ? "a socket"
                                                : "not a regular file";
    throw FileError("cannot write '" + path +
                    "': " + (target == path ? std::string() : "its target '" + target + "' ") +
                    "is " + kind + "; expected a regular file (or a new name)");
  }
  return target;
}

// Creates a new, empty temporary file next to `path`. Returns its descriptor; stores its name.
int createTemporary(const std::string& path, std::string& tempPath) {
  static std::atomic<uint64_t> counter{0};
  const auto [dir, name] = splitPath(path);
  for (int attempt = 0;; ++attempt) {
    tempPath = dir + temporaryName(name, counter.fetch_add(1));
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

void writeFileAtomically(const std::string& requestedPath, std::span<const uint8_t> bytes) {
  if (requestedPath.empty()) throw FileError("cannot write a file with an empty path");
  const std::string path = replacedFile(requestedPath);
  removeStaleTemporaries(splitPath(path).first);
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
