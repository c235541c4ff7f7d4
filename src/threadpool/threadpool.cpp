// The thread pool (see threadpool.hpp for the interface and invariants).
//
// Read side by side with libuv's src/threadpool.c: worker() is worker_main(),
// uv__work_submit() is submit(), uv__work_cancel() is cancel(). What libuv
// does and we don't: it keeps a separate "slow I/O" lane (at most half the
// workers run slow jobs such as DNS lookups) so that they can't starve file
// system calls. The chapter's "Real world" section discusses it.
#include "threadpool/threadpool.hpp"

#include <cerrno>
#include <cstdlib>
#include <utility>

#include "threadpool/completion_queue.hpp"

namespace minode::threadpool {

std::size_t threads_from_env(const char* value) {
  if (value == nullptr || *value == '\0') return kDefaultThreads;
  long n = std::strtol(value, nullptr, 10);
  if (n <= 0) return kDefaultThreads;  // libuv: 0 or garbage means the default
  if (static_cast<unsigned long>(n) > kMaxThreads) return kMaxThreads;
  return static_cast<std::size_t>(n);
}

ThreadPool::ThreadPool(std::size_t threads)
    : size_(threads == 0 ? 1 : threads), completions_(std::make_unique<CompletionQueue>()) {}

ThreadPool::~ThreadPool() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  for (auto& t : workers_) t.join();
}

ThreadPool& ThreadPool::default_pool() {
  // Never destroyed, like the default loop: workers may be blocked in a
  // system call when the process exits, and joining them would hang exit.
  static ThreadPool* pool = new ThreadPool(threads_from_env(std::getenv("UV_THREADPOOL_SIZE")));
  return *pool;
}

void ThreadPool::start_workers() {
  workers_.reserve(size_);
  for (std::size_t i = 0; i < size_; ++i) workers_.emplace_back([this] { worker_main(); });
}

// @anchor pool-submit
WorkId ThreadPool::submit(loop::Loop& loop, std::function<void()> work,
                          std::function<void(int)> done) {
  if (workers_.empty()) start_workers();  // libuv starts its pool on first use too
  auto w = std::make_unique<Work>();
  w->id = next_id_++;
  w->loop = &loop;
  w->work = std::move(work);
  w->done = std::move(done);
  w->token = std::make_unique<loop::RequestToken>(loop);  // the loop stays alive
  WorkId id = w->id;
  {
    std::lock_guard<std::mutex> lock(mu_);
    queue_.push_back(std::move(w));
  }
  cv_.notify_one();
  return id;
}

// @anchor pool-cancel
bool ThreadPool::cancel(WorkId id) {
  std::unique_ptr<Work> w;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto it = queue_.begin(); it != queue_.end(); ++it) {
      if ((*it)->id == id) {
        w = std::move(*it);
        queue_.erase(it);
        break;
      }
    }
  }
  if (!w) return false;  // running or finished: too late (libuv: UV_EBUSY)
  w->status = ECANCELED;
  // Through the completion queue like any other job: `done` must not run
  // inside cancel(), whose caller may not expect a re-entrant callback.
  complete(std::move(w));
  return true;
}

std::size_t ThreadPool::queued() const {
  std::lock_guard<std::mutex> lock(mu_);
  return queue_.size();
}

void ThreadPool::complete(std::unique_ptr<Work> w) { completions_->push(std::move(w)); }

// @anchor pool-worker
void ThreadPool::worker_main() {
  for (;;) {
    std::unique_ptr<Work> w;
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      w = std::move(queue_.front());
      queue_.pop_front();
    }
    w->work();  // the blocking part: no locks held, no JS, no loop state
    w->work = nullptr;  // its captures die here, off the loop thread: they must own only plain data
    complete(std::move(w));
  }
}

}  // namespace minode::threadpool
