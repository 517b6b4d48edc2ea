#pragma once
// Names from files (tensor names, keys, CSV headers) quoted for messages. An exception's what()
// is a C string, so a NUL byte inside a name would cut the message short there; control
// characters would garble the terminal. Both are written as \xNN instead.
#include <cstdio>
#include <string>
#include <string_view>

namespace lstmviz::core {

// `text` with every byte below 0x20 and 0x7f written as \xNN (UTF-8 above 0x7f is kept).
inline std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7f) {
      char escaped[5];
      std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
      out += escaped;
    } else {
      out += c;
    }
  }
  return out;
}

// printable(text) in single quotes: 'name'.
inline std::string quotedName(std::string_view text) {
  std::string out(1, '\'');
  out += printable(text);
  out += '\'';
  return out;
}

}  // namespace lstmviz::core
