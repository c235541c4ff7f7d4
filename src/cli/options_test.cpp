// Unit tests for command-line parsing.
#include <catch2/catch.hpp>

#include <vector>

#include "cli/options.hpp"

using minode::cli::Options;

static Options parse(std::vector<const char*> args, bool tty = true) {
  args.insert(args.begin(), "minode");
  return minode::cli::parse_options(static_cast<int>(args.size()),
                                    const_cast<char**>(args.data()), tty);
}

TEST_CASE("arguments after the script belong to the script", "[cli]") {
  Options o = parse({"app.js", "-e", "x"});
  CHECK(o.mode == "script");
  CHECK(o.script == "app.js");
  CHECK(o.script_args == std::vector<std::string>{"-e", "x"});
}

TEST_CASE("-p takes code and keeps later arguments", "[cli]") {
  Options o = parse({"-p", "1+1", "a"});
  CHECK(o.mode == "print");
  CHECK(o.code == "1+1");
  CHECK(o.script_args == std::vector<std::string>{"a"});
}

TEST_CASE("an unknown option is an error", "[cli]") {
  CHECK(parse({"--frobnicate"}).action == Options::Action::kError);
}

TEST_CASE("no script reads stdin when it is not a TTY", "[cli]") {
  CHECK(parse({}, false).mode == "stdin");
  CHECK(parse({}, true).action == Options::Action::kError);
  CHECK(parse({"-"}).mode == "stdin");
}
