// Network interface addresses (os.networkInterfaces()), as libuv lists them.
//
// getifaddrs(3) returns one entry per (interface, address family). Like
// libuv's uv_interface_addresses, we keep IPv4/IPv6 entries of interfaces
// that are up and running, and take each interface's MAC address from its
// AF_PACKET entry. See os_info.hpp.
#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netpacket/packet.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <map>

#include "os/os_info.hpp"

namespace minode::os {
namespace {

std::string format_address(const struct sockaddr* sa) {
  char buf[INET6_ADDRSTRLEN] = "";
  if (sa == nullptr) return "";
  if (sa->sa_family == AF_INET) {
    ::inet_ntop(AF_INET, &reinterpret_cast<const sockaddr_in*>(sa)->sin_addr, buf, sizeof buf);
  } else if (sa->sa_family == AF_INET6) {
    ::inet_ntop(AF_INET6, &reinterpret_cast<const sockaddr_in6*>(sa)->sin6_addr, buf, sizeof buf);
  }
  return buf;
}

std::string format_mac(const struct sockaddr_ll* ll) {
  unsigned char mac[6] = {0, 0, 0, 0, 0, 0};
  if (ll != nullptr && ll->sll_halen >= 6) std::memcpy(mac, ll->sll_addr, 6);
  char buf[18];
  std::snprintf(buf, sizeof buf, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2],
                mac[3], mac[4], mac[5]);
  return buf;
}

bool usable(const struct ifaddrs* ent) {
  if ((ent->ifa_flags & IFF_UP) == 0 || (ent->ifa_flags & IFF_RUNNING) == 0) return false;
  return ent->ifa_addr != nullptr;
}

}  // namespace

int interface_addresses(std::vector<InterfaceAddress>& out) {
  struct ifaddrs* addrs = nullptr;
  if (::getifaddrs(&addrs) != 0) return errno;
  std::map<std::string, std::string> macs;
  for (struct ifaddrs* ent = addrs; ent != nullptr; ent = ent->ifa_next) {
    if (usable(ent) && ent->ifa_addr->sa_family == AF_PACKET) {
      macs[ent->ifa_name] = format_mac(reinterpret_cast<const sockaddr_ll*>(ent->ifa_addr));
    }
  }
  for (struct ifaddrs* ent = addrs; ent != nullptr; ent = ent->ifa_next) {
    if (!usable(ent)) continue;
    int family = ent->ifa_addr->sa_family;
    if (family != AF_INET && family != AF_INET6) continue;
    InterfaceAddress a;
    a.name = ent->ifa_name;
    a.address = format_address(ent->ifa_addr);
    a.netmask = format_address(ent->ifa_netmask);
    a.ipv6 = family == AF_INET6;
    a.internal = (ent->ifa_flags & IFF_LOOPBACK) != 0;
    if (a.ipv6) a.scope_id = reinterpret_cast<const sockaddr_in6*>(ent->ifa_addr)->sin6_scope_id;
    auto mac = macs.find(a.name);
    a.mac = mac != macs.end() ? mac->second : "00:00:00:00:00:00";
    out.push_back(a);
  }
  ::freeifaddrs(addrs);
  return 0;
}

}  // namespace minode::os
