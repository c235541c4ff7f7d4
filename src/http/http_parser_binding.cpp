// internalBinding('http').HTTPParser: the JS face of parser.hpp.
//
// What: new HTTPParser(HTTPParser.REQUEST | RESPONSE[, maxHeaderSize]) and
// its JS-driven methods, execute(data) -> bytes parsed | Error,
// finish() -> undefined | Error, reset(), close(), isUpgraded(); and
// JsSink, which turns the parser's events into calls of this.on*():
// onHeadersComplete(versionMajor, versionMinor, rawHeaders, method, url,
// statusCode, statusMessage, upgrade, shouldKeepAlive, info, now) (a response
// parser's handler may return 1: skip the body, or 2: upgrade; info and
// now: see @anchor sink-headers-complete), onBody(chunk),
// onMessageComplete(trailers). A parse
// error is returned as an Error with code 'HPE_*', reason and bytesParsed,
// like Node's parser. The consume methods (the server's fast path) are in
// http_consume.cpp.
// Invariants: a parser driven by execute() from JS calls its callbacks as
// plain protected calls: there is no tick drain between them (Node's parser
// does the same when JS drives it), and the first exception a callback
// throws stops the parse and is rethrown by execute(). A consuming parser's
// callbacks are loop callbacks (see http_binding_internal.hpp).
// Read first: parser.hpp, http_binding_internal.hpp.
// Chapter: chapters/05-http.md § "Parsing".
#include <string>
#include <vector>

#include "engine/binding.hpp"
#include "http/http_binding_internal.hpp"
#include "http/parser.hpp"
#include "loop/loop.hpp"

namespace minode::http::detail {

namespace {
// Bits of onHeadersComplete's info argument: must match kComplete... in
// js/internal/http/server_request.js.
enum HeadInfo : int { kComplete = 1, kHasHost = 2, kHasExpect = 4 };
}  // namespace

bool JsSink::take_method(duk_bool_t found) {
  if (!found || !duk_is_function(ctx, -1)) {
    duk_pop(ctx);
    return false;
  }
  duk_dup(ctx, this_idx);
  return true;
}

// JS-driven, the first exception is kept and rethrown by execute(); from
// the loop, it goes the way of every loop callback (make_callback's route).
// The tick queues do not drain here but once the whole read is parsed
// (on_read, http_consume.cpp): Node's parser callbacks run with
// kSkipTaskQueues, so a 400 for a later message in the same read goes out
// before a response that an earlier message's 'end' handler writes.
int JsSink::call(duk_idx_t nargs) {
  int result = 0;
  last_ok = false;
  if (duk_pcall_method(ctx, nargs) != DUK_EXEC_SUCCESS) {
    if (from_loop) engine::report_uncaught(ctx);
    else if (!threw) duk_replace(ctx, error_idx);
    else duk_pop(ctx);
    threw = !from_loop;
  } else {
    last_ok = true;
    if (duk_is_number(ctx, -1)) result = duk_get_int(ctx, -1);
    duk_pop(ctx);
  }
  return result;
}

namespace {

// @anchor packed-list
// The Array constructor as the http binding found it, per heap
// (engine::per_heap). Array(a, b, ...) builds the array from its arguments
// in one allocation; duk_put_prop_index grows an empty array two slots at
// a time, ~700 instructions per element. Pinned for the life of the heap.
struct ArrayMaker {
  bool captured = false;
  engine::Ref pin;
  void* fn = nullptr;  // null: no usable constructor, elements are put one by one
};

// Keeps the global Array if it still is a native function that makes
// ['a', 'b'] of ('a', 'b'): one that user code replaced is not called.
void capture_array_maker(duk_context* ctx) {
  ArrayMaker& m = engine::per_heap<ArrayMaker>(ctx);
  if (m.captured) return;
  m.captured = true;
  duk_get_global_literal(ctx, "Array");
  if (duk_is_c_function(ctx, -1)) {
    duk_dup_top(ctx);
    duk_push_literal(ctx, "a");
    duk_push_literal(ctx, "b");
    bool ok = duk_pcall(ctx, 2) == DUK_EXEC_SUCCESS && duk_is_array(ctx, -1) &&
              duk_get_length(ctx, -1) == 2;
    duk_pop(ctx);
    if (ok) {
      m.pin = engine::Ref(ctx, -1);
      m.fn = duk_get_heapptr(ctx, -1);
    }
  }
  duk_pop(ctx);
}

}  // namespace

void JsSink::push_list(const std::vector<std::string>& list) {
  void* array_fn = engine::per_heap<ArrayMaker>(ctx).fn;
  if (array_fn == nullptr || list.size() <= 2) {  // a call costs what two puts do
    duk_push_array(ctx);
    for (std::size_t i = 0; i < list.size(); ++i) {
      duk_push_lstring(ctx, list[i].data(), list[i].size());
      duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
    }
    return;
  }
  duk_require_stack(ctx, static_cast<duk_idx_t>(list.size()) + 1);
  duk_push_heapptr(ctx, array_fn);
  for (const std::string& item : list) duk_push_lstring(ctx, item.data(), item.size());
  duk_call(ctx, static_cast<duk_idx_t>(list.size()));
}

// Only noted (for headersTimeout): no JS listens for a message's start,
// and asking this.onMessageBegin cost a property lookup per message.
void JsSink::on_message_begin() { headers_start = now_ms(); }

void JsSink::on_body(const char* data, std::size_t len) {
  if (stopped() || !push_method("onBody")) return;
  push_bytes(ctx, data, len);
  call(1);
}

// Skipped when onHeadersComplete was told the message was complete and
// took it (see on_headers_complete).
void JsSink::on_message_complete(const std::vector<std::string>& trailers) {
  request_start = 0;
  if (completed_early) {
    completed_early = false;
    return;
  }
  if (stopped() || !push_method("onMessageComplete")) return;
  push_list(trailers);
  call(1);
}

// @anchor sink-headers-complete
// The tenth argument, info, holds bits about a request's head: kComplete, a
// request with no body (the server's handler then does onMessageComplete's
// work itself, after the 'request' handler, where Node's does it before the
// tick queue drains, and the separate call is saved); kHasHost and
// kHasExpect, whether those headers are present (HeadMessage). The
// eleventh, now, is the loop's clock (internalBinding('loop').now(), which
// stays the same for the whole callback): the server stamps a connection's
// idle start with it without a call of its own.
BodyAction JsSink::on_headers_complete(const HeadMessage& h) {
  request_start = headers_start != 0 ? headers_start : now_ms();
  headers_start = 0;
  completed_early = false;
  if (stopped() || !push_method("onHeadersComplete")) return BodyAction::kParse;
  duk_push_int(ctx, h.version_major);
  duk_push_int(ctx, h.version_minor);
  push_list(h.raw_headers);
  bool request = !h.method.empty();
  if (request) {
    duk_push_lstring(ctx, h.method.data(), h.method.size());
    duk_push_lstring(ctx, h.url.data(), h.url.size());
    duk_push_undefined(ctx);
    duk_push_undefined(ctx);
  } else {
    duk_push_undefined(ctx);
    duk_push_undefined(ctx);
    duk_push_int(ctx, h.status_code);
    duk_push_lstring(ctx, h.status_message.data(), h.status_message.size());
  }
  duk_push_boolean(ctx, h.upgrade);
  duk_push_boolean(ctx, h.should_keep_alive);
  duk_push_int(ctx, (h.no_body ? kComplete : 0) | (h.has_host ? kHasHost : 0) |
                       (h.has_expect ? kHasExpect : 0));
  duk_push_number(ctx, static_cast<double>(loop::Loop::default_loop().now()));
  int r = call(11);
  completed_early = h.no_body && last_ok;
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

}  // namespace

void put_parser_class(duk_context* ctx) {
  capture_array_maker(ctx);
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
}

}  // namespace minode::http::detail
