// The on-disk cache of lowered sources (see lowering_cache.hpp).
//
// Entry format (one file per key, text):
//   line 1: "minode-lowered 1 <version> <engine id> <len> <h1> <h2> <plen> <pcheck>\n"
//   then exactly <plen> bytes of lowered source.
// <h1>/<h2> are FNV-1a 64 of the source from two bases; <pcheck> is FNV-1a 64
// of the payload. The version and engine id must not contain spaces or
// newlines (the writer replaces them), so the header parses unambiguously.
#include "lowering/lowering_cache.hpp"

#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace minode::lowering {
namespace {

constexpr std::uint64_t kSecondBasis = 0x84222325cbf29ce4ULL;
constexpr const char* kMagic = "minode-lowered 1";

std::string hex(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string token(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = '_';
  }
  return out.empty() ? "-" : out;
}

// mkdir -p; true if the directory exists afterwards.
bool make_dirs(const std::string& dir) {
  std::string path;
  std::stringstream parts(dir);
  std::string part;
  if (!dir.empty() && dir[0] == '/') path = "/";
  while (std::getline(parts, part, '/')) {
    if (part.empty()) continue;
    path += part + "/";
    ::mkdir(path.c_str(), 0700);
  }
  struct stat st;
  return ::stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

}  // namespace

std::uint64_t fnv1a64(std::string_view data, std::uint64_t basis) {
  std::uint64_t h = basis;
  for (unsigned char c : data) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string default_cache_dir(const std::function<const char*(const char*)>& getenv_fn) {
  const char* off = getenv_fn("MINODE_NO_LOWERING_CACHE");
  if (off && *off && std::string_view(off) != "0") return "";
  if (const char* d = getenv_fn("MINODE_LOWERING_CACHE_DIR"); d && *d) return d;
  if (const char* x = getenv_fn("XDG_CACHE_HOME"); x && *x && x[0] == '/') return std::string(x) + "/minode/lowering";
  if (const char* h = getenv_fn("HOME"); h && *h) return std::string(h) + "/.cache/minode/lowering";
  return "";
}

LoweringCache::LoweringCache(std::string dir, std::string engine_id)
    : dir_(std::move(dir)), engine_id_(token(engine_id)) {}

std::string LoweringCache::entry_path(std::string_view source, std::string_view version) const {
  std::uint64_t key = fnv1a64(source);
  key = fnv1a64(version, key);
  key = fnv1a64(engine_id_, key);
  return dir_ + "/" + hex(key) + "-" + std::to_string(source.size()) + ".js";
}

std::string LoweringCache::header(std::string_view source, std::string_view version,
                                  std::string_view lowered) const {
  std::string h = kMagic;
  h += " " + token(version) + " " + engine_id_ + " " + std::to_string(source.size()) + " " +
       hex(fnv1a64(source)) + " " + hex(fnv1a64(source, kSecondBasis)) + " " +
       std::to_string(lowered.size()) + " " + hex(fnv1a64(lowered)) + "\n";
  return h;
}

std::optional<std::string> LoweringCache::read(std::string_view source, std::string_view version) const {
  if (!enabled()) return std::nullopt;
  std::ifstream in(entry_path(source, version), std::ios::binary);
  if (!in) return std::nullopt;
  std::string head;
  if (!std::getline(in, head)) return std::nullopt;
  std::istringstream fields(head);
  std::string m1, m2, ver, engine, len, h1, h2, plen, pcheck;
  if (!(fields >> m1 >> m2 >> ver >> engine >> len >> h1 >> h2 >> plen >> pcheck)) return std::nullopt;
  if (m1 + " " + m2 != kMagic || ver != token(version) || engine != engine_id_ ||
      len != std::to_string(source.size()) || h1 != hex(fnv1a64(source)) ||
      h2 != hex(fnv1a64(source, kSecondBasis))) {
    return std::nullopt;                                  // another source, version or build
  }
  std::string payload((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (std::to_string(payload.size()) != plen || hex(fnv1a64(payload)) != pcheck) {
    return std::nullopt;                                  // truncated or corrupt
  }
  return payload;
}

bool LoweringCache::write(std::string_view source, std::string_view version, std::string_view lowered) const {
  if (!enabled() || !make_dirs(dir_)) return false;
  std::string path = entry_path(source, version);
  std::string tmp = path + ".tmp" + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << header(source, version, lowered) << lowered;
    if (!out.flush()) {
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace minode::lowering
