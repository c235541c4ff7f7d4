// minode's main(): parse the command line, then run.
//
// Exit codes follow node: 9 for a bad option, 1 for an uncaught error,
// whatever process.exitCode says otherwise.
// Read first: run.cpp (what a run does), options.cpp (the grammar).
#include <unistd.h>

#include <cstdio>

#include "cli/options.hpp"
#include "cli/run.hpp"

#ifndef MINODE_VERSION
#define MINODE_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
  using minode::cli::Options;
  Options options = minode::cli::parse_options(argc, argv, ::isatty(0) == 1);
  switch (options.action) {
    case Options::Action::kVersion:
      std::printf("v%s\n", MINODE_VERSION);
      return 0;
    case Options::Action::kHelp:
      std::fputs(minode::cli::help_text(), stdout);
      return 0;
    case Options::Action::kError:
      std::fprintf(stderr, "%s: %s\n", argv[0], options.error.c_str());
      return 9;
    case Options::Action::kRun:
      break;
  }
  return minode::cli::run(options, argv[0]);
}
