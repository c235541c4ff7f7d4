// Handles (see handle.hpp for the interface).
//
// The bookkeeping rule: whenever active_, ref_ or closing_ changes, compare
// counted() before and after and adjust the loop's active_handles_ by one.
// That single rule is what makes "the process exits when nothing ref'ed is
// left" exact.
#include "loop/handle.hpp"

#include <algorithm>
#include <utility>

namespace minode::loop {

namespace {

void erase_value(std::vector<Handle*>& list, Handle* h) {
  list.erase(std::remove(list.begin(), list.end(), h), list.end());
}

}  // namespace

Handle::~Handle() {
  if (counted()) --loop_.active_handles_;
  if (closing_) {
    // Destroyed before (or while) its close callback ran: forget it.
    erase_value(loop_.closing_, this);
    if (loop_.closing_running_ != nullptr) {
      auto& batch = *loop_.closing_running_;
      std::replace(batch.begin(), batch.end(), this, static_cast<Handle*>(nullptr));
    }
  }
}

void Handle::recount(bool was_counted) {
  bool now_counted = counted();
  if (now_counted && !was_counted) ++loop_.active_handles_;
  if (!now_counted && was_counted) --loop_.active_handles_;
}

void Handle::ref() {
  bool was = counted();
  ref_ = true;
  recount(was);
}

void Handle::unref() {
  bool was = counted();
  ref_ = false;
  recount(was);
}

void Handle::set_active(bool active) {
  bool was = counted();
  active_ = active;
  recount(was);
}

void Handle::close(std::function<void()> on_close) {
  if (closing_) return;
  on_closing();  // the subclass stops its work (and usually set_active(false))
  bool was = counted();
  closing_ = true;
  recount(was);
  close_cb_ = std::move(on_close);
  loop_.closing_.push_back(this);  // a closing handle keeps the loop alive
}

PhaseHandle::PhaseHandle(Loop& loop, Phase phase) : Handle(loop), phase_(phase) {}

PhaseHandle::~PhaseHandle() { stop(); }

std::vector<PhaseHandle*>& PhaseHandle::list() const {
  Loop& l = loop();
  return phase_ == Phase::kIdle ? l.idle_ : phase_ == Phase::kPrepare ? l.prepare_ : l.check_;
}

void PhaseHandle::start(std::function<void()> cb) {
  cb_ = std::move(cb);
  if (is_active() || is_closing()) return;
  list().push_back(this);
  set_active(true);
}

void PhaseHandle::stop() {
  if (!is_active()) return;
  // While the loop iterates this list, leave a hole rather than erase
  // (Loop::run_phase_handles sweeps the holes when the phase ends).
  auto& l = list();
  if (loop().phase_running_ == &l) {
    std::replace(l.begin(), l.end(), this, static_cast<PhaseHandle*>(nullptr));
  } else {
    l.erase(std::remove(l.begin(), l.end(), this), l.end());
  }
  set_active(false);
}

}  // namespace minode::loop
