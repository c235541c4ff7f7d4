// The thread pool: where blocking work goes so the loop thread never blocks.
//
// What: a fixed set of worker threads (libuv's threadpool, src/threadpool.c)
// that run jobs with no non-blocking form (file system calls, getaddrinfo)
// and hand each finished job back to its loop, where the job's `done`
// callback runs in the poll phase like any other I/O completion.
// Interface:
//  * ThreadPool::default_pool() is the process's pool: UV_THREADPOOL_SIZE
//    workers (default 4, clamped to 1..1024, as libuv), started on first use.
//  * submit(loop, work, done) queues `work` for a worker; `done(status)` later
//    runs on the loop thread with status 0, or ECANCELED after cancel().
//    The returned id names the job for cancel().
//  * cancel(id) removes a job that no worker has started yet (uv_cancel):
//    its `done` still runs, once, with ECANCELED. A started job can't be
//    cancelled (returns false; it completes normally).
// Invariants (the reason this file exists):
//  * `work` runs on a worker thread and must not touch JavaScript, the loop
//    or anything else the loop thread owns. No JS ever runs off the loop
//    thread: `done` is the only place a job's result meets the engine.
//  * `done` runs exactly once per submitted job, on the loop thread, in the
//    poll phase of the loop the job was submitted to.
//  * A submitted job is a loop request (loop::RequestToken): the loop stays
//    alive from submit() until `done` has returned.
//  * submit() and cancel() are called on the loop thread only.
// Read first: loop/loop.hpp (requests, poll), completion_queue.hpp.
// Chapter: chapters/07-threadpool-and-fs.md.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "loop/loop.hpp"

namespace minode::threadpool {

class CompletionQueue;

/// Names a submitted job (for cancel()). Never 0.
using WorkId = std::uint64_t;

/// The most workers a pool may have (libuv's MAX_THREADPOOL_SIZE).
constexpr std::size_t kMaxThreads = 1024;
/// Workers when UV_THREADPOOL_SIZE is unset or invalid.
constexpr std::size_t kDefaultThreads = 4;

/// Reads UV_THREADPOOL_SIZE the way libuv does: unset, empty or 0 means
/// the default; values are clamped to 1..kMaxThreads.
std::size_t threads_from_env(const char* value);

/// One job: the blocking part, the loop-side completion, and the request
/// that keeps its loop alive meanwhile.
struct Work {
  WorkId id = 0;                       ///< cancel() handle
  loop::Loop* loop = nullptr;          ///< where `done` runs
  std::function<void()> work;          ///< runs on a worker thread
  std::function<void(int)> done;       ///< runs on the loop thread: 0 or ECANCELED
  int status = 0;                      ///< set before `done` runs
  std::unique_ptr<loop::RequestToken> token;  ///< released on the loop thread
};

/// A fixed pool of worker threads. Not copyable.
class ThreadPool {
 public:
  /// A pool of `threads` workers (started lazily, on the first submit()).
  explicit ThreadPool(std::size_t threads = kDefaultThreads);
  /// Stops and joins the workers. Queued jobs that never ran are dropped
  /// without `done` (destroy a pool only when its loops are finished).
  ~ThreadPool();
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  /// The process's pool, sized by UV_THREADPOOL_SIZE. Never destroyed.
  static ThreadPool& default_pool();

  /// Queues work; `done(status)` runs later on `loop`'s thread (see top).
  WorkId submit(loop::Loop& loop, std::function<void()> work, std::function<void(int)> done);
  /// Cancels a job not yet started; true if it was (its done gets ECANCELED).
  bool cancel(WorkId id);

  /// Number of workers.
  std::size_t size() const { return size_; }
  /// Jobs waiting for a worker (for tests and tracing).
  std::size_t queued() const;

 private:
  void start_workers();
  void worker_main();
  void complete(std::unique_ptr<Work> w);

  const std::size_t size_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::unique_ptr<Work>> queue_;  // guarded by mu_
  bool stopping_ = false;                    // guarded by mu_
  std::vector<std::thread> workers_;         // loop thread only
  WorkId next_id_ = 1;                       // loop thread only
  std::unique_ptr<CompletionQueue> completions_;
};

}  // namespace minode::threadpool
