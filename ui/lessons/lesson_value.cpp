#include "ui/lessons/lesson_value.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

#include "core/common/error.h"

namespace lstmviz::ui {

namespace {

using core::Error;
using core::Shape;

// Row-major strides of a shape.
std::vector<int64_t> stridesOf(const Shape& shape) {
  std::vector<int64_t> strides(shape.size(), 1);
  for (int64_t i = static_cast<int64_t>(shape.size()) - 2; i >= 0; --i)
    strides[i] = strides[i + 1] * shape[i + 1];
  return strides;
}

int64_t wrapAxis(int64_t axis, int64_t dims) {
  if (axis < -dims || axis >= dims)
    throw Error("Dimension out of range (expected to be in range of [" + std::to_string(-dims) +
                ", " + std::to_string(dims - 1) + "], but got " + std::to_string(axis) + ")");
  return axis < 0 ? axis + dims : axis;
}

std::string formatNumber(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return std::to_string(static_cast<int64_t>(v));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.4g", v);
  return buffer;
}

}  // namespace

double LessonValue::item() const {
  if (data.size() != 1)
    throw Error("a Tensor with " + std::to_string(data.size()) +
                " elements cannot be converted to Scalar");
  return data[0];
}

std::string LessonValue::toString() const {
  if (shape.empty() && data.size() == 1) return formatNumber(data[0]);
  if (shape.size() == 1 && data.size() <= 8) {
    std::string s = "(";
    for (size_t i = 0; i < data.size(); ++i) s += (i ? ", " : "") + formatNumber(data[i]);
    return s + (data.size() == 1 ? ",)" : ")");
  }
  return "tensor of shape " + core::shapeToTuple(shape);
}

LessonValue indexValue(const LessonValue& x, const std::vector<LessonIndex>& index) {
  // Expand the ellipsis, count the axes the index consumes.
  int64_t consumed = 0, ellipses = 0;
  for (const LessonIndex& i : index) {
    if (i.kind == LessonIndex::Kind::kInteger || i.kind == LessonIndex::Kind::kSlice) ++consumed;
    if (i.kind == LessonIndex::Kind::kEllipsis) ++ellipses;
  }
  if (ellipses > 1) throw Error("an index can only have a single ellipsis ('...')");
  if (consumed > x.dim())
    throw Error("too many indices for tensor of dimension " + std::to_string(x.dim()));
  std::vector<LessonIndex> full;
  for (const LessonIndex& i : index) {
    if (i.kind == LessonIndex::Kind::kEllipsis) {
      for (int64_t k = 0; k < x.dim() - consumed; ++k) full.push_back({LessonIndex::Kind::kSlice});
    } else {
      full.push_back(i);
    }
  }
  if (ellipses == 0)
    for (int64_t k = consumed; k < x.dim(); ++k) full.push_back({LessonIndex::Kind::kSlice});

  // For each source axis: the list of source positions taken; for the result: its shape.
  Shape outShape;
  std::vector<std::vector<int64_t>> picks;  // per source axis
  int64_t axis = 0;
  for (const LessonIndex& i : full) {
    if (i.kind == LessonIndex::Kind::kNewAxis) {
      outShape.push_back(1);
      continue;
    }
    const int64_t size = x.shape[axis];
    if (i.kind == LessonIndex::Kind::kInteger) {
      int64_t k = i.integer;
      if (k < -size || k >= size)
        throw Error("index " + std::to_string(k) + " is out of bounds for dimension " +
                    std::to_string(axis) + " with size " + std::to_string(size));
      picks.push_back({k < 0 ? k + size : k});
    } else {
      if (i.step <= 0) throw Error("slice step must be positive");
      auto clamp = [size](int64_t v) {
        if (v < 0) v += size;
        return std::clamp<int64_t>(v, 0, size);
      };
      const int64_t start = i.hasStart ? clamp(i.start) : 0;
      const int64_t stop = i.hasStop ? clamp(i.stop) : size;
      std::vector<int64_t> taken;
      for (int64_t k = start; k < stop; k += i.step) taken.push_back(k);
      outShape.push_back(static_cast<int64_t>(taken.size()));
      picks.push_back(std::move(taken));
    }
    ++axis;
  }

  const std::vector<int64_t> strides = stridesOf(x.shape);
  std::vector<int64_t> offsets{0};
  for (size_t a = 0; a < picks.size(); ++a) {
    std::vector<int64_t> next;
    next.reserve(offsets.size() * picks[a].size());
    for (int64_t base : offsets)
      for (int64_t k : picks[a]) next.push_back(base + k * strides[a]);
    offsets = std::move(next);
  }
  LessonValue out;
  out.shape = outShape;
  out.data.reserve(offsets.size());
  for (int64_t o : offsets) out.data.push_back(x.data[o]);
  return out;
}

LessonValue reshapeValue(const LessonValue& x, std::vector<int64_t> sizes) {
  int64_t known = 1, inferred = -1;
  for (size_t i = 0; i < sizes.size(); ++i) {
    if (sizes[i] == -1) {
      if (inferred >= 0) throw Error("only one dimension can be inferred");
      inferred = static_cast<int64_t>(i);
    } else if (sizes[i] < 0) {
      throw Error("invalid shape dimension " + std::to_string(sizes[i]));
    } else {
      known *= sizes[i];
    }
  }
  if (inferred >= 0 && known > 0 && x.numel() % known == 0) sizes[inferred] = x.numel() / known;
  if ((inferred >= 0 && sizes[inferred] < 0) || core::numel(sizes) != x.numel())
    throw Error("shape '" + core::shapeToString(sizes) + "' is invalid for input of size " +
                std::to_string(x.numel()));
  return LessonValue(sizes, x.data);
}

LessonValue permuteValue(const LessonValue& x, std::vector<int64_t> axes) {
  if (static_cast<int64_t>(axes.size()) != x.dim())
    throw Error(
        "permute(sparse_coo): number of dimensions in the tensor input does not match the "
        "length of the desired ordering of dimensions i.e. input.dim() = " +
        std::to_string(x.dim()) + " is not equal to len(dims) = " + std::to_string(axes.size()));
  std::vector<bool> seen(axes.size(), false);
  for (int64_t& a : axes) {
    a = wrapAxis(a, x.dim());
    if (seen[a]) throw Error("permute(): duplicate dims are not allowed.");
    seen[a] = true;
  }
  Shape outShape;
  for (int64_t a : axes) outShape.push_back(x.shape[a]);
  const std::vector<int64_t> inStrides = stridesOf(x.shape);
  LessonValue out(outShape, std::vector<double>(x.data.size()));
  std::vector<int64_t> counter(axes.size(), 0);
  for (int64_t flat = 0; flat < out.numel(); ++flat) {
    int64_t source = 0;
    for (size_t k = 0; k < axes.size(); ++k) source += counter[k] * inStrides[axes[k]];
    out.data[flat] = x.data[source];
    for (int64_t k = static_cast<int64_t>(axes.size()) - 1; k >= 0; --k) {
      if (++counter[k] < outShape[k]) break;
      counter[k] = 0;
    }
  }
  return out;
}

LessonValue transposeValue(const LessonValue& x, int64_t a, int64_t b) {
  std::vector<int64_t> axes(x.dim());
  std::iota(axes.begin(), axes.end(), 0);
  std::swap(axes[wrapAxis(a, x.dim())], axes[wrapAxis(b, x.dim())]);
  return permuteValue(x, axes);
}

LessonValue binaryValue(const LessonValue& a, const LessonValue& b, const std::string& op) {
  const int64_t dims = std::max(a.dim(), b.dim());
  Shape outShape(dims);
  for (int64_t k = 0; k < dims; ++k) {
    const int64_t ia = k - (dims - a.dim()), ib = k - (dims - b.dim());
    const int64_t sa = ia >= 0 ? a.shape[ia] : 1, sb = ib >= 0 ? b.shape[ib] : 1;
    if (sa != sb && sa != 1 && sb != 1)
      throw Error("The size of tensor a (" + std::to_string(sa) +
                  ") must match the size of tensor b (" + std::to_string(sb) +
                  ") at non-singleton dimension " + std::to_string(k));
    outShape[k] = std::max(sa, sb);
  }
  auto broadcastStrides = [&](const LessonValue& v) {
    std::vector<int64_t> own = stridesOf(v.shape), out(dims, 0);
    for (int64_t k = 0; k < v.dim(); ++k) out[dims - v.dim() + k] = v.shape[k] == 1 ? 0 : own[k];
    return out;
  };
  const std::vector<int64_t> sa = broadcastStrides(a), sb = broadcastStrides(b);
  LessonValue out(outShape, std::vector<double>(core::numel(outShape)));
  std::vector<int64_t> counter(dims, 0);
  for (int64_t flat = 0; flat < out.numel(); ++flat) {
    int64_t oa = 0, ob = 0;
    for (int64_t k = 0; k < dims; ++k) {
      oa += counter[k] * sa[k];
      ob += counter[k] * sb[k];
    }
    const double x = a.data[oa], y = b.data[ob];
    double r = 0;
    if (op == "+")
      r = x + y;
    else if (op == "-")
      r = x - y;
    else if (op == "*")
      r = x * y;
    else if (op == "/")
      r = x / y;
    else if (op == "**")
      r = std::pow(x, y);
    else if (op == "==")
      r = x == y;
    else if (op == "!=")
      r = x != y;
    else if (op == "<")
      r = x < y;
    else if (op == ">")
      r = x > y;
    else if (op == "<=")
      r = x <= y;
    else if (op == ">=")
      r = x >= y;
    else
      throw Error("unknown operator " + op);
    out.data[flat] = r;
    for (int64_t k = dims - 1; k >= 0; --k) {
      if (++counter[k] < outShape[k]) break;
      counter[k] = 0;
    }
  }
  return out;
}

LessonValue matmulValue(const LessonValue& a, const LessonValue& b) {
  if (a.dim() == 0 || b.dim() == 0)
    throw Error("both arguments to matmul need to be at least 1D, but they are " +
                std::to_string(a.dim()) + "D and " + std::to_string(b.dim()) + "D");
  // Promote 1-D operands as torch does, and drop the added axes at the end.
  LessonValue x = a.dim() == 1 ? LessonValue({1, a.shape[0]}, a.data) : a;
  LessonValue y = b.dim() == 1 ? LessonValue({b.shape[0], 1}, b.data) : b;
  const Shape batchX(x.shape.begin(), x.shape.end() - 2),
      batchY(y.shape.begin(), y.shape.end() - 2);
  const int64_t m = x.shape[x.dim() - 2], k = x.shape[x.dim() - 1];
  const int64_t k2 = y.shape[y.dim() - 2], p = y.shape[y.dim() - 1];
  if (k != k2 || (batchX != batchY && !batchX.empty() && !batchY.empty()))
    throw Error("mat1 and mat2 shapes cannot be multiplied (" + std::to_string(m) + "x" +
                std::to_string(k) + " and " + std::to_string(k2) + "x" + std::to_string(p) + ")");
  const Shape batch = batchX.empty() ? batchY : batchX;
  const int64_t count = core::numel(batch);
  Shape outShape = batch;
  outShape.push_back(m);
  outShape.push_back(p);
  LessonValue out(outShape, std::vector<double>(count * m * p, 0.0));
  for (int64_t c = 0; c < count; ++c) {
    const double* xs = x.data.data() + (batchX.empty() ? 0 : c * m * k);
    const double* ys = y.data.data() + (batchY.empty() ? 0 : c * k * p);
    double* os = out.data.data() + c * m * p;
    for (int64_t i = 0; i < m; ++i)
      for (int64_t q = 0; q < k; ++q)
        for (int64_t j = 0; j < p; ++j) os[i * p + j] += xs[i * k + q] * ys[q * p + j];
  }
  if (a.dim() == 1) out.shape.erase(out.shape.end() - 2);
  if (b.dim() == 1) out.shape.erase(out.shape.end() - 1);
  return out;
}

LessonValue reduceValue(const LessonValue& x, bool mean, const int64_t* axis) {
  if (!axis) {
    double s = 0;
    for (double v : x.data) s += v;
    return LessonValue::scalar(mean ? s / static_cast<double>(x.numel()) : s);
  }
  const int64_t a = wrapAxis(*axis, x.dim());
  const int64_t outer = core::numel(Shape(x.shape.begin(), x.shape.begin() + a));
  const int64_t size = x.shape[a];
  const int64_t inner = core::numel(Shape(x.shape.begin() + a + 1, x.shape.end()));
  Shape outShape = x.shape;
  outShape.erase(outShape.begin() + a);
  LessonValue out(outShape, std::vector<double>(outer * inner, 0.0));
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t k = 0; k < size; ++k)
      for (int64_t i = 0; i < inner; ++i)
        out.data[o * inner + i] += x.data[(o * size + k) * inner + i];
  if (mean)
    for (double& v : out.data) v /= static_cast<double>(size);
  return out;
}

LessonValue chunkValue(const LessonValue& x, int64_t chunks, int64_t axis) {
  const int64_t a = wrapAxis(axis, x.dim());
  if (chunks < 1 || x.shape[a] % chunks != 0)
    throw Error("chunk: dimension " + std::to_string(a) + " of size " + std::to_string(x.shape[a]) +
                " does not split into " + std::to_string(chunks) + " equal chunks");
  const int64_t part = x.shape[a] / chunks;
  LessonValue out;
  out.shape = x.shape;
  out.shape[a] = part;
  out.shape.insert(out.shape.begin(), chunks);
  for (int64_t c = 0; c < chunks; ++c) {
    LessonIndex keep{LessonIndex::Kind::kSlice};
    std::vector<LessonIndex> index(a, keep);
    LessonIndex slice{LessonIndex::Kind::kSlice};
    slice.hasStart = slice.hasStop = true;
    slice.start = c * part;
    slice.stop = (c + 1) * part;
    index.push_back(slice);
    const LessonValue piece = indexValue(x, index);
    out.data.insert(out.data.end(), piece.data.begin(), piece.data.end());
  }
  return out;
}

}  // namespace lstmviz::ui
