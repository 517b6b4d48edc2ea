#pragma once
// Errors for people. Every problem caused by user input (a shape, a file, a setting) is thrown as
// an Error whose what() says what was wrong, where, and what was expected — in torch's words where
// torch has a message. Internal invariants use assert(); core never aborts on user input.
#include <stdexcept>
#include <string>

namespace lstmviz::core {

// Base class: anything the user can fix. The CLI prints "error: " + what() and exits 2.
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A tensor of the wrong shape or an invalid LSTM configuration (torch's ValueError / RuntimeError).
class ShapeError : public Error {
 public:
  using Error::Error;
};

// A file that cannot be read, written or parsed; the message names the file and the place.
class FileError : public Error {
 public:
  using Error::Error;
};

// A request that would need more memory than the configured budget; the message says how much.
class ResourceError : public Error {
 public:
  using Error::Error;
};

}  // namespace lstmviz::core
