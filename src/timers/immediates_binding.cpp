// setImmediate's queue and check phase (see immediates_binding.hpp).
//
// Node's split: setImmediate() is `new Immediate` plus a list append in JS
// (lib/timers.js), and its C++ (CheckImmediate in src/env.cc) calls
// processImmediate() in JS once per check phase, which calls each
// immediate's callback. Here set_immediate() builds and queues the
// Immediate, and run_immediates() is processImmediate: same steps, same
// order, but each callback is called straight from C++ through
// engine::make_callback, whose tick hook is Node's runNextTicks() between
// two immediates. In a chain of immediates (each queueing the next) that
// saves a JS frame and `new` per iteration: ~18,000 -> ~9,000 instructions.
#include "timers/immediates_binding.hpp"

#include <cstdint>
#include <memory>

#include "engine/binding.hpp"
#include "loop/handle.hpp"
#include "loop/loop.hpp"
#include "loop/trace.hpp"

namespace minode::timers {
namespace {

// Indices into immediateInfo (Node's layout, plus kIdleOn).
// (kHasOutstanding stays 0: a batch never stops half way here.)
enum ImmediateField { kCount = 0, kRefCount = 1, kIdleOn = 3, kSlots = 4 };

// A run-through front of the queue is cut off once it is this long and at
// least half the array: a chain does not grow the array, and cutting costs
// one move per immediate still queued (usually one).
constexpr duk_uarridx_t kCompactAt = 1024;

// Everything the immediates hold, one per heap (engine::per_heap, like the
// timers' State); the check-phase callback captures it.
struct Immediates {
  duk_context* ctx = nullptr;
  std::unique_ptr<loop::PhaseHandle> check;  // runs the queue (unref'ed)
  std::unique_ptr<loop::PhaseHandle> idle;   // alive, and poll won't block
  std::uint32_t* info = nullptr;
  engine::Ref pins;  // [Immediate, its prototype, queue, keys...]
  // Heap pointers pinned by `pins` (Duktape never moves a heap object):
  // duk_push_heapptr and duk_*_prop_heapptr skip interning a key per use.
  void* ctor = nullptr;   // the JS Immediate: the slow path
  void* proto = nullptr;  // Immediate.prototype
  void* queue = nullptr;  // the array of Immediates
  void* key_on_immediate = nullptr;
  void* key_argv = nullptr;
  void* key_refed = nullptr;  // the kRefed symbol
  void* key_trace_site = nullptr;
  duk_uarridx_t head = 0;  // first entry not finished
  loop::Tracer* tracer = nullptr;
};

Immediates& self(duk_context* ctx) { return engine::per_heap<Immediates>(ctx); }

void set_idle(Immediates& s, bool on) {
  if (on) {
    s.idle->start([] {});
  } else {
    s.idle->stop();
  }
  s.info[kIdleOn] = on ? 1 : 0;
}

// setImmediate(callback, ...args) -> Immediate: what `new Immediate` plus
// the append did in JS. The own properties are the callback and, if there
// are any, the arguments (the rest default on Immediate.prototype). The JS
// constructor still runs when the callback is not a function (it throws
// ERR_INVALID_ARG_TYPE) or under --trace-loop (it records the call site).
// @anchor set-immediate
duk_ret_t set_immediate(duk_context* ctx) {
  Immediates& s = self(ctx);
  duk_idx_t n = duk_get_top(ctx);
  if (n == 0) duk_push_undefined(ctx), n = 1;  // setImmediate(): the constructor throws
  if (duk_is_function(ctx, 0) && s.tracer == nullptr) {
    duk_push_object(ctx);
    duk_push_heapptr(ctx, s.proto);
    duk_set_prototype(ctx, -2);
    duk_dup(ctx, 0);
    duk_put_prop_heapptr(ctx, -2, s.key_on_immediate);
    if (n > 1) {
      engine::push_rest_array(ctx, 1, n);
      duk_put_prop_heapptr(ctx, -2, s.key_argv);
    }
  } else {
    duk_push_heapptr(ctx, s.ctor);
    duk_dup(ctx, 0);
    engine::push_rest_array(ctx, 1, n);
    duk_new(ctx, 2);
  }
  duk_push_heapptr(ctx, s.queue);
  duk_dup(ctx, -2);
  duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(duk_get_length(ctx, -2)));
  duk_pop(ctx);
  ++s.info[kCount];
  if (s.info[kRefCount]++ == 0 && s.info[kIdleOn] == 0) set_idle(s, true);
  return 1;
}

// Calls [fn this args...] like make_callback, inside a --trace-loop
// callback span (closed before the error, if any, is reported).
void call_traced(Immediates& s, duk_idx_t nargs) {
  duk_context* ctx = s.ctx;
  duk_idx_t fn = duk_get_top(ctx) - 2 - nargs;  // and the Immediate below it
  duk_get_prop_string(ctx, fn, "name");
  const char* name = duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "";
  duk_get_prop_heapptr(ctx, fn - 1, s.key_trace_site);
  s.tracer->callback_begin("immediate", *name != '\0' ? name : "(anonymous)",
                           duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "");
  duk_pop_2(ctx);
  bool ok = duk_pcall_method(ctx, nargs) == DUK_EXEC_SUCCESS;
  s.tracer->callback_end();
  if (ok) duk_pop(ctx); else engine::report_uncaught(ctx);
  engine::run_tick_hook(ctx);
}

// Whether the Immediate at idx counts in kRefCount. The counts answer
// without a property lookup unless some queued immediates are ref'ed and
// some are not.
bool is_refed(Immediates& s, duk_idx_t idx) {
  std::uint32_t refed = s.info[kRefCount];
  if (refed == s.info[kCount]) return true;
  if (refed == 0) return false;
  duk_get_prop_heapptr(s.ctx, idx, s.key_refed);
  bool on = duk_to_boolean(s.ctx, -1) != 0;
  duk_pop(s.ctx);
  return on;
}

// Runs the Immediate at the top of the stack (and pops it), unless it was
// cleared.
void run_one(Immediates& s) {
  duk_context* ctx = s.ctx;
  duk_get_prop_heapptr(ctx, -1, s.key_on_immediate);  // [imm fn]
  if (!duk_is_function(ctx, -1)) {  // cleared: clearImmediate nulls it
    duk_pop_2(ctx);
    return;
  }
  // Destroyed from now on: _destroyed reads `_onImmediate === null` (an
  // accessor on Immediate.prototype), which saves adding an own property.
  duk_push_null(ctx);
  duk_put_prop_heapptr(ctx, -3, s.key_on_immediate);
  if (is_refed(s, -2)) --s.info[kRefCount];
  --s.info[kCount];
  duk_dup(ctx, -2);  // [imm fn imm]: `this` is the Immediate
  duk_idx_t nargs = 0;
  duk_get_prop_heapptr(ctx, -3, s.key_argv);  // [imm fn imm argv]
  if (duk_is_array(ctx, -1)) {
    duk_idx_t argv = duk_get_top_index(ctx);
    nargs = static_cast<duk_idx_t>(duk_get_length(ctx, argv));
    duk_require_stack(ctx, nargs);
    for (duk_idx_t i = 0; i < nargs; ++i) duk_get_prop_index(ctx, argv, static_cast<duk_uarridx_t>(i));
    duk_remove(ctx, argv);
  } else {
    duk_pop(ctx);
  }
  if (s.tracer == nullptr) {
    engine::make_callback(ctx, nargs);
  } else {
    call_traced(s, nargs);
  }
  duk_pop(ctx);  // [imm]
}

// The finished batch q[head .. end) leaves the queue: all of it if nothing
// was queued meanwhile, else by moving the rest down once the finished
// front is long (see kCompactAt).
void drop_batch(Immediates& s, duk_idx_t q, duk_uarridx_t end) {
  duk_context* ctx = s.ctx;
  auto length = static_cast<duk_uarridx_t>(duk_get_length(ctx, q));
  s.head = end;
  if (end == length) {
    duk_set_length(ctx, q, 0);
    s.head = 0;
  } else if (end >= kCompactAt && end * 2 >= length) {
    for (duk_uarridx_t i = end; i < length; ++i) {
      duk_get_prop_index(ctx, q, i);
      duk_put_prop_index(ctx, q, i - end);
    }
    duk_set_length(ctx, q, length - end);
    s.head = 0;
  }
}

// Node's processImmediate: runs the immediates queued before this check
// phase began (those queued meanwhile wait for the next one), with the
// nextTick and microtask queues drained after each. One that throws is
// reported as uncaught (make_callback); if the process survives it, the
// rest of the batch still runs in this check phase, as in Node (whose
// CheckImmediate calls processImmediate again while kHasOutstanding).
// @anchor run-immediates
void run_immediates(Immediates& s) {
  duk_context* ctx = s.ctx;
  duk_push_heapptr(ctx, s.queue);
  duk_idx_t q = duk_get_top_index(ctx);
  auto end = static_cast<duk_uarridx_t>(duk_get_length(ctx, q));
  for (duk_uarridx_t i = s.head; i < end; ++i) {
    duk_get_prop_index(ctx, q, i);
    run_one(s);
  }
  drop_batch(s, q, end);
  duk_pop(ctx);
}

// The check phase (Node's CheckImmediate in src/env.cc).
void check_immediates(Immediates& s) {
  if (s.info[kCount] == 0) return;
  run_immediates(s);
  if (s.info[kRefCount] == 0) set_idle(s, false);
}

// Pins the value at the top of the stack as pins[slot]; returns its heap pointer.
void* pin(duk_context* ctx, duk_idx_t pins, duk_uarridx_t slot) {
  void* ptr = duk_get_heapptr(ctx, -1);
  duk_put_prop_index(ctx, pins, slot);
  return ptr;
}

// setupImmediates(Immediate, kRefed)
duk_ret_t setup_immediates(duk_context* ctx) {
  Immediates& s = self(ctx);
  duk_require_function(ctx, 0);
  duk_require_heapptr(ctx, 1);
  duk_push_array(ctx);  // what C++ keeps, pinned together
  duk_idx_t pins = duk_get_top_index(ctx);
  duk_dup(ctx, 0);
  s.ctor = pin(ctx, pins, 0);
  duk_get_prop_string(ctx, 0, "prototype");
  s.proto = pin(ctx, pins, 1);
  duk_push_array(ctx);
  s.queue = pin(ctx, pins, 2);
  duk_dup(ctx, 1);
  s.key_refed = pin(ctx, pins, 3);
  duk_push_literal(ctx, "_onImmediate");
  s.key_on_immediate = pin(ctx, pins, 4);
  duk_push_literal(ctx, "_argv");
  s.key_argv = pin(ctx, pins, 5);
  duk_push_literal(ctx, "_traceSite");
  s.key_trace_site = pin(ctx, pins, 6);
  s.pins = engine::Ref(ctx, pins);
  return 0;
}

duk_ret_t toggle_immediate_ref(duk_context* ctx) {
  set_idle(self(ctx), duk_to_boolean(ctx, 0) != 0);
  return 0;
}

}  // namespace

void init_immediates(duk_context* ctx) {
  Immediates& s = self(ctx);
  s.ctx = engine::main_context(ctx);
  s.tracer = loop::Tracer::instance();
  loop::Loop& l = loop::Loop::default_loop();
  s.check = std::make_unique<loop::PhaseHandle>(l, loop::Phase::kCheck);
  s.idle = std::make_unique<loop::PhaseHandle>(l, loop::Phase::kIdle);
  Immediates* sp = &s;
  s.check->start([sp] { check_immediates(*sp); });
  s.check->unref();  // immediates keep the loop alive through `idle`, if ref'ed
  static const engine::FunctionEntry kFunctions[] = {
      {"setupImmediates", setup_immediates, 2},
      {"setImmediate", set_immediate, DUK_VARARGS},
      {"toggleImmediateRef", toggle_immediate_ref, 1},
      {nullptr, nullptr, 0},
  };
  engine::put_functions(ctx, -1, kFunctions);
  s.info = put_shared_array(ctx, "immediateInfo", kSlots);
}

}  // namespace minode::timers
