// js_undefined.cpp: a small JS tokenizer, just enough to find identifier
// `undefined` outside strings, comments and regular expressions. Read
// js_undefined.hpp first for why this exists.
//
// The one hard part of tokenizing JS is `/`: division or the start of a regular
// expression? As every hand-written JS lexer does, we decide from the previous
// significant token: after a value (identifier, number, string, `)`, `]`, `}`)
// it divides; after an operator, `(`, `,` or a keyword such as `return` it
// starts a regex. `}` ending a block and followed by a regex is the one case
// this guesses wrong, and built-ins do not write it.
#include "js_undefined.hpp"

#include <cctype>
#include <cstring>

namespace minode::tools {
namespace {

bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || c == '$'; }
bool ident_part(char c) { return ident_start(c) || std::isdigit(static_cast<unsigned char>(c)); }

// Keywords after which `/` starts a regular expression.
bool regex_keyword(const std::string& w) {
  static const char* const kWords[] = {"return", "typeof", "instanceof", "in", "of", "new",
                                       "delete", "void", "throw", "case", "do", "else", "yield"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

struct Scanner {
  const std::string& src;
  std::string out;
  std::size_t i = 0;
  std::string prev;       // the previous significant token's text
  bool prev_value = false;  // it ends a value: `/` after it divides
  int count = 0;

  char at(std::size_t k) const { return k < src.size() ? src[k] : '\0'; }

  // Copies src[i, end) to the output and moves past it.
  void copy_to(std::size_t end) {
    out.append(src, i, end - i);
    i = end;
  }

  std::size_t skip_quoted(std::size_t k, char quote) const {
    for (++k; k < src.size() && src[k] != quote; ++k)
      if (src[k] == '\\') ++k;
    return k + 1;
  }

  std::size_t skip_regex(std::size_t k) const {
    bool in_class = false;
    for (++k; k < src.size() && src[k] != '\n'; ++k) {
      char c = src[k];
      if (c == '\\') ++k;
      else if (c == '[') in_class = true;
      else if (c == ']') in_class = false;
      else if (c == '/' && !in_class) break;
    }
    for (++k; k < src.size() && ident_part(src[k]); ++k) {}
    return k;
  }

  // The next significant character after position k (skipping blanks and comments).
  char next_significant(std::size_t k) const {
    while (k < src.size()) {
      if (std::isspace(static_cast<unsigned char>(src[k]))) {
        ++k;
      } else if (src[k] == '/' && at(k + 1) == '/') {
        k = src.find('\n', k);
      } else if (src[k] == '/' && at(k + 1) == '*') {
        k = src.find("*/", k + 2);
        if (k != std::string::npos) k += 2;
      } else {
        return src[k];
      }
    }
    return '\0';  // end of input (find() gave npos, which ends the loop too)
  }

  // Is the `undefined` at [i, i+9) a read of the global?
  bool is_global_read() const {
    if (prev == "." || prev == "var" || prev == "function" || prev == "let" || prev == "const")
      return false;
    if ((prev == "{" || prev == ",") && next_significant(i + 9) == ':') return false;  // a key
    return true;
  }

  void word() {
    std::size_t end = i;
    while (end < src.size() && ident_part(src[end])) ++end;
    std::string w = src.substr(i, end - i);
    if (w == "undefined" && is_global_read()) {
      out += "(void 0)";
      i = end;
      ++count;
    } else {
      copy_to(end);
    }
    prev = w;
    prev_value = !regex_keyword(w);
  }

  void punct() {
    char c = src[i];
    if (c == '/' && !prev_value) {
      copy_to(skip_regex(i));
      prev = "/regex/";
      prev_value = true;
      return;
    }
    copy_to(i + 1);
    prev = std::string(1, c);
    prev_value = (c == ')' || c == ']' || c == '}');
  }

  void step() {
    char c = src[i];
    if (std::isspace(static_cast<unsigned char>(c))) return copy_to(i + 1);
    if (c == '/' && at(i + 1) == '/') {
      std::size_t end = src.find('\n', i);
      return copy_to(end == std::string::npos ? src.size() : end);
    }
    if (c == '/' && at(i + 1) == '*') {
      std::size_t end = src.find("*/", i + 2);
      return copy_to(end == std::string::npos ? src.size() : end + 2);
    }
    if (c == '\'' || c == '"' || c == '`') {
      copy_to(std::min(skip_quoted(i, c), src.size()));
      prev = "string";
      prev_value = true;
      return;
    }
    if (ident_start(c)) return word();
    if (std::isdigit(static_cast<unsigned char>(c))) {
      std::size_t end = i;
      while (end < src.size() && (ident_part(src[end]) || src[end] == '.')) ++end;
      copy_to(end);
      prev = "number";
      prev_value = true;
      return;
    }
    punct();
  }
};

}  // namespace

std::string rewrite_undefined(const std::string& source, int* count) {
  Scanner s{source, {}, 0, {}, false, 0};
  s.out.reserve(source.size() + source.size() / 16);
  while (s.i < source.size()) s.step();
  if (count) *count = s.count;
  return s.out;
}

}  // namespace minode::tools
