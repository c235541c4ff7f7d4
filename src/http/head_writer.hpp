// HTTP/1.1 serialization: status/request line, headers, chunked framing.
//
// What: HeadWriter builds a whole message head in one buffer, with the
// headers Node adds on its own (Date, Connection, Keep-Alive, Content-Length
// or Transfer-Encoding) decided exactly as Node's OutgoingMessage
// _storeHeader decides them (lib/_http_outgoing.js). append_chunk and
// append_last_chunk frame a chunked body. http_date() caches the Date value
// per second.
// Interface:
//    std::string out;
//    HeadWriter w(out);
//    w.status_line(200, "");                  // "" -> Node's reason phrase
//    w.header("Content-Type", "text/plain");  // the user's headers, in order
//    HeadOptions o; o.content_length = 11;    // end('Hello World') alone
//    HeadResult r = w.finish(o);              // out ends with the blank line
//    out += "Hello World";
// Invariants: header() does not validate: names and values were checked when
// they were set (setHeader throws ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR;
// see is_token() and has_invalid_value_char()), as in Node.
// Read first: Node's lib/_http_outgoing.js _storeHeader and processHeader.
// Chapter: chapters/05-http.md § "Writing a response".
#pragma once
#include <cstddef>
#include <cstdint>
#include <ctime>
#include <string>
#include <string_view>

namespace minode::http {

/// The state of an outgoing message that decides its automatic headers
/// (the fields of Node's OutgoingMessage that _storeHeader reads).
struct HeadOptions {
  bool send_date = true;                 ///< response.sendDate; false for requests
  bool should_keep_alive = true;         ///< the peer allows another message on the connection
  bool use_chunked_by_default = true;    ///< false for HTTP/1.0 peers and GET-like requests
  bool has_body = true;                  ///< false for HEAD, 1xx, 204 and 304
  bool has_agent = false;                ///< a client request with an agent
  bool removed_connection = false;       ///< removeHeader('connection') was called
  bool removed_content_length = false;   ///< removeHeader('content-length') was called
  bool removed_transfer_encoding = false;///< removeHeader('transfer-encoding') was called
  bool max_requests_reached = false;     ///< server.maxRequestsPerSocket reached
  std::int64_t content_length = -1;      ///< body length when known up front (end(data) alone), else -1
  std::uint32_t keep_alive_timeout_ms = 5000;  ///< server.keepAliveTimeout; 0: no Keep-Alive header
  std::uint32_t max_requests_per_socket = 0;   ///< adds ", max=N" to Keep-Alive when > 0
  int status_code = 200;                 ///< responses: 204/304 never use chunked framing
};

/// What finish() decided.
struct HeadResult {
  bool chunked = false;          ///< frame the body with append_chunk()
  bool last = false;             ///< close the connection after this message (Node's _last)
  bool should_keep_alive = true; ///< may change (204/304 with chunked)
  bool expect = false;           ///< an Expect header was written (send the head at once)
  bool trailer_invalid = false;  ///< a Trailer header without chunked framing (ERR_HTTP_TRAILER_INVALID)
  std::int64_t content_length = -1;  ///< the Content-Length the head announces, or -1
};

/// Builds one message head into a string (appending; the string is not cleared).
class HeadWriter {
 public:
  /// Appends to out, which must outlive the writer.
  explicit HeadWriter(std::string& out) : out_(out) {}

  /// "HTTP/1.1 <code> <reason>\r\n"; an empty reason is Node's phrase for code.
  void status_line(int code, std::string_view reason);
  /// "<method> <path> HTTP/1.1\r\n".
  void request_line(std::string_view method, std::string_view path);
  /// "<name>: <value>\r\n", noting the headers that steer finish().
  void header(std::string_view name, std::string_view value);
  /// Adds the automatic headers and the blank line; returns the decisions.
  HeadResult finish(const HeadOptions& options);
  /// True once a Trailer header was written (finish() then frames a body
  /// of known length as chunked).
  bool has_trailer() const { return trailer_; }

 private:
  std::string& out_;
  bool connection_ = false, content_length_ = false, transfer_encoding_ = false;
  bool date_ = false, expect_ = false, trailer_ = false;
  bool conn_close_ = false, conn_keep_ = false, te_chunked_ = false, user_keep_alive_ = false;
  std::int64_t content_length_value_ = -1;
};

/// Appends one chunk: "<hex len>\r\n<data>\r\n" (nothing for len 0: an empty
/// chunk would end the body).
void append_chunk(std::string& out, const char* data, std::size_t len);

/// Appends the last chunk and the trailers: "0\r\n<trailers>\r\n", where
/// trailers is "" or ready-made "Name: value\r\n" lines.
void append_last_chunk(std::string& out, std::string_view trailers);

/// The IMF-fixdate for t: "Thu, 26 Nov 2026 22:41:51 GMT" (locale-free).
std::string format_http_date(std::time_t t);

/// The Date header value for now, recomputed at most once per second.
const std::string& http_date();

/// True if s is a non-empty RFC 7230 token (a valid header name or method).
bool is_token(std::string_view s);

/// True if a header value holds a character Node rejects (ERR_INVALID_CHAR):
/// anything but HTAB, SP-~ and 0x80-0xFF.
bool has_invalid_value_char(std::string_view s);

/// True if value contains word as a whole word, ignoring case (Node's
/// /(?:^|\W)close(?:$|\W)/i).
bool has_word(std::string_view value, std::string_view word);

}  // namespace minode::http
