// The file-system probes the CommonJS loader needs, and nothing more.
//
// What: stat-like and read-like helpers used while resolving require()
// paths. The full `fs` module is a later layer; the loader must not depend on
// it (Node's loader likewise uses its own internalModuleStat binding).
// Interface: stat_kind(path), read_file(path, out), real_path(path, out).
// Read first: src/modules/js/internal/modules/cjs/resolve.js (the algorithm).
#pragma once
#include <string>

namespace minode::modules {

/// What a path names: Node's internalModuleStat convention.
enum class PathKind { kFile = 0, kDirectory = 1, kMissing = -2 };

/// Classifies path (following symlinks).
PathKind stat_kind(const std::string& path);

/// Reads the whole file into out. Returns 0 or an errno value.
int read_file(const std::string& path, std::string& out);

/// Resolves symlinks and `..` (realpath(3)). Returns 0 or an errno value.
int real_path(const std::string& path, std::string& out);

}  // namespace minode::modules
