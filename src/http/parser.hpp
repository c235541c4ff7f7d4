// HTTP/1.x message parser: bytes in, one batched head per message out.
//
// What: Parser wraps http-parser (one per connection) and turns its many
// small callbacks (URL pieces, header-name pieces, header-value pieces) into
// the few events a server or client needs: a message begins; its head is
// complete (method, URL, version, every raw header pair in order, keep-alive,
// upgrade) as ONE HeadMessage; body bytes; the message is complete (with any
// chunked trailers); or the input is malformed.
// Interface:
//  * Parser p(Parser::Kind::kRequest, sink); p.execute(data, len) as bytes
//    arrive; p.finish() at end of input (a response without a length ends
//    there). execute() returns the bytes consumed: all of them, unless an
//    error occurred or the connection was upgraded (Upgrade / CONNECT), when
//    the rest belongs to the new protocol (Node's 'upgrade' head).
//  * ParserSink receives the events. on_headers_complete() may ask the parser
//    to skip the body (a response to HEAD).
//  * Limits: the head (request line + headers) may hold at most
//    max_header_size bytes (Node's 16 KiB default; beyond it the error
//    HPE_HEADER_OVERFLOW, which the server answers with 431); at most
//    max_headers_count header pairs are kept (Node's maxHeadersCount: extra
//    pairs are dropped, not an error).
// Invariants: after on_error() the parser reports nothing more; a HeadMessage
// reference is valid only during the callback (the parser reuses it).
// Rejected on purpose (request smuggling, Node's llhttp does the same):
// Content-Length together with Transfer-Encoding, duplicate Content-Length,
// a Transfer-Encoding on a request whose last coding is not chunked, and
// obsolete line folding (a header line starting with a space or tab).
// Rejected also, as llhttp does: what non-strict http-parser lets through in a
// head's line ends, request line and URL (parser_strict.hpp).
// Read first: http-parser's README (the callback model), then execute() in
// parser.cpp. Chapter: chapters/05-http.md § "Parsing".
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace minode::http {

/// Everything in a message head, delivered once per message.
/// Shaped like the arguments of Node's parserOnHeadersComplete.
struct HeadMessage {
  int version_major = 1;                 ///< 1 in HTTP/1.1
  int version_minor = 1;                 ///< 1 in HTTP/1.1
  std::vector<std::string> raw_headers;  ///< flat [name, value, name, value...] as received
  std::string method;                    ///< requests: "GET", "POST"...
  std::string url;                       ///< requests: the request target, unparsed
  int status_code = 0;                   ///< responses: 200...
  std::string status_message;            ///< responses: "OK"...
  bool upgrade = false;                  ///< Upgrade header (or CONNECT): body is another protocol
  bool should_keep_alive = false;        ///< the connection may carry another message
  bool no_body = false;                  ///< requests: no body follows (neither chunked nor a Content-Length above 0)
  bool has_host = false;                 ///< requests: a Host header is among raw_headers
  bool has_expect = false;               ///< requests: an Expect header is among raw_headers
  /// Empties the message, keeping the allocated capacity for the next one.
  void clear();
};

/// What on_headers_complete() tells the parser to do next.
enum class BodyAction {
  kParse,    ///< read the body as the headers describe it
  kSkipBody, ///< no body follows (a response to HEAD, or a 304)
  kUpgrade   ///< no body, and the rest of the stream is another protocol (CONNECT's 2xx)
};

/// A parse failure: Node's err.code ("HPE_INVALID_CHUNK_SIZE") and reason.
struct ParseError {
  const char* code = "";        ///< "HPE_..." as Node names it
  std::string reason;           ///< "Invalid character in chunk size"
  std::size_t bytes_parsed = 0; ///< offset of the failure in the last execute() input
};

/// Receives a Parser's events. Override what you need.
class ParserSink {
 public:
  virtual ~ParserSink() = default;
  /// A new message starts (its first byte arrived).
  virtual void on_message_begin() {}
  /// The head is complete: one call with every header.
  virtual BodyAction on_headers_complete(const HeadMessage& head) { return BodyAction::kParse; }
  /// Some body bytes (chunk framing already removed).
  virtual void on_body(const char* data, std::size_t len) {}
  /// The message ended; trailers is a flat [name, value...] list (chunked only).
  virtual void on_message_complete(const std::vector<std::string>& trailers) {}
  /// The input is malformed; nothing more will be reported.
  virtual void on_error(const ParseError& error) {}
};

/// Size limits (Node's defaults).
struct ParserLimits {
  std::size_t max_header_size = 16 * 1024;  ///< bytes in the head (http.maxHeaderSize)
  std::size_t max_headers_count = 2000;     ///< pairs kept (server.maxHeadersCount); 0: no limit
};

/// One connection's HTTP/1.x parser. Not copyable.
class Parser {
 public:
  /// Requests (a server) or responses (a client).
  enum class Kind { kRequest, kResponse };

  /// sink must outlive the parser.
  Parser(Kind kind, ParserSink& sink, ParserLimits limits = {});
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  /// Parses len bytes; returns how many were consumed (see the header).
  std::size_t execute(const char* data, std::size_t len);
  /// End of input: completes a message delimited by EOF, or reports an error
  /// if a message was cut short. Returns false on error.
  bool finish();
  /// Starts over for a new connection (keeps the limits).
  void reset();

  /// True after an error was reported.
  bool failed() const { return failed_; }
  /// True after an Upgrade/CONNECT head: the rest of the stream is not HTTP.
  bool upgraded() const { return upgraded_; }
  /// True between the first byte of a message and its end.
  bool in_message() const { return in_message_; }
  /// The limits in force.
  const ParserLimits& limits() const { return limits_; }

 private:
  struct Impl;  // the http_parser state and its C callbacks (parser.cpp)
  friend struct Impl;
  void fail(const char* code, const std::string& reason, std::size_t at);

  Kind kind_;
  ParserSink& sink_;
  ParserLimits limits_;
  std::unique_ptr<Impl> impl_;
  bool failed_ = false;
  bool upgraded_ = false;
  bool in_message_ = false;
};

}  // namespace minode::http
