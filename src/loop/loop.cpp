// The event loop (see loop.hpp for the interface).
//
// Loop::run() is written to be read side by side with libuv's uv_run
// (src/unix/core.c): one line per phase, in the same order. Each phase's
// helper below is a few lines. The only real departure from libuv is poll:
// libuv calls epoll_wait itself; we let asio::io_context do the waiting and
// run its ready completion handlers (socket reads, accepted connections,
// caught signals, thread-pool results) as the poll phase's callbacks.
#include "loop/loop.hpp"

#include <algorithm>
#include <chrono>
#include <utility>

#include <asio/executor_work_guard.hpp>
#include <asio/io_context.hpp>

#include "loop/handle.hpp"

namespace minode::loop {

const char* phase_name(Phase phase) {
  switch (phase) {
    case Phase::kTimers: return "timers";
    case Phase::kPending: return "pending";
    case Phase::kIdle: return "idle";
    case Phase::kPrepare: return "prepare";
    case Phase::kPoll: return "poll";
    case Phase::kCheck: return "check";
    case Phase::kClose: return "close";
  }
  return "?";
}

Loop::Loop() : io_(std::make_unique<asio::io_context>(1)) {
  // Without outstanding work io_context::run_one_for() would return at once
  // instead of sleeping until the next timer is due. Whether the *process*
  // has work is our decision (alive()), not Asio's, so Asio always has some.
  work_guard_ = std::make_shared<asio::executor_work_guard<asio::io_context::executor_type>>(
      io_->get_executor());
  update_time();
}

Loop::~Loop() {
  timers_.reset();
  work_guard_.reset();
}

Loop& Loop::default_loop() {
  // Never destroyed: handles in other static objects may outlive main().
  static Loop* loop = new Loop();
  return *loop;
}

std::uint64_t Loop::clock_ms() {
  auto since = std::chrono::steady_clock::now().time_since_epoch();
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(since).count());
}

bool Loop::alive() const {
  return active_handles_ > 0 || active_requests_ > 0 || !closing_.empty() ||
         !pending_.empty();
}

void Loop::defer(std::function<void()> fn) { pending_.push_back(std::move(fn)); }

void Loop::set_timer_source(std::unique_ptr<TimerSource> source) { timers_ = std::move(source); }

// @anchor loop-run
bool Loop::run(RunMode mode) {
  bool alive_now = alive();
  if (!alive_now) update_time();

  // libuv >= 1.45 runs timers at the END of an iteration (after close
  // callbacks), so a timer that expires while poll waits runs in the same
  // iteration. For compatibility it runs them once before the first one too.
  if (mode == RunMode::kDefault && alive_now && !stop_flag_) {
    update_time();
    run_timers();
  }

  while (alive_now && !stop_flag_) {
    bool can_sleep = pending_.empty() && idle_.empty();

    run_pending();                       // I/O callbacks deferred last time
    run_phase_handles(Phase::kIdle);
    run_phase_handles(Phase::kPrepare);

    std::int64_t timeout = 0;
    if ((mode == RunMode::kOnce && can_sleep) || mode == RunMode::kDefault)
      timeout = backend_timeout();
    poll(timeout);                       // wait for I/O or the next timer

    // Callbacks deferred during poll (write completions...) run a bounded
    // number of times now rather than waiting a whole iteration.
    for (int i = 0; i < kPendingRounds && !pending_.empty(); ++i) run_pending();

    run_phase_handles(Phase::kCheck);    // setImmediate
    run_closing_handles();               // close callbacks

    update_time();
    run_timers();                        // setTimeout / setInterval

    ++iteration_;
    alive_now = alive();
    if (mode != RunMode::kDefault) break;
  }
  stop_flag_ = false;
  return alive_now;
}

// How long poll may block (libuv's uv__backend_timeout): not at all when
// something is already runnable, otherwise until the next timer, or forever.
std::int64_t Loop::backend_timeout() const {
  if (stop_flag_) return 0;
  if (active_handles_ == 0 && active_requests_ == 0) return 0;
  if (!idle_.empty() || !pending_.empty() || !closing_.empty()) return 0;
  std::uint64_t deadline = timers_ ? timers_->next_deadline() : kNoDeadline;
  if (deadline == kNoDeadline) return -1;
  return deadline <= now_ ? 0 : static_cast<std::int64_t>(deadline - now_);
}

void Loop::begin(Phase phase) {
  if (observer_ != nullptr) observer_->phase_begin(phase);
}

void Loop::end(Phase phase) {
  if (observer_ != nullptr) observer_->phase_end(phase);
}

void Loop::run_timers() {
  if (!timers_ || timers_->next_deadline() > now_) return;
  begin(Phase::kTimers);
  timers_->run_due(now_);
  end(Phase::kTimers);
}

bool Loop::run_pending() {
  if (pending_.empty()) return false;
  begin(Phase::kPending);
  std::vector<std::function<void()>> ready;
  ready.swap(pending_);  // callbacks deferred now run next time
  for (auto& fn : ready) fn();
  end(Phase::kPending);
  return true;
}

// @anchor loop-poll
void Loop::poll(std::int64_t timeout_ms) {
  begin(Phase::kPoll);
  if (timeout_ms != 0 && before_sleep_) before_sleep_();
  if (observer_ != nullptr && timeout_ms != 0) observer_->poll_wait(timeout_ms);
  std::size_t ran = 0;
  if (timeout_ms < 0) {
    ran = io_->run_one();  // nothing due: sleep until a completion arrives
  } else if (timeout_ms > 0) {
    // Wake exactly when the earliest timer is due: now_ + timeout is that
    // timer's deadline on the same clock, so after waking now() >= deadline.
    auto wake = std::chrono::steady_clock::time_point(
        std::chrono::milliseconds(now_ + static_cast<std::uint64_t>(timeout_ms)));
    ran = io_->run_one_until(wake);
  }
  // Then whatever else is ready, up to the starvation bound.
  while (ran < kMaxPollCallbacks && io_->poll_one() > 0) ++ran;
  end(Phase::kPoll);
}

void Loop::run_phase_handles(Phase phase) {
  std::vector<PhaseHandle*>& list =
      phase == Phase::kIdle ? idle_ : phase == Phase::kPrepare ? prepare_ : check_;
  if (list.empty()) return;
  begin(phase);
  // Handles started by a callback wait for the next iteration; stopped ones
  // leave a nullptr behind (PhaseHandle::stop), swept up afterwards.
  std::size_t n = list.size();
  phase_running_ = &list;
  for (std::size_t i = 0; i < n; ++i) {
    PhaseHandle* h = list[i];
    if (h == nullptr) continue;
    std::function<void()> cb = h->cb_;  // cb may restart or destroy h
    cb();
  }
  phase_running_ = nullptr;
  list.erase(std::remove(list.begin(), list.end(), nullptr), list.end());
  end(phase);
}

void Loop::run_closing_handles() {
  if (closing_.empty()) return;
  begin(Phase::kClose);
  std::vector<Handle*> ready;
  ready.swap(closing_);  // handles closed by these callbacks finish next time
  for (std::size_t i = 0; i < ready.size(); ++i) {
    Handle* h = ready[i];
    if (h == nullptr) continue;  // destroyed by an earlier close callback
    std::function<void()> cb = std::move(h->close_cb_);
    h->close_cb_ = nullptr;
    closing_running_ = &ready;  // lets ~Handle find itself in `ready`
    if (cb) cb();  // the owner may free h now
  }
  closing_running_ = nullptr;
  end(Phase::kClose);
}

RequestToken& RequestToken::operator=(RequestToken&& other) noexcept {
  if (this != &other) {
    release();
    loop_ = other.loop_;
    other.loop_ = nullptr;
  }
  return *this;
}

void RequestToken::release() {
  if (loop_ != nullptr) loop_->end_request();
  loop_ = nullptr;
}

}  // namespace minode::loop
