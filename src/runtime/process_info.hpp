// Facts about this process that `process` exposes: memory, clocks, output.
//
// What: the C++ core of the runtime layer. No Duktape here (testable alone).
// Interface: resident_set_bytes(), hrtime_ns(), uptime_seconds(), write_all().
// Invariant: write_all() either writes every byte or reports why not; it is
// how process.stdout.write guarantees that output is never lost when the
// script exits right after writing, even on a non-blocking pipe.
// Read first: src/runtime/js/internal/bootstrap/node.js (the JS side).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>

namespace minode::runtime {

/// Resident set size in bytes (from /proc/self/statm), or 0 if unknown.
std::size_t resident_set_bytes();

/// Monotonic time in nanoseconds (arbitrary origin), for process.hrtime().
std::uint64_t hrtime_ns();

/// Seconds since the process started (process.uptime()).
double uptime_seconds();

/// Writes all len bytes to fd, retrying on EINTR and waiting (poll) on
/// EAGAIN. Returns 0 on success or the errno that stopped it.
int write_all(int fd, const char* data, std::size_t len);

/// Absolute path of the running executable (process.execPath).
std::string executable_path();

}  // namespace minode::runtime
