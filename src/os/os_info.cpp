// The machine facts behind `os`: uname, memory, load, CPUs, users, priority.
//
// Most readers parse a /proc file the way libuv's src/unix/linux.c does, so
// the numbers match what node prints on the same machine. See os_info.hpp.
#include "os/os_info.hpp"

#include <pwd.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace minode::os {
namespace {

/// The value (in kB, as /proc/meminfo writes it) of a "Key:  123 kB" line.
std::uint64_t meminfo_kb(const char* key) {
  std::ifstream in("/proc/meminfo");
  std::string line;
  std::size_t klen = std::strlen(key);
  while (std::getline(in, line)) {
    if (line.compare(0, klen, key) == 0 && line.size() > klen && line[klen] == ':') {
      return std::strtoull(line.c_str() + klen + 1, nullptr, 10);
    }
  }
  return 0;
}

/// The "model name" of each processor in /proc/cpuinfo.
std::vector<std::string> cpu_models() {
  std::vector<std::string> models;
  std::ifstream in("/proc/cpuinfo");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, 10, "model name") != 0) continue;
    std::size_t colon = line.find(':');
    std::size_t start = colon == std::string::npos ? line.size() : colon + 1;
    while (start < line.size() && line[start] == ' ') ++start;
    models.push_back(line.substr(start));
  }
  return models;
}

/// Current speed of CPU n in MHz from cpufreq, or 0 when the kernel has none.
std::uint64_t cpu_speed_mhz(unsigned n) {
  std::string path = "/sys/devices/system/cpu/cpu" + std::to_string(n) +
                     "/cpufreq/scaling_cur_freq";
  std::ifstream in(path);
  std::uint64_t khz = 0;
  if (!(in >> khz)) return 0;
  return khz / 1000;
}

}  // namespace

int os_information(OsInformation& out) {
  struct utsname u;
  if (::uname(&u) != 0) return errno;
  out.sysname = u.sysname;
  out.release = u.release;
  out.version = u.version;
  out.machine = u.machine;
  return 0;
}

int hostname(std::string& out) {
  char buf[256];
  if (::gethostname(buf, sizeof buf) != 0) return errno;
  buf[sizeof buf - 1] = '\0';
  out = buf;
  return 0;
}

double uptime_seconds() {
  std::ifstream in("/proc/uptime");
  double up = -1;
  if (!(in >> up)) return -1;
  return std::round(up * 100) / 100;  // libuv keeps two decimals
}

std::uint64_t total_memory() { return meminfo_kb("MemTotal") * 1024; }

std::uint64_t free_memory() {
  std::uint64_t kb = meminfo_kb("MemAvailable");
  if (kb == 0) kb = meminfo_kb("MemFree");
  return kb * 1024;
}

void load_average(double out[3]) {
  out[0] = out[1] = out[2] = 0;
  std::ifstream in("/proc/loadavg");
  in >> out[0] >> out[1] >> out[2];
}

// @anchor cpu-times
// /proc/stat "cpuN user nice system idle iowait irq ..." counts clock ticks;
// Node reports milliseconds, so each count is scaled by 1000 / ticks-per-second.
std::vector<CpuInfo> cpus() {
  std::vector<CpuInfo> result;
  std::vector<std::string> models = cpu_models();
  long ticks = ::sysconf(_SC_CLK_TCK);
  std::uint64_t scale = ticks > 0 ? static_cast<std::uint64_t>(1000 / ticks) : 10;
  std::ifstream in("/proc/stat");
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, 3, "cpu") != 0 || line.size() < 4 || line[3] < '0' || line[3] > '9') continue;
    std::istringstream fields(line);
    std::string name;
    std::uint64_t user = 0, nice = 0, sys = 0, idle = 0, iowait = 0, irq = 0;
    fields >> name >> user >> nice >> sys >> idle >> iowait >> irq;
    CpuInfo cpu;
    unsigned n = static_cast<unsigned>(std::strtoul(name.c_str() + 3, nullptr, 10));
    cpu.model = n < models.size() ? models[n] : (models.empty() ? "unknown" : models.back());
    cpu.speed_mhz = cpu_speed_mhz(n);
    cpu.user = user * scale;
    cpu.nice = nice * scale;
    cpu.sys = sys * scale;
    cpu.idle = idle * scale;
    cpu.irq = irq * scale;
    result.push_back(cpu);
  }
  return result;
}

unsigned available_parallelism() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0) {
    int n = CPU_COUNT(&set);
    if (n > 0) return static_cast<unsigned>(n);
  }
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? static_cast<unsigned>(n) : 1;
}

int user_info(UserInfo& out) {
  struct passwd pw;
  struct passwd* result = nullptr;
  std::vector<char> buf(4096);
  int err;
  while ((err = ::getpwuid_r(::geteuid(), &pw, buf.data(), buf.size(), &result)) == ERANGE) {
    buf.resize(buf.size() * 2);
  }
  if (err != 0) return err;
  if (result == nullptr) return ENOENT;
  out.uid = static_cast<long>(pw.pw_uid);
  out.gid = static_cast<long>(pw.pw_gid);
  out.username = pw.pw_name ? pw.pw_name : "";
  out.homedir = pw.pw_dir ? pw.pw_dir : "";
  out.shell = pw.pw_shell ? pw.pw_shell : "";
  return 0;
}

int home_directory(std::string& out) {
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') {
    out = home;
    return 0;
  }
  UserInfo info;
  int err = user_info(info);
  if (err == 0) out = info.homedir;
  return err;
}

int get_priority(int pid, int& priority) {
  errno = 0;
  int p = ::getpriority(PRIO_PROCESS, static_cast<id_t>(pid));
  if (p == -1 && errno != 0) return errno;
  priority = p;
  return 0;
}

int set_priority(int pid, int priority) {
  if (::setpriority(PRIO_PROCESS, static_cast<id_t>(pid), priority) != 0) return errno;
  return 0;
}

}  // namespace minode::os
