// internalBinding('os'): the primitives behind require('os').
//
// What: thin wrappers that turn os_info.hpp's C++ results into JS values.
// Interface (JS names): getOSInformation() -> [sysname, version, release,
// machine]; getHostname(); getHomeDirectory(); getUptime(); getTotalMem();
// getFreeMem(); getLoadAvg() -> [1, 5, 15]; getCPUs() -> [{model, speed,
// times}]; getAvailableParallelism(); getInterfaceAddresses() -> [{name,
// address, netmask, family, mac, internal, scopeid}]; getUserInfo() -> {uid,
// gid, username, homedir, shell}; getPriority(pid); setPriority(pid, prio);
// errno and signals (name -> number objects).
// Invariants: arguments are already validated by os.js; a failing system call
// throws Node's system-error shape (code, errno, syscall) via
// engine::throw_errno_error.
// Read first: os_info.hpp. Doc: api/os.md.
#include "os/os_binding.hpp"

#include "engine/binding.hpp"
#include "os/os_info.hpp"

namespace minode::os {
namespace {

using engine::FunctionEntry;

void put_string(duk_context* ctx, const char* key, const std::string& value) {
  duk_push_lstring(ctx, value.data(), value.size());
  duk_put_prop_string(ctx, -2, key);
}

void put_number(duk_context* ctx, const char* key, double value) {
  duk_push_number(ctx, value);
  duk_put_prop_string(ctx, -2, key);
}

duk_ret_t get_os_information(duk_context* ctx) {
  OsInformation info;
  if (int err = os_information(info)) engine::throw_errno_error(ctx, err, "uv_os_uname");
  duk_push_array(ctx);
  const std::string* parts[] = {&info.sysname, &info.version, &info.release, &info.machine};
  for (duk_uarridx_t i = 0; i < 4; ++i) {
    duk_push_string(ctx, parts[i]->c_str());
    duk_put_prop_index(ctx, -2, i);
  }
  return 1;
}

duk_ret_t get_hostname(duk_context* ctx) {
  std::string name;
  if (int err = hostname(name)) engine::throw_errno_error(ctx, err, "uv_os_gethostname");
  duk_push_string(ctx, name.c_str());
  return 1;
}

duk_ret_t get_home_directory(duk_context* ctx) {
  std::string dir;
  if (int err = home_directory(dir)) engine::throw_errno_error(ctx, err, "uv_os_homedir");
  duk_push_string(ctx, dir.c_str());
  return 1;
}

duk_ret_t get_uptime(duk_context* ctx) {
  duk_push_number(ctx, uptime_seconds());
  return 1;
}

duk_ret_t get_total_mem(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(total_memory()));
  return 1;
}

duk_ret_t get_free_mem(duk_context* ctx) {
  duk_push_number(ctx, static_cast<double>(free_memory()));
  return 1;
}

duk_ret_t get_load_avg(duk_context* ctx) {
  double avg[3];
  load_average(avg);
  duk_push_array(ctx);
  for (duk_uarridx_t i = 0; i < 3; ++i) {
    duk_push_number(ctx, avg[i]);
    duk_put_prop_index(ctx, -2, i);
  }
  return 1;
}

duk_ret_t get_cpus(duk_context* ctx) {
  std::vector<CpuInfo> list = cpus();
  duk_push_array(ctx);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const CpuInfo& c = list[i];
    duk_push_object(ctx);
    put_string(ctx, "model", c.model);
    put_number(ctx, "speed", static_cast<double>(c.speed_mhz));
    duk_push_object(ctx);
    put_number(ctx, "user", static_cast<double>(c.user));
    put_number(ctx, "nice", static_cast<double>(c.nice));
    put_number(ctx, "sys", static_cast<double>(c.sys));
    put_number(ctx, "idle", static_cast<double>(c.idle));
    put_number(ctx, "irq", static_cast<double>(c.irq));
    duk_put_prop_string(ctx, -2, "times");
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  return 1;
}

duk_ret_t get_available_parallelism(duk_context* ctx) {
  duk_push_uint(ctx, available_parallelism());
  return 1;
}

duk_ret_t get_interface_addresses(duk_context* ctx) {
  std::vector<InterfaceAddress> list;
  if (int err = interface_addresses(list)) {
    engine::throw_errno_error(ctx, err, "uv_interface_addresses");
  }
  duk_push_array(ctx);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const InterfaceAddress& a = list[i];
    duk_push_object(ctx);
    put_string(ctx, "name", a.name);
    put_string(ctx, "address", a.address);
    put_string(ctx, "netmask", a.netmask);
    put_string(ctx, "family", a.ipv6 ? "IPv6" : "IPv4");
    put_string(ctx, "mac", a.mac);
    duk_push_boolean(ctx, a.internal);
    duk_put_prop_string(ctx, -2, "internal");
    put_number(ctx, "scopeid", a.scope_id);
    duk_put_prop_index(ctx, -2, static_cast<duk_uarridx_t>(i));
  }
  return 1;
}

duk_ret_t get_user_info(duk_context* ctx) {
  UserInfo info;
  if (int err = user_info(info)) engine::throw_errno_error(ctx, err, "uv_os_get_passwd");
  duk_push_object(ctx);
  put_number(ctx, "uid", static_cast<double>(info.uid));
  put_number(ctx, "gid", static_cast<double>(info.gid));
  put_string(ctx, "username", info.username);
  put_string(ctx, "homedir", info.homedir);
  if (info.shell.empty()) {
    duk_push_null(ctx);
    duk_put_prop_string(ctx, -2, "shell");
  } else {
    put_string(ctx, "shell", info.shell);
  }
  return 1;
}

duk_ret_t get_priority_fn(duk_context* ctx) {
  int priority = 0;
  if (int err = get_priority(duk_require_int(ctx, 0), priority)) {
    engine::throw_errno_error(ctx, err, "uv_os_getpriority");
  }
  duk_push_int(ctx, priority);
  return 1;
}

duk_ret_t set_priority_fn(duk_context* ctx) {
  if (int err = set_priority(duk_require_int(ctx, 0), duk_require_int(ctx, 1))) {
    engine::throw_errno_error(ctx, err, "uv_os_setpriority");
  }
  return 0;
}

void put_table(duk_context* ctx, const char* key,
               const std::vector<std::pair<const char*, int>>& table) {
  duk_push_object(ctx);
  for (const auto& entry : table) {
    duk_push_int(ctx, entry.second);
    duk_put_prop_string(ctx, -2, entry.first);
  }
  duk_put_prop_string(ctx, -2, key);
}

const FunctionEntry kFunctions[] = {
    {"getOSInformation", get_os_information, 0},
    {"getHostname", get_hostname, 0},
    {"getHomeDirectory", get_home_directory, 0},
    {"getUptime", get_uptime, 0},
    {"getTotalMem", get_total_mem, 0},
    {"getFreeMem", get_free_mem, 0},
    {"getLoadAvg", get_load_avg, 0},
    {"getCPUs", get_cpus, 0},
    {"getAvailableParallelism", get_available_parallelism, 0},
    {"getInterfaceAddresses", get_interface_addresses, 0},
    {"getUserInfo", get_user_info, 0},
    {"getPriority", get_priority_fn, 1},
    {"setPriority", set_priority_fn, 2},
    {nullptr, nullptr, 0}};

void init_os(duk_context* ctx) {
  engine::put_functions(ctx, -1, kFunctions);
  put_table(ctx, "errno", errno_constants());
  put_table(ctx, "signals", signal_constants());
}

}  // namespace

void register_os_bindings() { engine::register_binding("os", init_os); }

}  // namespace minode::os
