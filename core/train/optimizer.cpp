#include "core/train/optimizer.h"

#include <charconv>
#include <cmath>

#include "core/common/error.h"

namespace lstmviz::core {

std::string pythonFloat(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buffer[64];
  const auto [end, ec] = std::to_chars(buffer, buffer + sizeof(buffer), value);
  std::string text(buffer, ec == std::errc() ? end : buffer);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  return text;
}

namespace {

template <typename T>
void checkSlots(const std::string& optimizer, const std::vector<ParamSlot<T>>& slots) {
  for (const auto& slot : slots)
    if (slot.size < 0 || (slot.size > 0 && slot.values == nullptr))
      throw ShapeError(optimizer + ": parameter slot '" + slot.name +
                       "' has no values or a negative size");
}

}  // namespace

template <typename T>
Optimizer<T>::Optimizer(std::string name, std::vector<ParamSlot<T>> slots, double lr)
    : name_(std::move(name)), lr_(0.0) {
  setLr(lr);
  checkSlots(name_, slots);
  slots_ = std::move(slots);
}

template <typename T>
void Optimizer<T>::setLr(double lr) {
  if (!(lr >= 0.0)) throw Error("Invalid learning rate: " + pythonFloat(lr));
  lr_ = lr;
}

template <typename T>
void Optimizer<T>::rebind(std::vector<ParamSlot<T>> slots) {
  checkSlots(name_, slots);
  bool same = slots.size() == slots_.size();
  for (size_t i = 0; same && i < slots.size(); ++i) same = slots[i].size == slots_[i].size;
  if (!same)
    throw ShapeError(name_ + ": rebind() needs the same number and sizes of parameter slots");
  slots_ = std::move(slots);
}

template class Optimizer<float>;
template class Optimizer<double>;

}  // namespace lstmviz::core
