# Embedding built-in JavaScript modules into the minode binary.
#
# Convention: src/<layer>/js/<id>.js becomes the built-in module <id>.
# Ids under internal/ are private: user code cannot require() them (as in Node).
# A layer may embed a generated file (e.g. a transpiler fetched at build time)
# with minode_embed_extra(<id> <path> <generating-target>).
#
# tools/js2bc.cpp compiles every module to Duktape bytecode and writes the
# sorted table that src/engine/builtins.hpp declares.
function(minode_embed_extra id path dep_target)
  set_property(GLOBAL APPEND PROPERTY MINODE_EXTRA_JS_IDS ${id})
  set_property(GLOBAL APPEND PROPERTY MINODE_EXTRA_JS_PATHS ${path})
  if(dep_target)
    set_property(GLOBAL APPEND PROPERTY MINODE_EXTRA_JS_DEPS ${dep_target})
  endif()
endfunction()

function(minode_generate_builtins target)
  file(GLOB_RECURSE js_files CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/src/*/js/*.js)
  set(ids "")
  set(paths "")
  foreach(f IN LISTS js_files)
    string(REGEX REPLACE "^${CMAKE_SOURCE_DIR}/src/[^/]+/js/(.*)\\.js$" "\\1" id "${f}")
    list(APPEND ids ${id})
    list(APPEND paths ${f})
  endforeach()
  get_property(extra_ids GLOBAL PROPERTY MINODE_EXTRA_JS_IDS)
  get_property(extra_paths GLOBAL PROPERTY MINODE_EXTRA_JS_PATHS)
  get_property(extra_deps GLOBAL PROPERTY MINODE_EXTRA_JS_DEPS)
  list(APPEND ids ${extra_ids})
  list(APPEND paths ${extra_paths})
  # Duplicate ids would make lookups ambiguous: fail the configure step.
  set(seen "")
  foreach(id IN LISTS ids)
    if(id IN_LIST seen)
      message(FATAL_ERROR "two built-in JS modules share the id '${id}'")
    endif()
    list(APPEND seen ${id})
  endforeach()
  set(gen ${CMAKE_BINARY_DIR}/generated)
  set(out ${gen}/builtins_table.cpp)
  set(args "")
  foreach(id p IN ZIP_LISTS ids paths)
    list(APPEND args "${id}=${p}")
  endforeach()
  file(MAKE_DIRECTORY ${gen}/bc)
  add_executable(minode_js2bc ${CMAKE_SOURCE_DIR}/tools/js2bc.cpp ${CMAKE_SOURCE_DIR}/tools/js_undefined.cpp)
  target_link_libraries(minode_js2bc PRIVATE duktape)
  add_custom_command(
    OUTPUT ${out}
    COMMAND minode_js2bc ${gen} ${args}
    DEPENDS minode_js2bc ${paths} ${extra_deps}
    COMMENT "Compiling built-in JS modules to bytecode"
    VERBATIM)
  add_library(${target} STATIC ${out})
  target_include_directories(${target} PRIVATE ${CMAKE_SOURCE_DIR}/src)
endfunction()
