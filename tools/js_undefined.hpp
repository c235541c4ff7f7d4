// js_undefined: the build-time rewrite of the global `undefined` in built-in modules.
//
// Why: in Duktape, `undefined` is not a keyword but a property of the global
// object, so every read walks the scope chain to the global object and looks
// the name up: ~740 instructions, against ~30 for `void 0`, which compiles to a
// constant. Built-in modules test `x === undefined` on hot paths (every emit,
// every stream write), so tools/js2bc.cpp rewrites each read of the global
// `undefined` to `(void 0)` before compiling them. User code is left alone.
//
// Invariants: the rewrite never changes a line break (error line numbers stay
// right), never touches strings, comments, regular expressions, property names
// (`a.undefined`, `{ undefined: 1 }`) or a declaration of a local `undefined`.
// The parentheses keep the replacement one primary expression in any context.
#pragma once

#include <string>

namespace minode::tools {

/// Returns `source` with every read of the identifier `undefined` replaced by
/// `(void 0)`; stores the number of replacements in `*count` when given.
std::string rewrite_undefined(const std::string& source, int* count = nullptr);

}  // namespace minode::tools
