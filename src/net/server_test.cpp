// Catch2 tests for listening sockets: many concurrent connections, a
// server closed while clients connect, EADDRINUSE, the IPv6 wildcard with
// IPv4 fallback, ref/unref, and running out of file descriptors.
#include <catch2/catch.hpp>
#include <cerrno>
#include <sys/resource.h>
#include <functional>
#include <vector>

#include "net/test_util.hpp"

using namespace minode::net;
using minode::loop::Loop;

TEST_CASE("many concurrent connections are all served", "[net]") {
  Loop loop;
  constexpr int kClients = 1000;
  int accepted = 0, replies = 0;
  auto server = test::listen_on(loop, [&](int status, std::shared_ptr<Stream> c) {
    REQUIRE(status == 0);
    ++accepted;
    c->read_start([c](long nread, const char* data) {
      if (nread > 0) {
        Slice s{data, static_cast<std::size_t>(nread)};
        c->write(&s, 1, nullptr);
      } else {
        c->close();
      }
    });
  });
  std::vector<std::shared_ptr<Stream>> clients;
  for (int i = 0; i < kClients; ++i) {
    auto c = Stream::create(loop, Kind::kTcp);
    clients.push_back(c);
    c->connect(test::where(*server), [c](int status) {
      REQUIRE(status == 0);
      Slice s{"ping", 4};
      c->write(&s, 1, nullptr);
    });
    c->read_start([&, c](long nread, const char*) {
      if (nread > 0) ++replies;
      c->close([&] { if (replies == kClients) server->close(); });
    });
  }
  loop.run();
  CHECK(accepted == kClients);
  CHECK(replies == kClients);
  CHECK_FALSE(loop.alive());
}

TEST_CASE("closing a server while clients connect crashes nothing", "[net]") {
  Loop loop;
  int accepted = 0, finished = 0;
  std::shared_ptr<Server> server;
  server = test::listen_on(loop, [&](int status, std::shared_ptr<Stream> c) {
    ++accepted;
    c->close();
    server->close();  // from inside the accept loop
  });
  Endpoint ep = test::where(*server);
  for (int i = 0; i < 50; ++i) {
    auto c = Stream::create(loop, Kind::kTcp);
    c->connect(ep, [&, c](int status) {
      c->read_start([&, c](long nread, const char*) {
        if (nread < 0) { ++finished; c->close(); }
      });
    });
  }
  loop.run();
  CHECK(accepted == 1);
  CHECK(finished == 50);  // each saw EOF or a reset
  CHECK_FALSE(loop.alive());
}

TEST_CASE("binding a port in use reports EADDRINUSE", "[net]") {
  Loop loop;
  auto first = test::listen_on(loop, [](int, std::shared_ptr<Stream>) {});
  auto second = Server::create(loop, Kind::kTcp);
  CHECK(second->bind(test::where(*first)) == -EADDRINUSE);
  first->close();
  second->close();
  loop.run();
}

TEST_CASE("no host binds the IPv6 wildcard, reachable over IPv4", "[net]") {
  Loop loop;
  auto server = Server::create(loop, Kind::kTcp);
  int got = 0;
  REQUIRE(server->bind(Endpoint{Family::kUnspec, "", 0}) == 0);
  REQUIRE(server->listen(Server::kDefaultBacklog, [&](int, std::shared_ptr<Stream> c) {
    ++got;
    c->close();
    server->close();
  }) == 0);
  Endpoint ep = test::where(*server);
  CHECK(ep.family == Family::kIPv6);
  CHECK(ep.address == "::");
  auto client = Stream::create(loop, Kind::kTcp);
  client->connect(Endpoint{Family::kIPv4, "127.0.0.1", ep.port}, [&](int st) {
    CHECK(st == 0);
    client->close();
  });
  loop.run();
  CHECK(got == 1);
}

TEST_CASE("an unref'ed server does not keep the loop alive", "[net]") {
  Loop loop;
  auto server = test::listen_on(loop, [](int, std::shared_ptr<Stream>) {});
  CHECK(loop.alive());
  server->unref();
  CHECK_FALSE(loop.alive());
  server->ref();
  CHECK(loop.alive());
  server->close();
  loop.run();
  CHECK_FALSE(loop.alive());
}

TEST_CASE("out of file descriptors, the server drops and keeps serving", "[net]") {
  Loop loop;
  int errors = 0, served = 0;
  std::vector<std::shared_ptr<Stream>> held;
  std::shared_ptr<Server> server;
  server = test::listen_on(loop, [&](int status, std::shared_ptr<Stream> c) {
    if (status != 0) { ++errors; return; }
    ++served;
    c->close();
    server->close();
  });
  rlimit old;
  getrlimit(RLIMIT_NOFILE, &old);
  // Use up descriptors, then lower the limit to what is in use.
  std::vector<int> fillers;
  for (int i = 0; i < 64; ++i) fillers.push_back(::dup(0));
  int highest = fillers.back();
  rlimit low = old;
  low.rlim_cur = static_cast<rlim_t>(highest + 2);  // room for one client socket
  setrlimit(RLIMIT_NOFILE, &low);
  auto client = Stream::create(loop, Kind::kTcp);
  client->connect(test::where(*server), [&](int st) {
    client->read_start([&](long nread, const char*) {
      if (nread < 0) {
        client->close();
        setrlimit(RLIMIT_NOFILE, &old);
        for (int fd : fillers) ::close(fd);
        // And the server still accepts.
        auto again = Stream::create(loop, Kind::kTcp);
        held.push_back(again);
        again->connect(test::where(*server), [&, again](int) { again->close(); });
      }
    });
  });
  loop.run();
  CHECK(errors >= 1);
  CHECK(served == 1);
}

TEST_CASE("5,000 simultaneous connections to one server", "[net][slow]") {
  rlimit lim;
  getrlimit(RLIMIT_NOFILE, &lim);
  if (lim.rlim_cur < 12000 && lim.rlim_max >= 12000) {
    lim.rlim_cur = 12000;  // both ends of every connection live in this process
    setrlimit(RLIMIT_NOFILE, &lim);
  }
  getrlimit(RLIMIT_NOFILE, &lim);
  if (lim.rlim_cur < 11000) {
    WARN("RLIMIT_NOFILE too low for 10,000 descriptors: skipped");
    return;
  }
  Loop loop;
  constexpr int kClients = 5000;
  int accepted = 0, connected = 0, closed = 0;
  std::vector<std::shared_ptr<Stream>> server_side;
  std::shared_ptr<Server> server;
  std::vector<std::shared_ptr<Stream>> clients;
  server = test::listen_on(loop, [&](int status, std::shared_ptr<Stream> c) {
    REQUIRE(status == 0);
    ++accepted;
    server_side.push_back(c);
    c->read_start([&, c](long nread, const char*) {
      if (nread < 0) c->close([&] { if (++closed == kClients) server->close(); });
    });
  });
  // At most kInFlight connects are pending at once: 5,000 SYNs in one burst
  // overflow the listen backlog (511) on a busy machine and a few connects
  // then time out, which is the kernel's doing, not the server's. Every
  // connection still stays open until all 5,000 are established.
  constexpr int kInFlight = 256;
  int started = 0, failures = 0;
  std::function<void()> start_one = [&] {
    auto c = Stream::create(loop, Kind::kTcp);
    clients.push_back(c);
    ++started;
    c->connect(test::where(*server), [&, c](int status) {
      if (status != 0) ++failures;
      if (started < kClients) start_one();
      // All connected: close them all; the server sees 5,000 EOFs.
      if (++connected == kClients)
        for (auto& each : clients) each->close();
    });
  };
  for (int i = 0; i < kInFlight; ++i) start_one();
  loop.run();
  CHECK(failures == 0);
  CHECK(accepted == kClients);
  CHECK(closed == kClients);
  CHECK_FALSE(loop.alive());
}
