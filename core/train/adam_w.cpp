#include "core/train/adam_w.h"

namespace lstmviz::core {

template <typename T>
AdamW<T>::AdamW(std::vector<ParamSlot<T>> slots, const AdamWOptions& options)
    : Adam<T>("AdamW", std::move(slots),
              AdamOptions{options.lr, options.beta1, options.beta2, options.eps,
                          options.weightDecay, options.amsgrad},
              /*decoupled=*/true) {}

template class AdamW<float>;
template class AdamW<double>;

}  // namespace lstmviz::core
