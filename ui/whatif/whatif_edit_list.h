#pragma once
// The what-if lab's list of edits as the learner made them (issue 16): canonical edit texts
// (core/nn/lstm_edits.h) in the order they were added, so "Undo last" undoes the last one even
// though a configuration's "whatif" array lists values, then clamps, then knock-outs. One entry
// per element: a new edit of the same element (the same parameter element, input value or state
// value, the same clamp range, the same knock-out) replaces the earlier one and moves to the end —
// a drag sets one value, it does not stack hundreds. Qt-free.
#include <string>
#include <vector>

namespace lstmviz::ui {

class WhatIfEditList {
 public:
  const std::vector<std::string>& texts() const { return texts_; }
  bool empty() const { return texts_.empty(); }
  int size() const { return static_cast<int>(texts_.size()); }

  // The list with `text` added (replacing an edit of the same element). Throws core::EditError
  // when text does not parse; the list is then unchanged.
  std::vector<std::string> with(const std::string& text) const;
  // The list without entry `index` (ignored when out of range) / without its last entry.
  std::vector<std::string> without(int index) const;
  std::vector<std::string> withoutLast() const { return without(size() - 1); }

  // Takes the edits a snapshot ran with (config.whatIf, canonical order). When they are this
  // list's edits in another order, the learner's order is kept; otherwise the list becomes them.
  void adopt(const std::vector<std::string>& canonical);
  // Sets the list as given (canonical texts).
  void set(std::vector<std::string> texts) { texts_ = std::move(texts); }

  // What identifies the element an edit changes: its canonical text before '=' (the whole text of
  // a knock-out).
  static std::string elementKey(const std::string& canonicalText);
  // The canonical text of one edit of any kind (parseEditList's rule). Throws core::EditError.
  static std::string canonical(const std::string& text);

 private:
  std::vector<std::string> texts_;
};

}  // namespace lstmviz::ui
