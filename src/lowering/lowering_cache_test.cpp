// Unit tests for the lowering cache: hits, misses, and entries it must refuse.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <unistd.h>

#include "lowering/lowering_cache.hpp"

using minode::lowering::LoweringCache;

namespace {

std::string temp_dir() {
  char tmpl[] = "/tmp/minode-lowering-test-XXXXXX";
  const char* d = ::mkdtemp(tmpl);
  REQUIRE(d != nullptr);
  return std::string(d) + "/cache";
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void spit(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace

TEST_CASE("a written lowering is read back for the same source and version", "[lowering]") {
  LoweringCache cache(temp_dir(), "engine-a");
  REQUIRE(cache.write("let a = 1;", "v1", "var a = 1;"));
  auto hit = cache.read("let a = 1;", "v1");
  REQUIRE(hit);
  CHECK(*hit == "var a = 1;");
}

TEST_CASE("another source, version or engine build misses", "[lowering]") {
  std::string dir = temp_dir();
  LoweringCache cache(dir, "engine-a");
  REQUIRE(cache.write("let a = 1;", "v1", "var a = 1;"));
  CHECK_FALSE(cache.read("let a = 2;", "v1"));
  CHECK_FALSE(cache.read("let a = 1;", "v2"));
  CHECK_FALSE(LoweringCache(dir, "engine-b").read("let a = 1;", "v1"));
}

TEST_CASE("a corrupt or truncated entry is ignored", "[lowering]") {
  LoweringCache cache(temp_dir(), "engine-a");
  REQUIRE(cache.write("let a = 1;", "v1", "var a = 1;"));
  std::string path = cache.entry_path("let a = 1;", "v1");
  std::string good = slurp(path);
  spit(path, good.substr(0, good.size() - 1) + "2");      // payload changed: checksum differs
  CHECK_FALSE(cache.read("let a = 1;", "v1"));
  spit(path, good.substr(0, good.size() - 3));            // truncated
  CHECK_FALSE(cache.read("let a = 1;", "v1"));
  spit(path, "\x01\x02garbage bytecode");                 // foreign file
  CHECK_FALSE(cache.read("let a = 1;", "v1"));
  spit(path, good);
  CHECK(cache.read("let a = 1;", "v1"));
}

TEST_CASE("an entry whose header names another source is refused", "[lowering]") {
  LoweringCache cache(temp_dir(), "engine-a");
  std::string path = cache.entry_path("let a = 1;", "v1");
  REQUIRE(cache.write("let a = 1;", "v1", "x"));
  // A file for a different source, placed under this source's name.
  spit(path, cache.header("let b = 2;", "v1", "var b = 2;") + "var b = 2;");
  CHECK_FALSE(cache.read("let a = 1;", "v1"));
}

TEST_CASE("the cache directory follows the environment", "[lowering]") {
  std::map<std::string, std::string> env;
  auto get = [&env](const char* k) -> const char* {
    auto it = env.find(k);
    return it == env.end() ? nullptr : it->second.c_str();
  };
  env["HOME"] = "/home/u";
  CHECK(minode::lowering::default_cache_dir(get) == "/home/u/.cache/minode/lowering");
  env["XDG_CACHE_HOME"] = "/xdg";
  CHECK(minode::lowering::default_cache_dir(get) == "/xdg/minode/lowering");
  env["MINODE_NO_LOWERING_CACHE"] = "1";
  CHECK(minode::lowering::default_cache_dir(get) == "");
  LoweringCache off("", "e");
  CHECK_FALSE(off.enabled());
  CHECK_FALSE(off.write("a", "v", "b"));
  CHECK_FALSE(off.read("a", "v"));
}
