// The server's fast path, part 1: the parser reads the socket in C++.
//
// What: parser.consume(socket._handle) makes the HTTP parser the consumer of
// the connection's net::Stream (Stream::read_start replaces the consumer).
// Bytes are parsed where read() put them, in the read buffer every socket
// shares: they never become a JS Buffer, a socket 'data' event or a JS
// execute() call. JavaScript hears only the parser's events: ONE
// onHeadersComplete per request (method, URL, version, raw headers,
// keep-alive, upgrade), onBody per piece of a body, onMessageComplete. This
// is Node's parser.consume(socket._handle) (src/node_http_parser.cc).
// Interface (JS, on HTTPParser.prototype):
//  * consume(handle) -> 0 or -errno; unconsume(): bytes go back to
//    handle.onread (the socket's own reading) from then on.
//  * readStop() / readStart(): pause and resume the reads (a request body
//    the application reads slower than it arrives).
//  * timing(0) -> Date.now() at the first byte of a head still incomplete,
//    timing(1) -> at the first byte of a request not yet complete (0: none);
//    what headersTimeout and requestTimeout are checked against.
//  * this.onExecute(ret, chunk) runs after a parse error (ret: the Error)
//    or an Upgrade/CONNECT head (ret: the bytes that were HTTP); chunk is a
//    Buffer of what the read delivered.
// Invariants: end of stream and read errors go to handle.onread as before,
// so the socket's 'end', 'error' and 'close' are untouched. The read
// callback reaches the parser through `link`, which unconsume() empties; a
// parser closed during its own callback (depth > 0) is deleted when the
// callback returns.
// Read first: http_binding_internal.hpp, net/stream.hpp (read_start).
// Chapter: chapters/05-http.md § "The fast path".
#include <cerrno>
#include <memory>

#include "http/http_binding_internal.hpp"
#include "net/net_binding_internal.hpp"
#include "net/stream.hpp"

namespace minode::http::detail {

bool JsSink::stopped() const { return threw || dead || (stream != nullptr && stream->is_closing()); }

std::shared_ptr<net::Stream> stream_at(duk_context* ctx, duk_idx_t idx) {
  net::detail::HandleWrap* w = net::detail::wrap_at(ctx, idx);
  return w != nullptr ? w->stream : nullptr;
}

namespace {

// handle.onread(nread, buffer): the socket's own read path, for EOF, errors
// and any bytes read after unconsume().
void forward_to_handle(net::detail::HandleWrap* w, long nread, const char* data) {
  duk_context* c = w->ctx;
  w->self.push();
  if (!duk_get_prop_string(c, -1, "onread") || !duk_is_function(c, -1)) {
    duk_pop_2(c);
    return;
  }
  duk_swap_top(c, -2);  // [fn handle]
  duk_push_number(c, static_cast<double>(nread));
  if (nread > 0) push_bytes(c, data, static_cast<std::size_t>(nread));
  else duk_push_undefined(c);
  engine::make_callback(c, 2);
}

// @anchor consume-read
// One read's bytes through the parser; its events call JS from the loop,
// and the tick queues drain once, after the whole read (see JsSink::call).
void on_read(NativeParser* p, const char* data, std::size_t len) {
  JsSink& s = p->sink;
  duk_context* ctx = s.ctx;
  p->self.push();
  s.this_idx = duk_get_top_index(ctx);
  duk_push_undefined(ctx);
  s.error_idx = duk_get_top_index(ctx);
  s.threw = s.parse_failed = false;
  s.from_loop = true;
  ++p->depth;
  std::size_t n = p->parser.execute(data, len);
  --p->depth;
  s.from_loop = false;
  if (s.dead) {  // closed by one of its callbacks
    duk_pop_2(ctx);
    delete p;
    engine::run_tick_hook(ctx);
    return;
  }
  if ((s.parse_failed || p->parser.upgraded()) && s.push_method("onExecute")) {
    if (s.parse_failed) push_parse_error(ctx, s.error);
    else duk_push_number(ctx, static_cast<double>(n));
    push_bytes(ctx, data, len);
    engine::make_callback(ctx, 2);  // may close p: do not touch it after
  }
  duk_pop_2(ctx);
  engine::run_tick_hook(ctx);
}

int start_reading(NativeParser* p) {
  std::shared_ptr<net::Stream> stream = p->stream.lock();
  if (!stream || stream->is_closing() || !p->link) return -EBADF;
  std::shared_ptr<NativeParser*> link = p->link;
  net::detail::HandleWrap* w = p->wrap;
  return stream->read_start([link, w](long nread, const char* data) {
    NativeParser* parser = *link;
    if (parser == nullptr || nread < 0) forward_to_handle(w, nread, data);
    else on_read(parser, data, static_cast<std::size_t>(nread));
  });
}

duk_ret_t parser_consume(duk_context* ctx) {
  NativeParser* p = this_parser(ctx);
  net::detail::HandleWrap* w = net::detail::wrap_at(ctx, 0);
  if (w == nullptr || !w->stream) {
    engine::throw_error(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                        "The \"handle\" argument must be an open socket handle");
  }
  unconsume(p);
  p->sink.ctx = engine::main_context(ctx);
  p->sink.stream = w->stream.get();
  duk_push_this(ctx);
  p->self = engine::Ref(ctx, -1);
  p->stream = w->stream;
  p->wrap = w;
  p->link = std::make_shared<NativeParser*>(p);
  duk_push_int(ctx, start_reading(p));
  return 1;
}

duk_ret_t parser_unconsume(duk_context* ctx) {
  unconsume(this_parser(ctx));
  return 0;
}

duk_ret_t parser_read_stop(duk_context* ctx) {
  NativeParser* p = this_parser(ctx);
  std::shared_ptr<net::Stream> stream = p->stream.lock();
  if (stream && p->link) stream->read_stop();
  return 0;
}

duk_ret_t parser_read_start(duk_context* ctx) {
  NativeParser* p = this_parser(ctx);
  int err = 0;
  {
    std::shared_ptr<net::Stream> stream = p->stream.lock();
    if (stream && p->link && !stream->reading()) err = start_reading(p);
  }
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t parser_timing(duk_context* ctx) {
  NativeParser* p = this_parser(ctx);
  duk_push_number(ctx, duk_get_int(ctx, 0) == 0 ? p->sink.headers_start : p->sink.request_start);
  return 1;
}

}  // namespace

void unconsume(NativeParser* p) {
  if (p->link) *p->link = nullptr;  // the read callback now forwards to the handle
  p->link.reset();
  p->stream.reset();
  p->wrap = nullptr;
  p->sink.stream = nullptr;
  p->self.reset();
}

void destroy_parser(NativeParser* p) {
  unconsume(p);
  if (p->depth > 0) p->sink.dead = true;  // on_read() deletes it on the way out
  else delete p;
}

void put_consume_methods(duk_context* ctx, duk_idx_t idx) {
  static const engine::FunctionEntry kMethods[] = {
      {"consume", parser_consume, 1},     {"unconsume", parser_unconsume, 0},
      {"readStop", parser_read_stop, 0},  {"readStart", parser_read_start, 0},
      {"timing", parser_timing, 1},       {nullptr, nullptr, 0}};
  engine::put_functions(ctx, idx, kMethods);
}

}  // namespace minode::http::detail
