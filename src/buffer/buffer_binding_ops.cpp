// internalBinding('buffer'): the byte operations (copy, compare, search,
// fill, swap), thin wrappers over bytes.hpp. JS has validated and
// normalised every argument (ranges, encodings, Node's error messages);
// the clamps here only keep a bad call memory-safe.
// Read first: buffer_binding.hpp, bytes.hpp.
#include <cmath>
#include <cstring>

#include "buffer/buffer_binding_internal.hpp"
#include "buffer/bytes.hpp"

namespace minode::buffer::detail {
namespace {

// A JS offset (any number) as Node's C++ receives it: an int64, truncated.
std::int64_t offset_arg(duk_context* ctx, duk_idx_t idx) {
  double v = duk_to_number(ctx, idx);
  if (std::isnan(v)) return 0;
  if (v > 9007199254740991.0) return INT64_C(9007199254740991);
  if (v < -9007199254740991.0) return INT64_C(-9007199254740991);
  return static_cast<std::int64_t>(v);
}

// copy(source, target, targetStart, sourceStart, nb) -> bytes copied.
duk_ret_t copy(duk_context* ctx) {
  std::size_t src_len = 0, dst_len = 0;
  const std::uint8_t* src = bytes_arg(ctx, 0, &src_len);
  std::uint8_t* dst = bytes_arg(ctx, 1, &dst_len);
  std::size_t t = clamp_arg(ctx, 2, dst_len);
  std::size_t s = clamp_arg(ctx, 3, src_len);
  std::size_t nb = clamp_arg(ctx, 4, std::min(dst_len - t, src_len - s));
  if (nb > 0) std::memmove(dst + t, src + s, nb);  // source and target may overlap
  duk_push_uint(ctx, static_cast<duk_uint_t>(nb));
  return 1;
}

// compare(a, b) -> -1 | 0 | 1
duk_ret_t compare_all(duk_context* ctx) {
  std::size_t a_len = 0, b_len = 0;
  const std::uint8_t* a = bytes_arg(ctx, 0, &a_len);
  const std::uint8_t* b = bytes_arg(ctx, 1, &b_len);
  duk_push_int(ctx, compare(a, a_len, b, b_len));
  return 1;
}

// compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd)
duk_ret_t compare_offset(duk_context* ctx) {
  std::size_t s_len = 0, t_len = 0;
  const std::uint8_t* s = bytes_arg(ctx, 0, &s_len);
  const std::uint8_t* t = bytes_arg(ctx, 1, &t_len);
  std::size_t t_start = clamp_arg(ctx, 2, t_len);
  std::size_t s_start = clamp_arg(ctx, 3, s_len);
  std::size_t t_end = std::max(t_start, clamp_arg(ctx, 4, t_len));
  std::size_t s_end = std::max(s_start, clamp_arg(ctx, 5, s_len));
  duk_push_int(ctx, compare(s + s_start, s_end - s_start, t + t_start, t_end - t_start));
  return 1;
}

// indexOfString(buf, string, byteOffset, enc, forward) -> index or -1.
// Only utf8, latin1 and utf16le come here (Node's IndexOfString); JS turns
// other encodings into a Buffer needle first.
duk_ret_t index_of_string(duk_context* ctx) {
  std::size_t hay_len = 0;
  const std::uint8_t* hay = bytes_arg(ctx, 0, &hay_len);
  duk_size_t n = 0;
  const char* s = duk_require_lstring(ctx, 1, &n);
  std::int64_t offset = offset_arg(ctx, 2);
  Encoding enc = encoding_arg(ctx, 3);
  bool forward = duk_to_boolean(ctx, 4);
  std::size_t needle_len = encoded_size(s, n, enc);
  auto* needle = static_cast<std::uint8_t*>(duk_push_buffer_raw(ctx, needle_len, DUK_BUF_FLAG_NOZERO));
  encode(s, n, enc, needle, needle_len);
  std::int64_t r = index_of(hay, hay_len, needle, needle_len, offset, forward,
                            enc == Encoding::kUtf16le);
  duk_push_number(ctx, static_cast<double>(r));
  return 1;
}

// indexOfBuffer(buf, needle, byteOffset, enc, forward) -> index or -1.
duk_ret_t index_of_buffer(duk_context* ctx) {
  std::size_t hay_len = 0, needle_len = 0;
  const std::uint8_t* hay = bytes_arg(ctx, 0, &hay_len);
  const std::uint8_t* needle = bytes_arg(ctx, 1, &needle_len);
  std::int64_t offset = offset_arg(ctx, 2);
  bool units16 = encoding_arg(ctx, 3) == Encoding::kUtf16le;
  bool forward = duk_to_boolean(ctx, 4);
  std::int64_t r = index_of(hay, hay_len, needle, needle_len, offset, forward, units16);
  duk_push_number(ctx, static_cast<double>(r));
  return 1;
}

// indexOfNumber(buf, value, byteOffset, forward) -> index or -1.
duk_ret_t index_of_number(duk_context* ctx) {
  std::size_t hay_len = 0;
  const std::uint8_t* hay = bytes_arg(ctx, 0, &hay_len);
  auto value = static_cast<std::uint8_t>(duk_to_uint32(ctx, 1) & 0xFF);
  std::int64_t offset = offset_arg(ctx, 2);
  bool forward = duk_to_boolean(ctx, 3);
  duk_push_number(ctx, static_cast<double>(index_of_byte(hay, hay_len, value, offset, forward)));
  return 1;
}

// The bytes of a string fill value, written at dst (at most cap bytes);
// returns how many. utf8 and utf16le may cut the last character (as
// Node's Fill memcpy's the encoded string); others encode up to cap.
std::size_t encode_fill(duk_context* ctx, const char* s, std::size_t n, Encoding enc,
                        std::uint8_t* dst, std::size_t cap) {
  if (enc != Encoding::kUtf8 && enc != Encoding::kUtf16le) return encode(s, n, enc, dst, cap);
  std::size_t full = encoded_size(s, n, enc);
  if (full <= cap) return encode(s, n, enc, dst, cap);
  auto* tmp = static_cast<std::uint8_t*>(duk_push_buffer_raw(ctx, full, DUK_BUF_FLAG_NOZERO));
  encode(s, n, enc, tmp, full);
  std::memcpy(dst, tmp, cap);
  duk_pop(ctx);
  return cap;
}

// fill(buf, value, start, end, enc) -> undefined, or -1 when the value
// encodes to no bytes at all (JS throws ERR_INVALID_ARG_VALUE). A number
// value is one byte (memset); a string is encoded; a buffer is copied.
duk_ret_t fill(duk_context* ctx) {
  std::size_t len = 0;
  std::uint8_t* data = bytes_arg(ctx, 0, &len);
  std::size_t start = clamp_arg(ctx, 2, len);
  std::size_t end = std::max(start, clamp_arg(ctx, 3, len));
  std::uint8_t* dst = data + start;
  std::size_t fill_len = end - start;
  std::size_t pattern_len;
  const std::uint8_t* pattern = dst;
  if (duk_is_number(ctx, 1)) {
    std::memset(dst, static_cast<int>(duk_to_uint32(ctx, 1) & 0xFF), fill_len);
    return 0;
  }
  if (duk_is_string(ctx, 1)) {
    duk_size_t n = 0;
    const char* s = duk_get_lstring(ctx, 1, &n);
    pattern_len = encode_fill(ctx, s, n, encoding_arg(ctx, 4), dst, fill_len);
  } else {
    pattern = bytes_arg(ctx, 1, &pattern_len);
  }
  if (fill_len == 0) return 0;
  if (pattern_len == 0) {
    duk_push_int(ctx, -1);
    return 1;
  }
  fill_repeat(dst, fill_len, pattern, pattern_len);
  return 0;
}

// swap(buf, width): swap16/32/64 in place.
duk_ret_t swap(duk_context* ctx) {
  std::size_t len = 0;
  std::uint8_t* data = bytes_arg(ctx, 0, &len);
  int width = duk_require_int(ctx, 1);
  if (width == 2 || width == 4 || width == 8) swap_bytes(data, len, width);
  return 0;
}

duk_ret_t is_utf8_fn(duk_context* ctx) {
  std::size_t len = 0;
  const std::uint8_t* data = bytes_arg(ctx, 0, &len);
  duk_push_boolean(ctx, is_utf8(data, len));
  return 1;
}

duk_ret_t is_ascii_fn(duk_context* ctx) {
  std::size_t len = 0;
  const std::uint8_t* data = bytes_arg(ctx, 0, &len);
  bool ascii = true;
  for (std::size_t i = 0; i < len && ascii; ++i) ascii = data[i] < 0x80;
  duk_push_boolean(ctx, ascii);
  return 1;
}

}  // namespace

const engine::FunctionEntry kByteFunctions[] = {
    {"copy", copy, 5},
    {"compare", compare_all, 2},
    {"compareOffset", compare_offset, 6},
    {"indexOfString", index_of_string, 5},
    {"indexOfBuffer", index_of_buffer, 5},
    {"indexOfNumber", index_of_number, 4},
    {"fill", fill, 5},
    {"swap", swap, 2},
    {"isUtf8", is_utf8_fn, 1},
    {"isAscii", is_ascii_fn, 1},
    {nullptr, nullptr, 0},
};

}  // namespace minode::buffer::detail
