// The --trace-loop tracer: what the loop did, phase by phase.
//
// What: a loop Observer that prints each phase with work, each callback the
// loop made into JS (kind, function name, where it was scheduled) and each
// nextTick/microtask drain, to stderr; or, with a file name, writes Chrome's
// trace-event JSON (open it in chrome://tracing or ui.perfetto.dev).
// Interface: Tracer::enable(path) (the CLI calls it for --trace-loop[=FILE]);
//   Tracer::instance() is nullptr unless enabled; the JS side reports
//   callbacks through internalBinding('loop').trace*.
// Invariants: disabled tracing costs one null check per phase and one
// boolean test per callback.
// Read first: loop.hpp (Observer). Chapter: chapters/02-event-loop.md § "Watching the loop".
#pragma once
#include <cstdint>
#include <cstdio>
#include <string>

#include "loop/loop.hpp"

namespace minode::loop {

/// Prints or records the default loop's phases and callbacks.
class Tracer : public Observer {
 public:
  /// Turns tracing on for the default loop: text to stderr if json_path is
  /// empty, else Chrome trace-event JSON into that file. Returns false (and
  /// stays off) if the file cannot be opened.
  static bool enable(const std::string& json_path);
  /// The tracer, or nullptr when tracing is off.
  static Tracer* instance();

  void phase_begin(Phase phase) override;
  void phase_end(Phase phase) override;
  void poll_wait(std::int64_t timeout_ms) override;
  /// A callback into JS starts: kind ("timer", "immediate", "tick",
  /// "signal", ...), the function's name, where it was scheduled.
  void callback_begin(const std::string& kind, const std::string& name,
                      const std::string& site);
  /// The callback returned (or threw).
  void callback_end();
  /// A tick drain ran `ticks` nextTicks and (if microtasks) the microtask queue.
  void drained(unsigned ticks, bool microtasks);

 private:
  Tracer(std::FILE* out, bool json) : out_(out), json_(json) {}
  void event(const char* ph, const std::string& name, const char* cat,
             const std::string& args_json);
  std::uint64_t micros() const;

  std::FILE* out_;
  bool json_;
  bool first_event_ = true;
  int depth_ = 0;  // text mode: indentation
};

}  // namespace minode::loop
