// Command-line parsing for `minode`.
//
// What: turns argv into Options, following node's conventions: options come
// before the script; everything after the script belongs to the script.
// Interface: parse_options(argc, argv) -> Options (or an error to print).
// Read first: main.cpp.
#pragma once
#include <string>
#include <vector>

namespace minode::cli {

/// What the command line asked for.
struct Options {
  /// What main() does after parsing.
  enum class Action { kRun, kVersion, kHelp, kError };
  Action action = Action::kRun;        ///< what to do
  std::string mode = "script";         ///< script | eval | print | check | stdin
  std::string code;                    ///< -e / -p source
  std::string script;                  ///< script path (mode script or check)
  std::vector<std::string> script_args;  ///< arguments after the script
  std::vector<std::string> exec_argv;  ///< the options themselves (process.execArgv)
  std::string trace_loop;              ///< --trace-loop[=FILE]: "-" for stderr, "" off
  bool lowering_cache = true;          ///< --no-lowering-cache
  std::string error;                   ///< message when action is kError
};

/// Parses the command line. stdin_is_tty decides whether no script means
/// "read the program from stdin" (not a TTY) or "no REPL" (a TTY).
Options parse_options(int argc, char** argv, bool stdin_is_tty);

/// The text `minode --help` prints.
const char* help_text();

}  // namespace minode::cli
