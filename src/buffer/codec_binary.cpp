// The binary-to-text encodings: base64, base64url and hex, both directions.
//
// Decoding text follows Node's forgiving rules (src/base64-inl.h,
// src/string_bytes.cc): base64 takes either alphabet in either encoding,
// skips characters outside it (whitespace, line breaks) and stops at the
// first '='; hex stops at the first pair that is not two hex digits, so
// 'abzz' decodes to one byte and an odd trailing digit is dropped.
// Read first: codec.hpp, codec_internal.hpp.
#include "buffer/codec_internal.hpp"

namespace minode::buffer::detail {
namespace {

const char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kBase64url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const char kHexDigits[] = "0123456789abcdef";

// Lookup tables: the value of each byte as a base64 character (either
// alphabet) or hex digit, -1 if it is none. Built at compile time.
struct Tables {
  std::int8_t base64[256];
  std::int8_t hex[256];
  constexpr Tables() : base64(), hex() {
    for (int c = 0; c < 256; ++c) {
      base64[c] = -1;
      hex[c] = -1;
    }
    for (int c = 0; c < 26; ++c) {
      base64['A' + c] = static_cast<std::int8_t>(c);
      base64['a' + c] = static_cast<std::int8_t>(c + 26);
    }
    for (int c = 0; c < 10; ++c) {
      base64['0' + c] = static_cast<std::int8_t>(c + 52);
      hex['0' + c] = static_cast<std::int8_t>(c);
    }
    base64['+'] = base64['-'] = 62;
    base64['/'] = base64['_'] = 63;
    for (int c = 0; c < 6; ++c) {
      hex['a' + c] = static_cast<std::int8_t>(10 + c);
      hex['A' + c] = static_cast<std::int8_t>(10 + c);
    }
  }
};
constexpr Tables kTables;

}  // namespace

// Base64 text -> bytes. A group of four characters gives three bytes; a
// final group of two or three gives one or two; a lone one gives nothing.
// The fast loop takes four valid characters at a time; the slow one
// gathers a group across skipped characters, or ends at '=' / the input.
template <bool kWrite>
std::size_t encode_base64(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  const std::int8_t* t = kTables.base64;
  std::size_t out = 0;
  std::size_t i = 0;
  for (;;) {
    while (i + 4 <= n && out + 3 <= cap) {
      int a = t[s[i]], b = t[s[i + 1]], c = t[s[i + 2]], d = t[s[i + 3]];
      if ((a | b | c | d) < 0) break;
      std::uint32_t v = (static_cast<std::uint32_t>(a) << 18) | (b << 12) | (c << 6) | d;
      if (kWrite) {
        dst[out] = static_cast<std::uint8_t>(v >> 16);
        dst[out + 1] = static_cast<std::uint8_t>(v >> 8);
        dst[out + 2] = static_cast<std::uint8_t>(v);
      }
      out += 3;
      i += 4;
    }
    std::uint32_t acc = 0;
    int count = 0;
    while (count < 4 && i < n && s[i] != '=') {
      int v = t[s[i++]];
      if (v < 0) continue;
      acc = (acc << 6) | static_cast<std::uint32_t>(v);
      ++count;
    }
    std::uint8_t bytes[3];
    int produced = count == 4 ? 3 : count == 3 ? 2 : count == 2 ? 1 : 0;
    if (count < 4) acc <<= 6 * (4 - count);
    bytes[0] = static_cast<std::uint8_t>(acc >> 16);
    bytes[1] = static_cast<std::uint8_t>(acc >> 8);
    bytes[2] = static_cast<std::uint8_t>(acc);
    for (int k = 0; k < produced && out < cap; ++k, ++out) {
      if (kWrite) dst[out] = bytes[k];
    }
    if (count < 4 || out >= cap) return out;
  }
}

// Hex text -> bytes, pair by pair, up to the first invalid pair.
template <bool kWrite>
std::size_t encode_hex(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  std::size_t out = 0;
  const std::int8_t* t = kTables.hex;
  for (std::size_t i = 0; i + 1 < n && out < cap; i += 2, ++out) {
    int hi = t[s[i]];
    int lo = t[s[i + 1]];
    if ((hi | lo) < 0) break;
    if (kWrite) dst[out] = static_cast<std::uint8_t>((hi << 4) | lo);
  }
  return out;
}

// Bytes -> base64 text; base64url has its own alphabet and no padding.
std::size_t decode_base64(const std::uint8_t* src, std::size_t n, char* dst, bool url) {
  const char* table = url ? kBase64url : kBase64;
  std::size_t out = 0;
  std::size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    std::uint32_t v = (static_cast<std::uint32_t>(src[i]) << 16) |
                      (static_cast<std::uint32_t>(src[i + 1]) << 8) | src[i + 2];
    dst[out++] = table[v >> 18];
    dst[out++] = table[(v >> 12) & 0x3F];
    dst[out++] = table[(v >> 6) & 0x3F];
    dst[out++] = table[v & 0x3F];
  }
  std::size_t rest = n - i;
  if (rest == 0) return out;
  std::uint32_t v = static_cast<std::uint32_t>(src[i]) << 16;
  if (rest == 2) v |= static_cast<std::uint32_t>(src[i + 1]) << 8;
  dst[out++] = table[v >> 18];
  dst[out++] = table[(v >> 12) & 0x3F];
  if (rest == 2) dst[out++] = table[(v >> 6) & 0x3F];
  if (!url) {
    if (rest == 1) dst[out++] = '=';
    dst[out++] = '=';
  }
  return out;
}

// Bytes -> lowercase hex text.
std::size_t decode_hex(const std::uint8_t* src, std::size_t n, char* dst) {
  for (std::size_t i = 0; i < n; ++i) {
    dst[2 * i] = kHexDigits[src[i] >> 4];
    dst[2 * i + 1] = kHexDigits[src[i] & 0x0F];
  }
  return 2 * n;
}

template std::size_t encode_base64<true>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_base64<false>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_hex<true>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_hex<false>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);

}  // namespace minode::buffer::detail
