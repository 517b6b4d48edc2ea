#include "ui/whatif/whatif_edit_list.h"

#include <algorithm>

#include "core/nn/lstm_edits.h"

namespace lstmviz::ui {

std::string WhatIfEditList::canonical(const std::string& text) {
  const std::vector<std::string> one = core::formatEditList(core::parseEditList({text}));
  return one.empty() ? std::string() : one.front();
}

std::string WhatIfEditList::elementKey(const std::string& canonicalText) {
  return canonicalText.substr(0, canonicalText.rfind('='));
}

std::vector<std::string> WhatIfEditList::with(const std::string& text) const {
  const std::string added = canonical(text);
  const std::string key = elementKey(added);
  std::vector<std::string> next;
  for (const std::string& t : texts_)
    if (elementKey(t) != key) next.push_back(t);
  next.push_back(added);
  return next;
}

std::vector<std::string> WhatIfEditList::without(int index) const {
  std::vector<std::string> next = texts_;
  if (index >= 0 && index < size()) next.erase(next.begin() + index);
  return next;
}

void WhatIfEditList::adopt(const std::vector<std::string>& canonical) {
  std::vector<std::string> ours;
  try {
    ours = core::formatEditList(core::parseEditList(texts_));
  } catch (const std::exception&) {
    ours.clear();
  }
  if (ours != canonical) texts_ = canonical;
}

}  // namespace lstmviz::ui
