// Built-in JavaScript sources embedded at build time.
//
// What: the table that tools/js2bc.cpp generates from every
// src/<layer>/js/<id>.js file. The engine compiles an entry on first
// require() of its id; nothing is compiled up front, so startup pays only
// for the modules a script actually uses.
// Read first: cmake/EmbedJs.cmake (the naming convention).
#pragma once
#include <cstddef>
#include <string_view>

namespace minode::engine {

/// One embedded JavaScript module: its id (e.g. "events", "internal/errors")
/// and its code, precompiled to Duktape bytecode by tools/js2bc.cpp. A module
/// that failed to compile at build time carries its source instead, so that
/// require() reports the SyntaxError at run time.
struct BuiltinSource {
  const char* id;               ///< module id, as passed to require()
  const char* source;           ///< UTF-8 source, only when bytecode is absent
  std::size_t length;           ///< byte length of source
  const char* bytecode;         ///< duk_dump_function() output of the wrapper
  std::size_t bytecode_length;  ///< byte length of bytecode (0: use source)
};

/// The generated table, sorted by id.
extern const BuiltinSource kBuiltinSources[];
/// Number of entries in kBuiltinSources.
extern const std::size_t kBuiltinSourceCount;

/// Finds the embedded module with this id, or nullptr.
const BuiltinSource* find_builtin(std::string_view id);

}  // namespace minode::engine
