// The runtime layer's bindings: internalBinding('process') and its config.
#pragma once
#include <string>
#include <vector>

namespace minode::runtime {

/// What the CLI decided, handed to JS as internalBinding('process').config.
struct ProcessConfig {
  std::vector<std::string> argv;       ///< process.argv (execPath, script, args)
  std::string argv0 = "minode";        ///< process.argv0: argv[0] as the shell gave it
  std::vector<std::string> exec_argv;  ///< process.execArgv (options before the script)
  std::string mode = "script";         ///< script | eval | print | check | stdin | repl-unsupported
  std::string code;                    ///< source for eval/print
  bool lowering_cache = true;          ///< --no-lowering-cache turns the disk cache off
};

/// The configuration the process binding reports (set before JS starts).
ProcessConfig& process_config();

/// Registers internalBinding('process').
void register_runtime_bindings();

}  // namespace minode::runtime
