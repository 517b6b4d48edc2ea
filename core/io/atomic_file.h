#pragma once
// Atomic file replacement: a reader of `path` sees either the complete old content or the
// complete new content, never a half-written file — also after a crash or power loss, since the
// data is fsync'ed before the rename. Used for safetensors, checkpoints and metrics.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace lstmviz::core {

// Writes `bytes` to `path`: a temporary file ".<name>.tmp-<pid>-<n>" is created in the same
// directory (so the rename stays on one file system; <name> is cut so that the temporary's name
// fits NAME_MAX whenever `path`'s does) with mode 0666 & ~umask, written, fsync'ed and renamed
// over `path`; the directory is then fsync'ed (best effort). If `path` is a symlink, its final
// target is replaced the same way (beside the target) and the link is kept. The first write of
// a process into a folder removes temporaries of this pattern whose process no longer exists
// (left by a kill -9). Thread-safe; concurrent writers to one path leave one complete version.
// Throws FileError naming `path`, the step that failed and strerror's text, or saying that what
// is at `path` is not a regular file (a device, a FIFO, a folder), which is never replaced. On
// any failure the temporary file is removed and an existing file at `path` is left untouched.
void writeFileAtomically(const std::string& path, std::span<const uint8_t> bytes);
void writeFileAtomically(const std::string& path, std::string_view text);

}  // namespace lstmviz::core
