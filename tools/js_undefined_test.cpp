// Catch2 tests for the build-time `undefined` rewrite (tools/js_undefined.hpp).
#include <algorithm>

#include <catch2/catch.hpp>

#include "js_undefined.hpp"

using minode::tools::rewrite_undefined;

TEST_CASE("rewrite_undefined replaces reads of the global", "[js2bc]") {
  int n = 0;
  CHECK(rewrite_undefined("if (x === undefined) return undefined;", &n) ==
        "if (x === (void 0)) return (void 0);");
  CHECK(n == 2);
  CHECK(rewrite_undefined("f(a, undefined)\ncase undefined:") == "f(a, (void 0))\ncase (void 0):");
  CHECK(rewrite_undefined("c ? undefined : d") == "c ? (void 0) : d");
}

TEST_CASE("rewrite_undefined leaves strings, comments, regexes and keys alone", "[js2bc]") {
  const char* kept[] = {
      "'undefined'", "\"a\\\"undefined\"", "// undefined\n", "/* undefined */",
      "x = /undefined/g", "a.undefined", "({ undefined: 1 })", "({ a: 1, undefined: 2 })",
      "var undefined", "function undefined() {}", "undefinedness", "is_undefined",
      "x = a / b / undefinedx"};
  for (const char* src : kept) {
    int n = -1;
    CHECK(rewrite_undefined(src, &n) == src);
    CHECK(n == 0);
  }
}

TEST_CASE("rewrite_undefined tells division from a regex", "[js2bc]") {
  CHECK(rewrite_undefined("a = b / c; d = undefined / 2") == "a = b / c; d = (void 0) / 2");
  CHECK(rewrite_undefined("return /x\\/undefined[/]/.test(s) || undefined") ==
        "return /x\\/undefined[/]/.test(s) || (void 0)");
  CHECK(rewrite_undefined("(a) / undefined") == "(a) / (void 0)");
}

TEST_CASE("rewrite_undefined keeps every line break", "[js2bc]") {
  std::string src = "var a = undefined;\n// undefined\nb(undefined,\n  undefined);\n";
  std::string out = rewrite_undefined(src);
  CHECK(std::count(out.begin(), out.end(), '\n') == std::count(src.begin(), src.end(), '\n'));
}
