// What the operating system says about this machine: the C++ core of `os`.
//
// What: plain C++ readers of uname(2), /proc, getifaddrs(3), getpwuid_r(3)
// and friends. No Duktape here: every function is testable from Catch2.
// Interface: one function per fact (below); the binding (os_binding.cpp)
// converts the results to JS values and src/support/js/os.js adds Node's
// argument checks and result shapes.
// Invariants: a reader that cannot get its fact returns an empty/zero value
// (as libuv does for cpu speed) or an errno through its `err` out-parameter;
// nothing here throws.
// Read first: os_binding.cpp, then src/support/js/os.js. Doc: api/os.md.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace minode::os {

/// uname(2) fields: sysname ("Linux"), release, version, machine.
struct OsInformation {
  std::string sysname;  ///< os.type()
  std::string release;  ///< os.release()
  std::string version;  ///< os.version()
  std::string machine;  ///< os.machine()
};

/// Reads uname(2); returns 0 or an errno.
int os_information(OsInformation& out);

/// gethostname(2); returns 0 or an errno.
int hostname(std::string& out);

/// Seconds since boot, from /proc/uptime (two decimals, like libuv); -1 on error.
double uptime_seconds();

/// Total memory in bytes (/proc/meminfo MemTotal), or 0.
std::uint64_t total_memory();

/// Available memory in bytes (MemAvailable, as libuv 1.46 reports), or 0.
std::uint64_t free_memory();

/// The 1, 5 and 15 minute load averages (zeros if unknown).
void load_average(double out[3]);

/// One logical CPU as os.cpus() shows it; times are in milliseconds.
struct CpuInfo {
  std::string model;                                    ///< "model name" line
  std::uint64_t speed_mhz = 0;                          ///< current speed, 0 if unknown
  std::uint64_t user = 0;  ///< ms in user mode
  std::uint64_t nice = 0;  ///< ms in user mode at low priority
  std::uint64_t sys = 0;   ///< ms in kernel mode
  std::uint64_t idle = 0;  ///< ms idle
  std::uint64_t irq = 0;   ///< ms servicing interrupts
};

/// Every online CPU, in /proc/stat order (empty if /proc is missing).
std::vector<CpuInfo> cpus();

/// CPUs this process may run on (sched_getaffinity), at least 1.
unsigned available_parallelism();

/// One address of one network interface (os.networkInterfaces()).
struct InterfaceAddress {
  std::string name;     ///< "eth0"
  std::string address;  ///< "192.0.2.2" or "fe80::1"
  std::string netmask;  ///< "255.255.255.0"
  std::string mac;      ///< "02:fc:00:00:00:01"
  bool ipv6 = false;    ///< family is IPv6
  bool internal = false;  ///< loopback
  std::uint32_t scope_id = 0;  ///< IPv6 scope id
};

/// Every IPv4/IPv6 address of every interface that is up; returns 0 or an errno.
int interface_addresses(std::vector<InterfaceAddress>& out);

/// The current user's passwd entry (os.userInfo()).
struct UserInfo {
  long uid = -1;         ///< effective uid
  long gid = -1;         ///< effective gid
  std::string username;  ///< pw_name
  std::string homedir;   ///< pw_dir
  std::string shell;     ///< pw_shell (may be empty)
};

/// Reads the passwd entry of the effective uid; returns 0 or an errno.
int user_info(UserInfo& out);

/// $HOME if set and non-empty, else the passwd entry's directory.
int home_directory(std::string& out);

/// getpriority(PRIO_PROCESS, pid); returns 0 or an errno.
int get_priority(int pid, int& priority);

/// setpriority(PRIO_PROCESS, pid, priority); returns 0 or an errno.
int set_priority(int pid, int priority);

/// (name, value) tables behind os.constants.errno and os.constants.signals,
/// in Node's order.
const std::vector<std::pair<const char*, int>>& errno_constants();
/// See errno_constants().
const std::vector<std::pair<const char*, int>>& signal_constants();

}  // namespace minode::os
