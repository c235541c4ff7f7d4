// Catch2 tests for the serializer: Node's automatic headers, in Node's order,
// for the cases Node's _storeHeader distinguishes; chunk framing; the Date
// format and cache; the token and value checks.
#include <catch2/catch.hpp>

#include <string>

#include "http/head_writer.hpp"
#include "http/status_codes.hpp"

using namespace minode::http;

namespace {

// A response head with the Date header left out (it changes every second).
std::string head(int code, HeadOptions o, std::initializer_list<const char*> headers,
                 HeadResult* result = nullptr) {
  std::string out;
  HeadWriter w(out);
  w.status_line(code, "");
  for (auto it = headers.begin(); it != headers.end(); it += 2) w.header(it[0], it[1]);
  o.send_date = false;
  o.status_code = code;
  HeadResult r = w.finish(o);
  if (result) *result = r;
  return out;
}

}  // namespace

TEST_CASE("hello world: Node's header set and order, in one buffer", "[http]") {
  std::string out;
  HeadWriter w(out);
  w.status_line(200, "");
  w.header("Content-Type", "text/plain");
  HeadOptions o;
  o.content_length = 11;
  HeadResult r = w.finish(o);
  out += "Hello World";
  std::string expected = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: " + http_date() +
                         "\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n"
                         "Content-Length: 11\r\n\r\nHello World";
  CHECK(out == expected);
  CHECK_FALSE(r.chunked);
  CHECK_FALSE(r.last);
  CHECK(r.content_length == 11);
}

TEST_CASE("an unknown length means chunked framing", "[http]") {
  HeadResult r;
  CHECK(head(404, {}, {}, &r) ==
        "HTTP/1.1 404 Not Found\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n"
        "Transfer-Encoding: chunked\r\n\r\n");
  CHECK(r.chunked);
}

TEST_CASE("a user Content-Length turns chunking off", "[http]") {
  HeadResult r;
  CHECK(head(200, {}, {"content-length", "3"}, &r) ==
        "HTTP/1.1 200 OK\r\ncontent-length: 3\r\nConnection: keep-alive\r\n"
        "Keep-Alive: timeout=5\r\n\r\n");
  CHECK_FALSE(r.chunked);
  CHECK(r.content_length == 3);
}

TEST_CASE("Connection: close from the user ends the connection", "[http]") {
  HeadResult r;
  CHECK(head(200, {}, {"Connection", "close"}, &r) ==
        "HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n");
  CHECK(r.last);
}

TEST_CASE("a peer that cannot keep alive gets Connection: close", "[http]") {
  HeadOptions o;
  o.should_keep_alive = false;
  o.content_length = 2;
  HeadResult r;
  CHECK(head(200, o, {}, &r) == "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n");
  CHECK(r.last);
}

TEST_CASE("HTTP/1.0 peers: no chunking, the close ends the body", "[http]") {
  HeadOptions o;
  o.should_keep_alive = false;
  o.use_chunked_by_default = false;
  HeadResult r;
  CHECK(head(200, o, {}, &r) == "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n");
  CHECK(r.last);
  CHECK_FALSE(r.chunked);
}

TEST_CASE("204 and 304 never announce a body", "[http]") {
  HeadOptions o;
  HeadResult r;
  o.has_body = false;
  CHECK(head(204, o, {}, &r) ==
        "HTTP/1.1 204 No Content\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n");
  CHECK_FALSE(r.chunked);
  CHECK(head(304, o, {"Transfer-Encoding", "chunked"}, &r) ==
        "HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
  CHECK_FALSE(r.chunked);
  CHECK_FALSE(r.should_keep_alive);
}

TEST_CASE("a user Keep-Alive header replaces the default one", "[http]") {
  CHECK(head(200, {}, {"Keep-Alive", "timeout=9"}) ==
        "HTTP/1.1 200 OK\r\nKeep-Alive: timeout=9\r\nConnection: keep-alive\r\n"
        "Transfer-Encoding: chunked\r\n\r\n");
}

TEST_CASE("keepAliveTimeout 0 drops Keep-Alive; maxRequestsPerSocket adds max", "[http]") {
  HeadOptions o;
  o.keep_alive_timeout_ms = 0;
  o.content_length = 0;
  CHECK(head(200, o, {}) ==
        "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n");
  o.keep_alive_timeout_ms = 7500;
  o.max_requests_per_socket = 3;
  CHECK(head(200, o, {}) == "HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n"
                            "Keep-Alive: timeout=7, max=3\r\nContent-Length: 0\r\n\r\n");
}

TEST_CASE("a Trailer header forces chunked; without chunking it is invalid", "[http]") {
  HeadOptions o;
  o.content_length = 5;
  HeadResult r;
  head(200, o, {"Trailer", "X-T"}, &r);
  CHECK(r.chunked);
  CHECK_FALSE(r.trailer_invalid);
  head(200, o, {"Trailer", "X-T", "Content-Length", "5"}, &r);
  CHECK(r.trailer_invalid);
}

TEST_CASE("a request line and a client head", "[http]") {
  std::string out;
  HeadWriter w(out);
  w.request_line("GET", "/x?y=1");
  w.header("Host", "localhost:80");
  HeadOptions o;
  o.send_date = false;
  o.use_chunked_by_default = false;
  o.has_agent = true;
  o.keep_alive_timeout_ms = 0;
  w.finish(o);
  CHECK(out == "GET /x?y=1 HTTP/1.1\r\nHost: localhost:80\r\nConnection: keep-alive\r\n\r\n");
}

TEST_CASE("an explicit status message replaces the reason phrase", "[http]") {
  std::string out;
  HeadWriter(out).status_line(200, "Fine");
  CHECK(out == "HTTP/1.1 200 Fine\r\n");
  out.clear();
  HeadWriter(out).status_line(599, "");
  CHECK(out == "HTTP/1.1 599 unknown\r\n");
}

TEST_CASE("chunk framing: hex size, data, CRLF; last chunk with trailers", "[http]") {
  std::string out;
  append_chunk(out, "a", 1);
  append_chunk(out, "", 0);
  append_chunk(out, std::string(300, 'x').data(), 300);
  append_last_chunk(out, "X-T: 1\r\n");
  CHECK(out == "1\r\na\r\n12c\r\n" + std::string(300, 'x') + "\r\n0\r\nX-T: 1\r\n\r\n");
}

TEST_CASE("the Date header is an IMF-fixdate in GMT", "[http]") {
  CHECK(format_http_date(0) == "Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(format_http_date(1795732911) == "Thu, 26 Nov 2026 22:41:51 GMT");
  CHECK(http_date().size() == 29);
  CHECK(&http_date() == &http_date());
}

TEST_CASE("tokens and header value characters", "[http]") {
  CHECK(is_token("Content-Type"));
  CHECK(is_token("x!#$%&'*+-.^_`|~1"));
  CHECK_FALSE(is_token(""));
  CHECK_FALSE(is_token("Bad Name"));
  CHECK_FALSE(is_token("a:b"));
  CHECK_FALSE(has_invalid_value_char("text/plain; q=\t1 \x80\xff"));
  CHECK(has_invalid_value_char("a\r\nb"));
  CHECK(has_invalid_value_char(std::string("a\0b", 3)));
  CHECK(has_invalid_value_char("\x7f"));
}

TEST_CASE("word matching for Connection and Transfer-Encoding", "[http]") {
  CHECK(has_word("close", "close"));
  CHECK(has_word("Keep-Alive, CLOSE", "close"));
  CHECK_FALSE(has_word("closed", "close"));
  CHECK(has_word("gzip, chunked", "chunked"));
}

TEST_CASE("STATUS_CODES matches Node's table", "[http]") {
  CHECK(std::string(reason_phrase(200)) == "OK");
  CHECK(std::string(reason_phrase(418)) == "I'm a Teapot");
  CHECK(std::string(reason_phrase(509)) == "Bandwidth Limit Exceeded");
  CHECK(reason_phrase(299) == nullptr);
  int count = 0;
  for_each_status([](int, const char*, void* n) { ++*static_cast<int*>(n); }, &count);
  CHECK(count == 63);
}
