// internalBinding('timers') (see timers_binding.hpp for the interface).
//
// Node keeps every timer in JS and arms a single uv_timer_t for the earliest
// list (src/timers.cc). We keep Node's per-duration lists in JS too, but let
// the C++ store (timer_queue.hpp) order the lists: one Timer per list, keyed
// by the list's duration in ms, armed for its head's expiry. When one
// expires, processList(msecs, now) runs that list's due timers in JS.
// The immediates are in immediates_binding.cpp.
#include "timers/timers_binding.hpp"
#include "timers/immediates_binding.hpp"

#include <cstdint>
#include <memory>
#include <unordered_map>

#include "engine/binding.hpp"
#include "loop/handle.hpp"
#include "loop/loop.hpp"
#include "timers/timer_queue.hpp"

namespace minode::timers {
namespace {

// Indices into timeoutInfo: [0] ref'ed live Timeouts (Node's refCount),
// [1] whether the keep-alive handle is on.
enum TimeoutField { kTimerRefCount = 0, kKeepAliveOn = 1 };

// Keeps the loop alive while ref'ed Timeouts exist. The list Timers are
// unref'ed: one list holds ref'ed and unref'ed timers alike (as in Node,
// whose single uv timer is ref'ed while refCount > 0).
class KeepAlive : public loop::Handle {
 public:
  using loop::Handle::Handle;
  void hold(bool on) { set_active(on); }
};

// Everything the binding holds, one per heap (engine::per_heap: deleted
// with the Engine, before the heap, so its Refs are released in time; the
// loop's callbacks capture the State, never look it up).
struct State {
  duk_context* ctx = nullptr;
  engine::Ref process_list;
  // Its heap pointer (pinned by the Ref; Duktape never moves an object):
  // duk_push_heapptr instead of Ref::push(), whose two stash lookups cost
  // ~1,600 instructions per call.
  void* process_list_ptr = nullptr;
  std::unordered_map<std::uint32_t, std::unique_ptr<Timer>> lists;  // by msecs
  std::unique_ptr<KeepAlive> keep_alive;
  std::uint32_t* timeout_info = nullptr;
};

State& state(duk_context* ctx) { return engine::per_heap<State>(ctx); }

void set_keep_alive(State& s, bool on) {
  s.keep_alive->hold(on);
  s.timeout_info[kKeepAliveOn] = on ? 1 : 0;
}

// The Timer of list `msecs` expired: run its due timers. Like Node's
// RunTimers, call again after a callback threw (and the process survived
// it): the timers behind it are still due in this phase.
void fire_list(State& s, std::uint32_t msecs) {
  double now = static_cast<double>(loop::Loop::default_loop().now());
  bool ok;
  do {
    duk_push_heapptr(s.ctx, s.process_list_ptr);
    duk_push_undefined(s.ctx);
    duk_push_uint(s.ctx, msecs);
    duk_push_number(s.ctx, now);
    ok = engine::make_callback(s.ctx, 2);
  } while (!ok);
  // processList lowers the ref count without telling C++ (see timers.js).
  if (s.timeout_info[kTimerRefCount] == 0 && s.timeout_info[kKeepAliveOn] != 0) {
    set_keep_alive(s, false);
  }
}

duk_ret_t setup(duk_context* ctx) {
  State& s = state(ctx);
  duk_require_function(ctx, 0);
  s.process_list = engine::Ref(ctx, 0);
  s.process_list_ptr = duk_get_heapptr(ctx, 0);
  return 0;
}

// now() -> the clock now, in the loop's ms. Read afresh, not the loop's
// cached now: a timer set after a long synchronous stretch must not fire
// early (Node's getLibuvNow also updates libuv's time first). The loop's
// cached time is left alone, so a timers phase keeps one `now`.
duk_ret_t now(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(loop::Loop::clock_ms()));
  return 1;
}

// arm(msecs, expiry): (re)arms list `msecs` to expire at `expiry` (loop ms).
duk_ret_t arm(duk_context* ctx) {
  State& s = state(ctx);
  auto msecs = static_cast<std::uint32_t>(duk_require_uint(ctx, 0));
  auto expiry = static_cast<std::uint64_t>(duk_require_number(ctx, 1));
  loop::Loop& l = loop::Loop::default_loop();
  std::unique_ptr<Timer>& t = s.lists[msecs];
  if (!t) {
    t = std::make_unique<Timer>(l);
    t->unref();  // KeepAlive decides whether timers keep the loop alive
  }
  std::uint64_t timeout = expiry > l.now() ? expiry - l.now() : 0;
  State* sp = &s;
  t->start(timeout, 0, [sp, msecs] { fire_list(*sp, msecs); });
  return 0;
}

// disarm(msecs): list `msecs` is gone; forget its Timer.
duk_ret_t disarm(duk_context* ctx) {
  state(ctx).lists.erase(static_cast<std::uint32_t>(duk_require_uint(ctx, 0)));
  return 0;
}

duk_ret_t toggle_timer_ref(duk_context* ctx) {
  set_keep_alive(state(ctx), duk_to_boolean(ctx, 0) != 0);
  return 0;
}

}  // namespace

std::uint32_t* put_shared_array(duk_context* ctx, const char* name, duk_size_t n) {
  void* data = duk_push_fixed_buffer(ctx, n * sizeof(std::uint32_t));
  duk_push_buffer_object(ctx, -1, 0, n * sizeof(std::uint32_t), DUK_BUFOBJ_UINT32ARRAY);
  duk_put_prop_string(ctx, -3, name);
  duk_pop(ctx);
  return static_cast<std::uint32_t*>(data);
}

namespace {

void init(duk_context* ctx) {
  State& s = state(ctx);
  s.ctx = ctx;
  loop::Loop& l = loop::Loop::default_loop();
  s.keep_alive = std::make_unique<KeepAlive>(l);
  static const engine::FunctionEntry kFunctions[] = {
      {"setup", setup, 1},
      {"now", now, 0},
      {"arm", arm, 2},
      {"disarm", disarm, 1},
      {"toggleTimerRef", toggle_timer_ref, 1},
      {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  init_immediates(ctx);
  s.timeout_info = put_shared_array(ctx, "timeoutInfo", 2);
}

}  // namespace

void register_timers_bindings() { engine::register_binding("timers", init); }

}  // namespace minode::timers
