// The strictness checks layered around http-parser: what it lets through
// and Node's llhttp refuses.
//
// What: Debian builds http-parser non-strict, so it takes a bare LF or a CR
// followed by any byte as a line end, obsolete line folding, "HTTX/1.1" as a
// version (it checks only the "H"), and tabs, form feeds and bytes from 0x80
// up in a URL. Node answers all of these with a 400, and a front proxy that
// parses a head differently from us is how requests get smuggled, so we
// refuse them too. We do not hand-write an HTTP parser: these checks only
// look at bytes http-parser also sees, and refuse; every request they pass
// is parsed by http-parser alone.
// Interface:
//  * HeadScanner: fed each head's bytes before http-parser sees them
//    (Parser::execute); scan() stops at the blank line that ends the head,
//    or at the first refused byte, whose error() says what and where.
//  * url_refused_byte(): the URL check, run on each URL piece http-parser
//    hands to on_url.
// Invariants: the scanner keeps its state across scan() calls, so a head
// split across reads anywhere is judged as if it came whole; start() must be
// called before every head (pipelined messages share one buffer).
// Read first: parser.hpp, then Parser::execute in parser.cpp (the caller).
// Chapter: chapters/05-http.md § "What the parser refuses".
#pragma once
#include <cstddef>

namespace minode::http::detail {

/// Why a scan refused its input: Node's err.code and reason.
struct ScanError {
  const char* code = "";   ///< "HPE_LF_EXPECTED"
  const char* reason = ""; ///< "Missing expected LF after header value"
  std::size_t at = 0;      ///< offset of the refused byte in the last scan() input
};

/// Checks a head's line structure and request line, byte by byte.
class HeadScanner {
 public:
  /// A new head begins; request: it starts with a request line (not a status line).
  void start(bool request);
  /// True until the blank line that ends the head has been scanned.
  bool in_head() const { return in_head_; }
  /// Scans len bytes of the head: returns how many belong to it (len, or up
  /// to and including the blank line), or SIZE_MAX on a refused byte.
  std::size_t scan(const char* data, std::size_t len);
  /// The refusal, after scan() returned SIZE_MAX.
  const ScanError& error() const { return error_; }

 private:
  bool check_request_line(char c, std::size_t at);
  std::size_t refuse(const char* code, const char* reason, std::size_t at);

  bool request_ = true;
  bool in_head_ = true, head_started_ = false, line_start_ = true, after_cr_ = false;
  std::size_t head_lines_ = 0;
  // The request line: separators (runs of spaces) seen, whether the last
  // byte was a space, then how much of the version's "HTTP/" matched.
  unsigned request_line_spaces_ = 0, version_matched_ = 0;
  bool after_space_ = false;
  ScanError error_;
};

/// Offset of the first byte of a URL piece that llhttp refuses and
/// non-strict http-parser takes (a tab, a form feed, 0x80 and up), or len.
std::size_t url_refused_byte(const char* at, std::size_t len);

}  // namespace minode::http::detail
