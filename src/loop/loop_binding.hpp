// The loop layer's bindings and the runtime's entry into the loop.
//
// What: internalBinding('loop') (the tracer's JS side, the loop clock),
// internalBinding('signal_wrap') (process.on('SIGINT'), process.kill) and
// spin_event_loop(), which src/cli/run.cpp calls after the main script.
// Interface (JS), internalBinding('loop'):
//   traceEnabled (bool), traceBegin(kind, name, site), traceEnd(),
//   traceDrained(ticks, microtasks), now() -> loop ms, iteration(),
//   withRest(impl, fixed, name[, construct]) -> fn: fn(a, b, ...rest) calls
//     impl(a, b, rest), or new impl(a, b, rest) if construct
//   makeNextTick(nextTickImpl, queue, process) -> the native process.nextTick
// internalBinding('signal_wrap'):
//   setup(onSignal(signum)), start(signum), stop(signum),
//   kill(pid, signum) -> 0 or -errno, errname(-errno) -> "ESRCH",
//   signals -> { SIGHUP: 1, ... }
// Read first: loop.hpp, signal.hpp; js/internal/process/signals.js.
#pragma once
#include <functional>
#include <string>

namespace minode::loop {

/// Registers internalBinding('loop') and internalBinding('signal_wrap').
void register_loop_bindings();

/// Node's SpinEventLoop: runs the default loop until it is empty, then calls
/// emit_before_exit() (which emits 'beforeExit' and drains ticks); if that
/// made the loop alive again, runs it again, and so on. Returns when the
/// loop is empty right after a 'beforeExit'. process.exit() never returns here.
void spin_event_loop(const std::function<void()>& emit_before_exit);

/// Turns on --trace-loop (json_path empty: text to stderr). Call before the
/// bootstrap runs JS. Returns false if the JSON file cannot be created.
bool enable_trace(const std::string& json_path);

}  // namespace minode::loop
