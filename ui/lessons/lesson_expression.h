#pragma once
// evaluateLessonExpression: the small, Python-like language in which a lesson states its claims
// and the live numbers of its text, e.g.
//   shape(h_n)                         → (2, 3, 4)
//   equal(output[:, -1], h_n[-1])      → 1 or 0 (torch.equal: same shape, every element equal)
//   h_n.view(-1, H).shape              → (6, 4)  (note 001 Q3's num_layers·N rows)
//   max_abs(cell_loop(input) - output) → 0 or a rounding difference
//
// Grammar (precedence as in Python):
//   expr    := compare ; compare := sum [('=='|'!='|'<'|'>'|'<='|'>=') sum]
//   sum     := product {('+'|'-') product} ; product := unary {('*'|'/'|'@') unary}
//   unary   := '-' unary | power ; power := postfix ['**' unary]
//   postfix := primary { '[' index {',' index} ']' | '.' NAME ['(' args ')'] }
//   primary := NUMBER | NAME | NAME '(' args ')' | SCOPE '.' NAME | '(' expr ')' | True | False
//   index   := expr | [expr] ':' [expr] [':' expr] | None | '...'
// Methods: view, reshape, permute, transpose, t, T, shape, size, flatten, squeeze, unsqueeze,
// contiguous, chunk (stacked: x.chunk(4, 0)[k]), mean, sum, numel, dim.
// Functions: shape, numel, equal, allclose(a, b, tol), count_equal, max_abs, mean, sum, abs,
// sigmoid, tanh, all, any; anything else is asked of the environment (the engine's names).
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ui/lessons/lesson_value.h"

namespace lstmviz::ui {

// What an expression can read: variables (optionally in a named scope — a lesson's variant
// configuration) and engine functions. Unknown names return nullopt.
class LessonEnvironment {
 public:
  virtual ~LessonEnvironment() = default;
  virtual bool isScope(const std::string& name) const = 0;
  virtual std::optional<LessonValue> variable(const std::string& scope,
                                              const std::string& name) const = 0;
  virtual std::optional<LessonValue> call(const std::string& scope, const std::string& name,
                                          const std::vector<LessonValue>& args) const = 0;
  // The names variable() knows, for error messages.
  virtual std::vector<std::string> variableNames() const = 0;
};

// Throws core::Error "expression 'TEXT', column C: PROBLEM" for a syntax error, an unknown name
// or an operation torch would refuse (its message quoted).
LessonValue evaluateLessonExpression(const std::string& text, const LessonEnvironment& env);

}  // namespace lstmviz::ui
