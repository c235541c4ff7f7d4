# Profile-guided optimisation of Duktape (MINODE_PGO), included by
# cmake/Duktape.cmake once the `duktape` target exists.
#
# MINODE_PGO=ON: before duktape.c is compiled, the build makes an
# instrumented minode in <build>/pgo/gen (a nested build of this same source:
# duktape.c with -fprofile-generate, the C++ at -O0 since only Duktape's
# counts are kept), runs tools/pgo-train.js with it, and compiles the real
# duktape.c with -fprofile-use on those counts (cmake/PgoTrain.cmake does the
# steps). Figures: src/engine/README.md, "Duktape configuration".
#
# Invariants:
# - Failure is never fatal: no GCC, a failed nested build or a training run
#   that exits non-zero leaves the profile out, with a warning, and duktape.c
#   is compiled exactly as with MINODE_PGO=OFF.
# - The profile-use flags reach the compile through a response file
#   (@<build>/pgo/duktape.flags) that the training step writes: the flags, or
#   nothing. duktape.c depends on it, so a new profile recompiles Duktape.
# - The instrumented and the real compile use the same duktape.c path, the
#   same flags and the same -dumpbase. GCC matches a profile to its function
#   by source location (hence MINODE_PGO_DUK_DIR: the nested build compiles
#   the outer build's copy) and, for static functions (nearly all of
#   Duktape), by the dump base name, which otherwise comes from the object
#   path; a mismatch there drops the profile silently.
# - Profiles (*.gcda) only ever live in the build tree. Training again: delete
#   <build>/pgo (or change duktape.c, duk_config.h, the training script or
#   MINODE_DUK_CFLAGS).
option(MINODE_PGO "profile-guided build of Duktape (trains an instrumented minode first)" OFF)
set(MINODE_PGO_STAGE "" CACHE INTERNAL "'generate' in the nested training build of MINODE_PGO")

if(MINODE_PGO_STAGE STREQUAL "generate")
  # The instrumented build. The C++ is compiled at -O0: it only has to run
  # the training, and -O0 compiles it in a fraction of the time.
  string(TOUPPER "${CMAKE_BUILD_TYPE}" pgo_config)
  set(CMAKE_CXX_FLAGS_${pgo_config} "-O0")
  set_property(SOURCE ${MINODE_DUK_DIR}/duktape.c APPEND PROPERTY COMPILE_OPTIONS
               -fprofile-generate -dumpdir CMakeFiles/duktape.dir/duktape/ -dumpbase duktape.c)
  target_sources(duktape PRIVATE ${CMAKE_SOURCE_DIR}/tools/pgo-exit.c)
  target_link_options(duktape INTERFACE -fprofile-generate -Wl,--wrap=_exit)
elseif(MINODE_PGO)
  # Sanitizer and Debug builds are for finding bugs, not speed: no profile.
  if(MINODE_SANITIZE OR CMAKE_BUILD_TYPE STREQUAL "Debug")
    message(STATUS "MINODE_PGO: not for sanitizer or Debug builds; Duktape is built without a profile")
    return()
  endif()
  if(NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
    message(WARNING "MINODE_PGO needs GCC: Duktape is built without a profile")
    return()
  endif()
  set(pgo_dir ${CMAKE_BINARY_DIR}/pgo)
  # Where GCC looks for the profile of the real compile: beside its object
# file, named after the dump base.
  set(pgo_gcda ${CMAKE_BINARY_DIR}/CMakeFiles/duktape.dir/duktape/duktape.c.gcda)
  # A change of Duktape's own flags makes the old profile useless: retrain.
  file(MAKE_DIRECTORY ${pgo_dir})
  file(WRITE ${pgo_dir}/cflags.tmp "${CMAKE_C_FLAGS} ${MINODE_DUK_CFLAGS}\n")
  configure_file(${pgo_dir}/cflags.tmp ${pgo_dir}/cflags.stamp COPYONLY)  # touched only on a change
  # The nested build reuses the transpiler tarballs this build fetches
  # (src/lowering): fetch them first, once.
  set(pgo_after "")
  if(EXISTS ${CMAKE_SOURCE_DIR}/src/lowering/CMakeLists.txt AND NOT "lowering" IN_LIST MINODE_SKIP_LAYERS)
    set(pgo_after minode_transpiler)
  endif()
  add_custom_command(OUTPUT ${pgo_dir}/duktape.flags
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${CMAKE_SOURCE_DIR} -DPGO_DIR=${pgo_dir}
            -DGCDA=${pgo_gcda} -DGENERATOR=${CMAKE_GENERATOR} -DBUILD_TYPE=${CMAKE_BUILD_TYPE}
            -DC_COMPILER=${CMAKE_C_COMPILER} -DCXX_COMPILER=${CMAKE_CXX_COMPILER}
            -DC_FLAGS=${CMAKE_C_FLAGS} -DDUK_DIR=${MINODE_DUK_DIR} -DDUK_CFLAGS=${MINODE_DUK_CFLAGS}
            -DTARBALLS=${CMAKE_BINARY_DIR}/transpiler/tarballs
            -P ${CMAKE_CURRENT_LIST_DIR}/PgoTrain.cmake
    DEPENDS ${MINODE_DUK_DIR}/duktape.c ${MINODE_DUK_DIR}/duk_config.h ${pgo_dir}/cflags.stamp
            ${CMAKE_SOURCE_DIR}/tools/pgo-train.js ${CMAKE_SOURCE_DIR}/tools/pgo-exit.c
            ${CMAKE_CURRENT_LIST_DIR}/PgoTrain.cmake ${pgo_after}
    COMMENT "PGO: building an instrumented minode and training it (tools/pgo-train.js)"
    VERBATIM)
  target_sources(duktape PRIVATE ${pgo_dir}/duktape.flags)
  set_source_files_properties(${MINODE_DUK_DIR}/duktape.c PROPERTIES OBJECT_DEPENDS ${pgo_dir}/duktape.flags)
  target_compile_options(duktape PRIVATE @${pgo_dir}/duktape.flags)
endif()
