// The text encodings: utf8, utf16le, latin1 and ascii, both directions.
//
// Strings come in and go out in Duktape's representation (CESU-8; see
// codec.hpp). Every loop has an ASCII fast path: most text on the wire is
// ASCII, and a run of ASCII bytes is the same in every representation.
// Read first: codec.hpp, codec_internal.hpp.
#include <cstring>

#include "buffer/codec_internal.hpp"

namespace minode::buffer::detail {
namespace {

// Length of the run of ASCII bytes at p, at most limit.
inline std::size_t ascii_run(const std::uint8_t* p, std::size_t limit) {
  std::size_t k = 0;
  while (k < limit && p[k] < 0x80) ++k;
  return k;
}

// Writes codepoint cp (not a surrogate, <= 0x10FFFF) as UTF-8.
inline void write_utf8(std::uint8_t* dst, std::uint32_t cp, std::size_t len) {
  switch (len) {
    case 1: dst[0] = static_cast<std::uint8_t>(cp); break;
    case 2:
      dst[0] = static_cast<std::uint8_t>(0xC0 | (cp >> 6));
      dst[1] = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
      break;
    case 3:
      dst[0] = static_cast<std::uint8_t>(0xE0 | (cp >> 12));
      dst[1] = static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F));
      dst[2] = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
      break;
    default:
      dst[0] = static_cast<std::uint8_t>(0xF0 | (cp >> 18));
      dst[1] = static_cast<std::uint8_t>(0x80 | ((cp >> 12) & 0x3F));
      dst[2] = static_cast<std::uint8_t>(0x80 | ((cp >> 6) & 0x3F));
      dst[3] = static_cast<std::uint8_t>(0x80 | (cp & 0x3F));
  }
}

// The next character of a JS string as a Unicode scalar value: a surrogate
// pair joins into one codepoint; a lone surrogate becomes U+FFFD.
inline std::uint32_t read_scalar(const std::uint8_t*& p, const std::uint8_t* end) {
  std::uint32_t cp = read_codepoint(p, end);
  if (cp >= 0xD800 && cp <= 0xDBFF && p < end) {
    const std::uint8_t* q = p;
    std::uint32_t low = read_codepoint(q, end);
    if (low >= 0xDC00 && low <= 0xDFFF) {
      p = q;
      return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
  }
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return kReplacement;
  return cp;
}

}  // namespace

template <bool kWrite>
std::size_t encode_utf8(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  const std::uint8_t* p = s;
  const std::uint8_t* end = s + n;
  std::size_t out = 0;
  while (p < end) {
    if (*p < 0x80) {
      std::size_t room = cap - out;
      std::size_t avail = static_cast<std::size_t>(end - p);
      std::size_t k = ascii_run(p, room < avail ? room : avail);
      if (kWrite) std::memcpy(dst + out, p, k);
      out += k;
      p += k;
      if (k == room && p < end) break;
      continue;
    }
    const std::uint8_t* q = p;
    std::uint32_t cp = read_scalar(q, end);
    std::size_t len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (out + len > cap) break;  // never a partial character
    if (kWrite) write_utf8(dst + out, cp, len);
    out += len;
    p = q;
  }
  return out;
}

template <bool kWrite>
std::size_t encode_utf16le(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  const std::uint8_t* p = s;
  const std::uint8_t* end = s + n;
  std::size_t out = 0;
  std::uint32_t pending = 0;
  while ((p < end || pending != 0) && out + 2 <= cap) {
    std::uint32_t unit;
    if (pending != 0) {
      unit = pending;
      pending = 0;
    } else {
      unit = read_unit(p, end, &pending);
    }
    if (kWrite) {
      dst[out] = static_cast<std::uint8_t>(unit & 0xFF);
      dst[out + 1] = static_cast<std::uint8_t>(unit >> 8);
    }
    out += 2;
  }
  return out;
}

// latin1 and ascii encode alike: one byte per UTF-16 unit, its low 8 bits.
template <bool kWrite>
std::size_t encode_latin1(const std::uint8_t* s, std::size_t n, std::uint8_t* dst, std::size_t cap) {
  const std::uint8_t* p = s;
  const std::uint8_t* end = s + n;
  std::size_t out = 0;
  std::uint32_t pending = 0;
  while ((p < end || pending != 0) && out < cap) {
    std::uint32_t unit;
    if (pending != 0) {
      unit = pending;
      pending = 0;
    } else {
      unit = read_unit(p, end, &pending);
    }
    if (kWrite) dst[out] = static_cast<std::uint8_t>(unit & 0xFF);
    ++out;
  }
  return out;
}

// WHATWG UTF-8 decoding: each maximal subpart of an invalid sequence
// becomes one U+FFFD (Encoding Standard § 9.1.1; V8 does the same).
template <bool kWrite>
std::size_t decode_utf8(const std::uint8_t* src, std::size_t n, char* dst) {
  std::size_t out = 0;
  std::size_t i = 0;
  while (i < n) {
    std::uint8_t b = src[i];
    if (b < 0x80) {
      std::size_t k = ascii_run(src + i, n - i);
      if (kWrite) std::memcpy(dst + out, src + i, k);
      out += k;
      i += k;
      continue;
    }
    int need;
    std::uint8_t lo = 0x80, hi = 0xBF;
    std::uint32_t cp;
    if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2; cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;  // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3; cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
    } else {
      out += put_codepoint<kWrite>(dst, out, kReplacement);
      ++i;
      continue;
    }
    std::size_t j = i + 1;
    int got = 0;
    while (got < need && j < n && src[j] >= lo && src[j] <= hi) {
      cp = (cp << 6) | (src[j] & 0x3F);
      ++j;
      ++got;
      lo = 0x80;
      hi = 0xBF;
    }
    out += put_codepoint<kWrite>(dst, out, got < need ? kReplacement : cp);
    i = j;
  }
  return out;
}

template <bool kWrite>
std::size_t decode_utf16le(const std::uint8_t* src, std::size_t n, char* dst) {
  std::size_t out = 0;
  for (std::size_t i = 0; i + 1 < n; i += 2) {
    std::uint32_t unit = src[i] | (static_cast<std::uint32_t>(src[i + 1]) << 8);
    out += kWrite ? write_cesu8(dst + out, unit) : cesu8_size(unit);
  }
  return out;
}

template <bool kWrite>
std::size_t decode_latin1(const std::uint8_t* src, std::size_t n, char* dst) {
  std::size_t out = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint8_t b = src[i];
    if (b < 0x80) {
      if (kWrite) dst[out] = static_cast<char>(b);
      ++out;
    } else {
      if (kWrite) write_cesu8(dst + out, b);
      out += 2;
    }
  }
  return out;
}

std::size_t decode_ascii(const std::uint8_t* src, std::size_t n, char* dst) {
  for (std::size_t i = 0; i < n; ++i) dst[i] = static_cast<char>(src[i] & 0x7F);
  return n;
}

template std::size_t encode_utf8<true>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_utf8<false>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_utf16le<true>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_utf16le<false>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_latin1<true>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t encode_latin1<false>(const std::uint8_t*, std::size_t, std::uint8_t*, std::size_t);
template std::size_t decode_utf8<true>(const std::uint8_t*, std::size_t, char*);
template std::size_t decode_utf8<false>(const std::uint8_t*, std::size_t, char*);
template std::size_t decode_utf16le<true>(const std::uint8_t*, std::size_t, char*);
template std::size_t decode_utf16le<false>(const std::uint8_t*, std::size_t, char*);
template std::size_t decode_latin1<true>(const std::uint8_t*, std::size_t, char*);
template std::size_t decode_latin1<false>(const std::uint8_t*, std::size_t, char*);

}  // namespace minode::buffer::detail
