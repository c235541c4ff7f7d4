// Shared between the http binding's files (not a public interface).
//
// What: NativeParser, the C++ side of one JS HTTPParser object, and JsSink,
// which forwards the parser's events to the JS object's on*() methods.
// A parser is driven in one of two ways:
//  * from JS: parser.execute(data) (the client, and the rare server paths
//    that hand bytes over by hand): the callbacks run as plain protected
//    calls inside that execute() call;
//  * from the loop (the server's fast path, http_consume.cpp): the parser
//    consumes the socket's C++ Stream directly, so each callback is a call
//    into JS from the loop, with make_callback's uncaught-exception routing
//    and tick drain.
// Invariants: while a consuming parser is inside execute() (depth > 0),
// close() only marks it dead; the read callback deletes it on the way out.
// No std::string lives on a C stack across a JS call that can throw.
// Read first: parser.hpp, then http_parser_binding.cpp and http_consume.cpp.
// Chapter: chapters/05-http.md § "The fast path".
#pragma once
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "duktape.h"
#include "engine/binding.hpp"
#include "http/parser.hpp"

namespace minode::net {
class Stream;
namespace detail {
struct HandleWrap;
}
}

namespace minode::http::detail {

/// Pushes a Buffer holding a copy of len bytes.
void push_bytes(duk_context* ctx, const char* data, std::size_t len);

/// Milliseconds since the epoch (Date.now()).
inline double now_ms() {
  using namespace std::chrono;
  return static_cast<double>(
      duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count());
}

/// The sink of one JS parser: forwards events to this.on*().
class JsSink : public ParserSink {
 public:
  duk_context* ctx = nullptr;
  duk_idx_t this_idx = 0;   ///< the JS parser object, during execute()
  duk_idx_t error_idx = 0;  ///< slot for the first exception a callback threw
  bool threw = false;       ///< a callback threw (JS-driven mode: stop calling JS)
  bool from_loop = false;   ///< consume mode: each call is a make_callback
  bool dead = false;        ///< the parser was closed during a callback
  const net::Stream* stream = nullptr;  ///< consume mode: stop calling JS once it closes
  ParseError error;         ///< the parse error, if any
  bool parse_failed = false;
  double headers_start = 0;  ///< Date.now() at a message's first byte, 0 after its head
  double request_start = 0;  ///< Date.now() at the first byte, 0 after the message

  /// True when no more JS may be called for this execute().
  bool stopped() const;
  bool completed_early = false;  ///< onHeadersComplete took the message's completion
  bool last_ok = false;          ///< the last call() returned without throwing

  /// Pushes this[name] and this; false (nothing pushed) if it is no
  /// function. name is a string literal: Duktape's literal cache then
  /// spares interning the key on every call.
  template <std::size_t N>
  bool push_method(const char (&name)[N]) {
    return take_method(duk_get_prop_literal_raw(ctx, this_idx, name, N - 1));
  }
  /// push_method's second half: the value is on the stack.
  bool take_method(duk_bool_t found);
  /// Calls the pushed method; returns its result as an int (0 when it
  /// threw or returned a non-number).
  int call(duk_idx_t nargs);
  /// Pushes a JS array of the strings.
  void push_list(const std::vector<std::string>& list);

  void on_message_begin() override;
  BodyAction on_headers_complete(const HeadMessage& h) override;
  void on_body(const char* data, std::size_t len) override;
  void on_message_complete(const std::vector<std::string>& trailers) override;
  void on_error(const ParseError& e) override {
    error = e;
    parse_failed = true;
  }
};

/// The C++ side of one HTTPParser object (deleted by close() or the finalizer).
struct NativeParser {
  JsSink sink;
  Parser parser;
  engine::Ref self;              ///< the JS parser, pinned while it consumes a stream
  std::weak_ptr<net::Stream> stream;  ///< the stream it consumes, if any
  net::detail::HandleWrap* wrap = nullptr;  ///< that stream's JS handle (EOF goes there)
  std::shared_ptr<NativeParser*> link;  ///< the read callback's way back; nulled by unconsume()
  int depth = 0;                 ///< > 0 while execute() runs from the read callback
  NativeParser(Parser::Kind kind, ParserLimits limits) : parser(kind, sink, limits) {}
};

/// The NativeParser of `this`; throws ERR_INVALID_STATE once closed.
NativeParser* this_parser(duk_context* ctx);

/// Pushes Node's parse error: Error('Parse Error: <reason>') with code,
/// reason and bytesParsed.
void push_parse_error(duk_context* ctx, const ParseError& e);

/// Puts the HTTPParser constructor on the object at the top of the stack
/// (http_parser_binding.cpp).
void put_parser_class(duk_context* ctx);

/// Puts storeHeader, headerKey, checkIsHttpToken and checkInvalidHeaderChar
/// on the object at the top of the stack (http_head_binding.cpp).
void put_head_functions(duk_context* ctx);

/// storeHeader(msg, firstA, firstB[, body[, handle]]) (JS binding; the
/// stack holds exactly those arguments at 0..4): see http_head_binding.cpp.
duk_ret_t store_header(duk_context* ctx);

/// True if String(value at idx) has a character a header value may not.
bool invalid_header_text(duk_context* ctx, duk_idx_t idx);

/// Puts installFastEnd on the object at the top of the stack (http_end_binding.cpp).
void put_end_functions(duk_context* ctx);

/// Installs consume(handle), unconsume(), readStop(), readStart() and
/// timing(which) on the HTTPParser prototype at idx (http_consume.cpp).
void put_consume_methods(duk_context* ctx, duk_idx_t idx);

/// Stops consuming (the stream keeps its socket); safe to call twice.
void unconsume(NativeParser* p);

/// Frees p now, or, inside its own read callback, when that returns.
void destroy_parser(NativeParser* p);

/// The Stream behind a JS net handle (socket._handle) at idx, or null.
std::shared_ptr<net::Stream> stream_at(duk_context* ctx, duk_idx_t idx);

}  // namespace minode::http::detail
