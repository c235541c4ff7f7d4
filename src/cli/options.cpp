// Command-line parsing (see options.hpp).
#include "cli/options.hpp"

#include <cstring>

namespace minode::cli {
namespace {

bool is(const char* arg, const char* a, const char* b = nullptr) {
  return std::strcmp(arg, a) == 0 || (b != nullptr && std::strcmp(arg, b) == 0);
}

// Options that take the next argument as their value.
bool takes_code(const char* arg, Options& o) {
  if (is(arg, "-e", "--eval")) {
    o.mode = "eval";
    return true;
  }
  if (is(arg, "-p", "--print")) {
    o.mode = "print";
    return true;
  }
  return false;
}

}  // namespace

Options parse_options(int argc, char** argv, bool stdin_is_tty) {
  Options o;
  int i = 1;
  for (; i < argc; ++i) {
    const char* arg = argv[i];
    if (arg[0] != '-' || is(arg, "-")) break;  // the script (or '-' for stdin)
    o.exec_argv.push_back(arg);
    if (is(arg, "--")) {
      ++i;
      break;
    }
    if (is(arg, "-v", "--version")) {
      o.action = Options::Action::kVersion;
      return o;
    }
    if (is(arg, "-h", "--help")) {
      o.action = Options::Action::kHelp;
      return o;
    }
    if (takes_code(arg, o)) {
      if (i + 1 >= argc) {
        o.action = Options::Action::kError;
        o.error = std::string(arg) + " requires an argument";
        return o;
      }
      o.code = argv[++i];
      o.exec_argv.push_back(o.code);
    } else if (is(arg, "-c", "--check")) {
      o.mode = "check";
    } else if (is(arg, "--trace-loop")) {
      o.trace_loop = "-";
    } else if (std::strncmp(arg, "--trace-loop=", 13) == 0) {
      o.trace_loop = arg + 13;
    } else if (is(arg, "--no-lowering-cache")) {
      o.lowering_cache = false;
    } else {
      o.action = Options::Action::kError;
      o.error = std::string("bad option: ") + arg;
      return o;
    }
  }
  bool has_code = o.mode == "eval" || o.mode == "print";
  if (!has_code && i < argc && !is(argv[i], "-")) {
    o.script = argv[i++];
  } else if (!has_code && i < argc) {
    o.mode = "stdin";  // an explicit '-' stays in process.argv, as in node
    o.script_args.push_back("-");
    ++i;
  } else if (!has_code) {
    if (stdin_is_tty) {
      o.action = Options::Action::kError;
      o.error = "no script given, and minode has no REPL: try `minode script.js` or `minode -e CODE`";
      return o;
    }
    o.mode = "stdin";
  }
  if (o.mode == "check" && o.script.empty()) o.mode = "stdin";
  for (; i < argc; ++i) o.script_args.push_back(argv[i]);
  return o;
}

const char* help_text() {
  return "Usage: minode [options] [ script.js | - ] [arguments]\n"
         "\n"
         "A small Node.js-compatible runtime for learning how Node works inside.\n"
         "\n"
         "Options:\n"
         "  -                         read the script from stdin (also when stdin is not a TTY)\n"
         "  --                        end of options; the next argument is the script\n"
         "  -c, --check               syntax-check the script without running it\n"
         "  -e, --eval CODE           evaluate CODE\n"
         "  -h, --help                print this help\n"
         "  -p, --print CODE          evaluate CODE and print the result\n"
         "  -v, --version             print minode's version\n"
         "  --trace-loop[=FILE.json]  trace each event-loop iteration (stderr, or a Chrome trace file)\n"
         "  --no-lowering-cache       do not read or write the lowered-source cache\n"
         "\n"
         "Environment:\n"
         "  MINODE_NO_CACHE=1         same as --no-lowering-cache\n"
         "  NODE_PATH                 ':'-separated extra module folders\n"
         "\n"
         "Documentation: README.md and chapters/ in the source tree.\n";
}

}  // namespace minode::cli
