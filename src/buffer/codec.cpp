// Dispatch from Encoding to the encoders in codec_text.cpp and
// codec_binary.cpp (see codec.hpp for the interface and invariants).
#include "buffer/codec.hpp"

#include <cstdint>

#include "buffer/codec_internal.hpp"

namespace minode::buffer {
namespace {

template <bool kWrite>
std::size_t encode_any(const char* s, std::size_t n, Encoding enc, std::uint8_t* dst,
                       std::size_t cap) {
  const auto* p = reinterpret_cast<const std::uint8_t*>(s);
  switch (enc) {
    case Encoding::kUtf8: return detail::encode_utf8<kWrite>(p, n, dst, cap);
    case Encoding::kUtf16le: return detail::encode_utf16le<kWrite>(p, n, dst, cap);
    case Encoding::kLatin1:
    case Encoding::kAscii: return detail::encode_latin1<kWrite>(p, n, dst, cap);
    case Encoding::kBase64:
    case Encoding::kBase64url: return detail::encode_base64<kWrite>(p, n, dst, cap);
    case Encoding::kHex: return detail::encode_hex<kWrite>(p, n, dst, cap);
  }
  return 0;
}

}  // namespace

bool valid_encoding(int value) {
  return value >= static_cast<int>(Encoding::kUtf8) && value <= static_cast<int>(Encoding::kHex);
}

std::size_t encoded_size(const char* s, std::size_t n, Encoding enc) {
  return encode_any<false>(s, n, enc, nullptr, SIZE_MAX);
}

std::size_t encode(const char* s, std::size_t n, Encoding enc, std::uint8_t* dst,
                   std::size_t cap) {
  return encode_any<true>(s, n, enc, dst, cap);
}

std::size_t decoded_size(const std::uint8_t* src, std::size_t n, Encoding enc) {
  switch (enc) {
    case Encoding::kUtf8: return detail::decode_utf8<false>(src, n, nullptr);
    case Encoding::kUtf16le: return detail::decode_utf16le<false>(src, n, nullptr);
    case Encoding::kLatin1: return detail::decode_latin1<false>(src, n, nullptr);
    case Encoding::kAscii: return n;
    case Encoding::kBase64: return (n + 2) / 3 * 4;
    case Encoding::kBase64url: return n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
    case Encoding::kHex: return 2 * n;
  }
  return 0;
}

std::size_t decode(const std::uint8_t* src, std::size_t n, Encoding enc, char* dst) {
  switch (enc) {
    case Encoding::kUtf8: return detail::decode_utf8<true>(src, n, dst);
    case Encoding::kUtf16le: return detail::decode_utf16le<true>(src, n, dst);
    case Encoding::kLatin1: return detail::decode_latin1<true>(src, n, dst);
    case Encoding::kAscii: return detail::decode_ascii(src, n, dst);
    case Encoding::kBase64: return detail::decode_base64(src, n, dst, false);
    case Encoding::kBase64url: return detail::decode_base64(src, n, dst, true);
    case Encoding::kHex: return detail::decode_hex(src, n, dst);
  }
  return 0;
}

// Well-formed UTF-8 (RFC 3629): the same ranges decode_utf8 accepts.
bool is_utf8(const std::uint8_t* src, std::size_t n) {
  std::size_t i = 0;
  while (i < n) {
    std::uint8_t b = src[i++];
    if (b < 0x80) continue;
    int need;
    std::uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need = 1;
    else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    for (int k = 0; k < need; ++k, ++i) {
      if (i >= n || src[i] < lo || src[i] > hi) return false;
      lo = 0x80;
      hi = 0xBF;
    }
  }
  return true;
}

}  // namespace minode::buffer
