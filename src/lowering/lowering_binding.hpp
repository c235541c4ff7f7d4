// internalBinding('lowering'): the disk cache of lowered sources, for JS.
//
// What: exposes LoweringCache (lowering_cache.hpp) to
// src/lowering/js/internal/lowering.js:
//   enabled() -> bool, dir() -> string,
//   read(source, version) -> string | undefined,
//   write(source, version, lowered) -> bool.
// The cache is configured once, on first use: off with --no-lowering-cache
// (runtime::process_config().lowering_cache) or MINODE_NO_LOWERING_CACHE=1;
// the directory comes from default_cache_dir(); the engine id names the
// Duktape version and this build of minode.
// Read first: lowering_cache.hpp.
#pragma once

namespace minode::lowering {

/// Registers internalBinding('lowering').
void register_lowering_bindings();

}  // namespace minode::lowering
