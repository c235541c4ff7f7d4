// Unit tests for the os layer's C++ core (no JS involved).
#include <catch2/catch.hpp>
#include <unistd.h>

#include <cstring>
#include <string>

#include "os/os_info.hpp"

using namespace minode::os;

TEST_CASE("uname and hostname answer", "[os]") {
  OsInformation info;
  REQUIRE(os_information(info) == 0);
  CHECK(info.sysname == "Linux");
  CHECK_FALSE(info.release.empty());
  std::string name;
  REQUIRE(hostname(name) == 0);
  CHECK_FALSE(name.empty());
}

TEST_CASE("memory, uptime and load are plausible", "[os]") {
  CHECK(total_memory() > 16u * 1024 * 1024);
  CHECK(free_memory() <= total_memory());
  CHECK(uptime_seconds() > 0);
  double avg[3] = {-1, -1, -1};
  load_average(avg);
  CHECK(avg[0] >= 0);
}

TEST_CASE("one cpu entry per online processor, times in ms", "[os]") {
  auto list = cpus();
  REQUIRE(list.size() >= 1);
  CHECK(available_parallelism() >= 1);
  CHECK(available_parallelism() <= list.size());
  CHECK_FALSE(list[0].model.empty());
  CHECK(list[0].idle + list[0].user > 0);
}

TEST_CASE("loopback interface is internal", "[os]") {
  std::vector<InterfaceAddress> list;
  REQUIRE(interface_addresses(list) == 0);
  bool saw_loopback = false;
  for (const auto& a : list) {
    if (a.address == "127.0.0.1") {
      saw_loopback = true;
      CHECK(a.internal);
      CHECK(a.netmask == "255.0.0.0");
    }
  }
  CHECK(saw_loopback);
}

TEST_CASE("user info matches the effective uid", "[os]") {
  UserInfo info;
  REQUIRE(user_info(info) == 0);
  CHECK(info.uid == static_cast<long>(::geteuid()));
  CHECK_FALSE(info.username.empty());
}

TEST_CASE("constants tables hold the common names", "[os]") {
  bool enoent = false, sigint = false;
  for (const auto& e : errno_constants()) enoent = enoent || std::strcmp(e.first, "ENOENT") == 0;
  for (const auto& s : signal_constants()) sigint = sigint || (std::strcmp(s.first, "SIGINT") == 0 && s.second == 2);
  CHECK(enoent);
  CHECK(sigint);
  CHECK(signal_constants().size() == 33);
  CHECK(errno_constants().size() == 79);
}

TEST_CASE("priority of this process can be read", "[os]") {
  int p = 100;
  REQUIRE(get_priority(0, p) == 0);
  CHECK(p >= -20);
  CHECK(p <= 19);
}
