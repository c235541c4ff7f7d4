// Running a program: from parsed options to an exit code.
#pragma once
#include "cli/options.hpp"

namespace minode::cli {
/// Creates the engine, bootstraps the JS environment, runs the program and
/// the event loop, emits 'beforeExit'/'exit'; returns the exit code.
int run(const Options& options, const char* argv0);
}  // namespace minode::cli
