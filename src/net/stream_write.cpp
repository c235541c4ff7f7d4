// Stream sockets: the write path and half-close (see stream.hpp for the
// interface; stream.cpp has the rest).
//
// write() first tries one sendmsg(): most writes end there, with no copy
// and no callback later (libuv's uv__try_write). What the kernel refuses
// becomes one queued WriteReq. Its bytes are copied (Ownership::kCopy), or,
// when the caller promises to keep them alive until the callback
// (kBorrow: the JS binding pins the Buffers on the write request, as Node
// does), only pointed at: an echo server then moves every byte from the
// Buffer it read straight to the kernel. When the socket turns writable,
// on_writable() flushes the queue, up to 64 slices per sendmsg(), and runs
// each request's callback as its last byte leaves. shutdown() waits for
// the queue to empty.
// Invariants: queued_bytes_ counts the bytes of queue_ not yet sent; the
// front request's parts before `next` are sent, and parts[next] is trimmed
// from the front as bytes go; a request leaves the queue (ending its loop
// request) just before its callback runs.
#include "net/stream.hpp"

#include <algorithm>
#include <cerrno>
#include <sys/socket.h>
#include <sys/uio.h>

namespace minode::net {
namespace {

constexpr std::size_t kMaxIov = 64;  // slices per sendmsg() (IOV_MAX is 1024)

// One sendmsg() over iov[0, count): bytes taken, 0 if the socket is full,
// or -errno. MSG_NOSIGNAL: a dead peer gives EPIPE, not a fatal SIGPIPE.
long send_iov(int fd, iovec* iov, std::size_t count) {
  msghdr msg{};
  msg.msg_iov = iov;
  msg.msg_iovlen = count;
  ssize_t w;
  do {
    w = ::sendmsg(fd, &msg, MSG_NOSIGNAL);
  } while (w < 0 && errno == EINTR);
  if (w >= 0) return static_cast<long>(w);
  return (errno == EAGAIN || errno == EWOULDBLOCK) ? 0 : -errno;
}

}  // namespace

// @anchor stream-write
int Stream::write(const Slice* slices, std::size_t n, StatusCallback cb, Ownership own) {
  if (is_closing() || !sock_.is_open()) return -EBADF;
  if (shut_) return -EPIPE;
  std::size_t total = 0, done = 0;
  for (std::size_t i = 0; i < n; ++i) total += slices[i].len;
  if (total == 0) return 0;  // nothing to send: done (an empty write never queues)
  if (queue_.empty() && !connecting_) {
    iovec iov[kMaxIov];
    std::size_t count = std::min(n, kMaxIov);
    for (std::size_t i = 0; i < count; ++i) iov[i] = {const_cast<char*>(slices[i].data), slices[i].len};
    long w = send_iov(fd(), iov, count);
    if (w < 0) return static_cast<int>(w);
    done = static_cast<std::size_t>(w);
    bytes_written_ += done;
    if (done == total) return 0;
  }
  enqueue(slices, n, done, std::move(cb), own);
  if (!connecting_) arm_write();
  return 1;
}

// Queues slices[0, n), less their first `skip` bytes (already sent), as
// one request.
void Stream::enqueue(const Slice* slices, std::size_t n, std::size_t skip, StatusCallback cb,
                     Ownership own) {
  WriteReq& req = queue_.emplace_back(loop(), std::move(cb));  // list nodes never move
  std::size_t size = 0;
  for (std::size_t i = 0; i < n; ++i) {
    if (skip >= slices[i].len) {  // sent already (or empty)
      skip -= slices[i].len;
      continue;
    }
    req.parts.push_back({slices[i].data + skip, slices[i].len - skip});
    size += slices[i].len - skip;
    skip = 0;
  }
  if (own == Ownership::kCopy) {
    req.copy.reserve(size);
    for (const Slice& p : req.parts) req.copy.append(p.data, p.len);
    req.parts.assign(1, Slice{req.copy.data(), size});
  }
  queued_bytes_ += size;
}

void Stream::arm_write() {
  if (write_armed_ || is_closing()) return;
  write_armed_ = true;
  auto self = shared_from_this();
  sock_.async_wait(asio::posix::descriptor_base::wait_write, [self](const asio::error_code&) {
    self->write_armed_ = false;
    if (!self->is_closing()) self->on_writable();
  });
}

// One sendmsg() over the front of the queue; returns bytes taken or -errno.
long Stream::flush_queue() {
  iovec iov[kMaxIov];
  std::size_t count = 0;
  for (auto it = queue_.begin(); it != queue_.end() && count < kMaxIov; ++it) {
    for (std::size_t i = it->next; i < it->parts.size() && count < kMaxIov; ++i) {
      iov[count++] = {const_cast<char*>(it->parts[i].data), it->parts[i].len};
    }
  }
  return send_iov(fd(), iov, count);
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
    if (!consume(static_cast<std::size_t>(w))) return;
  }
  if (!queue_.empty()) arm_write();
  else maybe_shutdown();
}

// Moves the queue past n sent bytes, completing the requests they finish.
// Returns false if a callback closed the stream.
bool Stream::consume(std::size_t n) {
  while (n > 0) {
    WriteReq& front = queue_.front();
    Slice& part = front.parts[front.next];
    std::size_t take = std::min(n, part.len);
    part.data += take;
    part.len -= take;
    n -= take;
    if (part.len == 0) ++front.next;
    if (front.next < front.parts.size()) continue;
    StatusCallback cb = std::move(front.cb);
    queue_.pop_front();  // ends the request
    if (cb) cb(0);  // may write more, or close the stream
    if (is_closing()) return false;
  }
  return true;
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

}  // namespace minode::net
