# The training step of MINODE_PGO, run by the build as `cmake -P` (see
# cmake/Pgo.cmake for the whole scheme and its invariants).
#
# In:  SOURCE_DIR PGO_DIR GCDA GENERATOR BUILD_TYPE C_COMPILER CXX_COMPILER
#      C_FLAGS DUK_DIR DUK_CFLAGS TARBALLS   (all -D, from cmake/Pgo.cmake)
# Out: ${PGO_DIR}/duktape.flags, the profile-use flags for duktape.c, with the
#      profile at ${GCDA}; or, when any step fails, an empty flags file and no
#      profile (a plain build). This script itself always succeeds.
# Logs of the nested build and of the training run: ${PGO_DIR}/*.log.
set(gen ${PGO_DIR}/gen)
set(flags_file ${PGO_DIR}/duktape.flags)
file(REMOVE ${GCDA})

macro(pgo_give_up why)
  message(WARNING "PGO: ${why} (see ${PGO_DIR}/*.log); Duktape is compiled without a profile")
  file(WRITE ${flags_file} "\n")
  return()
endmacro()

# 1. The instrumented minode (only the `minode` target: no unit tests).
execute_process(
  COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${gen} -G ${GENERATOR}
          -DCMAKE_BUILD_TYPE=${BUILD_TYPE} -DCMAKE_C_COMPILER=${C_COMPILER}
          -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCMAKE_C_FLAGS=${C_FLAGS}
          -DMINODE_DUK_CFLAGS=${DUK_CFLAGS} -DMINODE_PGO=OFF
          -DMINODE_PGO_STAGE=generate -DMINODE_PGO_DUK_DIR=${DUK_DIR}
  OUTPUT_FILE ${PGO_DIR}/configure.log ERROR_FILE ${PGO_DIR}/configure.log
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  pgo_give_up("configuring the instrumented build failed")
endif()
# The transpiler tarballs the outer build fetched (if it has yet) are reused.
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env MINODE_TARBALLS=${TARBALLS}
          ${CMAKE_COMMAND} --build ${gen} --target minode
  OUTPUT_FILE ${PGO_DIR}/build.log ERROR_FILE ${PGO_DIR}/build.log
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  pgo_give_up("building the instrumented minode failed")
endif()

# 2. Training. Counts left by the build itself (js2bc ran instrumented) go first.
file(GLOB_RECURSE stale ${gen}/*.gcda)
if(stale)
  file(REMOVE ${stale})
endif()
execute_process(
  COMMAND ${gen}/minode ${SOURCE_DIR}/tools/pgo-train.js
  WORKING_DIRECTORY ${PGO_DIR}
  OUTPUT_FILE ${PGO_DIR}/train.log ERROR_FILE ${PGO_DIR}/train.log
  TIMEOUT 600
  RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  pgo_give_up("the training run failed (${rc})")
endif()

# 3. Hand the counts of duktape.c to the real compile. Both compiles name
#    their profile by the same -dumpdir/-dumpbase (cmake/Pgo.cmake), relative
#    to their own build directory.
set(counts ${gen}/CMakeFiles/duktape.dir/duktape/duktape.c.gcda)
if(NOT EXISTS ${counts})
  pgo_give_up("the training run left no profile of duktape.c")
endif()
get_filename_component(gcda_dir ${GCDA} DIRECTORY)
file(MAKE_DIRECTORY ${gcda_dir})
configure_file(${counts} ${GCDA} COPYONLY)
# -fprofile-partial-training: code the training never ran is optimised as in
# a plain build, not for size. A function whose source changed since the
# profile loses its profile instead of failing the build.
file(WRITE ${flags_file} "-fprofile-use -fprofile-partial-training -Wno-error=coverage-mismatch -dumpdir CMakeFiles/duktape.dir/duktape/ -dumpbase duktape.c\n")
message(STATUS "PGO: Duktape profile ready (${GCDA})")
