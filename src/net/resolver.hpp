// Host name lookup off the loop thread (what dns.lookup does for net).
//
// What: resolve() asks getaddrinfo, through Asio's resolver, which runs the
// blocking call on a private thread and posts the answer back to the loop;
// the callback runs in the poll phase, like libuv's thread-pool lookups.
// Interface: resolve(loop, host, family, cb): family 0 (any), 4 or 6;
//   cb(0, endpoints) in getaddrinfo's order, or cb(-errno or kEaiNoname, {}).
// Invariants: the lookup is a request (keeps the loop alive) until cb ran.
// Read first: stream.hpp (kEaiNoname). Chapter: chapters/04-sockets.md.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "loop/loop.hpp"
#include "net/address.hpp"

namespace minode::net {

/// The answer to a lookup: status 0 and the addresses, or an error.
using ResolveCallback = std::function<void(int status, std::vector<Endpoint> addresses)>;

/// Looks host up (port left 0); cb runs on the loop thread.
void resolve(loop::Loop& loop, const std::string& host, int family, ResolveCallback cb);

}  // namespace minode::net
