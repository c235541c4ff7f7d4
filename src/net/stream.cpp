// Stream sockets: creation, connect, the read path and close (see
// stream.hpp for the interface; the write path is in stream_write.cpp).
//
// The read path is libuv's: wait until the fd is readable, then read()
// and hand the bytes to the consumer at once. An idle connection therefore
// costs a socket and this object, not a buffer. A consumer that only looks
// at the bytes (the HTTP parser) gets them in one buffer shared by all
// sockets; one that keeps them (JS) lends memory sized by FIONREAD, so the
// kernel copies straight into the Buffer JS receives. Either way a read
// takes up to 256 KiB, four times libuv's 64 KiB: a busy sender's bytes
// reach JavaScript in a quarter of the chunks, and each chunk costs the
// same interpreted work whatever its size (push, 'data', write).
#include "net/stream.hpp"

#include <asio/error.hpp>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace minode::net {
namespace {

constexpr std::size_t kPoolSize = 256 * 1024;  // the most one read() takes
constexpr int kMaxReadsPerWake = 32;  // then let other sockets run (libuv: 32)

char* read_pool() {
  static char* pool = new char[kPoolSize];  // one per process, never freed
  return pool;
}

int set_nonblocking(int fd) {
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) return -errno;
  return 0;
}

}  // namespace

std::shared_ptr<Stream> Stream::create(loop::Loop& loop, Kind kind) {
  // make_shared: one allocation for the Stream and its reference counts
  // (a per-connection saving); it needs a public constructor, hence this.
  struct Made : Stream {
    Made(loop::Loop& l, Kind k) : Stream(l, k) {}
  };
  return std::make_shared<Made>(loop, kind);
}

Stream::Stream(loop::Loop& loop, Kind kind)
    : Handle(loop), kind_(kind), sock_(loop.io()) {}

Stream::~Stream() {
  asio::error_code ec;
  sock_.close(ec);
}

int Stream::fd() const {
  return sock_.is_open() ? const_cast<Stream*>(this)->sock_.native_handle() : -1;
}

int Stream::open(int fd) {
  if (sock_.is_open()) return -EBUSY;
  int err = set_nonblocking(fd);
  if (err != 0) return err;
  asio::error_code ec;
  sock_.assign(fd, ec);
  return ec ? -ec.value() : 0;
}

int Stream::ensure_socket(int family) {
  if (sock_.is_open()) return 0;
  int fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
  if (fd < 0) return -errno;
  asio::error_code ec;
  sock_.assign(fd, ec);
  if (ec) {
    ::close(fd);
    return -ec.value();
  }
  return 0;
}

int Stream::bind(const Endpoint& local) {
  sockaddr_storage ss;
  socklen_t len = 0;
  int err = to_sockaddr(local, &ss, &len);
  if (err == 0) err = ensure_socket(ss.ss_family);
  if (err != 0) return err;
  if (::bind(fd(), reinterpret_cast<sockaddr*>(&ss), len) < 0) return -errno;
  return 0;
}

// @anchor stream-connect
int Stream::connect(const Endpoint& remote, StatusCallback cb) {
  if (is_closing()) return -EBADF;
  if (connecting_) return -EALREADY;
  sockaddr_storage ss;
  socklen_t len = 0;
  int err = to_sockaddr(remote, &ss, &len);
  if (err == 0) err = ensure_socket(ss.ss_family);
  if (err != 0) return err;
  int rc;
  do {
    rc = ::connect(fd(), reinterpret_cast<sockaddr*>(&ss), len);
  } while (rc < 0 && errno == EINTR);
  if (rc < 0 && errno != EINPROGRESS) {
    // Refused at once (common for Unix sockets): still report it from the
    // loop, never from inside connect() (libuv defers it the same way).
    err = -errno;
  }
  connecting_ = true;
  connect_cb_ = std::move(cb);
  connect_token_.emplace(loop());
  auto self = shared_from_this();
  if (err != 0) {
    loop().defer([self, err] {
      if (self->is_closing() || !self->connecting_) return;
      self->connecting_ = false;
      self->connect_token_.reset();
      StatusCallback done = std::move(self->connect_cb_);
      done(err);
    });
    return 0;
  }
  sock_.async_wait(asio::posix::descriptor_base::wait_write, [self](const asio::error_code& ec) {
    if (!self->is_closing()) self->on_connected();
  });
  return 0;
}

void Stream::on_connected() {
  int so_error = 0;
  socklen_t len = sizeof(so_error);
  if (::getsockopt(fd(), SOL_SOCKET, SO_ERROR, &so_error, &len) < 0) so_error = errno;
  connecting_ = false;
  connect_token_.reset();
  StatusCallback done = std::move(connect_cb_);
  if (so_error == 0) {
    if (!queue_.empty()) arm_write();  // writes queued while connecting
    else if (shut_) maybe_shutdown();
    if (reading_) arm_read();
  }
  done(-so_error);
}

int Stream::read_start(ReadCallback cb, AllocCallback alloc) {
  if (is_closing() || !sock_.is_open()) return -EBADF;
  read_cb_ = std::move(cb);
  alloc_cb_ = std::move(alloc);
  reading_ = true;
  set_active(true);
  if (!connecting_) arm_read();
  return 0;
}

void Stream::read_stop() {
  reading_ = false;
  set_active(false);
  // An armed wait stays armed; on_readable() sees !reading_ and stops.
}

void Stream::arm_read() {
  if (read_armed_ || !reading_ || is_closing()) return;
  read_armed_ = true;
  auto self = shared_from_this();
  sock_.async_wait(asio::posix::descriptor_base::wait_read, [self](const asio::error_code& ec) {
    self->read_armed_ = false;
    if (!self->is_closing()) self->on_readable();
  });
}

// @anchor stream-read
void Stream::on_readable() {
  for (int i = 0; i < kMaxReadsPerWake && reading_ && !is_closing(); ++i) {
    ReadCallback cb = read_cb_;  // the consumer may replace itself
    char* buf = read_pool();
    std::size_t size = kPoolSize;
    int waiting = 0;  // FIONREAD: the bytes the kernel holds for us
    bool lent = alloc_cb_ && ::ioctl(fd(), FIONREAD, &waiting) == 0 && waiting > 0;
    if (lent) {
      size = std::min(static_cast<std::size_t>(waiting), kPoolSize);
      AllocCallback alloc = alloc_cb_;
      buf = alloc(size);
    }
    ssize_t n;
    do {
      n = ::read(fd(), buf, size);
    } while (n < 0 && errno == EINTR);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (lent) cb(0, buf);  // nothing after all: the lender takes it back
      break;
    }
    long nread = n > 0 ? static_cast<long>(n) : n == 0 ? kEof : -errno;
    if (nread < 0) read_stop();  // EOF or error: no more reads
    else bytes_read_ += static_cast<std::uint64_t>(n);
    cb(nread, buf);
    if (nread < 0 || static_cast<std::size_t>(n) < kPoolSize) break;
  }
  arm_read();
}

void Stream::close(std::function<void()> cb) {
  if (is_closing()) return;
  auto self = shared_from_this();
  Handle::close([self, cb] {
    self->finish_close();
    if (cb) cb();
  });
}

void Stream::reset(std::function<void()> cb) {
  if (is_closing()) return;
  if (sock_.is_open()) {
    linger lg{1, 0};  // close() now sends RST and drops unsent data
    ::setsockopt(fd(), SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
  }
  close(std::move(cb));
}

void Stream::on_closing() {
  reading_ = false;
  set_active(false);
  asio::error_code ec;
  sock_.close(ec);  // pending waits complete with operation_aborted
}

// In the close phase, before the owner's callback: report what never ran.
void Stream::finish_close() {
  fail_writes(-ECANCELED);
  if (connecting_) {
    connecting_ = false;
    connect_token_.reset();
    StatusCallback cb = std::move(connect_cb_);
    if (cb) cb(-ECANCELED);
  }
  if (shutdown_token_) {
    shutdown_token_.reset();
    StatusCallback cb = std::move(shutdown_cb_);
    if (cb) cb(-ECANCELED);
  }
  read_cb_ = nullptr;
  alloc_cb_ = nullptr;
}

int Stream::set_no_delay(bool enable) {
  if (kind_ != Kind::kTcp || !sock_.is_open()) return 0;
  int on = enable ? 1 : 0;
  return ::setsockopt(fd(), IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on)) < 0 ? -errno : 0;
}

int Stream::set_keep_alive(bool enable, unsigned delay_s) {
  if (kind_ != Kind::kTcp || !sock_.is_open()) return 0;
  int on = enable ? 1 : 0;
  if (::setsockopt(fd(), SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on)) < 0) return -errno;
  if (!enable || delay_s == 0) return 0;
  int idle = static_cast<int>(delay_s);
  return ::setsockopt(fd(), IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof(idle)) < 0 ? -errno : 0;
}

int Stream::local_address(Endpoint* out) const {
  sockaddr_storage ss;
  socklen_t len = sizeof(ss);
  if (fd() < 0) return -EBADF;
  if (::getsockname(fd(), reinterpret_cast<sockaddr*>(&ss), &len) < 0) return -errno;
  *out = from_sockaddr(reinterpret_cast<sockaddr*>(&ss), len);
  return 0;
}

int Stream::remote_address(Endpoint* out) const {
  sockaddr_storage ss;
  socklen_t len = sizeof(ss);
  if (fd() < 0) return -EBADF;
  if (::getpeername(fd(), reinterpret_cast<sockaddr*>(&ss), &len) < 0) return -errno;
  *out = from_sockaddr(reinterpret_cast<sockaddr*>(&ss), len);
  return 0;
}

}  // namespace minode::net
