// Catch2 tests for what the Parser refuses: malformed input, request
// smuggling (Content-Length with Transfer-Encoding, duplicate lengths),
// obsolete line folding, bad chunk sizes, and the header size and count
// limits. Every error must also be found when the input is split anywhere.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "http/parser.hpp"
#include "http/parser_test_util.hpp"

using minode::http::Parser;
using minode::http::ParserLimits;
using namespace minode::http::test;

namespace {

// The transcript ends with "error <code>", however the input is cut.
void check_error(const std::string& input, const std::string& code) {
  std::string expected = "error " + code;
  REQUIRE(parse_whole(input).back() == expected);
  for (std::size_t cut = 0; cut <= input.size(); ++cut) {
    INFO("cut at byte " << cut);
    REQUIRE(parse_split(input, cut).back() == expected);
  }
  REQUIRE(parse_bytewise(input).back() == expected);
}

}  // namespace

TEST_CASE("Content-Length with Transfer-Encoding is refused (smuggling)", "[http]") {
  check_error("POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
              "HPE_INVALID_TRANSFER_ENCODING");
  check_error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n",
              "HPE_INVALID_TRANSFER_ENCODING");
}

TEST_CASE("duplicate Content-Length headers are refused", "[http]") {
  check_error("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
              "HPE_UNEXPECTED_CONTENT_LENGTH");
  check_error("POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
              "HPE_UNEXPECTED_CONTENT_LENGTH");
}

TEST_CASE("a request Transfer-Encoding that does not end in chunked is refused", "[http]") {
  check_error("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\nabc",
              "HPE_INVALID_TRANSFER_ENCODING");
}

TEST_CASE("obsolete line folding is refused", "[http]") {
  check_error("GET / HTTP/1.1\r\nHost: x\r\nFoo: a\r\n b\r\n\r\n", "HPE_INVALID_HEADER_TOKEN");
  check_error("GET / HTTP/1.1\r\nFoo: a\r\n\tb\r\n\r\n", "HPE_INVALID_HEADER_TOKEN");
}

TEST_CASE("folding is checked again for every pipelined request", "[http]") {
  std::string input = "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\r\nA: 1\r\n 2\r\n\r\n";
  auto events = parse_whole(input);
  CHECK(events[2] == "done []");
  CHECK(events.back() == "error HPE_INVALID_HEADER_TOKEN");
}

TEST_CASE("a byte from 0x80 up in the URL is refused, as llhttp does", "[http]") {
  check_error("GET /sub\xCEit HTTP/1.1\r\nHost: x\r\n\r\n", "HPE_INVALID_URL");
  check_error("GET /x?q=\xFF HTTP/1.1\r\n\r\n", "HPE_INVALID_URL");
}

TEST_CASE("a tab or form feed in the URL is refused, as llhttp does", "[http]") {
  // Non-strict http-parser takes both as URL bytes (fuzz: "POST /sub\tit?x=1").
  check_error("POST /sub\tit?x=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello",
              "HPE_INVALID_URL");
  check_error("GET /a?q=\f HTTP/1.1\r\n\r\n", "HPE_INVALID_URL");
  CHECK(parse_whole("GET /a?q=~%09 HTTP/1.1\r\n\r\n").back() == "done []");
}

TEST_CASE("a CR not followed by LF in the head is refused", "[http]") {
  check_error("POST / HTTP/1.1\r\nContent-Length: 5\r\n\rXhello", "HPE_LF_EXPECTED");
  check_error("GET / HTTP/1.1\rHost: x\r\n\r\n", "HPE_LF_EXPECTED");
}

TEST_CASE("a request version that does not start with HTTP/ is refused", "[http]") {
  check_error("GET / HTT/1.1\r\nHost: x\r\n\r\n", "HPE_INVALID_CONSTANT");
  check_error("GET / HTTX/1.1\r\n\r\n", "HPE_INVALID_CONSTANT");
  auto events = parse_whole("GET /x\r\n\r\n");  // no version at all: HTTP/0.9, as in Node
  CHECK(events.back().rfind("error", 0) != 0);
}

TEST_CASE("runs of spaces in the request line are one separator, as in llhttp", "[http]") {
  for (const char* input : {"GET  /a HTTP/1.1\r\n\r\n", "GET /a  HTTP/1.1\r\n\r\n"}) {
    INFO(input);
    CHECK(parse_whole(input)[1] == "head GET /a 1.1 ka=1 up=0 []");
    CHECK(parse_bytewise(input).back() == "done []");
  }
  check_error("GET /a H TTP/1.1\r\n\r\n", "HPE_INVALID_CONSTANT");
}

TEST_CASE("bytes after a request without a body are the next request", "[http]") {
  // The fuzz test's mutated "Content-Length" names: no length, so "hello"
  // starts a second request, and that is no method. The first request is
  // complete before the error, in Node too (its server answers the error).
  std::string input = "POST /submit HTTP/1.1\r\nHost: x\r\nConzent-Length: 5\r\n\r\nhello";
  auto events = parse_whole(input);
  REQUIRE(events.size() == 4);
  CHECK(events[2] == "done []");
  CHECK(events[3] == "error HPE_INVALID_METHOD");
  check_error(input, "HPE_INVALID_METHOD");
}

TEST_CASE("a scan error reports its offset in the whole execute() input", "[http]") {
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  std::string input = "GET /1 HTTP/1.1\r\n\r\nGET /2 HTTP/1.1\rX";
  p.execute(input.data(), input.size());
  CHECK(r.events.back() == "error HPE_LF_EXPECTED");
  CHECK(r.offset == input.size() - 1);
}

TEST_CASE("a bad chunk size is refused", "[http]") {
  check_error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
              "HPE_INVALID_CHUNK_SIZE");
  check_error("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nabc\r\n0\r\n\r\n",
              "HPE_INVALID_CHUNK_SIZE");
}

TEST_CASE("a chunk size too large for 64 bits is refused", "[http]") {
  check_error(
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\nabc\r\n0\r\n\r\n",
      "HPE_INVALID_CHUNK_SIZE");
}

TEST_CASE("garbage instead of a request line is refused", "[http]") {
  check_error("HELLO\r\n\r\n", "HPE_INVALID_METHOD");
  check_error("GET / HTTP/9\r\n\r\n", "HPE_INVALID_VERSION");
  check_error("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n", "HPE_INVALID_HEADER_TOKEN");
  check_error("POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", "HPE_INVALID_CONTENT_LENGTH");
}

TEST_CASE("control characters in a header value are refused", "[http]") {
  check_error("GET / HTTP/1.1\r\nA: x\x01y\r\n\r\n", "HPE_INVALID_HEADER_TOKEN");
  check_error("GET / HTTP/1.1\r\nA: x\x7fy\r\n\r\n", "HPE_INVALID_HEADER_TOKEN");
  CHECK(parse_whole("GET / HTTP/1.1\r\nA: x\ty\x80\r\n\r\n")[1] ==
        "head GET / 1.1 ka=1 up=0 [A=x\ty\x80]");
}

TEST_CASE("a head over max_header_size is HPE_HEADER_OVERFLOW", "[http]") {
  ParserLimits limits;
  limits.max_header_size = 100;
  std::string small = "GET / HTTP/1.1\r\nX: " + std::string(80, 'a') + "\r\n\r\n";
  CHECK(parse_whole(small, Parser::Kind::kRequest, limits).back() == "done []");
  std::string big = "GET / HTTP/1.1\r\nX: " + std::string(120, 'a') + "\r\n\r\n";
  CHECK(parse_whole(big, Parser::Kind::kRequest, limits).back() == "error HPE_HEADER_OVERFLOW");
}

TEST_CASE("the default header limit is Node's 16 KiB", "[http]") {
  std::string fits = "GET / HTTP/1.1\r\nX: " + std::string(16000, 'a') + "\r\n\r\n";
  CHECK(parse_whole(fits).back() == "done []");
  std::string over = "GET / HTTP/1.1\r\nX: " + std::string(17000, 'a') + "\r\n\r\n";
  CHECK(parse_bytewise(over).back() == "error HPE_HEADER_OVERFLOW");
}

TEST_CASE("headers past max_headers_count are dropped, not an error", "[http]") {
  ParserLimits limits;
  limits.max_headers_count = 2;
  auto events = parse_whole("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n",
                            Parser::Kind::kRequest, limits);
  CHECK(events[1] == "head GET / 1.1 ka=1 up=0 [A=1 B=2]");
  CHECK(events[2] == "done []");
}

TEST_CASE("after an error nothing more is reported", "[http]") {
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  std::string bad = "NOPE / HTTP/1.1\r\n\r\n";
  p.execute(bad.data(), bad.size());
  std::size_t n = r.events.size();
  p.execute("GET / HTTP/1.1\r\n\r\n", 18);
  CHECK(r.events.size() == n);
  CHECK(p.failed());
}

TEST_CASE("error reasons use Node's wording for the smuggling cases", "[http]") {
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  std::string input = "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\na";
  p.execute(input.data(), input.size());
  CHECK(r.reason == "Duplicate Content-Length");
}
