// Socket addresses (see address.hpp for the interface).
//
// inet_pton/inet_ntop do the work; the only subtlety is that an IPv6 text
// may carry a scope ("fe80::1%eth0"), which inet_pton rejects, so the scope
// is split off and resolved with if_nametoindex, as libuv's uv_ip6_addr does.
#include "net/address.hpp"

#include <arpa/inet.h>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/un.h>

namespace minode::net {

int parse_ip(const std::string& text) {
  unsigned char buf[sizeof(in6_addr)];
  if (inet_pton(AF_INET, text.c_str(), buf) == 1) return 4;
  std::string host = text.substr(0, text.find('%'));
  if (inet_pton(AF_INET6, host.c_str(), buf) == 1) return 6;
  return 0;
}

const char* family_name(Family family) {
  switch (family) {
    case Family::kIPv4: return "IPv4";
    case Family::kIPv6: return "IPv6";
    default: return "";
  }
}

namespace {

int to_sockaddr_in6(const Endpoint& ep, sockaddr_storage* storage, socklen_t* len) {
  auto* sin6 = reinterpret_cast<sockaddr_in6*>(storage);
  sin6->sin6_family = AF_INET6;
  sin6->sin6_port = htons(ep.port);
  std::string::size_type pct = ep.address.find('%');
  std::string host = ep.address.substr(0, pct);
  if (inet_pton(AF_INET6, host.c_str(), &sin6->sin6_addr) != 1) return -EINVAL;
  if (pct != std::string::npos) {
    sin6->sin6_scope_id = if_nametoindex(ep.address.c_str() + pct + 1);
  }
  *len = sizeof(sockaddr_in6);
  return 0;
}

}  // namespace

int to_sockaddr(const Endpoint& ep, sockaddr_storage* storage, socklen_t* len) {
  std::memset(storage, 0, sizeof(*storage));
  if (ep.family == Family::kUnix) {
    auto* sun = reinterpret_cast<sockaddr_un*>(storage);
    if (ep.address.size() >= sizeof(sun->sun_path)) return -ENAMETOOLONG;
    sun->sun_family = AF_UNIX;
    std::memcpy(sun->sun_path, ep.address.c_str(), ep.address.size() + 1);
    *len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + ep.address.size() + 1);
    return 0;
  }
  if (ep.family == Family::kIPv6) return to_sockaddr_in6(ep, storage, len);
  auto* sin = reinterpret_cast<sockaddr_in*>(storage);
  sin->sin_family = AF_INET;
  sin->sin_port = htons(ep.port);
  if (inet_pton(AF_INET, ep.address.c_str(), &sin->sin_addr) != 1) return -EINVAL;
  *len = sizeof(sockaddr_in);
  return 0;
}

Endpoint from_sockaddr(const sockaddr* sa, socklen_t len) {
  Endpoint ep;
  char text[INET6_ADDRSTRLEN] = {0};
  if (sa->sa_family == AF_INET) {
    const auto* sin = reinterpret_cast<const sockaddr_in*>(sa);
    inet_ntop(AF_INET, &sin->sin_addr, text, sizeof(text));
    ep.family = Family::kIPv4;
    ep.address = text;
    ep.port = ntohs(sin->sin_port);
  } else if (sa->sa_family == AF_INET6) {
    const auto* sin6 = reinterpret_cast<const sockaddr_in6*>(sa);
    inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof(text));
    ep.family = Family::kIPv6;
    ep.address = text;
    ep.port = ntohs(sin6->sin6_port);
  } else if (sa->sa_family == AF_UNIX) {
    const auto* sun = reinterpret_cast<const sockaddr_un*>(sa);
    ep.family = Family::kUnix;
    std::size_t max = len > offsetof(sockaddr_un, sun_path) ? len - offsetof(sockaddr_un, sun_path) : 0;
    ep.address.assign(sun->sun_path, strnlen(sun->sun_path, max));
  }
  return ep;
}

}  // namespace minode::net
