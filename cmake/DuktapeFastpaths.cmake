# Writes ${MINODE_DUK_DIR}/duktape.c: Duktape's amalgamated source as Debian
# ships it, plus (MINODE_DUK_FASTPATHS, default ON) minode's fast paths for
# ten bytecode instructions, cmake/duktape/fastpaths.h and fastpaths_ops.h (what they do and why
# they are safe is at the top of that file; the measurements are in
# src/engine/README.md, "Duktape configuration").
#
# How: the header is pasted in just before the bytecode executor, and the
# executor's GETPROP, GETPROPC, PUTPROP, SEQ, SNEQ, INSTOF, GETVAR, PUTVAR,
# IFTRUE and IFFALSE bodies each get one "try the fast path first" line.
# Every edit is a literal search and replace that must match exactly once: a
# changed packaged duktape.c stops the configure step with the edit that no
# longer applies, never builds a half-patched engine.
option(MINODE_DUK_FASTPATHS "minode's property-access fast paths in Duktape's executor" ON)

file(READ ${MINODE_DUK_SRC}/duktape.c duk_src)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${CMAKE_CURRENT_LIST_DIR}/duktape/fastpaths.h ${CMAKE_CURRENT_LIST_DIR}/duktape/fastpaths_ops.h)

# duk_edit(OLD NEW): replace the one occurrence of OLD in duk_src by NEW.
function(duk_edit old new)
  string(FIND "${duk_src}" "${old}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "Duktape fast paths: this text is not in duktape.c (packaged source changed?):\n${old}")
  endif()
  string(LENGTH "${old}" len)
  math(EXPR after "${at} + ${len}")
  string(SUBSTRING "${duk_src}" ${after} -1 rest)
  string(FIND "${rest}" "${old}" again)
  if(NOT again EQUAL -1)
    message(FATAL_ERROR "Duktape fast paths: this text is in duktape.c more than once:\n${old}")
  endif()
  string(REPLACE "${old}" "${new}" duk_src "${duk_src}")
  set(duk_src "${duk_src}" PARENT_SCOPE)
endfunction()

if(MINODE_DUK_FASTPATHS)
  file(READ ${CMAKE_CURRENT_LIST_DIR}/duktape/fastpaths.h duk_fast)
  file(READ ${CMAKE_CURRENT_LIST_DIR}/duktape/fastpaths_ops.h duk_fast_ops)
  set(anchor [==[DUK_LOCAL_DECL void duk__js_execute_bytecode_inner(duk_hthread *entry_thread, duk_activation *entry_act);]==])
  duk_edit("${anchor}" "/* minode: cmake/duktape/fastpaths.h */\n${duk_fast}\n/* minode: cmake/duktape/fastpaths_ops.h */\n${duk_fast_ops}\n${anchor}")

  # GETPROP: A = B[C]
  duk_edit([==[		(void) duk_hobject_getprop(thr, (barg), (carg)); \
		DUK__REPLACE_TOP_A_BREAK(); \
	}
#define DUK__GETPROPC_BODY]==] [==[		if (duk__minode_getprop_fast(thr, (barg), (carg), DUK__REGP_A(ins))) { \
			break; \
		} \
		(void) duk_hobject_getprop(thr, (barg), (carg)); \
		DUK__REPLACE_TOP_A_BREAK(); \
	}
#define DUK__GETPROPC_BODY]==])
  # GETPROPC: A = B[C], to be called
  duk_edit([==[		duk_tval *tv__targ; \
		(void) duk_hobject_getprop(thr, (barg), (carg)); \]==] [==[		duk_tval *tv__targ; \
		if (duk__minode_getpropc_fast(thr, (barg), (carg), DUK__REGP_A(ins))) { \
			break; \
		} \
		(void) duk_hobject_getprop(thr, (barg), (carg)); \]==])
  # PUTPROP: A[B] = C
  duk_edit([==[		(void) duk_hobject_putprop(thr, (aarg), (barg), (carg), DUK__STRICT()); \
		break; \]==] [==[		if (duk__minode_putprop_fast(thr, (aarg), (barg), (carg))) { \
			break; \
		} \
		(void) duk_hobject_putprop(thr, (aarg), (barg), (carg), DUK__STRICT()); \
		break; \]==])
  # SEQ and SNEQ: === and !==
  foreach(op SEQ SNEQ)
    duk_edit("#define DUK__${op}_BODY(barg, carg) \\
	{ \\
		duk_bool_t tmp; \\
		tmp = duk_js_strict_equals((barg), (carg)); \\" "#define DUK__${op}_BODY(barg, carg) \\
	{ \\
		duk_bool_t tmp; \\
		if (!duk__minode_strict_equals_fast((barg), (carg), &tmp)) { \\
			tmp = duk_js_strict_equals((barg), (carg)); \\
		} \\")
  endforeach()
  # INSTOF: instanceof
  duk_edit([==[		duk_bool_t tmp; \
		tmp = duk_js_instanceof(thr, (barg), (carg)); \]==] [==[		duk_bool_t tmp; \
		if (!duk__minode_instanceof_fast(thr, (barg), (carg), &tmp)) { \
			tmp = duk_js_instanceof(thr, (barg), (carg)); \
		} \]==])
  # GETVAR and PUTVAR: variables of enclosing functions
  duk_edit([==[			act = thr->callstack_curr;
			DUK_ASSERT(act != NULL);
			(void) duk_js_getvar_activation(thr, act, name, 1 /*throw*/); /* -> [... val this] */]==] [==[			act = thr->callstack_curr;
			DUK_ASSERT(act != NULL);
			{
				duk_bool_t minode_writable;
				duk_tval *minode_tv = duk__minode_var_lookup(thr, act, name, &minode_writable);
				if (minode_tv != NULL) {
					DUK_TVAL_SET_TVAL_UPDREF(thr, DUK__REGP_A(ins), minode_tv);
					break;
				}
			}
			(void) duk_js_getvar_activation(thr, act, name, 1 /*throw*/); /* -> [... val this] */]==])
  duk_edit([==[			tv1 = DUK__REGP_A(ins); /* val */
			act = thr->callstack_curr;
			duk_js_putvar_activation(thr, act, name, tv1, DUK__STRICT());]==] [==[			tv1 = DUK__REGP_A(ins); /* val */
			act = thr->callstack_curr;
			{
				duk_bool_t minode_writable;
				duk_tval *minode_tv = duk__minode_var_lookup(thr, act, name, &minode_writable);
				if (minode_tv != NULL && minode_writable) {
					DUK_TVAL_SET_TVAL_UPDREF(thr, minode_tv, tv1);
					break;
				}
			}
			duk_js_putvar_activation(thr, act, name, tv1, DUK__STRICT());]==])
  # IFTRUE and IFFALSE: a boolean condition tested in line
  foreach(cond "REGP_BC(ins)) != 0" "CONSTP_BC(ins)) != 0" "REGP_BC(ins)) == 0" "CONSTP_BC(ins)) == 0")
    duk_edit("if (duk_js_toboolean(DUK__${cond}) {" "if (duk__minode_toboolean(DUK__${cond}) {")
  endforeach()
endif()

# Through a temporary file: configure_file() rewrites duktape.c only when its
# text changed, so a re-configure does not recompile Duktape.
file(WRITE ${CMAKE_BINARY_DIR}/duktape.c.tmp "${duk_src}")
configure_file(${CMAKE_BINARY_DIR}/duktape.c.tmp ${MINODE_DUK_DIR}/duktape.c COPYONLY)
unset(duk_src)
unset(duk_fast)
unset(duk_fast_ops)
