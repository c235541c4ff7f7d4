// Signal watchers (see signal.hpp).
//
// asio::signal_set installs one process-wide handler per signal and writes
// to a self-pipe; the reactor turns that into a completion handler, so our
// callback runs on the loop thread, in the poll phase, like any other I/O.
#include "loop/signal.hpp"

#include <csignal>
#include <cstring>

#include <asio/io_context.hpp>
#include <asio/signal_set.hpp>

namespace minode::loop {

struct Signal::Impl {
  explicit Impl(asio::io_context& io) : set(io) {}
  asio::signal_set set;
  // Replaced by stop(): a wait begun under an older token is ignored.
  std::shared_ptr<int> token = std::make_shared<int>(0);
};

Signal::Signal(Loop& loop) : Handle(loop), impl_(std::make_unique<Impl>(loop.io())) {}

Signal::~Signal() { stop(); }

void Signal::start(int signum, std::function<void(int)> cb) {
  if (is_closing()) return;
  stop();
  cb_ = std::move(cb);
  signum_ = signum;
  impl_->set.add(signum);
  set_active(true);
  wait();
}

void Signal::wait() {
  std::weak_ptr<int> token = impl_->token;
  impl_->set.async_wait([this, token](const std::error_code& ec, int signum) {
    if (ec || token.expired()) return;  // stopped or destroyed
    wait();  // keep watching (signals coalesce while nobody waits)
    std::function<void(int)> cb = cb_;  // cb may stop or destroy this
    cb(signum);
  });
}

void Signal::stop() {
  if (signum_ == 0) return;
  impl_->token = std::make_shared<int>(0);
  std::error_code ec;
  impl_->set.clear(ec);   // restores the default action
  impl_->set.cancel(ec);
  signum_ = 0;
  set_active(false);
}

const std::vector<std::pair<const char*, int>>& signal_table() {
  static const std::vector<std::pair<const char*, int>> table = {
      {"SIGHUP", SIGHUP},   {"SIGINT", SIGINT},       {"SIGQUIT", SIGQUIT}, {"SIGILL", SIGILL},
      {"SIGTRAP", SIGTRAP}, {"SIGABRT", SIGABRT},     {"SIGIOT", SIGIOT},   {"SIGBUS", SIGBUS},
      {"SIGFPE", SIGFPE},   {"SIGKILL", SIGKILL},     {"SIGUSR1", SIGUSR1}, {"SIGSEGV", SIGSEGV},
      {"SIGUSR2", SIGUSR2}, {"SIGPIPE", SIGPIPE},     {"SIGALRM", SIGALRM}, {"SIGTERM", SIGTERM},
      {"SIGCHLD", SIGCHLD}, {"SIGSTKFLT", SIGSTKFLT}, {"SIGCONT", SIGCONT}, {"SIGSTOP", SIGSTOP},
      {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN},     {"SIGTTOU", SIGTTOU}, {"SIGURG", SIGURG},
      {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ},     {"SIGVTALRM", SIGVTALRM},
      {"SIGPROF", SIGPROF}, {"SIGWINCH", SIGWINCH},   {"SIGIO", SIGIO},     {"SIGPOLL", SIGPOLL},
      {"SIGPWR", SIGPWR},   {"SIGSYS", SIGSYS},
  };
  return table;
}

int signal_number(const char* name) {
  for (const auto& entry : signal_table()) {
    if (std::strcmp(entry.first, name) == 0) return entry.second;
  }
  return 0;
}

}  // namespace minode::loop
