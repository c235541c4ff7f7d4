// Unit tests for the runtime layer's C++ core.
#include <catch2/catch.hpp>
#include <unistd.h>

#include <string>

#include "runtime/process_info.hpp"

TEST_CASE("resident set size and clocks are plausible", "[runtime]") {
  CHECK(minode::runtime::resident_set_bytes() > 100 * 1024);
  auto a = minode::runtime::hrtime_ns();
  auto b = minode::runtime::hrtime_ns();
  CHECK(b >= a);
  CHECK(minode::runtime::uptime_seconds() >= 0.0);
}

TEST_CASE("write_all delivers every byte through a pipe", "[runtime]") {
  int fds[2];
  REQUIRE(::pipe(fds) == 0);
  std::string text(1000, 'x');
  REQUIRE(minode::runtime::write_all(fds[1], text.data(), text.size()) == 0);
  ::close(fds[1]);
  std::string got;
  char buf[256];
  ssize_t n;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) got.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  CHECK(got == text);
}

TEST_CASE("write_all reports a closed descriptor", "[runtime]") {
  CHECK(minode::runtime::write_all(-1, "x", 1) == EBADF);
}
