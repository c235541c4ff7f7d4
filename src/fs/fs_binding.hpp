// internalBinding('fs'): the fs core exposed to JavaScript.
//
// What: one function per fs operation. Each takes its arguments and, last,
// an optional callback: without one the call runs at once and throws a
// Node-shaped system error (fs.*Sync); with one it runs on the thread pool
// and the callback gets (err) or (null, value) in the poll phase.
// Interface: register_fs_bindings() (called from src/cli/layers.cpp); the
// JS side is src/fs/js/fs.js and src/fs/js/internal/fs/*.js.
// Invariants: see fs_request.hpp (one Req per call, deleted on the loop
// thread) and threadpool.hpp (no JS off the loop thread).
// Read first: fs_ops.hpp, then fs_binding.cpp. Chapter: chapters/07-threadpool-and-fs.md.
#pragma once

namespace minode::fs {

/// Registers internalBinding('fs').
void register_fs_bindings();

}  // namespace minode::fs
