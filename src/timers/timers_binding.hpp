// internalBinding('timers'): the C++ half of setTimeout and setImmediate.
//
// What: a thin binding over timer_queue.hpp. JS (src/timers/js/internal/
// timers.js) owns the Timeout and Immediate objects and their policy; C++
// owns one Timer handle per armed Timeout and the check/idle handles that
// run the immediate queue.
// Interface (JS):
//   setup(processTimer, processImmediate)  the two JS entry points C++ calls
//   start(id, ms, repeat, ref) -> now      arm (or re-arm) Timeout `id`;
//                                          returns the loop time it counts from
//   stop(id)                               disarm and forget it
//   setRef(id, bool)                       timeout.ref() / unref()
//   toggleImmediateRef(bool)               ref'ed immediates are queued or not
//   immediateInfo                          Uint32Array [count, refCount, hasOutstanding]
//                                          shared with C++ (Node's layout)
//   getLoopTime()                          the loop's cached now (ms)
// Invariants: processTimer(id) runs through engine::make_callback once per
// expiry, so nextTicks and microtasks drain between two timers, as in Node.
// Read first: timer_queue.hpp; then js/internal/timers.js.
#pragma once

namespace minode::timers {

/// Registers internalBinding('timers').
void register_timers_bindings();

}  // namespace minode::timers
