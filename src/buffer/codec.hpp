// Buffer encodings: JS strings <-> bytes, for every encoding Node names.
//
// What: the C++ half of buf.toString(enc), Buffer.from(str, enc),
// buf.write(str, ..., enc) and Buffer.byteLength(str, 'utf8'). Large
// buffers are encoded and decoded here, never byte by byte in JS.
// Interface:
//   encoded_size(s, n, enc)            bytes a JS string becomes (no limit)
//   encode(s, n, enc, dst, cap)        write at most cap bytes; returns count
//   decoded_size(src, n, enc)          bytes of the JS string decode() makes
//   decode(src, n, enc, dst)           bytes -> JS string (Duktape's form)
// Invariants:
//   * "JS string" means Duktape's internal representation: extended UTF-8
//     in which a UTF-16 surrogate is a 3-byte sequence (CESU-8), so '😀'
//     is two 3-byte sequences. Strings pushed raw from C may also hold 4-byte
//     sequences; both are read as the same UTF-16 code units.
//   * decode() always produces CESU-8: characters above U+FFFF become two
//     surrogate sequences, so String.prototype.length counts UTF-16 units.
//   * utf8 encoding joins a surrogate pair into one 4-byte sequence and
//     writes a lone surrogate as EF BF BD (U+FFFD), as V8's WriteUtf8 does;
//     utf8 decoding replaces each maximal invalid subpart with U+FFFD
//     (WHATWG), as V8 does.
//   * encode() never writes part of a utf8 character; utf16le writes whole
//     code units; hex stops at the first invalid pair; base64 accepts both
//     alphabets, skips whitespace and other junk, and stops at '='.
// Read first: chapters on buffers; Node's src/string_bytes.cc.
// Node doc: buffer.md § "Buffers and character encodings".
#pragma once
#include <cstddef>
#include <cstdint>

namespace minode::buffer {

/// Node's byte encodings. The numbers are shared with JS: they must match
/// kEncodings in src/buffer/js/internal/buffer/encoding.js.
enum class Encoding : int {
  kUtf8 = 0,       ///< 'utf8', 'utf-8' (the default)
  kUtf16le = 1,    ///< 'utf16le', 'utf-16le', 'ucs2', 'ucs-2'
  kLatin1 = 2,     ///< 'latin1', 'binary'
  kAscii = 3,      ///< 'ascii' (decoding drops the high bit)
  kBase64 = 4,     ///< 'base64' (decoding also accepts the URL alphabet)
  kBase64url = 5,  ///< 'base64url' (encoding omits padding)
  kHex = 6,        ///< 'hex'
};

/// True if value is one of the Encoding numbers.
bool valid_encoding(int value);

/// Number of bytes encode() writes for the JS string s (n bytes) given no limit.
std::size_t encoded_size(const char* s, std::size_t n, Encoding enc);

/// Encodes the JS string s (n bytes of Duktape's representation) into dst,
/// writing at most cap bytes; returns the number of bytes written.
std::size_t encode(const char* s, std::size_t n, Encoding enc, std::uint8_t* dst,
                   std::size_t cap);

/// Number of bytes (Duktape's string representation) decode() produces.
std::size_t decoded_size(const std::uint8_t* src, std::size_t n, Encoding enc);

/// Decodes n bytes into dst, which must hold decoded_size(src, n, enc)
/// bytes; returns the number written. The result is a valid Duktape string.
std::size_t decode(const std::uint8_t* src, std::size_t n, Encoding enc, char* dst);

/// True if the bytes are well-formed UTF-8 (buffer.isUtf8()).
bool is_utf8(const std::uint8_t* src, std::size_t n);

}  // namespace minode::buffer
