// Unit tests for the loader's file probes.
#include <catch2/catch.hpp>

#include <cerrno>
#include <cstdio>
#include <string>

#include "modules/module_fs.hpp"

using namespace minode::modules;

TEST_CASE("stat_kind tells files, directories and missing paths apart", "[modules]") {
  CHECK(stat_kind("/") == PathKind::kDirectory);
  CHECK(stat_kind("/proc/self/status") == PathKind::kFile);
  CHECK(stat_kind("/no/such/path") == PathKind::kMissing);
}

TEST_CASE("read_file reads a whole file and reports ENOENT", "[modules]") {
  char name[] = "/tmp/minode_modfs_XXXXXX";
  int fd = mkstemp(name);
  REQUIRE(fd >= 0);
  std::FILE* f = fdopen(fd, "w");
  std::fputs("module.exports = 42;\n", f);
  std::fclose(f);
  std::string out;
  CHECK(read_file(name, out) == 0);
  CHECK(out == "module.exports = 42;\n");
  std::remove(name);
  CHECK(read_file(name, out) == ENOENT);
}
