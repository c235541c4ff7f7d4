// Catch2 tests for the byte-range operations: Node's search offsets,
// ucs2-aligned search, repeated fill, compare and swap.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "buffer/bytes.hpp"

namespace b = minode::buffer;

namespace {
const std::uint8_t* u8(const char* s) { return reinterpret_cast<const std::uint8_t*>(s); }

std::int64_t find(const char* hay, const char* needle, std::int64_t off, bool fwd = true) {
  return b::index_of(u8(hay), std::strlen(hay), u8(needle), std::strlen(needle), off, fwd, false);
}
}  // namespace

TEST_CASE("index_of follows Node's offsets", "[buffer]") {
  CHECK(find("abcabc", "bc", 0) == 1);
  CHECK(find("abcabc", "bc", 2) == 4);
  CHECK(find("abcabc", "bc", -2) == 4);
  CHECK(find("abcabc", "bc", -100) == 1);
  CHECK(find("abcabc", "bc", 100) == -1);
  CHECK(find("abcabc", "", 100) == 6);
  CHECK(find("abcabc", "bc", 6, false) == 4);
  CHECK(find("abcabc", "bc", 3, false) == 1);
  CHECK(find("abcabc", "bc", -100, false) == -1);
  CHECK(find("abcabc", "zz", 0) == -1);
}

TEST_CASE("ucs2 search matches only whole code units", "[buffer]") {
  const std::uint8_t hay[] = {0x61, 0x62, 0x00, 0x63, 0x62, 0x00};
  const std::uint8_t needle[] = {0x62, 0x00};
  CHECK(b::index_of(hay, 6, needle, 2, 0, true, true) == 4);
  CHECK(b::index_of(hay, 6, needle, 2, 0, true, false) == 1);
  CHECK(b::index_of(hay, 6, needle, 2, 6, false, true) == 4);
}

TEST_CASE("index_of_byte", "[buffer]") {
  CHECK(b::index_of_byte(u8("hello"), 5, 'l', 0, true) == 2);
  CHECK(b::index_of_byte(u8("hello"), 5, 'l', 10, false) == 3);
  CHECK(b::index_of_byte(u8("hello"), 5, 'l', -3, true) == 2);
  CHECK(b::index_of_byte(u8("hello"), 5, 'z', 0, true) == -1);
  CHECK(b::index_of_byte(u8(""), 0, 'z', 0, true) == -1);
}

TEST_CASE("fill_repeat cuts the last copy short", "[buffer]") {
  std::uint8_t out[8];
  b::fill_repeat(out, 8, u8("abc"), 3);
  CHECK(std::string(reinterpret_cast<char*>(out), 8) == "abcabcab");
  b::fill_repeat(out, 2, u8("xyz"), 3);
  CHECK(std::string(reinterpret_cast<char*>(out), 2) == "xy");
}

TEST_CASE("compare and swap_bytes", "[buffer]") {
  CHECK(b::compare(u8("abc"), 3, u8("abd"), 3) == -1);
  CHECK(b::compare(u8("abc"), 3, u8("ab"), 2) == 1);
  CHECK(b::compare(u8("ab"), 2, u8("ab"), 2) == 0);
  CHECK(b::compare(u8(""), 0, u8("a"), 1) == -1);
  std::uint8_t d[8] = {1, 2, 3, 4, 5, 6, 7, 8};
  b::swap_bytes(d, 8, 4);
  CHECK(d[0] == 4);
  CHECK(d[4] == 8);
  b::swap_bytes(d, 8, 8);
  CHECK(d[0] == 5);
}
