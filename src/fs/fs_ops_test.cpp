// Catch2 tests for the fs core: the errno convention, whole-file reads and
// writes, mkdir -p, rm -rf, copyFile and readdir types.
#include <catch2/catch.hpp>
#include <cerrno>
#include <fcntl.h>
#include <string>
#include <unistd.h>
#include <vector>

#include "fs/fs_ops.hpp"

namespace fs = minode::fs;

namespace {
std::string temp_dir() {
  std::string out;
  REQUIRE(fs::make_temp_dir("/tmp/minode-fs-test-", &out) == 0);
  return out;
}
}  // namespace

TEST_CASE("failures are negative errno values", "[fs]") {
  CHECK(fs::open_file("/nonexistent/x", O_RDONLY, 0) == -ENOENT);
  fs::StatInfo st;
  CHECK(fs::stat_path("/nonexistent", true, &st) == -ENOENT);
  CHECK(fs::close_file(-1) == -EBADF);
}

TEST_CASE("write_whole then read_whole round-trips bytes", "[fs]") {
  std::string dir = temp_dir();
  std::string file = dir + "/a.bin";
  std::string data(200000, 'x');
  data[7] = '\0';
  const char* sys = nullptr;
  REQUIRE(fs::write_whole(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644, data.data(),
                          data.size(), &sys) == 0);
  std::vector<char> back;
  REQUIRE(fs::read_whole(file.c_str(), O_RDONLY, &back, &sys) == 0);
  CHECK(std::string(back.begin(), back.end()) == data);
  fs::StatInfo st;
  REQUIRE(fs::stat_path(file.c_str(), true, &st) == 0);
  CHECK(st.size == 200000);
  CHECK(fs::read_whole(dir.c_str(), O_RDONLY, &back, &sys) == -EISDIR);
  CHECK(std::string(sys) == "read");
  CHECK(fs::remove_tree(dir.c_str()) == 0);
}

TEST_CASE("read_whole reads files whose size stat does not know", "[fs]") {
  std::vector<char> out;
  const char* sys = nullptr;
  REQUIRE(fs::read_whole("/proc/self/status", O_RDONLY, &out, &sys) == 0);
  CHECK(out.size() > 100);
}

TEST_CASE("make_dir_recursive reports the first directory it made", "[fs]") {
  std::string dir = temp_dir();
  std::string first;
  std::string deep = dir + "/a/b/c";
  REQUIRE(fs::make_dir_recursive(deep.c_str(), 0777, &first) == 0);
  CHECK(first == dir + "/a");
  first.clear();
  CHECK(fs::make_dir_recursive(deep.c_str(), 0777, &first) == 0);
  CHECK(first.empty());
  std::vector<fs::DirEntry> entries;
  REQUIRE(fs::read_dir((dir + "/a").c_str(), &entries) == 0);
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].name == "b");
  CHECK(entries[0].type == fs::kDir);
  CHECK(fs::remove_tree(dir.c_str()) == 0);
  CHECK(fs::access_path(dir.c_str(), F_OK) == -ENOENT);
}

TEST_CASE("copy_file copies bytes and honours excl", "[fs]") {
  std::string dir = temp_dir();
  std::string a = dir + "/a", b = dir + "/b";
  const char* sys = nullptr;
  REQUIRE(fs::write_whole(a.c_str(), O_WRONLY | O_CREAT, 0600, "hello", 5, &sys) == 0);
  REQUIRE(fs::copy_file(a.c_str(), b.c_str(), false) == 0);
  std::vector<char> out;
  REQUIRE(fs::read_whole(b.c_str(), O_RDONLY, &out, &sys) == 0);
  CHECK(std::string(out.begin(), out.end()) == "hello");
  CHECK(fs::copy_file(a.c_str(), b.c_str(), true) == -EEXIST);
  CHECK(fs::remove_tree(dir.c_str()) == 0);
}
