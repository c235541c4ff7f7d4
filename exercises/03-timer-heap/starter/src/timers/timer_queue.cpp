// Timers (see timer_queue.hpp for the interface and invariants).
//
// STARTER for exercises/03-timer-heap. The store is a plain vector:
//  * insert appends: O(1);
//  * remove finds the timer (O(n)) and fills its hole with the last element,
//    the usual O(1) way to delete from an unordered vector;
//  * next_deadline scans every timer: O(n), on every loop iteration;
//  * run_due repeatedly scans for the earliest due timer: O(n) per timer.
// Redis's ae.c keeps its time events like this, and says so ("O(N) since
// time events are unsorted"). It works, but look at what the hole-filling
// does to timers that share a deadline, and at what run_due costs when ten
// thousand timers fall due together. The exercise: replace the store.
#include "timers/timer_queue.hpp"

#include <algorithm>
#include <memory>
#include <utility>

namespace minode::timers {

TimerQueue& TimerQueue::of(loop::Loop& loop) {
  if (auto* q = dynamic_cast<TimerQueue*>(loop.timer_source())) return *q;
  std::unique_ptr<TimerQueue> owned(new TimerQueue(loop));
  TimerQueue* q = owned.get();
  loop.set_timer_source(std::move(owned));
  return *q;
}

std::uint64_t TimerQueue::next_deadline() const {
  std::uint64_t earliest = loop::kNoDeadline;
  for (Timer* t : queue_) earliest = std::min(earliest, t->deadline_);
  return earliest;
}

void TimerQueue::insert(Timer* t, std::uint64_t deadline) {
  t->deadline_ = deadline;
  t->seq_ = next_seq_++;  // unused by this store
  queue_.push_back(t);
  t->queued_ = true;
}

// Removes queue_[i]: the last timer moves into its place.
void TimerQueue::take(std::size_t i) {
  queue_[i] = queue_.back();
  queue_.pop_back();
}

void TimerQueue::remove(Timer* t) {
  if (t->queued_) {
    auto it = std::find(queue_.begin(), queue_.end(), t);
    if (it != queue_.end()) take(static_cast<std::size_t>(it - queue_.begin()));
  }
  t->queued_ = false;
  if (t->in_batch_) {
    std::replace(batch_.begin(), batch_.end(), t, static_cast<Timer*>(nullptr));
    t->in_batch_ = false;
  }
}

// @anchor run-due
void TimerQueue::run_due(std::uint64_t now) {
  // Take the whole due batch out first, so that a timer started by one of
  // these callbacks (even with timeout 0) waits for the next timers phase.
  std::vector<Timer*> batch;
  for (;;) {
    std::size_t best = queue_.size();
    for (std::size_t i = 0; i < queue_.size(); ++i) {
      if (queue_[i]->deadline_ > now) continue;
      if (best == queue_.size() || queue_[i]->deadline_ < queue_[best]->deadline_) best = i;
    }
    if (best == queue_.size()) break;  // nothing (more) is due
    Timer* t = queue_[best];
    take(best);
    t->queued_ = false;
    t->in_batch_ = true;
    batch.push_back(t);
  }
  batch_.swap(batch);  // (run_due is not re-entered: the loop calls it)
  for (std::size_t i = 0; i < batch_.size(); ++i) {
    Timer* t = batch_[i];
    if (t == nullptr) continue;  // stopped by an earlier callback
    t->in_batch_ = false;
    if (t->repeat_ > 0) {
      t->arm(t->repeat_);  // before the callback, which may stop it (libuv)
    } else {
      t->set_active(false);
    }
    std::function<void()> cb = t->cb_;  // t may be restarted or destroyed
    cb();
  }
  batch_.clear();
}

Timer::Timer(loop::Loop& loop) : Handle(loop), queue_(TimerQueue::of(loop)) {}

Timer::~Timer() { stop(); }

void Timer::arm(std::uint64_t timeout_ms) {
  queue_.remove(this);
  std::uint64_t now = loop().now();
  std::uint64_t deadline = timeout_ms >= loop::kNoDeadline - now ? loop::kNoDeadline - 1
                                                                 : now + timeout_ms;
  queue_.insert(this, deadline);
  set_active(true);
}

void Timer::start(std::uint64_t timeout_ms, std::uint64_t repeat_ms, std::function<void()> cb) {
  if (is_closing()) return;
  cb_ = std::move(cb);
  timeout_ = timeout_ms;
  repeat_ = repeat_ms;
  arm(timeout_ms);
}

void Timer::stop() {
  queue_.remove(this);
  set_active(false);
}

void Timer::refresh() {
  if (is_closing() || !cb_) return;
  arm(timeout_);
}

}  // namespace minode::timers
