// Built-in JavaScript sources embedded at build time.
//
// What: the table that cmake/embed_js_script.cmake generates from every
// src/<layer>/js/<id>.js file. The engine compiles an entry on first
// require() of its id; nothing is compiled up front, so startup pays only
// for the modules a script actually uses.
// Read first: cmake/EmbedJs.cmake (the naming convention).
#pragma once
#include <cstddef>
#include <string_view>

namespace minode::engine {

/// One embedded JavaScript module: its id (e.g. "events", "internal/errors")
/// and its source text.
struct BuiltinSource {
  const char* id;      ///< module id, as passed to require()
  const char* source;  ///< UTF-8 source text (not NUL-terminated by contract)
  std::size_t length;  ///< byte length of source
};

/// The generated table, sorted by id.
extern const BuiltinSource kBuiltinSources[];
/// Number of entries in kBuiltinSources.
extern const std::size_t kBuiltinSourceCount;

/// Finds the embedded module with this id, or nullptr.
const BuiltinSource* find_builtin(std::string_view id);

}  // namespace minode::engine
