#include "core/io/npy_array.h"

#include <zlib.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iterator>
#include <limits>

#include "core/common/error.h"

namespace lstmviz::core {

namespace {

constexpr uint64_t kMaxElements = uint64_t{1} << 34;  // 16 Gi values: more cannot be meant here

std::vector<uint8_t> readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError("cannot open " + path);
  return std::vector<uint8_t>(std::istreambuf_iterator<char>(in), {});
}

uint64_t readLe(const uint8_t* p, int bytes) {
  uint64_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

// The value of `key` in the header dict, as raw text up to the next top-level ',' or '}'
// (a tuple's commas are inside its parentheses).
std::string headerField(const std::string& header, const std::string& key,
                        const std::string& source) {
  size_t at = header.find("'" + key + "'");
  if (at == std::string::npos) at = header.find("\"" + key + "\"");
  if (at == std::string::npos)
    throw FileError(source + ": the .npy header has no '" + key + "' (header: " + header + ")");
  at = header.find(':', at);
  if (at == std::string::npos) throw FileError(source + ": malformed .npy header: " + header);
  int depth = 0;
  size_t end = at + 1;
  for (; end < header.size(); ++end) {
    const char c = header[end];
    if (c == '(' || c == '[') ++depth;
    if (c == ')' || c == ']') --depth;
    if (depth == 0 && (c == ',' || c == '}')) break;
  }
  std::string value = header.substr(at + 1, end - at - 1);
  const auto first = value.find_first_not_of(" ");
  const auto last = value.find_last_not_of(" ");
  return first == std::string::npos ? std::string() : value.substr(first, last - first + 1);
}

Shape parseShape(const std::string& text, const std::string& source) {
  if (text.size() < 2 || text.front() != '(' || text.back() != ')')
    throw FileError(source + ": the .npy shape '" + text + "' is not a tuple of integers");
  Shape shape;
  uint64_t numel = 1;
  const std::string inner = text.substr(1, text.size() - 2);
  size_t i = 0;
  while (i < inner.size()) {
    while (i < inner.size() && (inner[i] == ' ' || inner[i] == ',')) ++i;
    if (i >= inner.size()) break;
    if (inner[i] < '0' || inner[i] > '9')
      throw FileError(source + ": the .npy shape '" + text + "' is not a tuple of integers");
    uint64_t dim = 0;
    for (; i < inner.size() && inner[i] >= '0' && inner[i] <= '9'; ++i) {
      dim = dim * 10 + static_cast<uint64_t>(inner[i] - '0');
      if (dim > kMaxElements)
        throw FileError(source + ": the .npy shape " + text + " is too large");
    }
    if (i < inner.size() && inner[i] == 'L') ++i;  // Python 2's long suffix
    numel *= dim;
    if (numel > kMaxElements)
      throw FileError(source + ": the .npy shape " + text + " is too large");
    shape.push_back(static_cast<int64_t>(dim));
  }
  return shape;
}

double decode(const uint8_t* p, char kind, int size, bool bigEndian) {
  uint64_t u = 0;  // the value's bits, whatever the file's byte order
  for (int i = 0; i < size; ++i)
    u |= static_cast<uint64_t>(bigEndian ? p[size - 1 - i] : p[i]) << (8 * i);
  if (kind == 'f') {
    if (size == 4) return std::bit_cast<float>(static_cast<uint32_t>(u));
    if (size == 8) return std::bit_cast<double>(u);
    // IEEE half: sign, 5-bit exponent, 10-bit fraction.
    const int exponent = static_cast<int>((u >> 10) & 0x1f), fraction = static_cast<int>(u & 0x3ff);
    const double sign = (u & 0x8000) ? -1.0 : 1.0;
    if (exponent == 0) return sign * std::ldexp(fraction, -24);
    if (exponent == 31)
      return fraction ? std::numeric_limits<double>::quiet_NaN()
                      : sign * std::numeric_limits<double>::infinity();
    return sign * std::ldexp(fraction + 1024, exponent - 25);
  }
  if (kind == 'i' && size < 8 && ((u >> (8 * size - 1)) & 1)) u |= ~uint64_t{0} << (8 * size);
  return kind == 'i' ? static_cast<double>(static_cast<int64_t>(u)) : static_cast<double>(u);
}

}  // namespace

NpyArray parseNpy(const std::vector<uint8_t>& bytes, const std::string& source) {
  static const uint8_t kMagic[] = {0x93, 'N', 'U', 'M', 'P', 'Y'};
  if (bytes.size() < 10 || std::memcmp(bytes.data(), kMagic, 6) != 0)
    throw FileError(source + ": not a NumPy .npy file (it does not start with \\x93NUMPY)");
  const int major = bytes[6];
  if (major < 1 || major > 3)
    throw FileError(source + ": .npy format version " + std::to_string(major) + "." +
                    std::to_string(bytes[7]) + "; expected 1.0, 2.0 or 3.0");
  const size_t lengthBytes = major == 1 ? 2 : 4;
  if (bytes.size() < 8 + lengthBytes) throw FileError(source + ": truncated .npy header");
  const uint64_t headerLength = readLe(bytes.data() + 8, static_cast<int>(lengthBytes));
  const uint64_t dataStart = 8 + lengthBytes + headerLength;
  if (dataStart > bytes.size())
    throw FileError(source + ": the .npy header claims " + std::to_string(headerLength) +
                    " bytes but the file ends before");
  const std::string header(bytes.begin() + 8 + lengthBytes, bytes.begin() + dataStart);

  NpyArray array;
  const std::string descr = headerField(header, "descr", source);
  if (descr.size() < 4 || (descr.front() != '\'' && descr.front() != '"') ||
      descr.back() != descr.front())
    throw FileError(source + ": dtype " + descr +
                    " is a structured dtype; expected a plain numeric array (float or integer)");
  array.descr = descr.substr(1, descr.size() - 2);
  const char order = array.descr[0], kind = array.descr[1];
  const std::string sizeText = array.descr.substr(2);
  if (kind == 'O')
    throw FileError(source + ": dtype object ('" + array.descr +
                    "') holds pickled Python objects, not numbers; save a numeric array, e.g. "
                    "np.save(path, x.astype('float32'))");
  const bool known = (order == '<' || order == '>' || order == '|' || order == '=') &&
                     ((kind == 'f' && (sizeText == "2" || sizeText == "4" || sizeText == "8")) ||
                      ((kind == 'i' || kind == 'u') && (sizeText == "1" || sizeText == "2" ||
                                                        sizeText == "4" || sizeText == "8")) ||
                      (kind == 'b' && sizeText == "1"));
  if (!known)
    throw FileError(source + ": dtype '" + array.descr +
                    "' cannot be read; expected float (f2, f4, f8), integer (i1 … i8, u1 … u8) "
                    "or bool");
  const int size = std::stoi(sizeText);
  const bool bigEndian = order == '>';
  array.integer = kind != 'f';

  const std::string fortran = headerField(header, "fortran_order", source);
  if (fortran != "True" && fortran != "False")
    throw FileError(source + ": fortran_order is '" + fortran + "'; expected True or False");
  array.shape = parseShape(headerField(header, "shape", source), source);
  uint64_t numel = 1;
  for (int64_t d : array.shape) numel *= static_cast<uint64_t>(d);
  const uint64_t dataBytes = bytes.size() - dataStart;
  if (dataBytes != numel * static_cast<uint64_t>(size))
    throw FileError(source + ": shape " + shapeToString(array.shape) + " of '" + array.descr +
                    "' needs " + std::to_string(numel * size) + " bytes of data, the file has " +
                    std::to_string(dataBytes) + (dataBytes < numel * size ? " (truncated)" : ""));

  array.values.resize(numel);
  const uint8_t* data = bytes.data() + dataStart;
  if (fortran == "False") {
    for (uint64_t i = 0; i < numel; ++i)
      array.values[i] = decode(data + i * size, kind, size, bigEndian);
  } else {  // element i in Fortran order: the first index runs fastest
    const size_t rank = array.shape.size();
    std::vector<int64_t> index(rank, 0);
    for (uint64_t i = 0; i < numel; ++i) {
      uint64_t c = 0;
      for (size_t k = 0; k < rank; ++k) c = c * array.shape[k] + index[k];
      array.values[c] = decode(data + i * size, kind, size, bigEndian);
      for (size_t k = 0; k < rank && ++index[k] == array.shape[k]; ++k) index[k] = 0;
    }
  }
  return array;
}

NpyArray readNpy(const std::string& path) { return parseNpy(readBytes(path), path); }

std::map<std::string, NpyArray> readNpz(const std::string& path) {
  const std::vector<uint8_t> zip = readBytes(path);
  // End of central directory: signature 0x06054b50, within the last 22 + 65535 bytes.
  if (zip.size() < 22) throw FileError(path + ": not an .npz file (too short for a zip)");
  size_t eocd = std::string::npos;
  for (size_t i = zip.size() - 22 + 1; i-- > 0 && zip.size() - i <= 22 + 65535;)
    if (readLe(&zip[i], 4) == 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd == std::string::npos)
    throw FileError(path + ": not an .npz file (no zip end-of-central-directory record)");
  const uint64_t count = readLe(&zip[eocd + 10], 2);
  uint64_t at = readLe(&zip[eocd + 16], 4);

  std::map<std::string, NpyArray> arrays;
  for (uint64_t n = 0; n < count; ++n) {
    if (at + 46 > zip.size() || readLe(&zip[at], 4) != 0x02014b50)
      throw FileError(path + ": damaged zip central directory (entry " + std::to_string(n + 1) +
                      ")");
    const uint64_t method = readLe(&zip[at + 10], 2), crc = readLe(&zip[at + 16], 4);
    uint64_t packed = readLe(&zip[at + 20], 4), unpacked = readLe(&zip[at + 24], 4);
    const uint64_t nameLength = readLe(&zip[at + 28], 2), extraLength = readLe(&zip[at + 30], 2),
                   commentLength = readLe(&zip[at + 32], 2);
    uint64_t local = readLe(&zip[at + 42], 4);
    if (at + 46 + nameLength + extraLength > zip.size())
      throw FileError(path + ": damaged zip central directory");
    const std::string name(zip.begin() + at + 46, zip.begin() + at + 46 + nameLength);
    // ZIP64: the 0xFFFFFFFF fields come, in this order, from the extra field 0x0001.
    for (uint64_t e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
      const uint64_t id = readLe(&zip[e], 2), size = readLe(&zip[e + 2], 2);
      uint64_t p = e + 4;
      if (id == 1) {
        for (uint64_t* field : {&unpacked, &packed, &local})
          if (*field == 0xffffffff && p + 8 <= e + 4 + size && p + 8 <= zip.size()) {
            *field = readLe(&zip[p], 8);
            p += 8;
          }
      }
      e += 4 + size;
    }
    at += 46 + nameLength + extraLength + commentLength;
    const std::string where = path + ": " + name;
    if (local + 30 > zip.size() || readLe(&zip[local], 4) != 0x04034b50)
      throw FileError(where + ": damaged zip local header");
    const uint64_t start = local + 30 + readLe(&zip[local + 26], 2) + readLe(&zip[local + 28], 2);
    if (start > zip.size() || packed > zip.size() - start)
      throw FileError(where + ": the member runs past the end of the file (truncated)");
    if (unpacked > kMaxElements) throw FileError(where + ": member too large");
    std::vector<uint8_t> bytes(unpacked);
    if (method == 0) {
      if (packed != unpacked) throw FileError(where + ": stored member of inconsistent size");
      std::memcpy(bytes.data(), &zip[start], unpacked);
    } else if (method == 8) {
      z_stream z{};
      if (inflateInit2(&z, -MAX_WBITS) != Z_OK) throw FileError(where + ": zlib failed");
      z.next_in = const_cast<Bytef*>(&zip[start]);
      z.avail_in = static_cast<uInt>(packed);
      z.next_out = bytes.data();
      z.avail_out = static_cast<uInt>(unpacked);
      const int status = inflate(&z, Z_FINISH);
      const uint64_t produced = z.total_out;
      inflateEnd(&z);
      if (status != Z_STREAM_END || produced != unpacked)
        throw FileError(where + ": the deflated member is damaged");
    } else {
      throw FileError(where + ": zip compression method " + std::to_string(method) +
                      "; expected stored (0) or deflated (8), as numpy.savez writes");
    }
    if (crc32(0L, bytes.data(), static_cast<uInt>(bytes.size())) != crc)
      throw FileError(where + ": CRC-32 mismatch (the file is damaged)");
    if (!name.ends_with(".npy"))
      throw FileError(where + ": not an .npy member; an .npz holds name.npy arrays");
    arrays.emplace(name.substr(0, name.size() - 4), parseNpy(bytes, where));
  }
  return arrays;
}

}  // namespace lstmviz::core
