// Catch2 tests for the net core over loopback: echo, half-close, peer
// reset, connect refused, write after close, queued writes copied or
// borrowed, reads into lent memory, close from a read callback, Unix
// sockets, a stream adopted from an fd, host lookup.
// Many connections and accept errors are in server_test.cpp.
#include <catch2/catch.hpp>
#include <cerrno>
#include <memory>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

#include "net/resolver.hpp"
#include "net/test_util.hpp"

using namespace minode::net;
using minode::loop::Loop;

namespace {

// Echoes everything back; half-closes when the client does.
void echo(const std::shared_ptr<Stream>& conn) {
  std::weak_ptr<Stream> weak = conn;
  conn->read_start([weak](long nread, const char* data) {
    auto c = weak.lock();
    if (!c) return;
    if (nread == kEof) {
      c->shutdown([weak](int) { if (auto s = weak.lock()) s->close(); });
      return;
    }
    if (nread < 0) { c->close(); return; }
    Slice s{data, static_cast<std::size_t>(nread)};
    c->write(&s, 1, nullptr);
  });
}

}  // namespace

TEST_CASE("an echo server returns what a client sends", "[net]") {
  Loop loop;
  std::shared_ptr<Stream> accepted;
  auto server = test::listen_on(loop, [&](int status, std::shared_ptr<Stream> c) {
    REQUIRE(status == 0);
    accepted = c;
    echo(c);
  });
  REQUIRE(server);
  auto client = Stream::create(loop, Kind::kTcp);
  std::string got;
  int connected = 1;
  REQUIRE(client->connect(test::where(*server), [&](int status) {
    connected = status;
    Slice s{"hello", 5};
    CHECK(client->write(&s, 1, nullptr) == 0);
    client->shutdown(nullptr);
  }) == 0);
  client->read_start([&](long nread, const char* data) {
    if (nread > 0) got.append(data, static_cast<std::size_t>(nread));
    if (nread == kEof) { client->close(); server->close(); }
  });
  loop.run();
  CHECK(connected == 0);
  CHECK(got == "hello");
  CHECK(client->bytes_written() == 5);
  CHECK(accepted->bytes_read() == 5);
}

TEST_CASE("half-close: the peer can still write after our end", "[net]") {
  Loop loop;
  std::string server_got, client_got;
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) {
    c->read_start([&, c](long nread, const char* data) {
      if (nread > 0) server_got.append(data, static_cast<std::size_t>(nread));
      if (nread != kEof) return;
      // The client ended its side; ours is still open for writing.
      Slice s{"late reply", 10};
      CHECK(c->write(&s, 1, nullptr) >= 0);
      c->shutdown([c](int status) { CHECK(status == 0); c->close(); });
    });
  });
  auto client = Stream::create(loop, Kind::kTcp);
  client->connect(test::where(*server), [&](int) {
    Slice s{"request", 7};
    client->write(&s, 1, nullptr);
    client->shutdown(nullptr);
  });
  client->read_start([&](long nread, const char* data) {
    if (nread > 0) client_got.append(data, static_cast<std::size_t>(nread));
    if (nread == kEof) { client->close(); server->close(); }
  });
  loop.run();
  CHECK(server_got == "request");
  CHECK(client_got == "late reply");
}

TEST_CASE("connecting to a closed port reports ECONNREFUSED", "[net]") {
  Loop loop;
  auto probe = test::listen_on(loop, [](int, std::shared_ptr<Stream>) {});
  Endpoint ep = test::where(*probe);
  probe->close();
  loop.run();  // the port is free again
  auto client = Stream::create(loop, Kind::kTcp);
  int status = 1;
  client->connect(ep, [&](int s) { status = s; client->close(); });
  loop.run();
  CHECK(status == -ECONNREFUSED);
}

TEST_CASE("a peer reset mid-write fails the queued writes, no crash", "[net]") {
  Loop loop;
  std::shared_ptr<Stream> victim;
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) {
    c->reset();  // RST at once
  });
  auto client = Stream::create(loop, Kind::kTcp);
  std::string big(8 * 1024 * 1024, 'x');
  int write_status = 1, read_status = 0;
  client->connect(test::where(*server), [&](int) {
    Slice s{big.data(), big.size()};
    int rc = client->write(&s, 1, [&](int st) { write_status = st; client->close(); server->close(); });
    if (rc != 1) { write_status = rc; client->close(); server->close(); }
  });
  client->read_start([&](long nread, const char*) { if (nread < 0) read_status = static_cast<int>(nread); });
  loop.run();
  CHECK((write_status == -ECONNRESET || write_status == -EPIPE || write_status == -ECANCELED));
}

TEST_CASE("write after close fails; queued writes get ECANCELED", "[net]") {
  Loop loop;
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) {});
  auto client = Stream::create(loop, Kind::kTcp);
  std::string big(16 * 1024 * 1024, 'y');  // more than the socket buffers take
  int queued_status = 1, after = 1;
  client->connect(test::where(*server), [&](int) {
    Slice s{big.data(), big.size()};
    REQUIRE(client->write(&s, 1, [&](int st) { queued_status = st; }) == 1);
    CHECK(client->write_queue_size() > 0);
    client->close([&] { server->close(); });
    Slice t{"x", 1};
    after = client->write(&t, 1, nullptr);
  });
  loop.run();
  CHECK(queued_status == -ECANCELED);
  CHECK(after == -EBADF);
}

TEST_CASE("a queued write copies its bytes, or borrows them (kBorrow)", "[net]") {
  Loop loop;
  std::string got;
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) {
    c->read_start([&, c](long nread, const char* data) {
      if (nread > 0) got.append(data, static_cast<std::size_t>(nread));
      if (nread == kEof) c->close();
    });
  });
  auto client = Stream::create(loop, Kind::kTcp);
  const std::size_t mib = 1024 * 1024;
  std::string copied(32 * mib, 'a');  // more than the socket buffers take
  std::string part1(3 * mib, 'b'), part2(3 * mib, 'c');
  int copy_rc = 0, borrow_rc = 0, done = 0;
  client->connect(test::where(*server), [&](int) {
    Slice s{copied.data(), copied.size()};
    copy_rc = client->write(&s, 1, [&](int st) { CHECK(st == 0); ++done; });
    copied.assign(copied.size(), 'z');  // the queue holds its own copy
    Slice parts[2] = {{part1.data(), part1.size()}, {part2.data(), part2.size()}};
    borrow_rc = client->write(parts, 2, [&](int st) {  // queued behind: borrowed
      CHECK(st == 0);
      ++done;
      client->shutdown([&](int) { client->close(); server->close(); });
    }, Ownership::kBorrow);
  });
  loop.run();
  CHECK(copy_rc == 1);
  CHECK(borrow_rc == 1);
  CHECK(done == 2);
  REQUIRE(got.size() == 38 * mib);
  CHECK(got.find_first_not_of('a') == 32 * mib);
  CHECK(got.compare(32 * mib, part1.size(), part1) == 0);
  CHECK(got.compare(35 * mib, part2.size(), part2) == 0);
  CHECK(client->bytes_written() == 38 * mib);
}

TEST_CASE("a consumer that lends memory gets the bytes read straight into it", "[net]") {
  Loop loop;
  std::string got;
  std::unique_ptr<char[]> lent;  // the memory lent for the read in progress
  int lends = 0, answered = 0, elsewhere = 0;
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) {
    c->read_start(
        [&, c](long nread, const char* data) {
          if (nread > 0) got.append(data, static_cast<std::size_t>(nread));
          if (lent) {  // every lend is answered once, with that memory
            ++answered;
            if (data != lent.get()) ++elsewhere;
            lent.reset();
          }
          if (nread == kEof) c->close();
        },
        [&](std::size_t size) {
          ++lends;
          CHECK_FALSE(lent);
          lent.reset(new char[size]);
          return lent.get();
        });
  });
  auto client = Stream::create(loop, Kind::kTcp);
  std::string sent(1024 * 1024, 'q');
  client->connect(test::where(*server), [&](int) {
    Slice s{sent.data(), sent.size()};
    client->write(&s, 1, nullptr);
    client->shutdown([&](int) { client->close(); server->close(); });
  });
  loop.run();
  CHECK(got == sent);
  CHECK(lends > 0);
  CHECK(answered == lends);
  CHECK(elsewhere == 0);
}

TEST_CASE("closing from inside a read callback stops delivery", "[net]") {
  Loop loop;
  int calls = 0;
  bool closed = false;
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) {
    c->read_start([&, c](long nread, const char*) {
      ++calls;
      c->close([&] { closed = true; });
    });
  });
  auto client = Stream::create(loop, Kind::kTcp);
  client->connect(test::where(*server), [&](int) {
    std::string a(200000, 'a');  // several reads' worth
    Slice s{a.data(), a.size()};
    client->write(&s, 1, nullptr);
    client->close();
    server->close();
  });
  loop.run();
  CHECK(calls == 1);
  CHECK(closed);
  CHECK_FALSE(loop.alive());
}

TEST_CASE("Unix-domain sockets echo, and the socket file goes on close", "[net]") {
  Loop loop;
  std::string path = "/tmp/minode-net-test-" + std::to_string(::getpid()) + ".sock";
  ::unlink(path.c_str());
  auto server = test::listen_on(loop, [&](int, std::shared_ptr<Stream> c) { echo(c); }, path);
  REQUIRE(server);
  CHECK(::access(path.c_str(), F_OK) == 0);
  auto client = Stream::create(loop, Kind::kPipe);
  std::string got;
  client->connect(Endpoint{Family::kUnix, path, 0}, [&](int st) {
    REQUIRE(st == 0);
    Slice s{"unix", 4};
    client->write(&s, 1, nullptr);
    client->shutdown(nullptr);
  });
  client->read_start([&](long nread, const char* data) {
    if (nread > 0) got.append(data, static_cast<std::size_t>(nread));
    if (nread == kEof) { client->close(); server->close(); }
  });
  loop.run();
  CHECK(got == "unix");
  CHECK(::access(path.c_str(), F_OK) != 0);
}

TEST_CASE("a stream adopts an existing fd (socketpair)", "[net]") {
  Loop loop;
  int fds[2];
  REQUIRE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds) == 0);
  auto a = Stream::create(loop, Kind::kPipe);
  auto b = Stream::create(loop, Kind::kPipe);
  REQUIRE(a->open(fds[0]) == 0);
  REQUIRE(b->open(fds[1]) == 0);
  std::string got;
  b->read_start([&](long nread, const char* data) {
    if (nread > 0) got.append(data, static_cast<std::size_t>(nread));
    if (nread == kEof) { b->close(); a->close(); }
  });
  Slice s{"fd", 2};
  CHECK(a->write(&s, 1, nullptr) == 0);
  a->shutdown(nullptr);
  loop.run();
  CHECK(got == "fd");
}

TEST_CASE("localhost resolves off the loop thread", "[net]") {
  Loop loop;
  int status = 1;
  std::vector<Endpoint> found;
  resolve(loop, "localhost", 4, [&](int st, std::vector<Endpoint> eps) {
    status = st;
    found = eps;
  });
  CHECK(loop.alive());  // the lookup keeps the loop alive
  loop.run();
  REQUIRE(status == 0);
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].address == "127.0.0.1");
}

TEST_CASE("parse_ip recognises address literals", "[net]") {
  CHECK(parse_ip("127.0.0.1") == 4);
  CHECK(parse_ip("::1") == 6);
  CHECK(parse_ip("fe80::1%lo") == 6);
  CHECK(parse_ip("localhost") == 0);
  CHECK(parse_ip("1.2.3") == 0);
}
