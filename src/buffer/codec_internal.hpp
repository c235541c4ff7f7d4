// Shared by the codec_*.cpp files (not part of the layer's interface).
//
// What: reading Duktape's string representation one UTF-16 code unit at a
// time, writing a code unit back in that representation (CESU-8), and the
// per-encoding encoders/decoders codec.cpp dispatches to.
// Invariants: every encoder is a template on kWrite: with kWrite false it
// only counts (dst may be null), so encoded_size() and encode() share one
// algorithm and cannot disagree. Likewise for decoders.
// Read first: codec.hpp.
#pragma once
#include <cstddef>
#include <cstdint>

namespace minode::buffer::detail {

/// The replacement character U+FFFD.
constexpr std::uint32_t kReplacement = 0xFFFD;

/// Reads one codepoint of Duktape's extended UTF-8 at p (p < end) and
/// advances p. A malformed or truncated sequence reads as U+FFFD, 1 byte.
inline std::uint32_t read_codepoint(const std::uint8_t*& p, const std::uint8_t* end) {
  std::uint8_t b = *p;
  if (b < 0x80) { ++p; return b; }
  int extra;
  std::uint32_t cp;
  if (b >= 0xC0 && b < 0xE0) { extra = 1; cp = b & 0x1F; }
  else if (b >= 0xE0 && b < 0xF0) { extra = 2; cp = b & 0x0F; }
  else if (b >= 0xF0 && b < 0xF8) { extra = 3; cp = b & 0x07; }
  else { ++p; return kReplacement; }
  if (end - p <= extra) { ++p; return kReplacement; }
  for (int i = 1; i <= extra; ++i) {
    if ((p[i] & 0xC0) != 0x80) { ++p; return kReplacement; }
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  p += extra + 1;
  return cp;
}

/// Reads one UTF-16 code unit; a codepoint above U+FFFF yields its high
/// surrogate now and leaves the low one in *pending (0 when none).
inline std::uint32_t read_unit(const std::uint8_t*& p, const std::uint8_t* end,
                               std::uint32_t* pending) {
  std::uint32_t cp = read_codepoint(p, end);
  if (cp <= 0xFFFF) return cp;
  if (cp > 0x10FFFF) return kReplacement;
  cp -= 0x10000;
  *pending = 0xDC00 + (cp & 0x3FF);
  return 0xD800 + (cp >> 10);
}

/// Bytes a code unit (<= 0xFFFF) takes in CESU-8.
inline std::size_t cesu8_size(std::uint32_t unit) {
  return unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
}

/// Writes a code unit (<= 0xFFFF) in CESU-8; returns the bytes written.
inline std::size_t write_cesu8(char* dst, std::uint32_t unit) {
  if (unit < 0x80) { dst[0] = static_cast<char>(unit); return 1; }
  if (unit < 0x800) {
    dst[0] = static_cast<char>(0xC0 | (unit >> 6));
    dst[1] = static_cast<char>(0x80 | (unit & 0x3F));
    return 2;
  }
  dst[0] = static_cast<char>(0xE0 | (unit >> 12));
  dst[1] = static_cast<char>(0x80 | ((unit >> 6) & 0x3F));
  dst[2] = static_cast<char>(0x80 | (unit & 0x3F));
  return 3;
}

/// Writes a codepoint at dst[at] as CESU-8 (a surrogate pair above
/// U+FFFF) when kWrite (dst is untouched, and may be null, otherwise);
/// returns the byte count either way.
template <bool kWrite>
inline std::size_t put_codepoint(char* dst, std::size_t at, std::uint32_t cp) {
  if (cp <= 0xFFFF) {
    if (kWrite) return write_cesu8(dst + at, cp);
    return cesu8_size(cp);
  }
  cp -= 0x10000;
  if (kWrite) {
    write_cesu8(dst + at, 0xD800 + (cp >> 10));
    write_cesu8(dst + at + 3, 0xDC00 + (cp & 0x3FF));
  }
  return 6;
}

// Encoders: JS string (n bytes) -> at most cap bytes; return bytes written.
/// utf8 encoder (codec_text.cpp).
template <bool kWrite> std::size_t encode_utf8(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);
/// utf16le encoder (codec_text.cpp).
template <bool kWrite> std::size_t encode_utf16le(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);
/// latin1 and ascii encoder (codec_text.cpp).
template <bool kWrite> std::size_t encode_latin1(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);
/// base64 and base64url decoder of text (codec_binary.cpp).
template <bool kWrite> std::size_t encode_base64(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);
/// hex text decoder (codec_binary.cpp).
template <bool kWrite> std::size_t encode_hex(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap);

// Decoders: bytes -> JS string; return bytes of string written (or needed).
/// WHATWG utf8 decoder (codec_text.cpp).
template <bool kWrite> std::size_t decode_utf8(const std::uint8_t* src, std::size_t n, char* dst);
/// utf16le decoder (codec_text.cpp).
template <bool kWrite> std::size_t decode_utf16le(const std::uint8_t* src, std::size_t n, char* dst);
/// latin1 decoder (codec_text.cpp).
template <bool kWrite> std::size_t decode_latin1(const std::uint8_t* src, std::size_t n, char* dst);
/// ascii decoder: drops the high bit (codec_text.cpp).
std::size_t decode_ascii(const std::uint8_t* src, std::size_t n, char* dst);
/// bytes -> base64 (url: base64url alphabet, no padding) (codec_binary.cpp).
std::size_t decode_base64(const std::uint8_t* src, std::size_t n, char* dst, bool url);
/// bytes -> lowercase hex (codec_binary.cpp).
std::size_t decode_hex(const std::uint8_t* src, std::size_t n, char* dst);

}  // namespace minode::buffer::detail
