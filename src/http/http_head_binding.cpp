// internalBinding('http'): the head serializer and the header checks.
//
// What: the thin Duktape face of head_writer.hpp, for lib JS.
// Interface (JS):
//  * storeHeader(msg, firstA, firstB[, body[, handle]]) -> the head (plus
//    body) as a Buffer. firstA/firstB: statusCode and statusMessage (a
//    number first) or method and path. The headers (msg._headers, see
//    @anchor header-store in js/_http_outgoing.js) and the fields that
//    decide the automatic ones (sendDate, shouldKeepAlive, _hasBody...) are
//    read from msg. With a body and a socket handle, the bytes go straight
//    to the socket and the result is their count (a number) instead (see
//    @anchor direct-write). It sets on msg only what changes (set_results).
//  * headerKey(name, value) -> name lower-cased when setHeader(name, value)
//    may store it, else 1 (bad name), 2 (value undefined), 3 (bad value).
//  * checkIsHttpToken(s), checkInvalidHeaderChar(s): Node's header checks.
// Invariants: no std::string or vector lives on this file's C stack across
// a call that can throw (Duktape longjmps): the buffers are static scratch.
// Read first: head_writer.hpp, then OutgoingMessage._storeHeader in
// js/_http_outgoing.js. Chapter: chapters/05-http.md § "Writing a response".
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "engine/binding.hpp"
#include "http/head_writer.hpp"
#include "http/http_binding_internal.hpp"
#include "net/stream.hpp"

namespace minode::http::detail {
namespace {

// The head being built, and one header's decoded name and value. Not
// locals: a throwing duk_* call must not skip a destructor (Duktape
// longjmps), and reusing them keeps their capacity.
std::string& scratch() {
  static std::string* s = new std::string();
  return *s;
}
std::string& field_scratch() {
  static std::string* s = new std::string();
  return *s;
}
std::string& body_scratch() {
  static std::string* s = new std::string();
  return *s;
}

// Appends a Duktape string as UTF-8: Duktape keeps a character outside the
// BMP as two 3-byte surrogates (CESU-8); the wire needs one 4-byte sequence.
// The runs between surrogates go in whole (a byte at a time cost ~10
// instructions a byte of body).
void append_utf8(std::string& out, const char* p, std::size_t len) {
  std::size_t done = 0;  // p[0, done) is in out
  for (std::size_t i = 0; i < len;) {
    const void* ed = std::memchr(p + i, 0xED, len - i);  // a surrogate's lead byte
    if (ed == nullptr) break;
    i = static_cast<std::size_t>(static_cast<const char*>(ed) - p);
    bool high = i + 5 < len && (static_cast<unsigned char>(p[i + 1]) & 0xF0) == 0xA0 &&
                static_cast<unsigned char>(p[i + 3]) == 0xED &&
                (static_cast<unsigned char>(p[i + 4]) & 0xF0) == 0xB0;
    if (!high) {
      ++i;
      continue;
    }
    out.append(p + done, i - done);
    std::uint32_t hi = 0xD000 | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    std::uint32_t lo = 0xD000 | ((p[i + 4] & 0x3F) << 6) | (p[i + 5] & 0x3F);
    std::uint32_t cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
    i += 6;
    done = i;
  }
  out.append(p + done, len - done);
}

// Appends a JS string as Node writes headers: 'latin1', one byte per
// character (Duktape holds strings as UTF-8, so decode non-ASCII).
void append_latin1(std::string& out, const char* p, std::size_t len) {
  std::size_t i = 0;
  while (i < len) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80) { out += static_cast<char>(c); ++i; continue; }
    int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
    std::uint32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra && i + k < len; ++k) cp = (cp << 6) | (p[i + k] & 0x3F);
    out += static_cast<char>(cp & 0xFF);
    i += 1 + extra;
  }
}

bool is_ascii(const char* p, std::size_t len) {
  for (std::size_t i = 0; i < len; ++i)
    if (static_cast<unsigned char>(p[i]) >= 0x80) return false;
  return true;
}

// String(value at idx) as UTF-8 bytes: a string as it is (no safe call:
// duk_safe_to_lstring's protected call cost ~350 instructions per header
// name and value); anything else converted in place, as before.
const char* text_at(duk_context* ctx, duk_idx_t idx, duk_size_t* len) {
  if (duk_is_string(ctx, idx) && !duk_is_symbol(ctx, idx)) return duk_get_lstring(ctx, idx, len);
  return duk_safe_to_lstring(ctx, idx, len);
}

// Appends the string at idx (latin1 when not ASCII).
void append_js_string(duk_context* ctx, duk_idx_t idx, std::string& out) {
  duk_size_t len = 0;
  const char* p = text_at(ctx, idx, &len);
  if (is_ascii(p, len)) out.append(p, len);
  else append_latin1(out, p, len);
}

// Writes out to the Stream behind the JS handle at idx: 0 (all written),
// 1 (the rest queued in the Stream) or -errno (nothing written).
int write_to_handle(duk_context* ctx, duk_idx_t idx, const std::string& out) {
  std::shared_ptr<net::Stream> stream = stream_at(ctx, idx);
  if (!stream || stream->is_closing()) return -EBADF;
  net::Slice slice{out.data(), out.size()};
  return stream->write(&slice, 1, nullptr);
}

// True if String(value at idx) holds a character Node's header-value
// check (/[^\t\x20-\x7e\x80-\xff]/) rejects. Duktape strings are UTF-8:
// lead bytes 0xC2/0xC3 start U+0080-U+00FF; a lead byte from 0xC4 up starts
// a character above U+00FF, always invalid.
bool invalid_value_text(duk_context* ctx, duk_idx_t idx) {
  duk_size_t len = 0;
  const char* p = text_at(ctx, idx, &len);  // RegExp.test's String(value)
  for (duk_size_t i = 0; i < len; ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x80 ? c != '\t' && (c < 0x20 || c == 0x7f) : c >= 0xC4) return true;
  }
  return false;
}

// checkIsHttpToken(s) / checkInvalidHeaderChar(s), by magic 0 / 1: Node's
// two regular expressions, in C++ (Duktape's RegExp engine made them ~25,000
// instructions a request). A character above U+00FF is never a token
// character.
duk_ret_t check_header_text(duk_context* ctx) {
  if (duk_get_current_magic(ctx) == 1) {
    duk_push_boolean(ctx, invalid_value_text(ctx, 0));
    return 1;
  }
  duk_size_t len = 0;
  const char* p = text_at(ctx, 0, &len);  // RegExp.test's String(value)
  duk_push_boolean(ctx, is_ascii(p, len) && is_token(std::string_view(p, len)));
  return 1;
}

// The headers of the store at idx (OutgoingMessage._headers: null, or a
// flat list [key, name, value, ...]; a value is a string, another value
// (String(value)) or an array of values, one line each), in order.
void write_headers(duk_context* ctx, HeadWriter& w, duk_idx_t idx) {
  if (!duk_is_array(ctx, idx)) return;
  duk_size_t n = duk_get_length(ctx, idx);
  for (duk_size_t i = 0; i + 2 < n; i += 3) {
    duk_get_prop_index(ctx, idx, static_cast<duk_uarridx_t>(i + 1));
    duk_get_prop_index(ctx, idx, static_cast<duk_uarridx_t>(i + 2));
    bool many = duk_is_array(ctx, -1);
    duk_size_t count = many ? duk_get_length(ctx, -1) : 1;
    for (duk_size_t k = 0; k < count; ++k) {
      if (many) duk_get_prop_index(ctx, -1, static_cast<duk_uarridx_t>(k));
      std::string& f = field_scratch();
      f.clear();
      append_js_string(ctx, many ? -3 : -2, f);
      std::size_t mid = f.size();
      append_js_string(ctx, -1, f);
      w.header(std::string_view(f).substr(0, mid), std::string_view(f).substr(mid));
      if (many) duk_pop(ctx);
    }
    duk_pop_2(ctx);
  }
}

// msg[name] (msg at index 0) as a boolean. name is a string literal, so
// Duktape's literal cache spares interning it.
template <std::size_t N>
bool read_bool(duk_context* ctx, const char (&name)[N]) {
  duk_get_prop_literal_raw(ctx, 0, name, N - 1);
  bool v = duk_to_boolean(ctx, -1);
  duk_pop(ctx);
  return v;
}

// msg[name] as a number (fallback if it is none).
template <std::size_t N>
double read_number(duk_context* ctx, const char (&name)[N], double fallback) {
  duk_get_prop_literal_raw(ctx, 0, name, N - 1);
  double v = duk_is_number(ctx, -1) ? duk_get_number(ctx, -1) : fallback;
  duk_pop(ctx);
  return v;
}

// The fields of the message (at index 0) that decide its automatic
// headers: what Node's _storeHeader reads from `this`. with_body: end(body)
// alone, whose length is the Content-Length (_contentLength is not read).
HeadOptions read_options(duk_context* ctx, bool with_body, const HeadWriter& w) {
  HeadOptions o;
  o.send_date = read_bool(ctx, "sendDate");
  o.should_keep_alive = read_bool(ctx, "shouldKeepAlive");
  o.use_chunked_by_default = read_bool(ctx, "useChunkedEncodingByDefault");
  o.has_body = read_bool(ctx, "_hasBody");
  // Only a request has an agent: asking a response walks its whole
  // prototype chain for nothing.
  o.has_agent = !duk_is_number(ctx, 1) && read_bool(ctx, "agent");
  o.removed_connection = read_bool(ctx, "_removedConnection");
  o.removed_content_length = read_bool(ctx, "_removedContLen");
  // finish() asks for _removedTE only when it would frame the body as
  // chunked, which end(body) alone, of known length, does only with a
  // Trailer header or a removed Content-Length.
  if (!with_body || o.removed_content_length || w.has_trailer())
    o.removed_transfer_encoding = read_bool(ctx, "_removedTE");
  o.max_requests_reached = read_bool(ctx, "maxRequestsOnConnectionReached");
  if (!with_body) o.content_length = static_cast<std::int64_t>(read_number(ctx, "_contentLength", -1));
  o.keep_alive_timeout_ms = read_bool(ctx, "_defaultKeepAlive")
      ? static_cast<std::uint32_t>(read_number(ctx, "_keepAliveTimeout", 0)) : 0;
  o.max_requests_per_socket = static_cast<std::uint32_t>(read_number(ctx, "_maxRequestsPerSocket", 0));
  if (duk_is_number(ctx, 1)) o.status_code = duk_get_int(ctx, 1);
  return o;
}

// msg.chunkedEncoding, _last, shouldKeepAlive, _headerExpect and
// _trailerInvalid, each written only when it changes: an own property
// costs the message a slot (their defaults live on OutgoingMessage's
// prototype: @anchor thin-outgoing). `last` and o say what msg had; the
// other three are false until the head is stored.
void set_results(duk_context* ctx, const HeadOptions& o, bool last, const HeadResult& r) {
  if (r.chunked) {
    duk_push_true(ctx);
    duk_put_prop_literal(ctx, 0, "chunkedEncoding");
  }
  if (r.last != last) {
    duk_push_boolean(ctx, r.last);
    duk_put_prop_literal(ctx, 0, "_last");
  }
  if (r.should_keep_alive != o.should_keep_alive) {
    duk_push_boolean(ctx, r.should_keep_alive);
    duk_put_prop_literal(ctx, 0, "shouldKeepAlive");
  }
  if (r.expect) {
    duk_push_true(ctx);
    duk_put_prop_literal(ctx, 0, "_headerExpect");
  }
  if (r.trailer_invalid) {
    duk_push_true(ctx);
    duk_put_prop_literal(ctx, 0, "_trailerInvalid");
  }
}

void write_first_line(duk_context* ctx, HeadWriter& w) {
  if (duk_is_number(ctx, 1)) {
    duk_size_t rlen = 0;
    const char* reason = duk_is_string(ctx, 2) ? duk_get_lstring(ctx, 2, &rlen) : "";
    w.status_line(duk_get_int(ctx, 1), std::string_view(reason, rlen));
  } else {
    duk_size_t mlen = 0, plen = 0;
    const char* method = duk_safe_to_lstring(ctx, 1, &mlen);
    const char* path = duk_safe_to_lstring(ctx, 2, &plen);
    w.request_line(std::string_view(method, mlen), std::string_view(path, plen));
  }
}

}  // namespace

bool invalid_header_text(duk_context* ctx, duk_idx_t idx) { return invalid_value_text(ctx, idx); }

// @anchor store-header-binding
duk_ret_t store_header(duk_context* ctx) {
  std::string& out = scratch();
  out.clear();
  HeadWriter w(out);
  write_first_line(ctx, w);
  duk_get_prop_literal(ctx, 0, "_headers");
  write_headers(ctx, w, duk_get_top_index(ctx));
  duk_pop(ctx);
  // end(body) alone: the body's UTF-8 length is the Content-Length.
  bool with_body = duk_is_string(ctx, 3);
  HeadOptions o = read_options(ctx, with_body, w);
  bool last = read_bool(ctx, "_last");
  std::string& body = body_scratch();
  body.clear();
  if (with_body) {
    duk_size_t blen = 0;
    const char* p = duk_get_lstring(ctx, 3, &blen);
    append_utf8(body, p, blen);
    o.content_length = static_cast<std::int64_t>(body.size());
  }
  HeadResult r = w.finish(o);
  if (with_body && o.has_body) {  // a HEAD response drops the body
    if (r.chunked) append_chunk(out, body.data(), body.size());
    else out += body;
  }
  set_results(ctx, o, last, r);
  // @anchor direct-write
  // The fast path's last step: a whole response (end(body) alone, nothing
  // queued on the socket) goes from this buffer straight to the socket's
  // Stream, without a Buffer, a JS write request or the socket's Writable.
  // What the kernel does not take now, the Stream queues and flushes in order.
  // A chunked body is not whole without its last chunk, which end() writes
  // after the head (with msg._trailer): that goes the JS way.
  if (with_body && !r.chunked && !r.trailer_invalid && !r.expect && duk_is_object(ctx, 4)) {
    int rc = write_to_handle(ctx, 4, out);
    if (rc >= 0) {
      duk_push_number(ctx, static_cast<double>(out.size()));
      return 1;
    }
  }
  push_bytes(ctx, out.data(), out.size());
  return 1;
}

namespace {

// @anchor header-key
// setHeader's checks and key in one call: validateHeaderName,
// validateHeaderValue and name.toLowerCase() were three JS calls and two
// C++ calls per header.
duk_ret_t header_key(duk_context* ctx) {
  duk_size_t len = 0;
  const char* p = duk_is_string(ctx, 0) ? duk_get_lstring(ctx, 0, &len) : nullptr;
  if (p == nullptr || !is_ascii(p, len) || !is_token(std::string_view(p, len))) {
    duk_push_int(ctx, 1);
  } else if (duk_is_undefined(ctx, 1)) {
    duk_push_int(ctx, 2);
  } else if (invalid_value_text(ctx, 1)) {
    duk_push_int(ctx, 3);
  } else {
    std::string& key = field_scratch();
    key.assign(p, len);
    for (char& c : key) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    duk_push_lstring(ctx, key.data(), key.size());
  }
  return 1;
}

}  // namespace

void put_head_functions(duk_context* ctx) {
  static const engine::FunctionEntry kFunctions[] = {
      {"storeHeader", store_header, 5}, {"headerKey", header_key, 2}, {nullptr, nullptr, 0}};
  engine::put_functions(ctx, duk_get_top_index(ctx), kFunctions);
  const char* const kChecks[] = {"checkIsHttpToken", "checkInvalidHeaderChar"};
  for (int i = 0; i < 2; ++i) {
    duk_push_c_function(ctx, check_header_text, 1);
    duk_set_magic(ctx, -1, i);
    duk_put_prop_string(ctx, -2, kChecks[i]);
  }
}

}  // namespace minode::http::detail
