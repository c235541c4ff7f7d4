// Lookup in the generated table of built-in JS sources (see builtins.hpp).
#include "engine/builtins.hpp"

#include <algorithm>

namespace minode::engine {

const BuiltinSource* find_builtin(std::string_view id) {
  const BuiltinSource* begin = kBuiltinSources;
  const BuiltinSource* end = kBuiltinSources + kBuiltinSourceCount;
  const BuiltinSource* it = std::lower_bound(
      begin, end, id, [](const BuiltinSource& s, std::string_view key) { return s.id < key; });
  if (it == end || std::string_view(it->id) != id) return nullptr;
  return it;
}

}  // namespace minode::engine
