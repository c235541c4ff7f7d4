// The --trace-loop tracer (see trace.hpp).
//
// Text mode prints one line per event, indented by nesting:
//   [loop 3] timers
//   [loop 3]   timer onTimeout (app.js:12)
//   [loop 3]     ticks: 2 + microtasks
// JSON mode writes Chrome's "JSON Array Format": a '[' and then one event
// object per line. The closing ']' is optional in that format, which is why
// the file is valid even when process.exit() ends the process abruptly.
#include "loop/trace.hpp"

#include <chrono>

namespace minode::loop {
namespace {

Tracer* g_tracer = nullptr;

// JSON string escaping for names and file paths.
std::string quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

bool Tracer::enable(const std::string& json_path) {
  if (g_tracer != nullptr) return true;
  std::FILE* out = stderr;
  if (!json_path.empty()) {
    out = std::fopen(json_path.c_str(), "w");
    if (out == nullptr) return false;
    std::fputs("[\n", out);
  }
  g_tracer = new Tracer(out, !json_path.empty());  // lives until exit
  Loop::default_loop().set_observer(g_tracer);
  return true;
}

Tracer* Tracer::instance() { return g_tracer; }

std::uint64_t Tracer::micros() const {
  auto since = std::chrono::steady_clock::now().time_since_epoch();
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::microseconds>(since).count());
}

void Tracer::event(const char* ph, const std::string& name, const char* cat,
                   const std::string& args_json) {
  std::fprintf(out_, "%s{\"name\":%s,\"cat\":\"%s\",\"ph\":\"%s\",\"ts\":%llu,"
               "\"pid\":1,\"tid\":1%s%s}",
               first_event_ ? "" : ",\n", quote(name).c_str(), cat, ph,
               static_cast<unsigned long long>(micros()),
               args_json.empty() ? "" : ",\"args\":", args_json.c_str());
  first_event_ = false;
}

void Tracer::phase_begin(Phase phase) {
  if (json_) {
    event("B", phase_name(phase), "phase", "");
    return;
  }
  std::fprintf(out_, "[loop %llu] %*s%s\n",
               static_cast<unsigned long long>(Loop::default_loop().iteration()), depth_ * 2,
               "", phase_name(phase));
  ++depth_;
}

void Tracer::phase_end(Phase phase) {
  if (json_) {
    event("E", phase_name(phase), "phase", "");
    return;
  }
  --depth_;
}

void Tracer::poll_wait(std::int64_t timeout_ms) {
  if (json_) {
    event("i", "wait", "poll", "{\"timeout_ms\":" + std::to_string(timeout_ms) + "}");
    return;
  }
  std::fprintf(out_, "[loop %llu] %*swait %s\n",
               static_cast<unsigned long long>(Loop::default_loop().iteration()), depth_ * 2,
               "", timeout_ms < 0 ? "for I/O" : (std::to_string(timeout_ms) + " ms").c_str());
}

void Tracer::callback_begin(const std::string& kind, const std::string& name,
                            const std::string& site) {
  if (json_) {
    event("B", kind + " " + name, kind.c_str(), "{\"site\":" + quote(site) + "}");
    return;
  }
  std::fprintf(out_, "[loop %llu] %*s%s %s%s%s%s\n",
               static_cast<unsigned long long>(Loop::default_loop().iteration()), depth_ * 2,
               "", kind.c_str(), name.c_str(), site.empty() ? "" : " (", site.c_str(),
               site.empty() ? "" : ")");
  ++depth_;
}

void Tracer::callback_end() {
  if (json_) {
    event("E", "", "callback", "");
    return;
  }
  --depth_;
}

void Tracer::drained(unsigned ticks, bool microtasks) {
  if (json_) {
    event("i", "drain", "ticks",
          "{\"ticks\":" + std::to_string(ticks) + ",\"microtasks\":" +
              (microtasks ? "true" : "false") + "}");
    return;
  }
  std::fprintf(out_, "[loop %llu] %*sdrained %u nextTick%s%s\n",
               static_cast<unsigned long long>(Loop::default_loop().iteration()), depth_ * 2,
               "", ticks, ticks == 1 ? "" : "s", microtasks ? " + microtasks" : "");
}

}  // namespace minode::loop
