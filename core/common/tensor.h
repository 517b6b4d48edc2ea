#pragma once
// Tensor<T>: an owning, C-contiguous (row-major, like a contiguous torch.Tensor) n-d array.
// It is the exchange type at the edges of core (files, CLI, GUI); inside the LSTM, data is viewed
// through Eigen maps. A Tensor of shape (L, N, F) row-major has exactly the memory of an Eigen
// column-major matrix F × (L·N) whose column t·N + n is the feature vector of step t, sample n.
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

namespace lstmviz::core {

using Shape = std::vector<int64_t>;

// Number of elements of a shape (1 for a scalar, shape {}).
inline int64_t numel(const Shape& shape) {
  return std::accumulate(shape.begin(), shape.end(), int64_t{1}, std::multiplies<int64_t>());
}

// "[2, 3, 20]" — torch's way of printing a size in error messages.
std::string shapeToString(const Shape& shape);
// "(2, 3, 20)" — the tuple form torch uses in some messages (e.g. "Expected hidden[0] size").
std::string shapeToTuple(const Shape& shape);

template <typename T>
struct Tensor {
  Shape shape;
  std::vector<T> data;

  Tensor() = default;
  explicit Tensor(Shape s, T fill = T(0)) : shape(std::move(s)), data(core::numel(shape), fill) {}
  Tensor(Shape s, std::vector<T> values) : shape(std::move(s)), data(std::move(values)) {}

  int64_t dim() const { return static_cast<int64_t>(shape.size()); }
  int64_t size(int64_t axis) const { return shape[axis < 0 ? axis + dim() : axis]; }
  int64_t numel() const { return static_cast<int64_t>(data.size()); }
  bool empty() const { return data.empty() && shape.empty(); }
  T* ptr() { return data.data(); }
  const T* ptr() const { return data.data(); }

  // Element access by full index, row-major. Requires: index.size() == dim().
  T& at(std::initializer_list<int64_t> index) { return data[offset(index)]; }
  const T& at(std::initializer_list<int64_t> index) const { return data[offset(index)]; }

  template <typename U>
  Tensor<U> cast() const {
    Tensor<U> out;
    out.shape = shape;
    out.data.assign(data.begin(), data.end());
    return out;
  }

 private:
  int64_t offset(std::initializer_list<int64_t> index) const {
    int64_t off = 0;
    int64_t axis = 0;
    for (int64_t i : index) off = off * shape[axis++] + i;
    return off;
  }
};

}  // namespace lstmviz::core
