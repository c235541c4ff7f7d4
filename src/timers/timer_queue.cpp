// Timers (see timer_queue.hpp for the interface and invariants).
//
// Why a std::set and not a heap? Both give O(log n) start and stop; the set
// lets stop() remove any entry by its key without tracking heap indices, and
// its first element is the earliest deadline. libuv uses an intrusive binary
// heap (src/heap-inl.h); Node keeps one linked list per duration plus a
// priority queue of lists (lib/internal/timers.js). Exercise: replace the set.
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
  return queue_.empty() ? loop::kNoDeadline : queue_.begin()->deadline;
}

void TimerQueue::insert(Timer* t, std::uint64_t deadline) {
  t->deadline_ = deadline;
  t->seq_ = next_seq_++;  // the tie-breaker: start order
  queue_.insert(Entry{deadline, t->seq_, t});
  t->queued_ = true;
}

void TimerQueue::remove(Timer* t) {
  if (t->queued_) queue_.erase(Entry{t->deadline_, t->seq_, t});
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
  while (!queue_.empty() && queue_.begin()->deadline <= now) {
    Timer* t = queue_.begin()->timer;
    queue_.erase(queue_.begin());
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
