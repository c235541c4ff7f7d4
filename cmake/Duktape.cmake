# Duktape, compiled into minode from the amalgamated source that Debian's
# duktape-dev ships (/usr/share/duktape). Why not link libduktape.so? The
# packaged library is built PIC with the stack protector and fortified
# longjmp; the same source at -O2 ran JS calls 10-40% faster here
# (shared/reference/duktape-notes.md). Every flipped option is recorded, with
# its reason, in src/engine/README.md ("Duktape configuration").
#
# Include-order invariant: duk_config.h is generated into
# ${MINODE_DUK_DIR}; that directory comes BEFORE any system include path for
# every target that sees duktape.h, so /usr/include/duk_config.h (the stock
# config, with a different value layout) can never be mixed in.
set(MINODE_DUK_SRC /usr/share/duktape CACHE PATH "Duktape amalgamated source (duktape-dev)")
set(MINODE_DUK_DIR ${CMAKE_BINARY_DIR}/duktape)
# The nested training build of MINODE_PGO compiles the outer build's copy
# (GCC matches a profile to its source by path): cmake/Pgo.cmake.
if(MINODE_PGO_DUK_DIR)
  set(MINODE_DUK_DIR ${MINODE_PGO_DUK_DIR})
endif()

if(NOT EXISTS ${MINODE_DUK_SRC}/duktape.c)
  message(FATAL_ERROR "Duktape source not found in ${MINODE_DUK_SRC}: run `make deps` (installs duktape-dev)")
endif()

file(MAKE_DIRECTORY ${MINODE_DUK_DIR})
include(${CMAKE_CURRENT_LIST_DIR}/DuktapeFastpaths.cmake) # duktape.c, with the fast paths
configure_file(${MINODE_DUK_SRC}/duktape.h ${MINODE_DUK_DIR}/duktape.h COPYONLY)

# Generate duk_config.h: the packaged config with our flips applied.
file(READ ${MINODE_DUK_SRC}/duk_config.h duk_cfg)
function(duk_flip_on opt)
  string(REPLACE "#undef ${opt}\n" "#define ${opt}\n" duk_cfg "${duk_cfg}")
  set(duk_cfg "${duk_cfg}" PARENT_SCOPE)
endfunction()
function(duk_set_value opt value)
  string(REGEX REPLACE "#define ${opt} [^\n]*\n" "#define ${opt} ${value}\n" duk_cfg "${duk_cfg}")
  set(duk_cfg "${duk_cfg}" PARENT_SCOPE)
endfunction()
duk_flip_on(DUK_USE_FASTINT)                   # integer fast path: ~2x on integer loops
duk_flip_on(DUK_USE_JSON_STRINGIFY_FASTPATH)   # JSON.stringify without per-value C recursion overhead
duk_set_value(DUK_USE_TRACEBACK_DEPTH 16)      # Node prints 10 frames; keep a few spare for internal ones
duk_set_value(DUK_USE_HOBJECT_HASH_PROP_LIMIT 24) # hash index from 24 properties, not 8: -0.5 KiB per socket
foreach(opt DUK_USE_FASTINT DUK_USE_JSON_STRINGIFY_FASTPATH)
  if(NOT duk_cfg MATCHES "#define ${opt}\n")
    message(FATAL_ERROR "could not enable ${opt} in duk_config.h (packaged config changed?)")
  endif()
endforeach()
if(NOT duk_cfg MATCHES "#define DUK_USE_HOBJECT_HASH_PROP_LIMIT 24\n")
  message(FATAL_ERROR "could not set DUK_USE_HOBJECT_HASH_PROP_LIMIT in duk_config.h (packaged config changed?)")
endif()
file(WRITE ${CMAKE_BINARY_DIR}/duk_config.h.tmp "${duk_cfg}")
configure_file(${CMAKE_BINARY_DIR}/duk_config.h.tmp ${MINODE_DUK_DIR}/duk_config.h COPYONLY)

add_library(duktape STATIC ${MINODE_DUK_DIR}/duktape.c)
target_include_directories(duktape BEFORE PUBLIC ${MINODE_DUK_DIR})
target_compile_options(duktape PRIVATE -w)

# MINODE_DUK_CFLAGS: extra compiler flags for duktape.c only, after the build
# type's (-O2 -g). Development hook for measuring code-generation choices on
# the interpreter (src/engine/README.md, "Duktape configuration").
set(MINODE_DUK_CFLAGS "" CACHE STRING "extra compiler flags for duktape.c (development)")
separate_arguments(minode_duk_cflags UNIX_COMMAND "${MINODE_DUK_CFLAGS}")
target_compile_options(duktape PRIVATE ${minode_duk_cflags})
include(${CMAKE_CURRENT_LIST_DIR}/Pgo.cmake)
target_link_libraries(duktape PUBLIC m)
