// The completion queue: how finished jobs get from the workers to the loop.
//
// What: workers push finished Work here from any thread; the loop thread
// runs their `done` callbacks. This is libuv's loop->wq plus its wq_async
// (src/threadpool.c: worker() and uv__work_done()): a mutex-protected list
// and one wake-up per batch, not one per job.
// Interface:
//  * push(work), from a worker: appends it; if it is the first completion
//    waiting for its loop, posts one drain to that loop's io_context, which
//    wakes the loop's poll phase (Asio's eventfd, like uv_async_send).
//  * drain(loop), on the loop thread (posted by push): takes every waiting
//    completion of that loop and runs each `done`, then frees the job, which
//    ends its request.
// Invariants: a Work is in exactly one place at a time (the pool's queue, a
// worker, or here); at most one drain per loop is posted at a time; `done`
// and the Work's destructor run on the loop thread only.
// Read first: threadpool.hpp. Exercise: exercises/07-completion-queue.
#pragma once
#include <memory>
#include <mutex>
#include <vector>

#include "threadpool/threadpool.hpp"

namespace minode::threadpool {

/// Hands finished jobs from worker threads to their loops (see top).
class CompletionQueue {
 public:
  /// Called by any thread when w has finished (or was cancelled).
  void push(std::unique_ptr<Work> w);
  /// Runs the waiting completions of loop (loop thread only).
  void drain(loop::Loop* loop);

 private:
  std::mutex mu_;
  std::vector<std::unique_ptr<Work>> done_;  // guarded by mu_
  std::vector<loop::Loop*> posted_;          // loops with a drain on the way; guarded by mu_
};

}  // namespace minode::threadpool
