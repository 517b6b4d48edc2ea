#pragma once
// NpyArray: one array of NumPy's documented .npy format (numpy.lib.format, versions 1.0, 2.0
// and 3.0), and the arrays of an .npz (a zip of .npy members, stored or deflated, as
// numpy.savez and numpy.savez_compressed write it):
//   "\x93NUMPY" | major | minor | header length (u16 LE for 1.0, u32 LE for 2.0/3.0) |
//   header: a Python dict literal {'descr': '<f4', 'fortran_order': False, 'shape': (3, 4), }
//   padded with spaces and '\n' | numel × itemsize bytes of data
// Read: descr of kind f (2, 4, 8 bytes), i and u (1, 2, 4, 8) and b1, either byte order ('<',
// '>', '|', '='), C or Fortran order (converted to C order). Refused, each with a message that
// names the file and what was expected: object dtype ('|O': pickled Python objects), strings,
// structured dtypes, complex, a truncated or oversized data section, a malformed header.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/common/tensor.h"

namespace lstmviz::core {

struct NpyArray {
  Shape shape;                 // () for a 0-d array
  std::vector<double> values;  // C order, converted from the stored dtype (exact for ≤ 2^53)
  bool integer = false;        // the stored dtype is an integer or bool
  std::string descr;           // as stored, e.g. "<f4"
};

// Parses the bytes of one .npy file; `source` names it in messages ("x.npz: input.npy").
// Throws FileError.
NpyArray parseNpy(const std::vector<uint8_t>& bytes, const std::string& source);

// Reads a .npy file. Throws FileError naming the file.
NpyArray readNpy(const std::string& path);

// Reads every member of an .npz file, by name without ".npy" ("input"). Members must be .npy
// files, stored (method 0) or deflated (method 8) with a matching CRC-32. Throws FileError
// naming the file (and the member).
std::map<std::string, NpyArray> readNpz(const std::string& path);

}  // namespace lstmviz::core
