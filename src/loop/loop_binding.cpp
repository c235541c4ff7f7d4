// internalBinding('loop') and internalBinding('signal_wrap'), and the
// runtime's loop entry (see loop_binding.hpp).
#include "loop/loop_binding.hpp"

#include <csignal>
#include <map>
#include <memory>
#include <vector>

#include "engine/binding.hpp"
#include "loop/loop.hpp"
#include "loop/signal.hpp"
#include "loop/trace.hpp"

namespace minode::loop {
namespace {

// ---- internalBinding('loop') ------------------------------------------

duk_ret_t trace_begin(duk_context* ctx) {
  if (Tracer* t = Tracer::instance()) {
    t->callback_begin(duk_safe_to_string(ctx, 0), duk_safe_to_string(ctx, 1),
                      duk_is_string(ctx, 2) ? duk_get_string(ctx, 2) : "");
  }
  return 0;
}

duk_ret_t trace_end(duk_context* ctx) {
  if (Tracer* t = Tracer::instance()) t->callback_end();
  return 0;
}

duk_ret_t trace_drained(duk_context* ctx) {
  if (Tracer* t = Tracer::instance()) {
    t->drained(static_cast<unsigned>(duk_to_uint(ctx, 0)), duk_to_boolean(ctx, 1));
  }
  return 0;
}

duk_ret_t now(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Loop::default_loop().now()));
  return 1;
}

duk_ret_t iteration(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(Loop::default_loop().iteration()));
  return 1;
}

// A native trampoline for JS functions taking `...rest`. In Duktape, a
// function that mentions `arguments` pays ~2 us per call to build it (the
// whole nextTick costs less), so setTimeout & co. are written as
// impl(a, b, rest) and called through this: C++ knows the argument count
// for free (duk_get_top) and packs the extras into an array, or passes
// undefined when there are none.
//
// Each trampoline finds its target through its magic number, an index into
// rest_targets(): reading two hidden properties off the current function
// instead cost ~1,500 instructions per call (each duk_get_prop_string
// interns its key). The target stays pinned as a hidden property of the
// trampoline, and Duktape never moves a heap object, so the pointer stays valid
// for as long as the trampoline can be called.
struct RestTarget {
  void* target;     // the JS impl (duk_get_heapptr)
  duk_idx_t fixed;  // how many leading arguments it takes one by one
  bool construct;   // call it with `new` (saves a JS wrapper around `new`)
};

std::vector<RestTarget>& rest_targets() {
  static std::vector<RestTarget> targets;
  return targets;
}

duk_ret_t rest_trampoline(duk_context* ctx) {
  duk_idx_t n = duk_get_top(ctx);
  const RestTarget& t = rest_targets()[static_cast<std::size_t>(duk_get_current_magic(ctx))];
  duk_idx_t fixed = t.fixed;
  duk_push_heapptr(ctx, t.target);
  if (!t.construct) duk_push_this(ctx);
  for (duk_idx_t i = 0; i < fixed; ++i) {
    if (i < n) duk_dup(ctx, i); else duk_push_undefined(ctx);
  }
  engine::push_rest_array(ctx, fixed, n);
  if (t.construct) {
    duk_new(ctx, fixed + 1);
  } else {
    duk_call_method(ctx, fixed + 1);
  }
  return 1;
}

// withRest(impl, fixed, name[, construct]): a function that calls
// impl(first `fixed` arguments, [the rest] or undefined), or with
// `construct`, new impl(...) (setImmediate is `new Immediate`).
duk_ret_t with_rest(duk_context* ctx) {
  duk_require_function(ctx, 0);
  duk_idx_t fixed = duk_require_int(ctx, 1);
  std::vector<RestTarget>& targets = rest_targets();
  if (targets.size() >= 0x7fff) {  // the magic number is a signed 16-bit value
    engine::throw_error(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE", "too many withRest functions");
  }
  duk_push_c_function(ctx, rest_trampoline, DUK_VARARGS);
  duk_set_magic(ctx, -1, static_cast<duk_int_t>(targets.size()));
  targets.push_back(RestTarget{duk_get_heapptr(ctx, 0), fixed, duk_to_boolean(ctx, 3) != 0});
  duk_dup(ctx, 0);
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("target"));  // pins the target
  duk_push_string(ctx, "name");
  duk_dup(ctx, 2);
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  return 1;
}

// process.nextTick(callback, ...args), natively: appends the triple
// (callback, [args] or undefined, undefined) to task_queues.js's queue and
// raises tickInfo[kHasTickScheduled], what nextTickImpl does in JS, without
// a call into JS (~4,000 instructions of a ~9,300-instruction nextTick in a
// chain). The JS impl still runs for a callback that is not a function (its
// error), under --trace-loop (its call site) and once 'exit' was emitted
// (process._exiting: nextTick is then a no-op).
struct NextTick {
  void* impl = nullptr;     // nextTickImpl(callback, args)
  void* queue = nullptr;    // the flat queue array
  void* process = nullptr;  // the process object
  void* key_exiting = nullptr;
  bool tracing = false;
};

NextTick& next_tick_state() {
  static NextTick* s = new NextTick();
  return *s;
}

// @anchor native-next-tick
duk_ret_t next_tick(duk_context* ctx) {
  const NextTick& s = next_tick_state();
  duk_idx_t n = duk_get_top(ctx);
  bool fast = n > 0 && duk_is_function(ctx, 0) && !s.tracing;
  if (fast) {
    duk_push_heapptr(ctx, s.process);
    duk_get_prop_heapptr(ctx, -1, s.key_exiting);
    fast = !duk_to_boolean(ctx, -1);
    duk_pop_2(ctx);
  }
  if (!fast) {  // the JS impl decides (it may throw, or drop the tick)
    duk_push_heapptr(ctx, s.impl);
    duk_push_undefined(ctx);
    if (n > 0) duk_dup(ctx, 0); else duk_push_undefined(ctx);
    engine::push_rest_array(ctx, 1, n);
    duk_call_method(ctx, 2);
    return 0;
  }
  duk_push_heapptr(ctx, s.queue);
  auto at = static_cast<duk_uarridx_t>(duk_get_length(ctx, -1));
  duk_dup(ctx, 0);
  duk_put_prop_index(ctx, -2, at);
  engine::push_rest_array(ctx, 1, n);
  duk_put_prop_index(ctx, -2, at + 1);
  duk_push_undefined(ctx);  // no call site
  duk_put_prop_index(ctx, -2, at + 2);
  engine::tick_info()[engine::kHasTickScheduled] = 1;
  return 0;
}

// makeNextTick(nextTickImpl, queue, process) -> nextTick (see next_tick).
duk_ret_t make_next_tick(duk_context* ctx) {
  NextTick& s = next_tick_state();
  duk_require_function(ctx, 0);
  duk_require_object(ctx, 1);
  duk_require_object(ctx, 2);
  s.impl = duk_get_heapptr(ctx, 0);
  s.queue = duk_get_heapptr(ctx, 1);
  s.process = duk_get_heapptr(ctx, 2);
  s.tracing = Tracer::instance() != nullptr;
  duk_push_c_function(ctx, next_tick, DUK_VARARGS);
  // Pins what C++ points to (heap objects never move).
  duk_dup(ctx, 0);
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("impl"));
  duk_dup(ctx, 1);
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("queue"));
  duk_push_literal(ctx, "_exiting");
  s.key_exiting = duk_get_heapptr(ctx, -1);
  duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("key"));
  duk_push_string(ctx, "name");
  duk_push_string(ctx, "nextTick");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_CONFIGURABLE);
  return 1;
}

void init_loop(duk_context* ctx) {
  static const engine::FunctionEntry kFunctions[] = {
      {"traceBegin", trace_begin, 3}, {"traceEnd", trace_end, 0},
      {"traceDrained", trace_drained, 2}, {"now", now, 0},
      {"iteration", iteration, 0},    {"withRest", with_rest, 4},
      {"makeNextTick", make_next_tick, 3},
      {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  duk_push_boolean(ctx, Tracer::instance() != nullptr);
  duk_put_prop_string(ctx, -2, "traceEnabled");
}

// ---- internalBinding('signal_wrap') -----------------------------------

// Leaked on purpose: must not run destructors after the heap is gone.
struct SignalState {
  duk_context* ctx = nullptr;
  engine::Ref on_signal;
  std::map<int, std::unique_ptr<Signal>> watchers;
};

SignalState& signal_state() {
  static SignalState* s = new SignalState();
  return *s;
}

void deliver(int signum) {
  SignalState& s = signal_state();
  s.on_signal.push();
  duk_push_undefined(s.ctx);
  duk_push_int(s.ctx, signum);
  engine::make_callback(s.ctx, 1);
}

duk_ret_t signal_setup(duk_context* ctx) {
  signal_state().on_signal = engine::Ref(ctx, 0);
  return 0;
}

duk_ret_t signal_start(duk_context* ctx) {
  int signum = duk_require_int(ctx, 0);
  if (signum == SIGKILL || signum == SIGSTOP) {
    engine::throw_errno_error(ctx, EINVAL, "uv_signal_start");
  }
  auto& w = signal_state().watchers[signum];
  if (!w) w = std::make_unique<Signal>(Loop::default_loop());
  w->start(signum, deliver);
  w->unref();  // a signal listener does not keep the process alive (Node)
  return 0;
}

duk_ret_t signal_stop(duk_context* ctx) {
  signal_state().watchers.erase(duk_require_int(ctx, 0));
  return 0;
}

duk_ret_t signal_kill(duk_context* ctx) {
  int pid = duk_require_int(ctx, 0);
  int sig = duk_require_int(ctx, 1);
  duk_push_int(ctx, ::kill(pid, sig) == 0 ? 0 : -errno);
  return 1;
}

duk_ret_t signal_errname(duk_context* ctx) {
  duk_push_string(ctx, engine::errno_name(-duk_require_int(ctx, 0)));
  return 1;
}

void init_signal_wrap(duk_context* ctx) {
  signal_state().ctx = ctx;
  static const engine::FunctionEntry kFunctions[] = {
      {"setup", signal_setup, 1}, {"start", signal_start, 1},
      {"stop", signal_stop, 1},   {"kill", signal_kill, 2},
      {"errname", signal_errname, 1}, {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  duk_push_object(ctx);
  for (const auto& entry : signal_table()) {
    duk_push_int(ctx, entry.second);
    duk_put_prop_string(ctx, -2, entry.first);
  }
  duk_put_prop_string(ctx, -2, "signals");
}

}  // namespace

void register_loop_bindings() {
  engine::register_binding("loop", init_loop);
  engine::register_binding("signal_wrap", init_signal_wrap);
}

// @anchor spin-event-loop
void spin_event_loop(const std::function<void()>& emit_before_exit) {
  Loop& loop = Loop::default_loop();
  bool more;
  do {
    loop.run();
    emit_before_exit();  // 'beforeExit' listeners may schedule more work
    more = loop.alive();
  } while (more);
}

bool enable_trace(const std::string& json_path) { return Tracer::enable(json_path); }

}  // namespace minode::loop
