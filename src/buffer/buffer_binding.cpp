// internalBinding('buffer'): creating Buffers, and strings <-> bytes
// (see buffer_binding.hpp for the interface; the byte operations are in
// buffer_binding_ops.cpp).
//
// Why Buffer.prototype is made here and not in buffer.js: push_buffer() is
// called by socket and file reads, possibly before any JS has required
// 'buffer'. Owning the prototype object in C++ lets it stamp every new
// Buffer with the right prototype at once; buffer.js then fills that same
// object with methods (Buffer.prototype = binding.bufferPrototype).
//
// Why not Duktape's own Node.js Buffer: it is Node 0.12's API (no
// Buffer.from/alloc, no base64url/latin1, slice copies semantics of that
// era), and its encodings don't follow V8's replacement rules.
#include "buffer/buffer_binding.hpp"

#include <cstring>
#include <cstdint>

#include "buffer/buffer_binding_internal.hpp"
#include "buffer/codec.hpp"
#include "engine/binding.hpp"

namespace minode::buffer {
namespace {

// Buffer.prototype: pinned in the heap stash by init(), and never moved by
// Duktape, so the raw pointer stays valid for the heap's lifetime.
void* g_prototype = nullptr;

void ensure_prototype(duk_context* ctx) {
  if (g_prototype != nullptr) return;
  engine::push_internal_binding(ctx, "buffer");  // runs init()
  duk_pop(ctx);
}

// createBuffer(size, zeroFill) -> Buffer
duk_ret_t create_buffer(duk_context* ctx) {
  double size = duk_require_number(ctx, 0);
  bool zero = duk_to_boolean(ctx, 1);
  if (!(size >= 0) || size > 4294967295.0) {
    return duk_range_error(ctx, "Array buffer allocation failed");
  }
  detail::push_new_buffer(ctx, static_cast<std::size_t>(size), zero);
  return 1;
}

// createView(arrayBuffer, byteOffset, length) -> Buffer over the same memory.
duk_ret_t create_view(duk_context* ctx) {
  auto offset = static_cast<duk_size_t>(duk_require_number(ctx, 1));
  auto length = static_cast<duk_size_t>(duk_require_number(ctx, 2));
  duk_push_buffer_object(ctx, 0, offset, length, DUK_BUFOBJ_UINT8ARRAY);
  duk_push_heapptr(ctx, g_prototype);
  duk_set_prototype(ctx, -2);
  return 1;
}

// An upper bound of the bytes a base64 or hex string of n bytes decodes
// to, cheap to compute; 0 for the other encodings (they need a counting
// pass: encoded_size()).
std::size_t quick_bound(std::size_t n, Encoding enc) {
  if (enc == Encoding::kHex) return n / 2;
  if (enc == Encoding::kBase64 || enc == Encoding::kBase64url) return n / 4 * 3 + 3;
  return 0;
}

// fromString(string, enc) -> Buffer holding exactly the encoded bytes.
// base64 and hex decode in one pass into a buffer sized by quick_bound();
// the Buffer is a view of the bytes actually written.
duk_ret_t from_string(duk_context* ctx) {
  duk_size_t n = 0;
  const char* s = duk_require_lstring(ctx, 0, &n);
  Encoding enc = detail::encoding_arg(ctx, 1);
  std::size_t bound = quick_bound(n, enc);
  if (bound == 0) {
    std::size_t size = encoded_size(s, n, enc);
    std::uint8_t* dst = detail::push_new_buffer(ctx, size, false);
    if (size > 0) encode(s, n, enc, dst, size);
    return 1;
  }
  ensure_prototype(ctx);
  auto* dst = static_cast<std::uint8_t*>(duk_push_buffer_raw(ctx, bound, DUK_BUF_FLAG_NOZERO));
  std::size_t size = encode(s, n, enc, dst, bound);
  duk_push_buffer_object(ctx, -1, 0, size, DUK_BUFOBJ_UINT8ARRAY);
  duk_push_heapptr(ctx, g_prototype);
  duk_set_prototype(ctx, -2);
  return 1;
}

// byteLengthUtf8(string) -> number of UTF-8 bytes.
duk_ret_t byte_length_utf8(duk_context* ctx) {
  duk_size_t n = 0;
  const char* s = duk_require_lstring(ctx, 0, &n);
  duk_push_number(ctx, static_cast<double>(encoded_size(s, n, Encoding::kUtf8)));
  return 1;
}

// slice(buf, enc, start, end) -> string: the bytes [start, end) decoded.
duk_ret_t slice(duk_context* ctx) {
  std::size_t len = 0;
  const std::uint8_t* data = detail::bytes_arg(ctx, 0, &len);
  Encoding enc = detail::encoding_arg(ctx, 1);
  std::size_t start = detail::clamp_arg(ctx, 2, len);
  std::size_t end = duk_is_undefined(ctx, 3) ? len : detail::clamp_arg(ctx, 3, len);
  if (end <= start) {
    duk_push_string(ctx, "");
    return 1;
  }
  std::size_t size = decoded_size(data + start, end - start, enc);
  auto* out = static_cast<char*>(duk_push_buffer_raw(ctx, size, DUK_BUF_FLAG_NOZERO));
  decode(data + start, end - start, enc, out);
  duk_buffer_to_string(ctx, -1);
  return 1;
}

// write(buf, string, enc, offset, maxLength) -> bytes written.
duk_ret_t write(duk_context* ctx) {
  std::size_t len = 0;
  std::uint8_t* data = detail::bytes_arg(ctx, 0, &len);
  duk_size_t n = 0;
  const char* s = duk_require_lstring(ctx, 1, &n);
  Encoding enc = detail::encoding_arg(ctx, 2);
  std::size_t offset = detail::clamp_arg(ctx, 3, len);
  std::size_t cap = duk_is_undefined(ctx, 4) ? len - offset : detail::clamp_arg(ctx, 4, len - offset);
  duk_push_number(ctx, static_cast<double>(encode(s, n, enc, data + offset, cap)));
  return 1;
}

void init(duk_context* ctx) {
  // Buffer.prototype inherits from the engine's own Uint8Array.prototype
  // (taken from a real Uint8Array, so a user's global cannot interfere).
  duk_push_object(ctx);
  duk_push_fixed_buffer(ctx, 0);
  duk_push_buffer_object(ctx, -1, 0, 0, DUK_BUFOBJ_UINT8ARRAY);
  duk_get_prototype(ctx, -1);
  duk_set_prototype(ctx, -4);
  duk_pop_2(ctx);
  g_prototype = duk_get_heapptr(ctx, -1);
  duk_push_heap_stash(ctx);
  duk_dup(ctx, -2);
  duk_put_prop_string(ctx, -2, "minode.buffer.prototype");
  duk_pop(ctx);
  duk_put_prop_string(ctx, -2, "bufferPrototype");

  static const engine::FunctionEntry kFunctions[] = {
      {"createBuffer", create_buffer, 2},
      {"createView", create_view, 3},
      {"fromString", from_string, 2},
      {"byteLengthUtf8", byte_length_utf8, 1},
      {"slice", slice, 4},
      {"write", write, 5},
      {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  engine::put_functions(ctx, -1, detail::kByteFunctions);
  duk_push_number(ctx, 4294967296.0);
  duk_put_prop_string(ctx, -2, "kMaxLength");
}

}  // namespace

namespace detail {

std::uint8_t* bytes_arg(duk_context* ctx, duk_idx_t idx, std::size_t* len) {
  static std::uint8_t empty[1];
  duk_size_t size = 0;
  void* p = duk_require_buffer_data(ctx, idx, &size);
  *len = p == nullptr ? 0 : size;
  return p == nullptr ? empty : static_cast<std::uint8_t*>(p);
}

Encoding encoding_arg(duk_context* ctx, duk_idx_t idx) {
  int v = duk_get_int_default(ctx, idx, 0);
  return valid_encoding(v) ? static_cast<Encoding>(v) : Encoding::kUtf8;
}

std::size_t clamp_arg(duk_context* ctx, duk_idx_t idx, std::size_t max) {
  double v = duk_to_number(ctx, idx);
  if (!(v > 0)) return 0;
  if (v >= static_cast<double>(max)) return max;
  return static_cast<std::size_t>(v);
}

std::uint8_t* push_new_buffer(duk_context* ctx, std::size_t size, bool zero) {
  ensure_prototype(ctx);
  void* data = duk_push_buffer_raw(ctx, size, zero ? 0 : DUK_BUF_FLAG_NOZERO);
  duk_push_buffer_object(ctx, -1, 0, size, DUK_BUFOBJ_UINT8ARRAY);
  duk_push_heapptr(ctx, g_prototype);
  duk_set_prototype(ctx, -2);
  duk_remove(ctx, -2);
  return static_cast<std::uint8_t*>(data);
}

}  // namespace detail

void register_buffer_bindings() { engine::register_binding("buffer", init); }

void push_buffer(duk_context* ctx, const char* data, std::size_t len) {
  std::uint8_t* dst = detail::push_new_buffer(ctx, len, false);
  if (len > 0) std::memcpy(dst, data, len);
}

const char* get_bytes(duk_context* ctx, duk_idx_t idx, std::size_t* len) {
  static const char empty[1] = {0};
  *len = 0;
  if (!duk_is_buffer_data(ctx, idx)) return nullptr;
  duk_size_t size = 0;
  void* p = duk_get_buffer_data(ctx, idx, &size);
  if (p == nullptr) return empty;
  *len = size;
  return static_cast<const char*>(p);
}

}  // namespace minode::buffer
