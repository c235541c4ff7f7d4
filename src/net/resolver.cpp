// Host name lookup (see resolver.hpp for the interface).
//
// Asio's resolver service owns one background thread per io_context; the
// completion is posted back, so the callback runs inside Loop::poll().
// getaddrinfo's "no such name" errors become kEaiNoname (Node's ENOTFOUND).
#include "net/resolver.hpp"
#include "net/stream.hpp"

#include <memory>

#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>

namespace minode::net {

void resolve(loop::Loop& loop, const std::string& host, int family, ResolveCallback cb) {
  using asio::ip::tcp;
  auto resolver = std::make_shared<tcp::resolver>(loop.io());
  auto token = std::make_shared<loop::RequestToken>(loop);
  auto on_done = [resolver, token, cb](const asio::error_code& ec,
                                       tcp::resolver::results_type results) {
    token->release();
    if (ec) {
      bool noname = ec == asio::error::host_not_found ||
                    ec == asio::error::host_not_found_try_again ||
                    ec == asio::error::no_data;
      cb(noname ? kEaiNoname : -ec.value(), {});
      return;
    }
    std::vector<Endpoint> out;
    for (const auto& entry : results) {
      Endpoint ep;
      ep.family = entry.endpoint().address().is_v6() ? Family::kIPv6 : Family::kIPv4;
      ep.address = entry.endpoint().address().to_string();
      out.push_back(ep);
    }
    cb(0, std::move(out));
  };
  if (family == 4) {
    resolver->async_resolve(tcp::v4(), host, "", on_done);
  } else if (family == 6) {
    resolver->async_resolve(tcp::v6(), host, "", on_done);
  } else {
    resolver->async_resolve(host, "", on_done);
  }
}

}  // namespace minode::net
