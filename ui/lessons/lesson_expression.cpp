#include "ui/lessons/lesson_expression.h"

#include <cctype>
#include <cmath>

#include "core/common/error.h"

namespace lstmviz::ui {

namespace {

using core::Error;

struct Token {
  enum class Kind { kNumber, kName, kSymbol, kEnd } kind = Kind::kEnd;
  std::string text;
  double number = 0;
  size_t column = 0;
};

std::vector<Token> tokenize(const std::string& text) {
  std::vector<Token> tokens;
  size_t i = 0;
  static const char* kTwo[] = {"**", "==", "!=", "<=", ">="};
  while (i < text.size()) {
    const char c = text[i];
    if (std::isspace(static_cast<unsigned char>(c))) {
      ++i;
      continue;
    }
    Token t;
    t.column = i + 1;
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && i + 1 < text.size() &&
         std::isdigit(static_cast<unsigned char>(text[i + 1])))) {
      size_t used = 0;
      t.number = std::stod(text.substr(i), &used);
      t.kind = Token::Kind::kNumber;
      t.text = text.substr(i, used);
      i += used;
    } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
      size_t j = i;
      while (j < text.size() &&
             (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_'))
        ++j;
      t.kind = Token::Kind::kName;
      t.text = text.substr(i, j - i);
      i = j;
    } else if (text.compare(i, 3, "...") == 0) {
      t.kind = Token::Kind::kSymbol;
      t.text = "...";
      i += 3;
    } else {
      t.kind = Token::Kind::kSymbol;
      t.text = std::string(1, c);
      for (const char* two : kTwo)
        if (text.compare(i, 2, two) == 0) t.text = two;
      if (std::string("+-*/@()[],:.<>=!").find(c) == std::string::npos)
        throw Error("expression '" + text + "', column " + std::to_string(i + 1) +
                    ": unexpected character '" + std::string(1, c) + "'");
      i += t.text.size();
    }
    tokens.push_back(t);
  }
  Token end;
  end.column = text.size() + 1;
  tokens.push_back(end);
  return tokens;
}

class Parser {
 public:
  Parser(const std::string& text, const LessonEnvironment& env)
      : text_(text), env_(env), tokens_(tokenize(text)) {}

  LessonValue parseAll() {
    LessonValue v = expression();
    if (peek().kind != Token::Kind::kEnd) fail("unexpected '" + peek().text + "'");
    return v;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  bool accept(const std::string& symbol) {
    if (peek().kind == Token::Kind::kSymbol && peek().text == symbol) {
      ++pos_;
      return true;
    }
    return false;
  }
  void expect(const std::string& symbol) {
    if (!accept(symbol)) fail("expected '" + symbol + "'");
  }
  [[noreturn]] void fail(const std::string& why) const {
    throw Error("expression '" + text_ + "', column " + std::to_string(peek().column) + ": " + why);
  }
  // Runs an operation, re-throwing torch-worded errors with the expression and column.
  template <typename F>
  LessonValue guarded(size_t column, F&& f) const {
    try {
      return f();
    } catch (const Error& e) {
      throw Error("expression '" + text_ + "', column " + std::to_string(column) + ": " + e.what());
    }
  }
  int64_t integer(const LessonValue& v) const {
    const double x = guarded(peek().column, [&] { return LessonValue::scalar(v.item()); }).data[0];
    if (x != std::floor(x)) fail("expected an integer, got " + v.toString());
    return static_cast<int64_t>(x);
  }

  LessonValue expression() {
    LessonValue left = sum();
    for (const char* op : {"==", "!=", "<=", ">=", "<", ">"}) {
      const size_t column = peek().column;
      if (accept(op)) {
        LessonValue right = sum();
        return guarded(column, [&] { return binaryValue(left, right, op); });
      }
    }
    return left;
  }
  LessonValue sum() {
    LessonValue left = product();
    for (;;) {
      const size_t column = peek().column;
      std::string op;
      if (accept("+"))
        op = "+";
      else if (accept("-"))
        op = "-";
      else
        return left;
      LessonValue right = product();
      left = guarded(column, [&] { return binaryValue(left, right, op); });
    }
  }
  LessonValue product() {
    LessonValue left = unary();
    for (;;) {
      const size_t column = peek().column;
      if (accept("@")) {
        LessonValue right = unary();
        left = guarded(column, [&] { return matmulValue(left, right); });
        continue;
      }
      std::string op;
      if (accept("*"))
        op = "*";
      else if (accept("/"))
        op = "/";
      else
        return left;
      LessonValue right = unary();
      left = guarded(column, [&] { return binaryValue(left, right, op); });
    }
  }
  LessonValue unary() {
    if (accept("-")) return binaryValue(LessonValue::scalar(0), unary(), "-");
    LessonValue base = postfix();
    const size_t column = peek().column;
    if (accept("**")) {
      LessonValue exponent = unary();
      return guarded(column, [&] { return binaryValue(base, exponent, "**"); });
    }
    return base;
  }

  std::vector<LessonValue> arguments() {
    std::vector<LessonValue> args;
    if (accept(")")) return args;
    do args.push_back(expression());
    while (accept(","));
    expect(")");
    return args;
  }

  LessonIndex indexEntry() {
    LessonIndex index;
    if (accept("...")) {
      index.kind = LessonIndex::Kind::kEllipsis;
      return index;
    }
    if (peek().kind == Token::Kind::kName && peek().text == "None") {
      ++pos_;
      index.kind = LessonIndex::Kind::kNewAxis;
      return index;
    }
    auto bound = [&](bool& has, int64_t& value) {
      if (peek().kind == Token::Kind::kSymbol &&
          (peek().text == ":" || peek().text == "," || peek().text == "]"))
        return;
      has = true;
      value = integer(expression());
    };
    bool hasFirst = false;
    int64_t first = 0;
    bound(hasFirst, first);
    if (!accept(":")) {
      if (!hasFirst) fail("expected an index");
      index.integer = first;
      return index;
    }
    index.kind = LessonIndex::Kind::kSlice;
    index.hasStart = hasFirst;
    index.start = first;
    bound(index.hasStop, index.stop);
    if (accept(":")) {
      bool hasStep = false;
      bound(hasStep, index.step);
    }
    return index;
  }

  LessonValue method(const LessonValue& x, const std::string& name, size_t column) {
    const bool called = accept("(");
    const std::vector<LessonValue> args = called ? arguments() : std::vector<LessonValue>{};
    std::vector<int64_t> ints;
    for (const LessonValue& a : args) {
      if (a.dim() == 1) {  // x.view(shape(y)) as torch accepts a size
        for (double v : a.data) ints.push_back(static_cast<int64_t>(v));
      } else {
        ints.push_back(integer(a));
      }
    }
    return guarded(column, [&]() -> LessonValue {
      if (name == "view" || name == "reshape") return reshapeValue(x, ints);
      if (name == "permute") return permuteValue(x, ints);
      if (name == "transpose" && ints.size() == 2) return transposeValue(x, ints[0], ints[1]);
      if ((name == "t" || name == "T") && x.dim() <= 2)
        return x.dim() < 2 ? x : transposeValue(x, 0, 1);
      if (name == "contiguous") return x;
      if (name == "shape" || (name == "size" && ints.empty())) {
        std::vector<double> sizes(x.shape.begin(), x.shape.end());
        return LessonValue({x.dim()}, sizes);
      }
      if (name == "size" && ints.size() == 1) {
        const int64_t a = ints[0] < 0 ? ints[0] + x.dim() : ints[0];
        if (a < 0 || a >= x.dim()) throw Error("Dimension out of range");
        return LessonValue::scalar(static_cast<double>(x.shape[a]));
      }
      if (name == "numel") return LessonValue::scalar(static_cast<double>(x.numel()));
      if (name == "dim") return LessonValue::scalar(static_cast<double>(x.dim()));
      if (name == "flatten") {
        const int64_t start = ints.empty() ? 0 : (ints[0] < 0 ? ints[0] + x.dim() : ints[0]);
        std::vector<int64_t> sizes(x.shape.begin(), x.shape.begin() + start);
        sizes.push_back(-1);
        return reshapeValue(x, sizes);
      }
      if (name == "squeeze") {
        std::vector<int64_t> sizes;
        for (int64_t k = 0; k < x.dim(); ++k)
          if (x.shape[k] != 1 || (!ints.empty() && ints[0] != k)) sizes.push_back(x.shape[k]);
        return LessonValue(sizes, x.data);
      }
      if (name == "unsqueeze" && ints.size() == 1) {
        core::Shape s = x.shape;
        const int64_t a = ints[0] < 0 ? ints[0] + x.dim() + 1 : ints[0];
        s.insert(s.begin() + a, 1);
        return LessonValue(s, x.data);
      }
      if (name == "chunk" && ints.size() == 2) return chunkValue(x, ints[0], ints[1]);
      if (name == "chunk" && ints.size() == 1) return chunkValue(x, ints[0], 0);
      if (name == "mean" || name == "sum")
        return reduceValue(x, name == "mean", ints.empty() ? nullptr : &ints[0]);
      throw Error("unknown method ." + name + (called ? "(…)" : ""));
    });
  }

  LessonValue postfix() {
    LessonValue v = primary();
    for (;;) {
      const size_t column = peek().column;
      if (accept("[")) {
        std::vector<LessonIndex> index;
        do index.push_back(indexEntry());
        while (accept(","));
        expect("]");
        v = guarded(column, [&] { return indexValue(v, index); });
      } else if (accept(".")) {
        if (peek().kind != Token::Kind::kName) fail("expected a method name");
        const std::string name = tokens_[pos_++].text;
        v = method(v, name, column);
      } else {
        return v;
      }
    }
  }

  LessonValue builtin(const std::string& name, const std::vector<LessonValue>& a, bool& found) {
    found = true;
    auto need = [&](size_t n) {
      if (a.size() != n)
        throw Error(name + "() takes " + std::to_string(n) + " argument(s), got " +
                    std::to_string(a.size()));
    };
    if (name == "shape") {
      need(1);
      return LessonValue({a[0].dim()}, std::vector<double>(a[0].shape.begin(), a[0].shape.end()));
    }
    if (name == "numel") return need(1), LessonValue::scalar(static_cast<double>(a[0].numel()));
    if (name == "equal") {
      need(2);
      return LessonValue::scalar(a[0].shape == a[1].shape && a[0].data == a[1].data);
    }
    if (name == "allclose") {
      if (a.size() != 3) need(3);
      const double tol = a[2].item();
      if (a[0].shape != a[1].shape) return LessonValue::scalar(0);
      for (size_t i = 0; i < a[0].data.size(); ++i)
        if (!(std::fabs(a[0].data[i] - a[1].data[i]) <= tol)) return LessonValue::scalar(0);
      return LessonValue::scalar(1);
    }
    if (name == "count_equal") {
      need(2);
      const LessonValue eq = binaryValue(a[0], a[1], "==");
      return reduceValue(eq, false, nullptr);
    }
    if (name == "max_abs") {
      need(1);
      double m = 0;
      for (double v : a[0].data) m = std::max(m, std::fabs(v));
      return LessonValue::scalar(m);
    }
    if (name == "mean" || name == "sum") {
      if (a.empty() || a.size() > 2) need(1);
      if (a.size() == 1) return reduceValue(a[0], name == "mean", nullptr);
      const int64_t axis = static_cast<int64_t>(a[1].item());
      return reduceValue(a[0], name == "mean", &axis);
    }
    if (name == "all" || name == "any") {
      need(1);
      bool all = true, any = false;
      for (double v : a[0].data) {
        all = all && v != 0;
        any = any || v != 0;
      }
      return LessonValue::scalar(name == "all" ? all : any);
    }
    if (name == "abs" || name == "sigmoid" || name == "tanh") {
      need(1);
      LessonValue out = a[0];
      for (double& v : out.data)
        v = name == "abs"    ? std::fabs(v)
            : name == "tanh" ? std::tanh(v)
                             : 1.0 / (1.0 + std::exp(-v));
      return out;
    }
    found = false;
    return {};
  }

  LessonValue primary() {
    const Token t = peek();
    if (t.kind == Token::Kind::kNumber) {
      ++pos_;
      return LessonValue::scalar(t.number);
    }
    if (accept("(")) {
      LessonValue v = expression();
      expect(")");
      return v;
    }
    if (t.kind != Token::Kind::kName)
      fail(t.kind == Token::Kind::kEnd ? "unexpected end" : "unexpected '" + t.text + "'");
    ++pos_;
    if (t.text == "True" || t.text == "False") return LessonValue::scalar(t.text == "True");
    std::string scope;
    std::string name = t.text;
    if (env_.isScope(name) && peek().text == ".") {
      ++pos_;
      if (peek().kind != Token::Kind::kName) fail("expected a name after '" + name + ".'");
      scope = name;
      name = tokens_[pos_++].text;
    }
    if (accept("(")) {
      const std::vector<LessonValue> args = arguments();
      return guarded(t.column, [&] {
        bool found = false;
        LessonValue v = scope.empty() ? builtin(name, args, found) : LessonValue{};
        if (found) return v;
        if (auto r = env_.call(scope, name, args)) return *r;
        throw Error("unknown function " + name + "()");
      });
    }
    if (auto v = env_.variable(scope, name)) return *v;
    std::string known;
    for (const std::string& n : env_.variableNames()) known += (known.empty() ? "" : ", ") + n;
    throw Error("expression '" + text_ + "', column " + std::to_string(t.column) +
                ": unknown name '" + name + "' (expected one of " + known + ")");
  }

  const std::string& text_;
  const LessonEnvironment& env_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
};

}  // namespace

LessonValue evaluateLessonExpression(const std::string& text, const LessonEnvironment& env) {
  return Parser(text, env).parseAll();
}

}  // namespace lstmviz::ui
