// Stream sockets (see stream.hpp for the interface).
//
// The read path is libuv's: wait until the fd is readable, then read() into
// one 64 KiB buffer shared by all sockets and hand the bytes to the
// consumer at once. An idle connection therefore costs a socket and this
// object, not a buffer. The write path tries writev() first (most writes
// finish there, with no copy and no callback later); only the bytes the
// kernel refuses are copied into the queue, flushed when the fd becomes
// writable, several requests per writev().
#include "net/stream.hpp"

#include <asio/error.hpp>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace minode::net {
namespace {

constexpr std::size_t kPoolSize = 64 * 1024;
constexpr int kMaxReadsPerWake = 32;  // then let other sockets run (libuv: 32)
constexpr std::size_t kMaxIov = 64;

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
  return std::shared_ptr<Stream>(new Stream(loop, kind));
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

int Stream::read_start(ReadCallback cb) {
  if (is_closing() || !sock_.is_open()) return -EBADF;
  read_cb_ = std::move(cb);
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
  char* pool = read_pool();
  for (int i = 0; i < kMaxReadsPerWake && reading_ && !is_closing(); ++i) {
    ssize_t n = ::read(fd(), pool, kPoolSize);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
    long nread = n > 0 ? static_cast<long>(n) : n == 0 ? kEof : -errno;
    if (nread < 0) read_stop();  // EOF or error: no more reads
    else bytes_read_ += static_cast<std::uint64_t>(n);
    ReadCallback cb = read_cb_;  // the consumer may replace itself
    cb(nread, pool);
    if (nread < 0 || static_cast<std::size_t>(n) < kPoolSize) break;
  }
  arm_read();
}

// @anchor stream-write
int Stream::write(const Slice* slices, std::size_t n, StatusCallback cb) {
  if (is_closing() || !sock_.is_open()) return -EBADF;
  if (shut_) return -EPIPE;
  std::size_t total = 0, done = 0;
  for (std::size_t i = 0; i < n; ++i) total += slices[i].len;
  if (queue_.empty() && !connecting_ && total > 0) {
    iovec iov[kMaxIov];
    std::size_t count = n < kMaxIov ? n : kMaxIov;
    for (std::size_t i = 0; i < count; ++i) iov[i] = {const_cast<char*>(slices[i].data), slices[i].len};
    msghdr msg{};
    msg.msg_iov = iov;
    msg.msg_iovlen = count;
    ssize_t w;
    do {
      w = ::sendmsg(fd(), &msg, MSG_NOSIGNAL);  // EPIPE, not SIGPIPE
    } while (w < 0 && errno == EINTR);
    if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK) return -errno;
    done = w > 0 ? static_cast<std::size_t>(w) : 0;
    bytes_written_ += done;
    if (done == total) return 0;
  } else if (total == 0) {
    return 0;  // nothing to send: done (an empty write never queues)
  }
  // Copy what is left into one queued request.
  WriteReq req{std::string(), 0, std::move(cb), loop::RequestToken(loop())};
  req.data.reserve(total - done);
  std::size_t skip = done;
  for (std::size_t i = 0; i < n; ++i) {
    if (skip >= slices[i].len) { skip -= slices[i].len; continue; }
    req.data.append(slices[i].data + skip, slices[i].len - skip);
    skip = 0;
  }
  queued_bytes_ += req.data.size();
  queue_.push_back(std::move(req));
  if (!connecting_) arm_write();
  return 1;
}

void Stream::arm_write() {
  if (write_armed_ || is_closing()) return;
  write_armed_ = true;
  auto self = shared_from_this();
  sock_.async_wait(asio::posix::descriptor_base::wait_write, [self](const asio::error_code& ec) {
    self->write_armed_ = false;
    if (!self->is_closing()) self->on_writable();
  });
}

// One writev() over the front of the queue; returns bytes taken or -errno.
long Stream::flush_queue() {
  iovec iov[kMaxIov];
  std::size_t count = 0;
  for (auto it = queue_.begin(); it != queue_.end() && count < kMaxIov; ++it, ++count) {
    iov[count] = {&it->data[it->offset], it->data.size() - it->offset};
  }
  msghdr msg{};
  msg.msg_iov = iov;
  msg.msg_iovlen = count;
  ssize_t w;
  do {
    w = ::sendmsg(fd(), &msg, MSG_NOSIGNAL);
  } while (w < 0 && errno == EINTR);
  if (w < 0) return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -errno;
  return static_cast<long>(w);
}

void Stream::on_writable() {
  while (!queue_.empty() && !is_closing()) {
    long w = flush_queue();
    if (w < 0) {
      fail_writes(static_cast<int>(w));
      return;
    }
    if (w == 0) break;
    bytes_written_ += static_cast<std::uint64_t>(w);
    queued_bytes_ -= static_cast<std::size_t>(w);
    std::size_t left = static_cast<std::size_t>(w);
    while (left > 0) {
      WriteReq& front = queue_.front();
      std::size_t take = std::min(left, front.data.size() - front.offset);
      front.offset += take;
      left -= take;
      if (front.offset < front.data.size()) break;
      StatusCallback cb = std::move(front.cb);
      queue_.pop_front();  // ends the request
      if (cb) cb(0);  // may write more, or close the stream
      if (is_closing()) return;
    }
  }
  if (!queue_.empty()) arm_write();
  else maybe_shutdown();
}

void Stream::fail_writes(int status) {
  std::list<WriteReq> failed;
  failed.swap(queue_);
  queued_bytes_ = 0;
  for (auto& req : failed) {
    if (req.cb) req.cb(status);
  }
}

int Stream::shutdown(StatusCallback cb) {
  if (is_closing() || !sock_.is_open()) return -ENOTCONN;
  if (shut_) return -EALREADY;
  shut_ = true;
  shutdown_cb_ = std::move(cb);
  shutdown_token_.emplace(loop());
  if (queue_.empty() && !connecting_) {
    auto self = shared_from_this();
    loop().defer([self] { self->maybe_shutdown(); });
  }
  return 0;
}

// The write side half-closes only once every queued byte is out.
void Stream::maybe_shutdown() {
  if (!shut_ || !shutdown_token_ || !queue_.empty() || is_closing()) return;
  int status = ::shutdown(fd(), SHUT_WR) < 0 ? -errno : 0;
  shutdown_token_.reset();
  StatusCallback cb = std::move(shutdown_cb_);
  if (cb) cb(status);
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
