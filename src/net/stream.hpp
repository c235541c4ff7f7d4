// Stream sockets: one connected TCP or Unix-domain socket (libuv's uv_tcp_t
// and uv_pipe_t, which share uv_stream_t; here both are one class).
//
// What: Stream owns a non-blocking socket fd and drives it with Asio used
// purely as a reactor (async_wait for "readable"/"writable"); the reads,
// writes, connects and shutdowns are plain system calls, as in libuv.
// Interface:
//  * Stream::create(loop, kind); then open(fd) an existing socket, or
//    bind()+connect() a new one.
//  * read_start(cb) delivers data as cb(nread, data): nread > 0 bytes,
//    kEof at end of stream, or a negative errno. data points into a buffer
//    shared by every socket of the process, valid only during the call: an
//    idle connection owns no read buffer. read_start() replaces the
//    consumer, so C++ code (the HTTP parser) can take the bytes without a
//    JS round trip. A consumer that keeps the bytes (JS: a Buffer) passes
//    an AllocCallback too: it lends memory of exactly the size waiting, the
//    read goes straight there, and cb receives that memory (no copy).
//  * write(slices, n, cb[, own]) tries writev() at once; what the kernel
//    does not take is queued (copied, or borrowed if the caller keeps the
//    bytes alive: Ownership) and cb runs when it is flushed.
//  * shutdown(cb) half-closes (SHUT_WR) once the queue is empty.
//  * close(cb) / reset(cb) stop everything; queued writes, a pending
//    shutdown or connect get -ECANCELED; cb runs in the close phase.
// Invariants: errors are negative errno values (libuv's convention). The
// handle is active (keeps the loop alive) while reading; connect, each
// queued write and shutdown are requests. Asio handlers hold a shared_ptr
// to the Stream, so it outlives every operation in flight.
// Read first: loop/handle.hpp, address.hpp; libuv's src/unix/stream.c.
// Chapter: chapters/04-sockets.md.
#pragma once
#include <cstddef>
#include <cstdint>
#include <list>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <asio/posix/stream_descriptor.hpp>

#include "loop/handle.hpp"
#include "net/address.hpp"

namespace minode::net {

/// End of stream, as nread (libuv's UV_EOF).
constexpr long kEof = -4095;
/// getaddrinfo found no such host (libuv's UV_EAI_NONAME; Node's ENOTFOUND).
constexpr int kEaiNoname = -3008;

/// TCP or Unix-domain.
enum class Kind { kTcp, kPipe };

/// A view of bytes to write (the caller keeps them alive during write()).
struct Slice {
  const char* data;  ///< first byte
  std::size_t len;   ///< byte count
};

/// Who keeps the bytes of a write that the kernel did not take at once.
enum class Ownership {
  kCopy,    ///< the Stream copies them into its queue (the caller's may go at once)
  kBorrow,  ///< the caller keeps them alive and unchanged until the callback runs
};

/// Receives data: nread > 0 (data valid during the call), kEof, or -errno.
using ReadCallback = std::function<void(long nread, const char* data)>;
/// Lends memory for one read of `size` bytes (libuv's alloc_cb). After
/// each call the ReadCallback runs once with that memory as data: nread > 0,
/// kEof, -errno, or 0 (nothing came after all: take the memory back).
using AllocCallback = std::function<char*(std::size_t size)>;
/// Completion of connect, write or shutdown: 0 or -errno.
using StatusCallback = std::function<void(int status)>;

/// One connected (or connecting) stream socket.
class Stream : public loop::Handle, public std::enable_shared_from_this<Stream> {
 public:
  /// A new, unopened stream on loop.
  static std::shared_ptr<Stream> create(loop::Loop& loop, Kind kind);
  /// Closes the descriptor if the owner never did.
  ~Stream() override;

  /// Adopts fd, a connected socket (from accept, or passed in by a parent).
  int open(int fd);
  /// Binds a new socket to a local address first (localAddress/localPort).
  int bind(const Endpoint& local);
  /// Connects to remote; cb(0 or -errno) runs from the poll phase.
  int connect(const Endpoint& remote, StatusCallback cb);

  /// Starts delivering data to cb (replacing any earlier consumer); with
  /// alloc, into memory that alloc lends (see AllocCallback).
  int read_start(ReadCallback cb, AllocCallback alloc = nullptr);
  /// Stops reading (the kernel buffers, then TCP's window, hold the rest).
  void read_stop();
  /// True between read_start() and read_stop()/EOF/error.
  bool reading() const { return reading_; }

  /// Writes n slices; returns 0 if all went out now (cb not called), 1 if
  /// queued (cb called later), or -errno (nothing queued, cb not called).
  /// With Ownership::kBorrow the queue points at the caller's bytes (no
  /// copy): they must stay alive and unchanged until cb runs.
  int write(const Slice* slices, std::size_t n, StatusCallback cb,
            Ownership own = Ownership::kCopy);
  /// Half-closes the write side after queued writes; cb(0 or -errno).
  int shutdown(StatusCallback cb);
  /// Closes; cb runs in the close phase. Idempotent.
  void close(std::function<void()> cb = nullptr);
  /// Closes with a TCP RST (SO_LINGER 0) instead of FIN.
  void reset(std::function<void()> cb = nullptr);

  /// TCP_NODELAY (no-op for Unix sockets).
  int set_no_delay(bool enable);
  /// SO_KEEPALIVE plus the idle delay in seconds (no-op for Unix sockets).
  int set_keep_alive(bool enable, unsigned delay_s);
  /// getsockname() into out.
  int local_address(Endpoint* out) const;
  /// getpeername() into out.
  int remote_address(Endpoint* out) const;

  /// Bytes waiting in the write queue (socket.writableLength's share).
  std::size_t write_queue_size() const { return queued_bytes_; }
  /// Total bytes read.
  std::uint64_t bytes_read() const { return bytes_read_; }
  /// Total bytes handed to the kernel.
  std::uint64_t bytes_written() const { return bytes_written_; }
  /// The socket fd, or -1.
  int fd() const;
  /// TCP or Unix.
  Kind kind() const { return kind_; }

 protected:
  /// Use create() (protected, not private, only so create() can make_shared).
  Stream(loop::Loop& loop, Kind kind);
  /// Stops the socket: closes the descriptor (Handle::close calls this first).
  void on_closing() override;

 private:
  // One queued write (see stream_write.cpp).
  struct WriteReq {
    WriteReq(loop::Loop& loop, StatusCallback done) : cb(std::move(done)), token(loop) {}
    std::vector<Slice> parts;  // the bytes not sent yet: borrowed, or into `copy`
    std::size_t next = 0;      // parts[next] is the first with bytes left
    std::string copy;          // the bytes themselves, for Ownership::kCopy
    StatusCallback cb;
    loop::RequestToken token;
  };

  int ensure_socket(int family);
  void arm_read();
  void on_readable();
  void arm_write();
  void on_writable();
  void on_connected();
  void enqueue(const Slice* slices, std::size_t n, std::size_t skip, StatusCallback cb, Ownership own);
  long flush_queue();
  bool consume(std::size_t n);
  void fail_writes(int status);
  void maybe_shutdown();
  void finish_close();

  Kind kind_;
  asio::posix::stream_descriptor sock_;
  ReadCallback read_cb_;
  AllocCallback alloc_cb_;
  bool reading_ = false, read_armed_ = false, write_armed_ = false;
  bool connecting_ = false, shut_ = false;
  StatusCallback connect_cb_, shutdown_cb_;
  std::optional<loop::RequestToken> connect_token_, shutdown_token_;  // requests in flight
  std::list<WriteReq> queue_;  // a list: an idle connection allocates nothing here
  std::size_t queued_bytes_ = 0;
  std::uint64_t bytes_read_ = 0, bytes_written_ = 0;
};

}  // namespace minode::net
