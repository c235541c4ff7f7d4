// Listening sockets (see server.hpp for the interface).
//
// One readiness wake can carry many connections (a burst of clients), so
// on_acceptable() loops over accept4() until the kernel's queue is empty,
// bounded so a flood cannot starve the rest of the loop.
#include "net/server.hpp"

#include <asio/error.hpp>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace minode::net {
namespace {

constexpr int kMaxAcceptsPerWake = 128;

// A spare descriptor held open so that, out of fds, the server can still
// accept (and at once close) the connection at the head of the queue.
int& spare_fd() {
  static int fd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  return fd;
}

}  // namespace

std::shared_ptr<Server> Server::create(loop::Loop& loop, Kind kind) {
  spare_fd();  // reserve it before fds run out
  return std::shared_ptr<Server>(new Server(loop, kind));
}

Server::Server(loop::Loop& loop, Kind kind) : Handle(loop), kind_(kind), sock_(loop.io()) {}

Server::~Server() {
  asio::error_code ec;
  sock_.close(ec);
}

int Server::fd() const {
  return sock_.is_open() ? const_cast<Server*>(this)->sock_.native_handle() : -1;
}

int Server::open(int fd) {
  if (sock_.is_open()) return -EBUSY;
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return -errno;
  asio::error_code ec;
  sock_.assign(fd, ec);
  return ec ? -ec.value() : 0;
}

int Server::bind_once(const Endpoint& local, unsigned flags) {
  sockaddr_storage ss;
  socklen_t len = 0;
  int err = to_sockaddr(local, &ss, &len);
  if (err != 0) return err;
  int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -errno;
  int on = 1;
  if (ss.ss_family != AF_UNIX) {
    // Rebinding a port whose old connections sit in TIME_WAIT must work.
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
  }
  if (ss.ss_family == AF_INET6) {
    int v6only = (flags & kBindIPv6Only) ? 1 : 0;
    ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6only, sizeof(v6only));
  }
  if (::bind(fd, reinterpret_cast<sockaddr*>(&ss), len) < 0) {
    err = -errno;
    ::close(fd);
    return err;
  }
  asio::error_code ec;
  sock_.assign(fd, ec);
  if (ec) ::close(fd);
  return ec ? -ec.value() : 0;
}

int Server::bind(const Endpoint& local, unsigned flags) {
  if (sock_.is_open()) return -EINVAL;
  if (local.family != Family::kUnspec) {
    int err = bind_once(local, flags);
    if (err == 0 && local.family == Family::kUnix) unlink_path_ = local.address;
    return err;
  }
  // No host: the IPv6 wildcard, which also takes IPv4 (dual stack).
  Endpoint any6{Family::kIPv6, "::", local.port};
  int err = bind_once(any6, flags);
  if (err == -EAFNOSUPPORT || err == -EADDRNOTAVAIL) {
    err = bind_once(Endpoint{Family::kIPv4, "0.0.0.0", local.port}, flags);
  }
  return err;
}

int Server::listen(int backlog, AcceptCallback cb) {
  if (!sock_.is_open() || is_closing()) return -EINVAL;
  if (::listen(fd(), backlog) < 0) return -errno;
  accept_cb_ = std::move(cb);
  set_active(true);
  arm_accept();
  return 0;
}

void Server::arm_accept() {
  if (armed_ || is_closing()) return;
  armed_ = true;
  auto self = shared_from_this();
  sock_.async_wait(asio::posix::descriptor_base::wait_read, [self](const asio::error_code& ec) {
    self->armed_ = false;
    if (!self->is_closing()) self->on_acceptable();
  });
}

// Out of descriptors: free the spare, take the connection, close it,
// re-reserve. The client sees a closed connection instead of a hang.
bool Server::drop_one() {
  int& spare = spare_fd();
  if (spare < 0) return false;
  ::close(spare);
  int fd = ::accept4(this->fd(), nullptr, nullptr, SOCK_CLOEXEC);
  if (fd >= 0) ::close(fd);
  spare = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  return fd >= 0;
}

// @anchor server-accept
void Server::on_acceptable() {
  for (int i = 0; i < kMaxAcceptsPerWake && !is_closing(); ++i) {
    int fd = ::accept4(this->fd(), nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
      int err = errno;
      if (err == EINTR || err == ECONNABORTED) continue;
      if (err == EAGAIN || err == EWOULDBLOCK) break;
      if ((err == EMFILE || err == ENFILE) && drop_one()) {
        AcceptCallback cb = accept_cb_;
        cb(-err, nullptr);
        continue;
      }
      AcceptCallback cb = accept_cb_;
      cb(-err, nullptr);
      break;
    }
    auto conn = Stream::create(loop(), kind_);
    if (conn->open(fd) != 0) {
      ::close(fd);
      continue;
    }
    AcceptCallback cb = accept_cb_;  // the callback may close the server
    cb(0, std::move(conn));
  }
  arm_accept();
}

void Server::close(std::function<void()> cb) {
  if (is_closing()) return;
  auto self = shared_from_this();
  Handle::close([self, cb] {
    self->accept_cb_ = nullptr;
    if (cb) cb();
  });
}

void Server::on_closing() {
  set_active(false);
  asio::error_code ec;
  sock_.close(ec);
  if (!unlink_path_.empty()) ::unlink(unlink_path_.c_str());
}

int Server::local_address(Endpoint* out) const {
  sockaddr_storage ss;
  socklen_t len = sizeof(ss);
  if (fd() < 0) return -EBADF;
  if (::getsockname(fd(), reinterpret_cast<sockaddr*>(&ss), &len) < 0) return -errno;
  *out = from_sockaddr(reinterpret_cast<sockaddr*>(&ss), len);
  return 0;
}

}  // namespace minode::net
