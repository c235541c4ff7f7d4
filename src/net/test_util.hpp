// Helpers shared by the net layer's Catch2 tests (not part of the library).
//
// What: a loopback listener on an ephemeral port, and a client connect,
// so each TEST_CASE reads as the scenario it checks.
// Read first: server.hpp, stream.hpp.
#pragma once
#include <memory>
#include <string>

#include "loop/loop.hpp"
#include "net/server.hpp"
#include "net/stream.hpp"

namespace minode::net::test {

/// Starts a server on 127.0.0.1:0 (or a Unix path); returns it, listening.
inline std::shared_ptr<Server> listen_on(loop::Loop& loop, AcceptCallback cb,
                                         const std::string& path = "") {
  auto server = Server::create(loop, path.empty() ? Kind::kTcp : Kind::kPipe);
  Endpoint ep = path.empty() ? Endpoint{Family::kIPv4, "127.0.0.1", 0}
                             : Endpoint{Family::kUnix, path, 0};
  if (server->bind(ep) != 0 || server->listen(Server::kDefaultBacklog, std::move(cb)) != 0)
    return nullptr;
  return server;
}

/// Where server listens (to connect to it).
inline Endpoint where(const Server& server) {
  Endpoint ep;
  server.local_address(&ep);
  return ep;
}

}  // namespace minode::net::test
