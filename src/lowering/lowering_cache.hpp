// The on-disk cache of lowered sources.
//
// What: lowering a modern file costs tens to hundreds of ms inside Duktape;
// reading it back costs well under a millisecond. LoweringCache stores the
// lowered text under the user's cache directory, keyed by the source, the
// lowering's version and the engine build, and verifies an entry completely
// before handing it out: a corrupt, truncated or foreign file is ignored,
// never executed.
// Interface:
//  * LoweringCache cache(dir, engine_id);  dir "" = disabled.
//  * cache.read(source, version) -> std::optional<std::string>
//  * cache.write(source, version, lowered) -> bool (best effort)
//  * default_cache_dir(env) -> $MINODE_LOWERING_CACHE_DIR, else
//    $XDG_CACHE_HOME/minode/lowering, else $HOME/.cache/minode/lowering;
//    "" when MINODE_NO_LOWERING_CACHE is set (non-empty, not "0").
// Invariants: an entry is returned only if its magic, format, version, engine
// id, source length, two source hashes and payload checksum all match. Writes
// go to a temporary file renamed into place (readers never see half a file).
// Read first: src/lowering/js/internal/lowering.js (the caller).
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace minode::lowering {

/// FNV-1a 64-bit hash of data, starting from basis (the standard offset basis by default).
std::uint64_t fnv1a64(std::string_view data, std::uint64_t basis = 0xcbf29ce484222325ULL);

/// Where the cache lives, given a getenv-like lookup ("" = caching disabled).
std::string default_cache_dir(const std::function<const char*(const char*)>& getenv_fn);

/// A directory of verified lowered sources.
class LoweringCache {
 public:
  /// dir: the cache directory ("" disables the cache); engine_id: identifies
  /// the engine build (entries made by another build are ignored).
  LoweringCache(std::string dir, std::string engine_id);

  /// True when a directory is configured.
  bool enabled() const { return !dir_.empty(); }
  /// The cache directory ("" when disabled).
  const std::string& dir() const { return dir_; }
  /// The file an entry for (source, version) lives in.
  std::string entry_path(std::string_view source, std::string_view version) const;
  /// The lowered text for source, if a valid entry exists.
  std::optional<std::string> read(std::string_view source, std::string_view version) const;
  /// Stores lowered as the lowering of source; false if it could not be written.
  bool write(std::string_view source, std::string_view version, std::string_view lowered) const;

  /// The header an entry starts with (exposed for tests).
  std::string header(std::string_view source, std::string_view version, std::string_view lowered) const;

 private:
  std::string dir_;
  std::string engine_id_;
};

}  // namespace minode::lowering
