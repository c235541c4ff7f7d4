// The event loop: Asio's io_context plus our own phase scheduler.
//
// What: Loop runs one process's callbacks in libuv's phase order. Asio does
// the waiting (epoll, signals, cross-thread posts); Loop decides *when* each
// kind of callback runs and *whether* the process still has work to do.
// Interface:
//  * Loop::default_loop() is the loop the runtime spins; tests make their own.
//  * run(RunMode) spins until nothing keeps the loop alive (or stop()).
//  * Handles (handle.hpp) are long-lived things: timers, sockets, signal
//    watchers, idle/prepare/check hooks. An active, ref'ed handle keeps the
//    loop alive.
//  * Requests are one-shot operations in flight (an asio async_write, a job
//    on the thread pool): begin_request()/end_request(), or a RequestToken.
//  * defer(fn) queues fn for the pending phase of the next iteration.
//  * now() is the loop's cached clock in ms, updated once per iteration.
// Invariants: single-threaded — every method except io().post() from another
// thread runs on the loop thread. alive() == ref'ed active handles > 0 ||
// active requests > 0 || closing handles > 0 || deferred callbacks > 0.
// Read first: libuv's docs/src/design.rst ("The I/O loop"), then run() in
// loop.cpp, which reads like uv_run. Chapter: chapters/02-event-loop.md.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace asio {
class io_context;
}

namespace minode::loop {

class Handle;
class PhaseHandle;

/// The phases of one loop iteration, in the order run() visits them
/// (timers also run once before the first iteration; see run()).
enum class Phase { kTimers, kPending, kIdle, kPrepare, kPoll, kCheck, kClose };

/// A phase's name as the tracer prints it ("timers", "poll", ...).
const char* phase_name(Phase phase);

/// How long run() spins (libuv's uv_run_mode).
enum class RunMode {
  kDefault,  ///< until the loop is no longer alive, or stop()
  kOnce,     ///< one iteration; may block in poll
  kNoWait    ///< one iteration; never blocks
};

/// A deadline meaning "no timer pending".
constexpr std::uint64_t kNoDeadline = UINT64_MAX;

/// What the loop needs from the timer store, which lives one layer up
/// (src/timers/timer_queue.hpp). The loop asks for the earliest deadline to
/// bound its poll wait, and hands over control in the timers phase.
class TimerSource {
 public:
  virtual ~TimerSource() = default;
  /// Earliest deadline (loop ms) among active timers, or kNoDeadline.
  virtual std::uint64_t next_deadline() const = 0;
  /// Active timers (for tracing; timers are handles, so the loop already
  /// counts the ref'ed ones in its alive check).
  virtual std::size_t size() const = 0;
  /// Runs every timer due at or before now (ms).
  virtual void run_due(std::uint64_t now) = 0;
};

/// Receives the loop's phase boundaries; the --trace-loop tracer is one.
class Observer {
 public:
  virtual ~Observer() = default;
  /// A phase starts (only reported when it has work to do).
  virtual void phase_begin(Phase phase) {}
  /// The phase ended.
  virtual void phase_end(Phase phase) {}
  /// Poll is about to block for timeout_ms (-1: until I/O arrives).
  virtual void poll_wait(std::int64_t timeout_ms) {}
};

/// One event loop. Not copyable; handles keep a reference to it.
class Loop {
 public:
  /// Most completions the poll phase runs per iteration (libuv reads at most
  /// 1024 epoll events per wait); the rest wait for the next iteration, so
  /// a flood of I/O cannot starve timers and immediates.
  static constexpr std::size_t kMaxPollCallbacks = 1024;
  /// How many times the pending queue is re-run after poll (libuv: 8).
  static constexpr int kPendingRounds = 8;

  Loop();
  ~Loop();
  Loop(const Loop&) = delete;
  Loop& operator=(const Loop&) = delete;

  /// The process's loop (created on first use).
  static Loop& default_loop();

  /// The Asio context whose completions run in the poll phase.
  asio::io_context& io() { return *io_; }

  /// Spins the loop; returns alive() (true after stop() with work left).
  bool run(RunMode mode = RunMode::kDefault);
  /// Makes run() return after the current iteration.
  void stop() { stop_flag_ = true; }
  /// True while something keeps the loop running (see the invariant above).
  bool alive() const;

  /// The cached clock (ms since an arbitrary point); constant within a phase.
  std::uint64_t now() const { return now_; }
  /// Re-reads the clock into now().
  void update_time() { now_ = clock_ms(); }
  /// The clock now() caches: ms of the monotonic clock (steady_clock).
  static std::uint64_t clock_ms();
  /// Number of completed iterations of run()'s while-loop.
  std::uint64_t iteration() const { return iteration_; }

  /// Queues fn for the pending phase (runs next iteration, before poll).
  /// A deferred callback keeps the loop alive until it has run.
  void defer(std::function<void()> fn);

  /// An operation is in flight: keeps the loop alive until end_request().
  void begin_request() { ++active_requests_; }
  /// The operation begun by begin_request() completed.
  void end_request() { --active_requests_; }
  /// In-flight requests.
  std::size_t active_requests() const { return active_requests_; }
  /// Ref'ed, active handles.
  std::size_t active_handles() const { return active_handles_; }

  /// Installs the timer store (the loop owns it from now on).
  void set_timer_source(std::unique_ptr<TimerSource> source);
  /// The installed timer store, or nullptr.
  TimerSource* timer_source() const { return timers_.get(); }
  /// Installs a tracer (not owned; nullptr removes it).
  void set_observer(Observer* observer) { observer_ = observer; }
  /// Sets a hook run when poll is about to block (an idle moment: nothing is
  /// due now). The runtime collects garbage there; the hook must not add work.
  void set_before_sleep(std::function<void()> hook) { before_sleep_ = std::move(hook); }

 private:
  friend class Handle;
  friend class PhaseHandle;

  std::int64_t backend_timeout() const;
  void run_timers();
  bool run_pending();
  void run_phase_handles(Phase phase);
  void poll(std::int64_t timeout_ms);
  void run_closing_handles();
  void begin(Phase phase);
  void end(Phase phase);

  std::unique_ptr<asio::io_context> io_;
  std::shared_ptr<void> work_guard_;  // keeps io_ from running out of work
  std::uint64_t now_ = 0;
  std::uint64_t iteration_ = 0;
  bool stop_flag_ = false;
  std::size_t active_handles_ = 0;
  std::size_t active_requests_ = 0;
  std::vector<std::function<void()>> pending_;
  std::vector<PhaseHandle*> idle_, prepare_, check_;
  std::vector<PhaseHandle*>* phase_running_ = nullptr;  // the list being run
  std::vector<Handle*> closing_;
  std::vector<Handle*>* closing_running_ = nullptr;  // the batch run_closing_handles() runs
  Observer* observer_ = nullptr;
  std::function<void()> before_sleep_;
  // Last member: destroyed first, while the rest of the loop still exists.
  std::unique_ptr<TimerSource> timers_;
};

/// Keeps its loop alive while it exists (a request in flight). Movable, so it
/// can ride inside an asio completion handler: the request ends when the
/// handler has run and been destroyed.
class RequestToken {
 public:
  /// Begins a request on loop.
  explicit RequestToken(Loop& loop) : loop_(&loop) { loop.begin_request(); }
  ~RequestToken() { release(); }
  /// Takes over other's request (other no longer ends it).
  RequestToken(RequestToken&& other) noexcept : loop_(other.loop_) { other.loop_ = nullptr; }
  /// Ends the request held before, then takes over other's.
  RequestToken& operator=(RequestToken&& other) noexcept;
  RequestToken(const RequestToken&) = delete;
  RequestToken& operator=(const RequestToken&) = delete;
  /// Ends the request now (idempotent).
  void release();

 private:
  Loop* loop_;
};

}  // namespace minode::loop
