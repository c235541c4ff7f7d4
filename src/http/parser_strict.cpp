// The strictness checks layered around http-parser (see parser_strict.hpp).
//
// What: HeadScanner walks a head one byte at a time with a few flags of
// state (so a head split anywhere across reads is judged the same), and
// url_refused_byte() looks at the URL pieces http-parser hands over. Each
// check names the llhttp error Node reports for the same bytes.
// Invariants: a scan only refuses; it never changes or skips what
// http-parser will parse. The scanner stops at the blank line that ends the
// head: a body is not a head, and its bytes may be anything.
// Read first: parser_strict.hpp; Parser::execute in parser.cpp calls scan()
// before http-parser sees each piece of a head.
#include "http/parser_strict.hpp"

#include <cstdint>

namespace minode::http::detail {

void HeadScanner::start(bool request) {
  request_ = request;
  in_head_ = true;
  head_started_ = false;
  line_start_ = true;
  after_cr_ = false;
  head_lines_ = 0;
  request_line_spaces_ = version_matched_ = 0;
  after_space_ = false;
}

std::size_t HeadScanner::refuse(const char* code, const char* reason, std::size_t at) {
  error_.code = code;
  error_.reason = reason;
  error_.at = at;
  return SIZE_MAX;
}

// @anchor request-line-scan
// "METHOD SP URL SP HTTP/x.y": http-parser (not strict) checks only the
// "H" of "HTTP/" and takes "HTTX/1.1" or "HTT/1.1" as a version; llhttp
// (Node) answers "Expected HTTP/" and a 400, and so do we. Both take a run
// of spaces as one separator ("GET  /x  HTTP/1.1"), so we count runs. (A
// line with no version at all, "GET /x", is HTTP/0.9 to both and stays
// accepted.)
bool HeadScanner::check_request_line(char c, std::size_t at) {
  static const char kVersion[] = "HTTP/";
  if (version_matched_ == 0 && c == ' ') {
    if (!after_space_) ++request_line_spaces_;
    after_space_ = true;
    return true;
  }
  after_space_ = false;
  if (request_line_spaces_ < 2 || version_matched_ == sizeof kVersion - 1) return true;
  if (c == kVersion[version_matched_++]) return true;
  refuse("HPE_INVALID_CONSTANT", "Expected HTTP/", at);
  return false;
}

// @anchor obs-fold-scan
// http-parser accepts obsolete line folding ("X: a\r\n b"), joining the
// lines; Node's llhttp rejects it, and so do we: a header line may not start
// with a space or tab. The line-end checks (bare-lf-scan, bare-cr-scan) come
// first, so every line seen here ended in CRLF.
std::size_t HeadScanner::scan(const char* data, std::size_t len) {
  for (std::size_t i = 0; i < len && in_head_; ++i) {
    char c = data[i];
    if (!head_started_) {
      if (c == '\r' || c == '\n') continue;  // blank lines before a message are allowed
      head_started_ = true;
    }
    // @anchor bare-lf-scan
    // Every line of a head ends in CRLF: http-parser also takes a bare LF,
    // llhttp (Node) does not, and a proxy that disagrees with us about where
    // a header ends is how requests get smuggled.
    if (c == '\n' && !after_cr_)
      return refuse("HPE_CR_EXPECTED", "Missing expected CR after header value", i);
    // @anchor bare-cr-scan
    // ...and a CR is always followed by its LF: http-parser (not strict)
    // takes "\r" plus any byte as the end of the head, llhttp refuses it.
    if (after_cr_ && c != '\n')
      return refuse("HPE_LF_EXPECTED", "Missing expected LF after header value", i);
    after_cr_ = c == '\r';
    if (line_start_) {
      if (c == '\n') {
        in_head_ = false;  // the empty line: the head ends here
        return i + 1;
      }
      if (c == '\r') continue;
      if ((c == ' ' || c == '\t') && head_lines_ > 0)
        return refuse("HPE_INVALID_HEADER_TOKEN", "Unexpected whitespace after header value", i);
      line_start_ = false;
    }
    if (head_lines_ == 0 && request_ && !check_request_line(c, i)) return SIZE_MAX;
    if (c == '\n') {
      line_start_ = true;
      ++head_lines_;
    }
  }
  return len;
}

// @anchor url-bytes
// Non-strict http-parser takes a tab, a form feed and any byte from 0x80 up
// in a URL; llhttp (Node) answers "Invalid char in url path" and a 400. A
// URL is printable ASCII on the wire (RFC 3986: anything else is
// percent-encoded), so we refuse them too. (Every other control byte
// http-parser refuses itself.)
std::size_t url_refused_byte(const char* at, std::size_t len) {
  for (std::size_t i = 0; i < len; ++i) {
    unsigned char b = static_cast<unsigned char>(at[i]);
    if (b >= 0x80 || b == '\t' || b == '\f') return i;
  }
  return len;
}

}  // namespace minode::http::detail
