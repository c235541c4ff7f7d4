// Signal watchers: a handle that calls back when the process gets a signal.
//
// What: Signal wraps asio::signal_set (which turns an async-signal into an
// ordinary completion handler, run in the poll phase). process.on('SIGINT')
// uses one; the child_process layer watches SIGCHLD with one.
// Interface: Signal s(loop);  s.start(SIGINT, cb);  s.stop();
//   signal_number("SIGINT") / signal_table() for names.
// Invariants: while at least one Signal watches a signal, its default
// action (terminate) is replaced; when the last stops, asio restores SIG_DFL.
// A started Signal is an active handle (Node unrefs the ones for process.on).
// Read first: handle.hpp. Doc: process.md § "Signal events".
#pragma once
#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include "loop/handle.hpp"

namespace asio {
class io_context;
}

namespace minode::loop {

/// Watches one signal number (libuv's uv_signal_t).
class Signal : public Handle {
 public:
  /// An idle watcher on loop.
  explicit Signal(Loop& loop);
  ~Signal() override;
  /// Calls cb(signum) each time signum arrives, until stop().
  void start(int signum, std::function<void(int)> cb);
  /// Stops watching (the default action comes back if no one else watches).
  void stop();
  /// The watched signal, or 0.
  int signum() const { return signum_; }

 protected:
  void on_closing() override { stop(); }

 private:
  struct Impl;
  void wait();
  std::unique_ptr<Impl> impl_;
  std::function<void(int)> cb_;
  int signum_ = 0;
};

/// The signal number for a name such as "SIGINT", or 0.
int signal_number(const char* name);
/// Every signal name this platform knows, with its number (os.constants.signals).
const std::vector<std::pair<const char*, int>>& signal_table();

}  // namespace minode::loop
