// Listening sockets: a TCP or Unix-domain server (the listening half of
// libuv's uv_tcp_t / uv_pipe_t).
//
// What: Server binds and listens on a non-blocking socket, waits (through
// Asio) until it is readable, then accept4()s every pending connection and
// hands each to the accept callback as a Stream that is not reading yet.
// Interface:
//  * Server::create(loop, kind); open(fd) an inherited listening socket, or
//    bind(endpoint, flags) a new one; then listen(backlog, cb).
//  * cb(0, stream) per connection; cb(-errno, nullptr) on an accept error
//    the server survives (the server keeps listening).
//  * close(cb): stops accepting; cb runs in the close phase. A Unix
//    server removes its socket file, as libuv does.
// Invariants: the server is active (keeps the loop alive) while listening.
// EMFILE does not spin: a spare fd is released to accept and drop the
// connection (libuv's uv__emfile_trick).
// Read first: stream.hpp. Chapter: chapters/04-sockets.md § "From accept()".
#pragma once
#include <functional>
#include <memory>
#include <string>

#include <asio/posix/stream_descriptor.hpp>

#include "loop/handle.hpp"
#include "net/address.hpp"
#include "net/stream.hpp"

namespace minode::net {

/// Flags for Server::bind.
enum BindFlags : unsigned {
  kBindIPv6Only = 1,  ///< IPV6_V6ONLY: no IPv4-mapped connections
};

/// Called per accepted connection (status 0) or accept error (-errno).
using AcceptCallback = std::function<void(int status, std::shared_ptr<Stream> conn)>;

/// One listening socket.
class Server : public loop::Handle, public std::enable_shared_from_this<Server> {
 public:
  /// Node's default backlog (and libuv's SOMAXCONN clamp does the rest).
  static constexpr int kDefaultBacklog = 511;

  /// A new, unbound server on loop.
  static std::shared_ptr<Server> create(loop::Loop& loop, Kind kind);
  /// Closes the descriptor if the owner never did.
  ~Server() override;

  /// Adopts fd, a bound (maybe listening) socket from a parent process.
  int open(int fd);
  /// Binds; TCP sets SO_REUSEADDR. A TCP endpoint with family kUnspec binds
  /// "::" and falls back to "0.0.0.0" where IPv6 is missing.
  int bind(const Endpoint& local, unsigned flags = 0);
  /// Starts listening; cb gets each connection.
  int listen(int backlog, AcceptCallback cb);
  /// Stops accepting; cb runs in the close phase.
  void close(std::function<void()> cb = nullptr);
  /// getsockname() into out.
  int local_address(Endpoint* out) const;
  /// The socket fd, or -1.
  int fd() const;
  /// TCP or Unix.
  Kind kind() const { return kind_; }

 protected:
  /// Stops the socket: closes the descriptor (Handle::close calls this first).
  void on_closing() override;

 private:
  Server(loop::Loop& loop, Kind kind);
  int bind_once(const Endpoint& local, unsigned flags);
  void arm_accept();
  void on_acceptable();
  bool drop_one();

  Kind kind_;
  asio::posix::stream_descriptor sock_;
  AcceptCallback accept_cb_;
  bool armed_ = false;
  std::string unlink_path_;  // Unix socket file to remove on close
};

}  // namespace minode::net
