// internalBinding('http'): the parser and the serializer, for lib JS.
//
// What: the thin Duktape face of parser.hpp and head_writer.hpp.
// Interface (JS):
//  * new HTTPParser(HTTPParser.REQUEST | RESPONSE[, maxHeaderSize]) with
//    execute(data) -> bytes parsed | Error, finish() -> undefined | Error,
//    reset(), close(); it calls this.onMessageBegin(),
//    this.onHeadersComplete(versionMajor, versionMinor, rawHeaders, method,
//    url, statusCode, statusMessage, upgrade, shouldKeepAlive) (a response
//    parser's handler may return 1: skip the body, or 2: upgrade),
//    this.onBody(chunk) and this.onMessageComplete(trailers). A parse error
//    is returned as an Error with code 'HPE_*', reason and bytesParsed, like
//    Node's parser.
//  * The server's fast path (http_consume.cpp): parser.consume(handle),
//    unconsume(), readStop(), readStart(), timing(0|1), and
//    this.onExecute(errOrBytes, chunk) after a parse error or an upgrade.
//  * storeHeader(msg, firstA, firstB, headers, flags, contentLength,
//    keepAliveMs, maxRequests[, body[, handle]]) -> the head (plus body) as
//    a Buffer, setting msg.chunkedEncoding, msg._last, msg.shouldKeepAlive,
//    msg._headerExpect and msg._trailerInvalid. firstA/firstB: statusCode
//    and statusMessage (a number first) or method and path. With a body and
//    a socket handle, the bytes go straight to the socket and the result is
//    their count (a number) instead (see @anchor direct-write).
//  * checkIsHttpToken(s), checkInvalidHeaderChar(s): Node's header checks.
//  * STATUS_CODES, METHODS, maxHeaderSize, and the flag bits (kSendDate...).
// Invariants: a parser driven by execute() from JS calls its callbacks as
// plain protected calls: there is no tick drain between them (Node's parser
// does the same when JS drives it), and the first exception a callback
// throws stops the parse and is rethrown by execute(). A consuming parser's
// callbacks are loop callbacks (see http_binding_internal.hpp). No
// std::string or vector lives on this file's C stack across a call that can
// throw.
// Read first: parser.hpp, head_writer.hpp, http_binding_internal.hpp.
// Chapter: chapters/05-http.md.
#include "http/http_binding.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>

#include "engine/binding.hpp"
#include "http/head_writer.hpp"
#include "http/http_binding_internal.hpp"
#include "http/parser.hpp"
#include "net/stream.hpp"
#include "http/status_codes.hpp"

#if __has_include("buffer/buffer_binding.hpp")
#include "buffer/buffer_binding.hpp"
#define MINODE_HTTP_HAS_BUFFER 1
#endif

namespace minode::http::detail {
namespace {

// Flag bits of storeHeader: must match kSendDate... in js/_http_outgoing.js.
enum HeadFlag : unsigned {
  kSendDate = 1, kShouldKeepAlive = 2, kUseChunked = 4, kHasBody = 8, kHasAgent = 16,
  kRemovedConnection = 32, kRemovedContLen = 64, kRemovedTE = 128, kMaxRequestsReached = 256,
};

}  // namespace

bool JsSink::push_method(const char* name) {
  duk_get_prop_string(ctx, this_idx, name);
  if (!duk_is_function(ctx, -1)) {
    duk_pop(ctx);
    return false;
  }
  duk_dup(ctx, this_idx);
  return true;
}

// JS-driven, the first exception is kept and rethrown by execute(); from
// the loop, it goes the way of every loop callback (make_callback's route),
// and the tick queues drain after each call, as after any callback.
int JsSink::call(duk_idx_t nargs) {
  int result = 0;
  if (duk_pcall_method(ctx, nargs) != DUK_EXEC_SUCCESS) {
    if (from_loop) engine::report_uncaught(ctx);
    else if (!threw) duk_replace(ctx, error_idx);
    else duk_pop(ctx);
    threw = !from_loop;
  } else {
    if (duk_is_number(ctx, -1)) result = duk_get_int(ctx, -1);
    duk_pop(ctx);
  }
  if (from_loop) engine::run_tick_hook(ctx);
  return result;
}

void JsSink::push_list(const std::vector<std::string>& list) {
  duk_push_array(ctx);
  for (std::size_t i = 0; i < list.size(); ++i) {
    duk_push_lstring(ctx, list[i].data(), list[i].size());
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
}

void JsSink::on_message_begin() {
  headers_start = now_ms();
  if (!stopped() && push_method("onMessageBegin")) call(0);
}

void JsSink::on_body(const char* data, std::size_t len) {
  if (stopped() || !push_method("onBody")) return;
  push_bytes(ctx, data, len);
  call(1);
}

void JsSink::on_message_complete(const std::vector<std::string>& trailers) {
  request_start = 0;
  if (stopped() || !push_method("onMessageComplete")) return;
  push_list(trailers);
  call(1);
}

BodyAction JsSink::on_headers_complete(const HeadMessage& h) {
  request_start = headers_start != 0 ? headers_start : now_ms();
  headers_start = 0;
  if (stopped() || !push_method("onHeadersComplete")) return BodyAction::kParse;
  duk_push_int(ctx, h.version_major);
  duk_push_int(ctx, h.version_minor);
  push_list(h.raw_headers);
  if (h.method.empty()) duk_push_undefined(ctx);
  else duk_push_lstring(ctx, h.method.data(), h.method.size());
  if (h.method.empty()) duk_push_undefined(ctx);
  else duk_push_lstring(ctx, h.url.data(), h.url.size());
  if (h.method.empty()) duk_push_int(ctx, h.status_code);
  else duk_push_undefined(ctx);
  if (h.method.empty()) duk_push_lstring(ctx, h.status_message.data(), h.status_message.size());
  else duk_push_undefined(ctx);
  duk_push_boolean(ctx, h.upgrade);
  duk_push_boolean(ctx, h.should_keep_alive);
  int r = call(9);
  return r == 1 ? BodyAction::kSkipBody : r == 2 ? BodyAction::kUpgrade : BodyAction::kParse;
}

NativeParser* this_parser(duk_context* ctx) {
  duk_push_this(ctx);
  duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("parser"));
  auto* p = static_cast<NativeParser*>(duk_get_pointer(ctx, -1));
  duk_pop_2(ctx);
  if (p == nullptr) engine::throw_error(ctx, DUK_ERR_ERROR, "ERR_INVALID_STATE", "parser is closed");
  return p;
}

namespace {

duk_ret_t parser_finalize(duk_context* ctx) {
  duk_get_prop_string(ctx, 0, DUK_HIDDEN_SYMBOL("parser"));
  if (auto* p = static_cast<NativeParser*>(duk_get_pointer(ctx, -1))) destroy_parser(p);
  duk_push_pointer(ctx, nullptr);
  duk_put_prop_string(ctx, 0, DUK_HIDDEN_SYMBOL("parser"));
  return 0;
}

duk_ret_t parser_construct(duk_context* ctx) {
  if (!duk_is_constructor_call(ctx)) return DUK_RET_TYPE_ERROR;
  Parser::Kind kind = duk_get_int(ctx, 0) == 1 ? Parser::Kind::kResponse : Parser::Kind::kRequest;
  ParserLimits limits;
  if (duk_is_number(ctx, 1) && duk_get_number(ctx, 1) > 0)
    limits.max_header_size = static_cast<std::size_t>(duk_get_number(ctx, 1));
  duk_push_this(ctx);
  duk_push_pointer(ctx, new NativeParser(kind, limits));
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("parser"));
  duk_push_c_function(ctx, parser_finalize, 1);
  duk_set_finalizer(ctx, -2);
  return 0;
}

}  // namespace

void push_parse_error(duk_context* ctx, const ParseError& e) {
  duk_push_error_object(ctx, DUK_ERR_ERROR, "Parse Error: %s", e.reason.c_str());
  duk_push_string(ctx, e.code);
  duk_put_prop_string(ctx, -2, "code");
  duk_push_lstring(ctx, e.reason.data(), e.reason.size());
  duk_put_prop_string(ctx, -2, "reason");
  duk_push_number(ctx, static_cast<double>(e.bytes_parsed));
  duk_put_prop_string(ctx, -2, "bytesParsed");
}

namespace {

// Runs fn with the sink wired to this call's stack; rethrows a callback's
// exception; returns what the parse error or fn's result should push.
template <typename Fn>
duk_ret_t with_sink(duk_context* ctx, NativeParser* p, Fn fn) {
  JsSink& s = p->sink;
  duk_push_this(ctx);
  s.ctx = ctx;
  s.this_idx = duk_get_top_index(ctx);
  duk_push_undefined(ctx);
  s.error_idx = duk_get_top_index(ctx);
  s.threw = s.parse_failed = false;
  s.from_loop = false;
  s.stream = nullptr;
  double result = fn();
  if (s.threw) {
    s.threw = false;
    duk_dup(ctx, s.error_idx);
    return duk_throw(ctx);
  }
  if (s.parse_failed) push_parse_error(ctx, s.error);
  else duk_push_number(ctx, result);
  return 1;
}

duk_ret_t parser_execute(duk_context* ctx) {
  NativeParser* p = this_parser(ctx);
  duk_size_t len = 0;
  const char* data = nullptr;
  if (duk_is_string(ctx, 0)) data = duk_get_lstring(ctx, 0, &len);
  else data = static_cast<const char*>(duk_get_buffer_data(ctx, 0, &len));
  if (data == nullptr && len == 0 && !duk_is_string(ctx, 0) && !duk_is_buffer_data(ctx, 0))
    engine::throw_error(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                        "The \"data\" argument must be a string or Buffer");
  return with_sink(ctx, p, [&] { return static_cast<double>(p->parser.execute(data, len)); });
}

duk_ret_t parser_finish(duk_context* ctx) {
  NativeParser* p = this_parser(ctx);
  duk_ret_t r = with_sink(ctx, p, [&] { return p->parser.finish() ? 0.0 : -1.0; });
  if (!p->sink.parse_failed) duk_push_undefined(ctx);
  return r;
}

duk_ret_t parser_reset(duk_context* ctx) {
  this_parser(ctx)->parser.reset();
  return 0;
}

duk_ret_t parser_is_upgraded(duk_context* ctx) {
  duk_push_boolean(ctx, this_parser(ctx)->parser.upgraded());
  return 1;
}

duk_ret_t parser_close(duk_context* ctx) {
  duk_push_this(ctx);
  duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("parser"));
  if (auto* p = static_cast<NativeParser*>(duk_get_pointer(ctx, -1))) destroy_parser(p);
  duk_pop(ctx);
  duk_push_pointer(ctx, nullptr);
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("parser"));
  return 0;
}

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
void append_utf8(std::string& out, const char* p, std::size_t len) {
  for (std::size_t i = 0; i < len;) {
    auto c = static_cast<unsigned char>(p[i]);
    bool high = c == 0xED && i + 5 < len && (static_cast<unsigned char>(p[i + 1]) & 0xF0) == 0xA0 &&
                static_cast<unsigned char>(p[i + 3]) == 0xED &&
                (static_cast<unsigned char>(p[i + 4]) & 0xF0) == 0xB0;
    if (!high) {
      out += p[i++];
      continue;
    }
    std::uint32_t hi = 0xD000 | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
    std::uint32_t lo = 0xD000 | ((p[i + 4] & 0x3F) << 6) | (p[i + 5] & 0x3F);
    std::uint32_t cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
    i += 6;
  }
}

}  // namespace

void push_bytes(duk_context* ctx, const char* data, std::size_t len) {
#ifdef MINODE_HTTP_HAS_BUFFER
  buffer::push_buffer(ctx, data, len);
#else
  void* p = duk_push_fixed_buffer(ctx, len);  // until src/buffer exists
  if (len != 0) std::memcpy(p, data, len);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
#endif
}

namespace {

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

// Appends the string at idx (latin1 when not ASCII).
void append_js_string(duk_context* ctx, duk_idx_t idx, std::string& out) {
  duk_size_t len = 0;
  const char* p = duk_safe_to_lstring(ctx, idx, &len);
  if (is_ascii(p, len)) out.append(p, len);
  else append_latin1(out, p, len);
}

void put_bool(duk_context* ctx, duk_idx_t obj, const char* name, bool v) {
  duk_push_boolean(ctx, v);
  duk_put_prop_string(ctx, obj, name);
}

// Writes out to the Stream behind the JS handle at idx: 0 (all written),
// 1 (the rest queued in the Stream) or -errno (nothing written).
int write_to_handle(duk_context* ctx, duk_idx_t idx, const std::string& out) {
  std::shared_ptr<net::Stream> stream = stream_at(ctx, idx);
  if (!stream || stream->is_closing()) return -EBADF;
  net::Slice slice{out.data(), out.size()};
  return stream->write(&slice, 1, nullptr);
}

// checkIsHttpToken(s) / checkInvalidHeaderChar(s), by magic 0 / 1: Node's
// two regular expressions, in C++ (Duktape's RegExp engine made them ~25,000
// instructions a request). Duktape strings are UTF-8: a character above
// U+00FF is never a token character and always an invalid header character.
duk_ret_t check_header_text(duk_context* ctx) {
  bool token = duk_get_current_magic(ctx) == 0;
  duk_size_t len = 0;
  const char* p = duk_safe_to_lstring(ctx, 0, &len);  // RegExp.test's String(value)
  bool ascii = is_ascii(p, len);
  bool result;
  if (token) {
    result = ascii && is_token(std::string_view(p, len));
  } else if (ascii) {
    result = false;
    for (duk_size_t i = 0; i < len && !result; ++i) {
      auto c = static_cast<unsigned char>(p[i]);
      result = c != '\t' && (c < 0x20 || c == 0x7f);
    }
  } else {  // bytes 0xC2/0xC3 lead U+0080-U+00FF; any other lead is above
    result = false;
    for (duk_size_t i = 0; i < len && !result; ++i) {
      auto c = static_cast<unsigned char>(p[i]);
      if (c < 0x80) result = c != '\t' && (c < 0x20 || c == 0x7f);
      else if (c >= 0xC0) result = c > 0xC3;
    }
  }
  duk_push_boolean(ctx, result);
  return 1;
}

// @anchor store-header-binding
duk_ret_t store_header(duk_context* ctx) {
  std::string& out = scratch();
  out.clear();
  HeadWriter w(out);
  if (duk_is_number(ctx, 1)) {
    int code = duk_get_int(ctx, 1);
    duk_size_t rlen = 0;
    const char* reason = duk_is_string(ctx, 2) ? duk_get_lstring(ctx, 2, &rlen) : "";
    w.status_line(code, std::string_view(reason, rlen));
  } else {
    duk_size_t mlen = 0, plen = 0;
    const char* method = duk_safe_to_lstring(ctx, 1, &mlen);
    const char* path = duk_safe_to_lstring(ctx, 2, &plen);
    w.request_line(std::string_view(method, mlen), std::string_view(path, plen));
  }
  duk_size_t n = duk_is_array(ctx, 3) ? duk_get_length(ctx, 3) : 0;
  for (duk_size_t i = 0; i + 1 < n; i += 2) {
    duk_get_prop_index(ctx, 3, static_cast<duk_uarridx_t>(i));
    duk_get_prop_index(ctx, 3, static_cast<duk_uarridx_t>(i + 1));
    std::string& f = field_scratch();
    f.clear();
    append_js_string(ctx, -2, f);
    std::size_t mid = f.size();
    append_js_string(ctx, -1, f);
    w.header(std::string_view(f).substr(0, mid), std::string_view(f).substr(mid));
    duk_pop_2(ctx);
  }
  auto flags = static_cast<unsigned>(duk_get_uint(ctx, 4));
  HeadOptions o;
  o.send_date = flags & kSendDate;
  o.should_keep_alive = flags & kShouldKeepAlive;
  o.use_chunked_by_default = flags & kUseChunked;
  o.has_body = flags & kHasBody;
  o.has_agent = flags & kHasAgent;
  o.removed_connection = flags & kRemovedConnection;
  o.removed_content_length = flags & kRemovedContLen;
  o.removed_transfer_encoding = flags & kRemovedTE;
  o.max_requests_reached = flags & kMaxRequestsReached;
  o.content_length = duk_is_number(ctx, 5) ? static_cast<std::int64_t>(duk_get_number(ctx, 5)) : -1;
  o.keep_alive_timeout_ms = duk_get_uint(ctx, 6);
  o.max_requests_per_socket = duk_get_uint(ctx, 7);
  if (duk_is_number(ctx, 1)) o.status_code = duk_get_int(ctx, 1);
  // end(body) alone: the body's UTF-8 length is the Content-Length.
  bool with_body = duk_is_string(ctx, 8);
  std::string& body = body_scratch();
  body.clear();
  if (with_body) {
    duk_size_t blen = 0;
    const char* p = duk_get_lstring(ctx, 8, &blen);
    append_utf8(body, p, blen);
    o.content_length = static_cast<std::int64_t>(body.size());
  }
  HeadResult r = w.finish(o);
  if (with_body && o.has_body) {  // a HEAD response drops the body
    if (r.chunked) append_chunk(out, body.data(), body.size());
    else out += body;
  }
  put_bool(ctx, 0, "chunkedEncoding", r.chunked);
  put_bool(ctx, 0, "_last", r.last);
  put_bool(ctx, 0, "shouldKeepAlive", r.should_keep_alive);
  put_bool(ctx, 0, "_headerExpect", r.expect);
  put_bool(ctx, 0, "_trailerInvalid", r.trailer_invalid);
  // @anchor direct-write
  // The fast path's last step: a whole response (end(body) alone, nothing
  // queued on the socket) goes from this buffer straight to the socket's
  // Stream, without a Buffer, a JS write request or the socket's Writable.
  // What the kernel does not take now, the Stream queues and flushes in order.
  if (with_body && !r.trailer_invalid && !r.expect && duk_is_object(ctx, 9)) {
    int rc = write_to_handle(ctx, 9, out);
    if (rc >= 0) {
      duk_push_number(ctx, static_cast<double>(out.size()));
      return 1;
    }
  }
  push_bytes(ctx, out.data(), out.size());
  return 1;
}

void put_tables(duk_context* ctx) {
  duk_push_object(ctx);
  for_each_status(
      [](int code, const char* phrase, void* c) {
        auto* cx = static_cast<duk_context*>(c);
        duk_push_string(cx, phrase);
        duk_put_prop_index(cx, -2, static_cast<duk_uarridx_t>(code));
      },
      ctx);
  duk_put_prop_string(ctx, -2, "STATUS_CODES");
  duk_push_array(ctx);
  for_each_method(
      [](const char* name, void* c) {
        auto* cx = static_cast<duk_context*>(c);
        duk_push_string(cx, name);
        duk_put_prop_index(cx, -2, static_cast<duk_uarridx_t>(duk_get_length(cx, -2)));
      },
      ctx);
  duk_put_prop_string(ctx, -2, "METHODS");
  duk_push_uint(ctx, static_cast<duk_uint_t>(ParserLimits{}.max_header_size));
  duk_put_prop_string(ctx, -2, "maxHeaderSize");
}

void put_flags(duk_context* ctx) {
  static const struct { const char* name; unsigned bit; } kFlags[] = {
      {"kSendDate", kSendDate}, {"kShouldKeepAlive", kShouldKeepAlive},
      {"kUseChunked", kUseChunked}, {"kHasBody", kHasBody}, {"kHasAgent", kHasAgent},
      {"kRemovedConnection", kRemovedConnection}, {"kRemovedContLen", kRemovedContLen},
      {"kRemovedTE", kRemovedTE}, {"kMaxRequestsReached", kMaxRequestsReached}};
  for (const auto& f : kFlags) {
    duk_push_uint(ctx, f.bit);
    duk_put_prop_string(ctx, -2, f.name);
  }
}

void init(duk_context* ctx) {
  static const engine::FunctionEntry kParserMethods[] = {
      {"execute", parser_execute, 1}, {"finish", parser_finish, 0},
      {"reset", parser_reset, 0},     {"close", parser_close, 0},
      {"isUpgraded", parser_is_upgraded, 0},
      {nullptr, nullptr, 0}};
  duk_push_c_function(ctx, parser_construct, 2);
  duk_push_object(ctx);
  engine::put_functions(ctx, duk_get_top_index(ctx), kParserMethods);
  put_consume_methods(ctx, duk_get_top_index(ctx));
  duk_put_prop_string(ctx, -2, "prototype");
  duk_push_int(ctx, 0);
  duk_put_prop_string(ctx, -2, "REQUEST");
  duk_push_int(ctx, 1);
  duk_put_prop_string(ctx, -2, "RESPONSE");
  duk_put_prop_string(ctx, -2, "HTTPParser");
  static const engine::FunctionEntry kFunctions[] = {{"storeHeader", store_header, 10},
                                                      {nullptr, nullptr, 0}};
  engine::put_functions(ctx, duk_get_top_index(ctx), kFunctions);
  const char* const kChecks[] = {"checkIsHttpToken", "checkInvalidHeaderChar"};
  for (int i = 0; i < 2; ++i) {
    duk_push_c_function(ctx, check_header_text, 1);
    duk_set_magic(ctx, -1, i);
    duk_put_prop_string(ctx, -2, kChecks[i]);
  }
  put_tables(ctx);
  put_flags(ctx);
}

}  // namespace
}  // namespace minode::http::detail

namespace minode::http {

void register_http_bindings() { engine::register_binding("http", detail::init); }

}  // namespace minode::http
