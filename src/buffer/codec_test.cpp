// Catch2 tests for the encodings: round trips, Node's replacement and
// truncation rules, and Duktape's string representation (CESU-8).
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "buffer/codec.hpp"

using minode::buffer::Encoding;

namespace {

// JS string (Duktape bytes) -> bytes, through encoded_size + encode.
std::vector<std::uint8_t> enc(const std::string& s, Encoding e) {
  std::size_t n = minode::buffer::encoded_size(s.data(), s.size(), e);
  std::vector<std::uint8_t> out(n);
  std::size_t w = minode::buffer::encode(s.data(), s.size(), e, out.data(), n);
  REQUIRE(w == n);
  return out;
}

// bytes -> JS string (Duktape bytes).
std::string dec(const std::vector<std::uint8_t>& b, Encoding e) {
  std::size_t n = minode::buffer::decoded_size(b.data(), b.size(), e);
  std::string out(n, '\0');
  std::size_t w = minode::buffer::decode(b.data(), b.size(), e, out.data());
  REQUIRE(w == n);
  return out;
}

std::vector<std::uint8_t> bytes(const std::string& s) { return {s.begin(), s.end()}; }

// U+D83D U+DE00 as Duktape stores '😀' (two 3-byte surrogate sequences).
const std::string kSmileCesu = "\xED\xA0\xBD\xED\xB8\x80";
const std::string kSmileUtf8 = "\xF0\x9F\x98\x80";

}  // namespace

TEST_CASE("utf8 joins surrogate pairs and replaces lone surrogates", "[buffer]") {
  CHECK(enc(kSmileCesu, Encoding::kUtf8) == bytes(kSmileUtf8));
  CHECK(enc(kSmileUtf8, Encoding::kUtf8) == bytes(kSmileUtf8));  // raw 4-byte form too
  CHECK(enc("\xED\xA0\xBDx", Encoding::kUtf8) == bytes("\xEF\xBF\xBDx"));
  CHECK(enc("\xED\xB8\x80", Encoding::kUtf8) == bytes("\xEF\xBF\xBD"));
  CHECK(enc("h\xC3\xA9", Encoding::kUtf8) == bytes("h\xC3\xA9"));
}

TEST_CASE("utf8 decoding yields CESU-8 and WHATWG replacements", "[buffer]") {
  CHECK(dec(bytes(kSmileUtf8), Encoding::kUtf8) == kSmileCesu);
  // ED A0 80 is a UTF-8 surrogate: three replacement characters.
  CHECK(dec(bytes("\xED\xA0\x80"), Encoding::kUtf8) == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  // A truncated sequence at the end is one replacement.
  CHECK(dec(bytes("a\xE2\x82"), Encoding::kUtf8) == "a\xEF\xBF\xBD");
  CHECK(dec(bytes("\xC3("), Encoding::kUtf8) == "\xEF\xBF\xBD(");
  CHECK(dec(bytes("\xFF"), Encoding::kUtf8) == "\xEF\xBF\xBD");
}

TEST_CASE("encode never writes a partial utf8 character", "[buffer]") {
  std::string s = "a" + kSmileCesu;
  std::uint8_t out[8] = {};
  CHECK(minode::buffer::encode(s.data(), s.size(), Encoding::kUtf8, out, 4) == 1);
  CHECK(minode::buffer::encode(s.data(), s.size(), Encoding::kUtf8, out, 5) == 5);
}

TEST_CASE("latin1, ascii and utf16le", "[buffer]") {
  CHECK(enc("\xC3\xA9\xE2\x82\xAC", Encoding::kLatin1) == std::vector<std::uint8_t>{0xE9, 0xAC});
  CHECK(enc("\xC3\xA9", Encoding::kAscii) == std::vector<std::uint8_t>{0xE9});
  CHECK(dec({0xE9, 0x41}, Encoding::kLatin1) == "\xC3\xA9" "A");
  CHECK(dec({0xE9, 0xFF}, Encoding::kAscii) == "i\x7F");
  CHECK(enc("A" + kSmileCesu, Encoding::kUtf16le) ==
        std::vector<std::uint8_t>{0x41, 0, 0x3D, 0xD8, 0x00, 0xDE});
  CHECK(dec({0x41, 0, 0x3D, 0xD8, 0x00, 0xDE, 0x7F}, Encoding::kUtf16le) == "A" + kSmileCesu);
}

TEST_CASE("hex truncates at the first invalid pair", "[buffer]") {
  CHECK(enc("abcxyz", Encoding::kHex) == std::vector<std::uint8_t>{0xAB});
  CHECK(enc("012", Encoding::kHex) == std::vector<std::uint8_t>{0x01});
  CHECK(enc("0g12", Encoding::kHex).empty());
  CHECK(dec({0x00, 0xAB, 0xFF}, Encoding::kHex) == "00abff");
}

TEST_CASE("base64 is forgiving on input and exact on output", "[buffer]") {
  CHECK(dec(bytes("hello"), Encoding::kBase64) == "aGVsbG8=");
  CHECK(dec(bytes("hello"), Encoding::kBase64url) == "aGVsbG8");
  CHECK(dec({0xFB, 0xFF}, Encoding::kBase64) == "+/8=");
  CHECK(dec({0xFB, 0xFF}, Encoding::kBase64url) == "-_8");
  CHECK(enc("aGVs bG8=\nd29y", Encoding::kBase64) == bytes("hello"));
  CHECK(enc("aGVsbA", Encoding::kBase64) == bytes("hell"));
  CHECK(enc("_-_-", Encoding::kBase64) == std::vector<std::uint8_t>{0xFF, 0xEF, 0xFE});
  CHECK(enc("Q", Encoding::kBase64).empty());
}

TEST_CASE("round trips of every byte value", "[buffer]") {
  std::vector<std::uint8_t> all(256);
  for (int i = 0; i < 256; ++i) all[i] = static_cast<std::uint8_t>(i);
  for (Encoding e : {Encoding::kLatin1, Encoding::kBase64, Encoding::kBase64url, Encoding::kHex}) {
    CHECK(enc(dec(all, e), e) == all);
  }
}

TEST_CASE("is_utf8", "[buffer]") {
  CHECK(minode::buffer::is_utf8(reinterpret_cast<const std::uint8_t*>(kSmileUtf8.data()), 4));
  CHECK_FALSE(minode::buffer::is_utf8(reinterpret_cast<const std::uint8_t*>("\xED\xA0\x80"), 3));
  CHECK_FALSE(minode::buffer::is_utf8(reinterpret_cast<const std::uint8_t*>("\xE2\x82"), 2));
}
