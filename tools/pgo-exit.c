/* Linked only into the instrumented minode of a profile-guided build
 * (cmake/Pgo.cmake, MINODE_PGO=ON), never into the real one.
 *
 * minode leaves through _exit() (process.exit and the end of the event loop
 * both call reallyExit, which must not run C++ static destructors), and
 * _exit() skips the atexit hook that writes the profile counts. The link
 * flag -Wl,--wrap=_exit sends every _exit() call here first, so the counts
 * are written before the process goes. */
#include <unistd.h>

extern void __gcov_dump(void);
extern void __real__exit(int status) __attribute__((noreturn));

void __wrap__exit(int status) __attribute__((noreturn));
void __wrap__exit(int status) {
  __gcov_dump();
  __real__exit(status);
}
