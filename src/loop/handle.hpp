// Handles: the long-lived objects an event loop watches.
//
// What: Handle is the base of everything that can keep a loop alive over
// time (libuv's uv_handle_t): timers, sockets, servers, signal watchers,
// child processes, and the idle/prepare/check hooks defined here.
// Interface:
//  * A subclass calls set_active(true) when it starts waiting for something
//    (a timer armed, a read posted) and set_active(false) when it stops.
//  * ref()/unref() choose whether an active handle keeps the loop alive
//    (Node's timeout.unref(), server.unref()).
//  * close(cb) stops the handle for good; cb runs in the close phase, after
//    which the owner may free the handle (not before: the loop still holds
//    a pointer to it).
//  * PhaseHandle runs a callback once per iteration in the idle, prepare or
//    check phase (uv_idle_t, uv_prepare_t, uv_check_t).
// Invariants: the loop's active_handles() counts exactly the handles that
// are active, ref'ed and not closing. A handle destroyed while active or
// closing removes itself from the loop's books first.
// Read first: loop.hpp. Chapter: chapters/02-event-loop.md § "Handles".
#pragma once
#include <functional>

#include "loop/loop.hpp"

namespace minode::loop {

/// Base class of every loop handle. Not copyable: the loop points at it.
class Handle {
 public:
  /// A new handle is inactive, ref'ed and open.
  explicit Handle(Loop& loop) : loop_(loop) {}
  /// Takes the handle off the loop's books (it should be closed first).
  virtual ~Handle();
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;

  /// The loop this handle belongs to.
  Loop& loop() const { return loop_; }
  /// Lets an active handle keep the loop alive (the default).
  void ref();
  /// Stops the handle from keeping the loop alive; it still works.
  void unref();
  /// True unless unref() was called last.
  bool has_ref() const { return ref_; }
  /// True while the handle waits for something (see set_active()).
  bool is_active() const { return active_; }
  /// True from close() on.
  bool is_closing() const { return closing_; }
  /// Stops the handle and runs on_close in the close phase. Calling close()
  /// twice is a bug (it is ignored).
  void close(std::function<void()> on_close = nullptr);

 protected:
  /// Subclasses mark the handle active/inactive; the loop's count follows.
  void set_active(bool active);
  /// Called by close() first: a subclass stops its timers, cancels its
  /// pending asio operations, and so on.
  virtual void on_closing() {}

 private:
  friend class Loop;
  bool counted() const { return active_ && ref_ && !closing_; }
  void recount(bool was_counted);

  Loop& loop_;
  bool active_ = false;
  bool ref_ = true;
  bool closing_ = false;
  std::function<void()> close_cb_;
};

/// Runs a callback once per loop iteration in one phase: kIdle, kPrepare or
/// kCheck. An active idle handle also makes poll not block (libuv's rule;
/// Node starts one while ref'ed immediates are queued).
class PhaseHandle : public Handle {
 public:
  /// A handle for phase (kIdle, kPrepare or kCheck).
  PhaseHandle(Loop& loop, Phase phase);
  ~PhaseHandle() override;
  /// Starts calling cb every iteration (replaces an earlier cb).
  void start(std::function<void()> cb);
  /// Stops calling it. Safe from inside cb.
  void stop();
  /// The phase this handle runs in.
  Phase phase() const { return phase_; }

 protected:
  void on_closing() override { stop(); }

 private:
  friend class Loop;
  std::vector<PhaseHandle*>& list() const;

  Phase phase_;
  std::function<void()> cb_;
};

}  // namespace minode::loop
