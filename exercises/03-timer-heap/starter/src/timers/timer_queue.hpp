// Timers: the loop's timer handles, in firing order.
//
// STARTER for exercises/03-timer-heap: the store is an unsorted vector of
// timers, scanned on every operation. It runs every program, slowly, and it
// keeps neither of the first two invariants below. Make it keep them all.
//
// What: Timer is a loop handle that calls back once (or every `repeat` ms)
// after a timeout; TimerQueue is the loop's store of armed timers, which the
// loop consults to bound its poll wait and runs in its timers phase. The
// timers binding arms one Timer per *list* of Timeouts (one list per
// duration, kept in JS: src/timers/js/internal/timers.js), not one per
// setTimeout.
// Interface:
//  * Timer t(loop);  t.start(timeout_ms, repeat_ms, cb);  t.stop();
//    t.refresh() re-arms with the last timeout counted from now;
//    t.ref()/unref() as for every handle (handle.hpp).
//  * TimerQueue::of(loop) is the loop's store, installed on first use.
// Invariants:
//  * The store is ordered by (deadline, sequence): equal deadlines fire in
//    the order they were started (FIFO), whatever their durations.
//  * start/stop are O(log n) (a std::set); the earliest deadline is O(1).
//  * run_due(now) first takes out every timer due at `now`, then runs that
//    batch: timers started by a callback wait for the next timers phase, and
//    a timer stopped by an earlier callback in the batch does not run
//    (libuv >= 1.45 behaves the same).
//  * A callback may stop, restart or destroy its own Timer.
// Read first: src/loop/loop.hpp (TimerSource), src/loop/handle.hpp.
// Chapter: chapters/03-timers.md. The Real-world box there compares Node's
// heap of per-duration lists (lib/internal/timers.js) and libuv's binary heap.
#pragma once
#include <cstdint>
#include <functional>
#include <vector>

#include "loop/handle.hpp"
#include "loop/loop.hpp"

namespace minode::timers {

class Timer;

/// The loop's timer store (a loop::TimerSource). One per loop.
class TimerQueue : public loop::TimerSource {
 public:
  /// The store of loop, created and installed on first use.
  static TimerQueue& of(loop::Loop& loop);

  /// Earliest deadline of an armed timer (ref'ed or not), or kNoDeadline.
  std::uint64_t next_deadline() const override;
  /// Armed timers.
  std::size_t size() const override { return queue_.size(); }
  /// Runs the timers due at or before now, in (deadline, sequence) order.
  void run_due(std::uint64_t now) override;

 private:
  friend class Timer;
  explicit TimerQueue(loop::Loop& loop) : loop_(loop) {}

  void insert(Timer* t, std::uint64_t deadline);
  void remove(Timer* t);
  void take(std::size_t i);

  loop::Loop& loop_;
  std::vector<Timer*> queue_;  // armed timers, in no particular order
  std::uint64_t next_seq_ = 0;
  std::vector<Timer*> batch_;  // what run_due() is running (stopped: nullptr)
};

/// A one-shot or repeating timer (libuv's uv_timer_t).
class Timer : public loop::Handle {
 public:
  /// An unarmed timer on loop.
  explicit Timer(loop::Loop& loop);
  ~Timer() override;

  /// Arms the timer: cb runs timeout_ms after loop.now(), then every
  /// repeat_ms if repeat_ms > 0. Re-arming an armed timer moves it.
  void start(std::uint64_t timeout_ms, std::uint64_t repeat_ms, std::function<void()> cb);
  /// Disarms the timer (safe from any callback, including its own).
  void stop();
  /// Re-arms with the last timeout counted from loop.now() (Node's
  /// timeout.refresh()); a timer that already fired is armed again.
  void refresh();
  /// Changes the repeat interval used after the next expiry.
  void set_repeat(std::uint64_t repeat_ms) { repeat_ = repeat_ms; }
  /// The repeat interval (0: one-shot).
  std::uint64_t repeat() const { return repeat_; }
  /// The timeout given to the last start().
  std::uint64_t timeout() const { return timeout_; }
  /// When the timer fires next (loop ms); meaningful while active.
  std::uint64_t deadline() const { return deadline_; }

 protected:
  void on_closing() override { stop(); }

 private:
  friend class TimerQueue;
  void arm(std::uint64_t timeout_ms);

  TimerQueue& queue_;
  std::function<void()> cb_;
  std::uint64_t timeout_ = 0;
  std::uint64_t repeat_ = 0;
  std::uint64_t deadline_ = 0;
  std::uint64_t seq_ = 0;
  bool queued_ = false;    // in queue_.queue_
  bool in_batch_ = false;  // in queue_.batch_, waiting its turn to run
};

}  // namespace minode::timers
