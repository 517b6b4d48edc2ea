#include "core/common/tensor.h"

namespace lstmviz::core {

namespace {
std::string joinShape(const Shape& shape, char open, char close) {
  std::string out(1, open);
  for (size_t i = 0; i < shape.size(); ++i) {
    if (i) out += ", ";
    out += std::to_string(shape[i]);
  }
  if (open == '(' && shape.size() == 1) out += ",";
  out += close;
  return out;
}
}  // namespace

std::string shapeToString(const Shape& shape) { return joinShape(shape, '[', ']'); }
std::string shapeToTuple(const Shape& shape) { return joinShape(shape, '(', ')'); }

}  // namespace lstmviz::core
