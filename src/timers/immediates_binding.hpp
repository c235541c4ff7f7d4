// The setImmediate half of internalBinding('timers') (see timers_binding.hpp
// for the whole interface; this header is only for timers_binding.cpp).
//
// What: the immediate queue and the check phase that runs it. Node keeps the
// queue in JS and calls processImmediate() once per check phase; minode
// keeps the queue in a JS array too (so the Immediates are ordinary JS
// objects, pinned by the heap) but builds, queues and runs them from C++:
// in Duktape, each hop between C++ and JS, and `new` from C++, cost more
// than everything else an immediate does (chapters/03-timers.md).
// Invariants:
//   * immediateInfo[kCount] = immediates queued and neither run nor
//     cleared; [kRefCount] = the ref'ed ones; [kIdleOn] = the idle handle
//     (alive, and poll does not block) is started; Node's [kHasOutstanding]
//     stays 0. JS changes the counts (clearImmediate, ref, unref) and calls
//     toggleImmediateRef when kRefCount leaves or reaches 0.
//   * The queue array holds, in order: finished entries (run or cleared)
//     below `head`, then the immediates still to run. A cleared immediate
//     stays in the array with _onImmediate null and is skipped.
// Read first: timers_binding.hpp; js/internal/timers/immediates.js.
#pragma once
#include <cstdint>

#include <duktape.h>

namespace minode::timers {

/// Puts a Uint32Array of n slots over a fixed buffer as exports[name] (the
/// exports object at the top of the stack) and returns its data, which
/// never moves: C++ keeps a plain pointer to it (the exports object pins
/// the array forever). Defined in timers_binding.cpp.
std::uint32_t* put_shared_array(duk_context* ctx, const char* name, duk_size_t n);

/// Creates the check and idle handles and puts setImmediate,
/// setupImmediates, toggleImmediateRef and immediateInfo on the exports
/// object at the top of the stack.
void init_immediates(duk_context* ctx);

}  // namespace minode::timers
