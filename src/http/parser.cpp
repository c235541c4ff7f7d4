// Parser: http-parser's callbacks batched into one head per message.
//
// What: the glue between http-parser's streaming callbacks and ParserSink.
// http-parser hands over URLs and header names/values in pieces (a piece ends
// wherever a read() ended); we append the pieces to the HeadMessage and give
// the sink the whole head at once.
// Before http-parser sees a head, execute() runs it through the strictness
// scans of parser_strict.cpp (what non-strict http-parser lets through and
// Node's llhttp refuses); the callbacks add the checks that need a whole
// name or value (tokens, Transfer-Encoding, the version).
// Invariants: the parser is paused after every complete message, so execute()
// sees each message boundary: there it restarts the head scanner for the
// next head (pipelined messages share one buffer).
// Read first: parser.hpp; http-parser's README; then parser_strict.hpp.
// Chapter: chapters/05-http.md.
#include "http/parser.hpp"

#include <http_parser.h>
#include <strings.h>

#include <climits>
#include <cstdint>
#include <cstring>

#include "http/head_writer.hpp"
#include "http/parser_strict.hpp"

namespace minode::http {

void HeadMessage::clear() {
  version_major = version_minor = 1;
  raw_headers.clear();
  method.clear();
  url.clear();
  status_code = 0;
  status_message.clear();
  upgrade = should_keep_alive = no_body = has_host = has_expect = false;
}

// The http-parser state plus what we accumulate between its callbacks.
struct Parser::Impl {
  http_parser hp;
  HeadMessage head;
  std::vector<std::string> trailers;
  enum class Last { kNone, kField, kValue } last = Last::kNone;
  bool in_trailers = false;   // header callbacks now fill trailers
  bool dropping = false;      // past max_headers_count: ignore the pair
  std::size_t header_bytes = 0;  // URL + names + values, as Node counts them
  bool seen_content_length = false, seen_transfer_encoding = false;
  detail::HeadScanner scanner;  // the strictness scans, fed each head first

  static const http_parser_settings kSettings;
  static Parser& self(http_parser* hp) { return *static_cast<Parser*>(hp->data); }

  void new_message() {
    head.clear();
    trailers.clear();
    last = Last::kNone;
    in_trailers = dropping = false;
    header_bytes = 0;
    seen_content_length = seen_transfer_encoding = false;
  }
  std::vector<std::string>& target() { return in_trailers ? trailers : head.raw_headers; }

  // Counts head bytes against the limit; false (and the parser failed) past it.
  static bool track(Parser& p, std::size_t len) {
    Impl& m = *p.impl_;
    m.header_bytes += len;
    if (m.header_bytes < p.limits_.max_header_size) return true;
    p.fail("HPE_HEADER_OVERFLOW", "Header overflow", 0);
    return false;
  }

  static int on_message_begin(http_parser* hp) {
    Parser& p = self(hp);
    p.impl_->new_message();
    p.in_message_ = true;
    p.sink_.on_message_begin();
    return 0;
  }
  static int on_url(http_parser* hp, const char* at, std::size_t len) {
    Parser& p = self(hp);
    if (!track(p, len)) return -1;
    if (detail::url_refused_byte(at, len) != len) {  // parser_strict.cpp#url-bytes
      p.fail("HPE_INVALID_URL", "Invalid char in url path", 0);
      return -1;
    }
    p.impl_->head.url.append(at, len);
    return 0;
  }
  static int on_status(http_parser* hp, const char* at, std::size_t len) {
    Parser& p = self(hp);
    if (!track(p, len)) return -1;
    p.impl_->head.status_message.append(at, len);
    return 0;
  }
  static int on_header_field(http_parser* hp, const char* at, std::size_t len);
  static int on_header_value(http_parser* hp, const char* at, std::size_t len);
  static int on_headers_complete(http_parser* hp);
  static int on_body(http_parser* hp, const char* at, std::size_t len) {
    self(hp).sink_.on_body(at, len);
    return 0;
  }
  static int on_message_complete(http_parser* hp);
};

const http_parser_settings Parser::Impl::kSettings = {
    &Impl::on_message_begin, &Impl::on_url, &Impl::on_status, &Impl::on_header_field,
    &Impl::on_header_value, &Impl::on_headers_complete, &Impl::on_body,
    &Impl::on_message_complete, nullptr, nullptr};

// http-parser keeps a value's trailing spaces; Node's llhttp drops them.
static void trim_value(std::vector<std::string>& list) {
  std::string& v = list.back();
  std::size_t end = v.find_last_not_of(" \t");
  v.erase(end == std::string::npos ? 0 : end + 1);
}

// A name starts when the previous piece was a value (or nothing): open a
// new pair. Pieces of the same name are appended.
int Parser::Impl::on_header_field(http_parser* hp, const char* at, std::size_t len) {
  Parser& p = self(hp);
  Impl& m = *p.impl_;
  if (!track(p, len)) return -1;
  auto& list = m.target();
  if (m.last != Last::kField) {
    if (m.last == Last::kValue && !m.dropping) trim_value(list);
    std::size_t max = p.limits_.max_headers_count;
    m.dropping = max != 0 && list.size() / 2 >= max;
    if (!m.dropping) list.emplace_back();
  }
  m.last = Last::kField;
  if (!m.dropping) list.back().append(at, len);
  return 0;
}

int Parser::Impl::on_header_value(http_parser* hp, const char* at, std::size_t len) {
  Parser& p = self(hp);
  Impl& m = *p.impl_;
  if (!track(p, len)) return -1;
  // Debian builds http-parser non-strict; Node's llhttp refuses control
  // characters in values and anything but a token as a name, and so do we.
  if (has_invalid_value_char(std::string_view(at, len))) {
    p.fail("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", 0);
    return -1;
  }
  auto& list = m.target();
  if (m.last != Last::kValue && !m.dropping) {
    // The name is complete: check it, and note the headers the smuggling
    // rules name.
    const std::string& name = list.back();
    if (!is_token(name)) {
      p.fail("HPE_INVALID_HEADER_TOKEN", "Invalid header token", 0);
      return -1;
    }
    if (strcasecmp(name.c_str(), "content-length") == 0) m.seen_content_length = true;
    if (strcasecmp(name.c_str(), "transfer-encoding") == 0) m.seen_transfer_encoding = true;
    list.emplace_back();
  }
  m.last = Last::kValue;
  if (!m.dropping) list.back().append(at, len);
  return 0;
}

// A header with an empty value never gets on_header_value: close the pair.
// A value still open is finished (trimmed).
static void close_pair(std::vector<std::string>& list, bool value_seen, bool dropping) {
  if (dropping) return;
  if (value_seen) trim_value(list);
  else if (list.size() % 2 == 1) list.emplace_back();
}

// The last Transfer-Encoding value of a request must end in "chunked"
// (RFC 9112 §6.3): otherwise the body's length is unknowable, and llhttp
// refuses the request before any handler runs.
static bool transfer_encoding_ends_chunked(const std::vector<std::string>& raw) {
  const std::string* last = nullptr;
  for (std::size_t i = 0; i + 1 < raw.size(); i += 2) {
    if (strcasecmp(raw[i].c_str(), "transfer-encoding") == 0) last = &raw[i + 1];
  }
  if (last == nullptr) return true;
  std::size_t end = last->find_last_not_of(" \t");
  if (end == std::string::npos || end + 1 < 7) return false;
  return strncasecmp(last->c_str() + end + 1 - 7, "chunked", 7) == 0 &&
         (end + 1 == 7 || (*last)[end - 7] == ',' || (*last)[end - 7] == ' ' || (*last)[end - 7] == '\t');
}

// Notes whether the head has a Host and an Expect header: the server
// answers a missing Host with 400 and looks at Expect, and finding them
// here spares its JavaScript a scan of the names per request.
static void note_host_and_expect(HeadMessage& h) {
  const std::vector<std::string>& raw = h.raw_headers;
  for (std::size_t i = 0; i + 1 < raw.size(); i += 2) {
    if (raw[i].size() == 4 && strcasecmp(raw[i].c_str(), "host") == 0) h.has_host = true;
    if (raw[i].size() == 6 && strcasecmp(raw[i].c_str(), "expect") == 0) h.has_expect = true;
  }
}

// HTTP versions Node accepts: 0.9, 1.0, 1.1 and 2.0 (anything else is a 400).
static bool known_version(unsigned short major, unsigned short minor) {
  return (major == 1 && minor <= 1) || (major == 0 && minor == 9) || (major == 2 && minor == 0);
}

int Parser::Impl::on_headers_complete(http_parser* hp) {
  Parser& p = self(hp);
  Impl& m = *p.impl_;
  close_pair(m.head.raw_headers, m.last == Last::kValue, m.dropping);
  HeadMessage& h = m.head;
  h.version_major = hp->http_major;
  h.version_minor = hp->http_minor;
  if (p.kind_ == Kind::kRequest && !known_version(hp->http_major, hp->http_minor)) {
    p.fail("HPE_INVALID_VERSION", "Invalid HTTP version", 0);
    return -1;
  }
  if (p.kind_ == Kind::kRequest && m.seen_transfer_encoding &&
      !transfer_encoding_ends_chunked(h.raw_headers)) {
    p.fail("HPE_INVALID_TRANSFER_ENCODING", "Request has invalid `Transfer-Encoding`", 0);
    return -1;
  }
  if (p.kind_ == Kind::kRequest) h.method = http_method_str(static_cast<http_method>(hp->method));
  else h.status_code = static_cast<int>(hp->status_code);
  h.upgrade = hp->upgrade != 0;
  h.should_keep_alive = http_should_keep_alive(hp) != 0;
  // A request without chunked framing or a positive Content-Length ends
  // with its head (a request body never runs to EOF); http-parser keeps
  // ULLONG_MAX in content_length when there was no Content-Length.
  h.no_body = p.kind_ == Kind::kRequest && !h.upgrade && (hp->flags & F_CHUNKED) == 0 &&
              (hp->content_length == 0 || hp->content_length == ULLONG_MAX);
  if (p.kind_ == Kind::kRequest) note_host_and_expect(h);
  m.in_trailers = true;
  m.header_bytes = 0;  // trailers get a budget of their own
  m.last = Last::kNone;
  m.dropping = false;
  switch (p.sink_.on_headers_complete(h)) {
    case BodyAction::kSkipBody: return 1;
    case BodyAction::kUpgrade: return 2;
    default: return 0;
  }
}

int Parser::Impl::on_message_complete(http_parser* hp) {
  Parser& p = self(hp);
  Impl& m = *p.impl_;
  close_pair(m.trailers, m.last == Last::kValue, m.dropping);
  p.in_message_ = false;
  m.scanner.start(p.kind_ == Kind::kRequest);
  // Pause so execute() regains control at the message boundary.
  http_parser_pause(hp, 1);
  p.sink_.on_message_complete(m.trailers);
  return 0;
}

Parser::Parser(Kind kind, ParserSink& sink, ParserLimits limits)
    : kind_(kind), sink_(sink), limits_(limits), impl_(new Impl) {
  reset();
}

Parser::~Parser() = default;

void Parser::reset() {
  http_parser_init(&impl_->hp, kind_ == Kind::kRequest ? HTTP_REQUEST : HTTP_RESPONSE);
  impl_->hp.data = this;
  impl_->new_message();
  impl_->scanner.start(kind_ == Kind::kRequest);
  failed_ = upgraded_ = in_message_ = false;
}

void Parser::fail(const char* code, const std::string& reason, std::size_t at) {
  if (failed_) return;
  failed_ = true;
  ParseError error;
  error.code = code;
  error.reason = reason;
  error.bytes_parsed = at;
  sink_.on_error(error);
}

namespace {

// Node's (llhttp's) wording for the errors a client is most likely to see;
// anything else keeps http-parser's own description.
const char* node_reason(http_errno e) {
  switch (e) {
    case HPE_INVALID_METHOD: return "Invalid method encountered";
    case HPE_INVALID_URL: return "Invalid URL";
    case HPE_INVALID_VERSION: return "Invalid HTTP version";
    case HPE_INVALID_HEADER_TOKEN: return "Invalid header token";
    case HPE_INVALID_CONTENT_LENGTH: return "Invalid character in Content-Length";
    case HPE_INVALID_CHUNK_SIZE: return "Invalid character in chunk size";
    case HPE_LF_EXPECTED: return "Missing expected LF after header value";
    case HPE_INVALID_TRANSFER_ENCODING: return "Request has invalid `Transfer-Encoding`";
    case HPE_INVALID_EOF_STATE: return "Invalid EOF state";
    default: return http_errno_description(e);
  }
}

}  // namespace

// @anchor parser-execute
std::size_t Parser::execute(const char* data, std::size_t len) {
  Impl& m = *impl_;
  std::size_t pos = 0;
  while (pos < len && !failed_ && !upgraded_) {
    if (m.scanner.in_head() && m.scanner.scan(data + pos, len - pos) == SIZE_MAX) {
      const detail::ScanError& e = m.scanner.error();
      fail(e.code, e.reason, pos + e.at);
      return pos;
    }
    pos += http_parser_execute(&m.hp, &Impl::kSettings, data + pos, len - pos);
    if (failed_) return pos;  // a limit, reported by a callback
    http_errno e = HTTP_PARSER_ERRNO(&m.hp);
    if (e == HPE_PAUSED) http_parser_pause(&m.hp, 0);  // a message ended
    else if (e != HPE_OK) {
      if (e == HPE_UNEXPECTED_CONTENT_LENGTH && m.seen_transfer_encoding)
        fail("HPE_INVALID_TRANSFER_ENCODING",
             "Transfer-Encoding can't be present with Content-Length", pos);
      else if (e == HPE_UNEXPECTED_CONTENT_LENGTH)
        fail(http_errno_name(e), "Duplicate Content-Length", pos);
      else if (e == HPE_INVALID_CONTENT_LENGTH && m.in_trailers)  // past the head: a chunk size
        fail("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", pos);
      else
        fail(http_errno_name(e), node_reason(e), pos);
      return pos;
    }
    if (m.hp.upgrade) upgraded_ = true;
  }
  return pos;
}

bool Parser::finish() {
  if (failed_ || upgraded_) return !failed_;
  Impl& m = *impl_;
  http_parser_execute(&m.hp, &Impl::kSettings, nullptr, 0);
  http_errno e = HTTP_PARSER_ERRNO(&m.hp);
  if (e == HPE_PAUSED) http_parser_pause(&m.hp, 0);
  else if (e != HPE_OK && !failed_) fail(http_errno_name(e), node_reason(e), 0);
  return !failed_;
}

}  // namespace minode::http
