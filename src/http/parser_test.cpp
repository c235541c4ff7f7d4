// Catch2 tests for the Parser: request and response heads, bodies (length,
// chunked, until EOF), keep-alive, pipelining and upgrades, each fed whole,
// split at every byte boundary, and one byte at a time.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "http/parser.hpp"
#include "http/parser_test_util.hpp"

using minode::http::BodyAction;
using minode::http::Parser;
using namespace minode::http::test;
using Events = std::vector<std::string>;

namespace {

// Every way of cutting input must give the same transcript as one piece.
void check_all_splits(const std::string& input, const Events& expected,
                      Parser::Kind kind = Parser::Kind::kRequest) {
  REQUIRE(parse_whole(input, kind) == expected);
  for (std::size_t cut = 0; cut <= input.size(); ++cut) {
    INFO("cut at byte " << cut);
    REQUIRE(parse_split(input, cut, kind) == expected);
  }
  REQUIRE(parse_bytewise(input, kind) == expected);
}

}  // namespace

TEST_CASE("a GET head arrives as one event with every header in order", "[http]") {
  check_all_splits("GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Dup: 1\r\nx-dup: 2\r\n\r\n",
                   {"begin", "head GET /a?b=1 1.1 ka=1 up=0 [Host=x X-Dup=1 x-dup=2]",
                    "done []"});
}

TEST_CASE("a Content-Length body is delivered and ends the message", "[http]") {
  check_all_splits("POST /p HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello",
                   {"begin", "head POST /p 1.1 ka=1 up=0 [Content-Length=5]", "body hello",
                    "done []"});
}

TEST_CASE("a chunked body with extensions and trailers", "[http]") {
  check_all_splits(
      "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
      "3;name=val\r\nabc\r\n2\r\nde\r\n0\r\nX-T: 1\r\nX-U: 2\r\n\r\n",
      {"begin", "head POST / 1.1 ka=1 up=0 [Transfer-Encoding=chunked]", "body abcde",
       "done [X-T=1 X-U=2]"});
}

TEST_CASE("HTTP/1.0 closes unless it asks for keep-alive", "[http]") {
  CHECK(parse_whole("GET / HTTP/1.0\r\n\r\n")[1] == "head GET / 1.0 ka=0 up=0 []");
  CHECK(parse_whole("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")[1] ==
        "head GET / 1.0 ka=1 up=0 [Connection=keep-alive]");
  CHECK(parse_whole("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")[1] ==
        "head GET / 1.1 ka=0 up=0 [Connection=close]");
}

TEST_CASE("pipelined requests in one buffer are parsed one after another", "[http]") {
  check_all_splits(
      "GET /1 HTTP/1.1\r\n\r\nPOST /2 HTTP/1.1\r\nContent-Length: 2\r\n\r\nokGET /3 HTTP/1.1\r\n\r\n",
      {"begin", "head GET /1 1.1 ka=1 up=0 []", "done []", "begin",
       "head POST /2 1.1 ka=1 up=0 [Content-Length=2]", "body ok", "done []", "begin",
       "head GET /3 1.1 ka=1 up=0 []", "done []"});
}

TEST_CASE("an empty header value is kept as an empty string", "[http]") {
  check_all_splits("GET / HTTP/1.1\r\nX-Empty:\r\nHost: h\r\n\r\n",
                   {"begin", "head GET / 1.1 ka=1 up=0 [X-Empty= Host=h]", "done []"});
}

TEST_CASE("an Upgrade request stops the parser and leaves the rest unread", "[http]") {
  std::string input =
      "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n\x81\x05hello";
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  std::size_t n = p.execute(input.data(), input.size());
  CHECK(p.upgraded());
  CHECK(input.substr(n) == "\x81\x05hello");
  CHECK(r.events == Events{"begin",
                           "head GET /ws 1.1 ka=1 up=1 [Connection=Upgrade Upgrade=websocket]",
                           "done []"});
  CHECK(p.execute("more", 4) == 0);  // nothing more is HTTP
}

TEST_CASE("CONNECT is an upgrade: the tunnel's bytes are not parsed", "[http]") {
  std::string input = "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nTLS";
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  std::size_t n = p.execute(input.data(), input.size());
  CHECK(p.upgraded());
  CHECK(input.substr(n) == "TLS");
  CHECK(r.events[1] == "head CONNECT example.com:443 1.1 ka=1 up=1 [Host=example.com:443]");
}

TEST_CASE("a response head carries the status code and message", "[http]") {
  check_all_splits("HTTP/1.1 404 Not Found\r\nContent-Length: 3\r\n\r\nnop",
                   {"begin", "head 404 Not Found 1.1 ka=1 up=0 [Content-Length=3]", "body nop",
                    "done []"},
                   Parser::Kind::kResponse);
}

TEST_CASE("a response without a length ends at EOF", "[http]") {
  Recorder r;
  Parser p(Parser::Kind::kResponse, r);
  std::string input = "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nall of it";
  p.execute(input.data(), input.size());
  CHECK(r.events.back() == "body all of it");
  CHECK(p.finish());
  CHECK(r.events.back() == "done []");
}

TEST_CASE("a response to HEAD skips the announced body", "[http]") {
  Recorder r;
  r.action = BodyAction::kSkipBody;
  Parser p(Parser::Kind::kResponse, r);
  std::string input =
      "HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n";
  CHECK(p.execute(input.data(), input.size()) == input.size());
  CHECK(r.events == Events{"begin", "head 200 OK 1.1 ka=1 up=0 [Content-Length=99]", "done []",
                           "begin", "head 204 No Content 1.1 ka=1 up=0 []", "done []"});
}

TEST_CASE("EOF in the middle of a body is an error", "[http]") {
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  std::string input = "POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc";
  p.execute(input.data(), input.size());
  CHECK_FALSE(p.finish());
  CHECK(r.events.back() == "error HPE_INVALID_EOF_STATE");
}

TEST_CASE("reset() starts a fresh connection", "[http]") {
  Recorder r;
  Parser p(Parser::Kind::kRequest, r);
  p.execute("BAD\r\n\r\n", 7);
  REQUIRE(p.failed());
  p.reset();
  CHECK_FALSE(p.failed());
  p.execute("GET / HTTP/1.1\r\n\r\n", 18);
  CHECK(r.events.back() == "done []");
}

TEST_CASE("spaces around a header value are not part of it", "[http]") {
  check_all_splits("GET / HTTP/1.1\r\nA:   x y  \r\nB: z\t\r\n\r\n",
                   {"begin", "head GET / 1.1 ka=1 up=0 [A=x y B=z]", "done []"});
}

namespace {

// Keeps the flags of the last head: "body=0 host=1 expect=0".
struct HeadFlags : minode::http::ParserSink {
  std::string flags;
  BodyAction on_headers_complete(const minode::http::HeadMessage& h) override {
    flags = std::string("body=") + (h.no_body ? "0" : "1") + " host=" + (h.has_host ? "1" : "0") +
            " expect=" + (h.has_expect ? "1" : "0");
    return BodyAction::kParse;
  }
};

std::string head_flags(const std::string& input) {
  HeadFlags s;
  Parser p(Parser::Kind::kRequest, s);
  p.execute(input.data(), input.size());
  return s.flags;
}

}  // namespace

TEST_CASE("a request head says whether a body follows and whether Host and Expect came",
          "[http]") {
  CHECK(head_flags("GET / HTTP/1.1\r\nHost: x\r\n\r\n") == "body=0 host=1 expect=0");
  CHECK(head_flags("GET / HTTP/1.1\r\nhOST: x\r\nContent-Length: 0\r\n\r\n") ==
        "body=0 host=1 expect=0");
  CHECK(head_flags("POST / HTTP/1.1\r\nContent-Length: 3\r\nExpect: 100-continue\r\n\r\n") ==
        "body=1 host=0 expect=1");
  CHECK(head_flags("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nHost:\r\n\r\n") ==
        "body=1 host=1 expect=0");
  CHECK(head_flags("GET / HTTP/1.1\r\nHostx: y\r\nX-Expect: 1\r\n\r\n") ==
        "body=0 host=0 expect=0");
}
