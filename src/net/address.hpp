// Socket addresses: the one place minode converts between text and sockaddr.
//
// What: Endpoint is how the net core names either end of a stream socket:
// an IPv4/IPv6 address and port, or a Unix-domain socket path. JS sees the
// same three fields (address, family, port) that server.address() returns.
// Interface:
//  * parse_ip(text) -> 4, 6 or 0 (net.isIP's answer).
//  * to_sockaddr(endpoint, storage, &len) fills a sockaddr for bind/connect.
//  * from_sockaddr(sa, len) formats one back (getsockname, getpeername).
// Invariants: errors are negative errno values, as in libuv (0 = success).
// Read first: nothing; this file is self-contained.
// Node doc: api/net.md § "server.address()". Chapter: chapters/04-sockets.md.
#pragma once
#include <cstdint>
#include <string>

#include <sys/socket.h>

namespace minode::net {

/// What kind of address an Endpoint holds (the numbers Node's family uses).
enum class Family { kUnspec = 0, kIPv4 = 4, kIPv6 = 6, kUnix = 1 };

/// One end of a stream socket.
struct Endpoint {
  Family family = Family::kUnspec;  ///< kIPv4, kIPv6 or kUnix
  std::string address;              ///< "127.0.0.1", "::1", or a socket path
  std::uint16_t port = 0;           ///< TCP port (0 for Unix sockets)
};

/// 4 or 6 when text is an IPv4 / IPv6 address literal, else 0 (net.isIP).
int parse_ip(const std::string& text);

/// "IPv4", "IPv6" or "" (Unix): the strings Node puts in `family`.
const char* family_name(Family family);

/// Fills storage with endpoint as a sockaddr; returns 0 or -EINVAL
/// (bad address literal) / -ENAMETOOLONG (Unix path too long).
int to_sockaddr(const Endpoint& endpoint, sockaddr_storage* storage, socklen_t* len);

/// Formats a sockaddr (from getsockname/getpeername/accept).
Endpoint from_sockaddr(const sockaddr* sa, socklen_t len);

}  // namespace minode::net
