// internalBinding('timers') (see timers_binding.hpp for the interface).
//
// Node keeps every timer in JS and arms a single uv_timer_t for the earliest
// (src/timers.cc); we keep the store in C++ (timer_queue.hpp), so each armed
// Timeout is one Timer here, found by the numeric id JS gave it. JS keeps
// the id -> Timeout map; C++ only ever hands the id back.
#include "timers/timers_binding.hpp"

#include <cstdint>
#include <memory>
#include <unordered_map>

#include "engine/binding.hpp"
#include "loop/handle.hpp"
#include "loop/loop.hpp"
#include "timers/timer_queue.hpp"

namespace minode::timers {
namespace {

// Indices into immediateInfo: must match kCount, kRefCount and
// kHasOutstanding in js/internal/timers.js.
enum ImmediateField { kCount = 0, kRefCount = 1, kHasOutstanding = 2 };

// Everything the binding holds. Deliberately leaked: it lives as long as
// the process, and must not run destructors after the heap is gone.
struct State {
  duk_context* ctx = nullptr;
  engine::Ref process_timer;
  engine::Ref process_immediate;
  // The two functions' heap pointers (pinned by the Refs above; Duktape
  // never moves an object): duk_push_heapptr instead of Ref::push(), whose
  // two stash lookups cost ~1,600 instructions per timer or check phase.
  void* process_timer_ptr = nullptr;
  void* process_immediate_ptr = nullptr;
  std::unordered_map<std::uint32_t, std::unique_ptr<Timer>> timers;
  std::unique_ptr<loop::PhaseHandle> check;  // runs immediates (unref'ed)
  std::unique_ptr<loop::PhaseHandle> idle;   // keeps poll from blocking
  std::uint32_t* immediate_info = nullptr;
};

State& state() {
  static State* s = new State();
  return *s;
}

// A Timeout expired: call processTimer(id), then forget a one-shot timer
// unless its callback re-armed it (timeout.refresh()).
void fire_timer(std::uint32_t id) {
  State& s = state();
  duk_push_heapptr(s.ctx, s.process_timer_ptr);
  duk_push_undefined(s.ctx);
  duk_push_uint(s.ctx, id);
  engine::make_callback(s.ctx, 1);
  auto it = s.timers.find(id);
  if (it != s.timers.end() && !it->second->is_active()) s.timers.erase(it);
}

// The check phase: run the immediate queue if there is one (Node's
// CheckImmediate in src/env.cc).
void check_immediates() {
  State& s = state();
  if (s.immediate_info[kCount] == 0 && s.immediate_info[kHasOutstanding] == 0) return;
  duk_push_heapptr(s.ctx, s.process_immediate_ptr);
  duk_push_undefined(s.ctx);
  engine::make_callback(s.ctx, 0);
  if (s.immediate_info[kRefCount] == 0) s.idle->stop();
}

duk_ret_t setup(duk_context* ctx) {
  State& s = state();
  duk_require_function(ctx, 0);
  duk_require_function(ctx, 1);
  s.process_timer = engine::Ref(ctx, 0);
  s.process_immediate = engine::Ref(ctx, 1);
  s.process_timer_ptr = duk_get_heapptr(ctx, 0);
  s.process_immediate_ptr = duk_get_heapptr(ctx, 1);
  return 0;
}

duk_ret_t start(duk_context* ctx) {
  State& s = state();
  auto id = static_cast<std::uint32_t>(duk_require_uint(ctx, 0));
  double ms = duk_require_number(ctx, 1);
  double repeat = duk_get_number_default(ctx, 2, 0);
  bool ref = duk_get_boolean_default(ctx, 3, true);
  // Count from now, not from the loop's cached clock: a timer set after a
  // long synchronous stretch must not fire early (Node's GetNowUint64 also
  // updates libuv's time first).
  loop::Loop::default_loop().update_time();
  std::unique_ptr<Timer>& t = s.timers[id];
  if (!t) t = std::make_unique<Timer>(loop::Loop::default_loop());
  if (ref) t->ref(); else t->unref();
  t->start(static_cast<std::uint64_t>(ms), static_cast<std::uint64_t>(repeat),
           [id] { fire_timer(id); });
  // Returns the loop time the timer counts from (timeout._idleStart): one
  // call into C++ per setTimeout instead of two (start + getLoopTime).
  duk_push_number(ctx, static_cast<double>(t->loop().now()));
  return 1;
}

duk_ret_t stop(duk_context* ctx) {
  state().timers.erase(static_cast<std::uint32_t>(duk_require_uint(ctx, 0)));
  return 0;
}

duk_ret_t set_ref(duk_context* ctx) {
  State& s = state();
  auto it = s.timers.find(static_cast<std::uint32_t>(duk_require_uint(ctx, 0)));
  if (it == s.timers.end()) return 0;
  if (duk_to_boolean(ctx, 1)) it->second->ref(); else it->second->unref();
  return 0;
}

duk_ret_t toggle_immediate_ref(duk_context* ctx) {
  State& s = state();
  if (duk_to_boolean(ctx, 0)) {
    s.idle->start([] {});  // an active idle handle: alive, and poll won't block
  } else {
    s.idle->stop();
  }
  return 0;
}

duk_ret_t get_loop_time(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(loop::Loop::default_loop().now()));
  return 1;
}

void init(duk_context* ctx) {
  State& s = state();
  s.ctx = ctx;
  loop::Loop& l = loop::Loop::default_loop();
  s.check = std::make_unique<loop::PhaseHandle>(l, loop::Phase::kCheck);
  s.idle = std::make_unique<loop::PhaseHandle>(l, loop::Phase::kIdle);
  s.check->start(check_immediates);
  s.check->unref();  // immediates keep the loop alive through `idle`, if ref'ed
  static const engine::FunctionEntry kFunctions[] = {
      {"setup", setup, 2},
      {"start", start, 4},
      {"stop", stop, 1},
      {"setRef", set_ref, 2},
      {"toggleImmediateRef", toggle_immediate_ref, 1},
      {"getLoopTime", get_loop_time, 0},
      {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  // A Uint32Array over a fixed buffer: its data never moves, so C++ keeps a
  // plain pointer to it (the exports object pins the array forever).
  void* data = duk_push_fixed_buffer(ctx, 3 * sizeof(std::uint32_t));
  duk_push_buffer_object(ctx, -1, 0, 3 * sizeof(std::uint32_t), DUK_BUFOBJ_UINT32ARRAY);
  duk_put_prop_string(ctx, -3, "immediateInfo");
  duk_pop(ctx);
  s.immediate_info = static_cast<std::uint32_t*>(data);
}

}  // namespace

void register_timers_bindings() { engine::register_binding("timers", init); }

}  // namespace minode::timers
