// internalBinding('timers'): the C++ half of setTimeout and setImmediate.
//
// What: a thin binding over timer_queue.hpp. JS (src/timers/js/internal/
// timers.js) owns the Timeout objects, their lists and their policy; C++
// owns one Timer handle per *list* of Timeouts (one list per duration,
// keyed by its ms) and a keep-alive handle for ref'ed Timeouts. The
// immediates are the exception: their queue and the check phase that runs
// it are C++ (immediates_binding.hpp), the Immediate class JS.
// Interface (JS):
//   setup(processList)                     the JS entry point C++ calls
//   setupImmediates(Immediate, kRefed)     the class setImmediate builds
//   setImmediate(callback, ...args)        the public setImmediate
//   now() -> ms                            the clock now, in the loop's ms
//   arm(msecs, expiry)                     (re)arm list msecs' Timer for the
//                                          loop time `expiry`
//   disarm(msecs)                          the list is gone: drop its Timer
//   toggleTimerRef(bool)                   ref'ed Timeouts exist or not
//   toggleImmediateRef(bool)               ref'ed immediates are queued or not
//   timeoutInfo                            Uint32Array [refCount, keepAliveOn]
//   immediateInfo                          Uint32Array [count, refCount,
//                                          hasOutstanding (stays 0), idleOn]
//   (both shared with C++: JS reads the *On slots to skip calls into C++)
// Invariants: processList(msecs, now) runs through engine::make_callback once
// per list expiry (nextTicks and microtasks drain after it, and between two
// timers inside it, as in Node); `now` is the loop time of the timers phase.
// Read first: timer_queue.hpp; then js/internal/timers.js.
#pragma once

namespace minode::timers {

/// Registers internalBinding('timers').
void register_timers_bindings();

}  // namespace minode::timers
