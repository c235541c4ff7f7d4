/*
 * cmake/duktape/fastpaths_ops.h: the second half of minode's fast paths in
 * Duktape's executor, pasted into duktape.c right after fastpaths.h (read
 * that file's header first: what the fast paths are for, and the rule that
 * keeps them exact). Here: SEQ/SNEQ (=== and !==), INSTOF, GETVAR/PUTVAR and
 * IFTRUE/IFFALSE. INSTOF and the global-variable read use
 * duk__minode_getprop_lookup() from fastpaths.h.
 */

/* SEQ/SNEQ: x === y when both are of one non-number type (objects and
 * strings compare by heap pointer, as in duk_js_equals_helper()); anything
 * else goes to that general helper. Sets *out and returns 1 when decided. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_strict_equals_fast(duk_tval *tv_x, duk_tval *tv_y, duk_bool_t *out) {
	duk_small_uint_t tag = DUK_TVAL_GET_TAG(tv_x);
	if (tag != DUK_TVAL_GET_TAG(tv_y)) {
		/* Different tags: unequal unless both are numbers (a fastint and a double). */
		if (DUK_TVAL_IS_NUMBER(tv_x) && DUK_TVAL_IS_NUMBER(tv_y)) {
			return 0;
		}
		*out = 0;
		return 1;
	}
	switch (tag) {
	case DUK_TAG_UNDEFINED:
	case DUK_TAG_NULL:
		*out = 1;
		return 1;
	case DUK_TAG_BOOLEAN:
		*out = DUK_TVAL_GET_BOOLEAN(tv_x) == DUK_TVAL_GET_BOOLEAN(tv_y);
		return 1;
	case DUK_TAG_STRING:
	case DUK_TAG_OBJECT:
		*out = DUK_TVAL_GET_HEAPHDR(tv_x) == DUK_TVAL_GET_HEAPHDR(tv_y);
		return 1;
#if defined(DUK_USE_FASTINT)
	case DUK_TAG_FASTINT:
		*out = DUK_TVAL_GET_FASTINT(tv_x) == DUK_TVAL_GET_FASTINT(tv_y);
		return 1;
#endif
	default:
		return 0; /* doubles (NaN, -0), buffers, pointers, lightfuncs */
	}
}

/* INSTOF: x instanceof F, when F's Symbol.hasInstance is the built-in
 * Function.prototype[Symbol.hasInstance] (so calling it would only run the
 * ordinary algorithm, E5.1 15.3.5.3): walk x's prototype chain looking for
 * F.prototype, without the call through the value stack. A bound F, a
 * Proxy on the way, an F.prototype that is not a plain data property
 * holding an object, or an x that is a lightfunc, plain buffer or pointer
 * declines to the general path. Sets *out and returns 1 when decided. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_instanceof_fast(duk_hthread *thr,
                                                                   duk_tval *tv_x,
                                                                   duk_tval *tv_y,
                                                                   duk_bool_t *out) {
	duk_tval tv_key;
	duk_tval *tv_found;
	duk_hobject *func;
	duk_hobject *proto;
	duk_hobject *val;
	duk_uint_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;
	duk_bool_t skip_first = 1;

	if (!DUK_TVAL_IS_OBJECT(tv_y)) {
		return 0;
	}
	func = DUK_TVAL_GET_OBJECT(tv_y);
	if (!DUK_HOBJECT_IS_CALLABLE(func) || DUK_HOBJECT_HAS_BOUNDFUNC(func)) {
		return 0;
	}
	DUK_TVAL_SET_STRING(&tv_key, DUK_HTHREAD_STRING_WELLKNOWN_SYMBOL_HAS_INSTANCE(thr));
	if (!duk__minode_getprop_lookup(thr, tv_y, &tv_key, &tv_found) || tv_found == NULL ||
	    !DUK_TVAL_IS_OBJECT(tv_found) || !DUK_HOBJECT_IS_NATFUNC(DUK_TVAL_GET_OBJECT(tv_found)) ||
	    ((duk_hnatfunc *) DUK_TVAL_GET_OBJECT(tv_found))->func != duk_bi_function_prototype_hasinstance) {
		return 0;
	}
	if (!DUK_TVAL_IS_OBJECT(tv_x)) {
		if (DUK_TVAL_IS_UNDEFINED(tv_x) || DUK_TVAL_IS_NULL(tv_x) || DUK_TVAL_IS_BOOLEAN(tv_x) ||
		    DUK_TVAL_IS_NUMBER(tv_x) || DUK_TVAL_IS_STRING(tv_x)) {
			*out = 0; /* a primitive is an instance of nothing */
			return 1;
		}
		return 0;
	}
	DUK_TVAL_SET_STRING(&tv_key, DUK_HTHREAD_STRING_PROTOTYPE(thr));
	if (!duk__minode_getprop_lookup(thr, tv_y, &tv_key, &tv_found) || tv_found == NULL ||
	    !DUK_TVAL_IS_OBJECT(tv_found)) {
		return 0; /* (the general path has the TypeError for a non-object) */
	}
	proto = DUK_TVAL_GET_OBJECT(tv_found);
	val = DUK_TVAL_GET_OBJECT(tv_x);
	do {
		if (val == NULL) {
			*out = 0;
			return 1;
		}
		if (DUK_HOBJECT_IS_PROXY(val)) {
			return 0; /* the general path compares the Proxy's target */
		}
		if (skip_first) {
			skip_first = 0; /* x itself is not compared, only its prototypes */
		} else if (val == proto) {
			*out = 1;
			return 1;
		}
		val = DUK_HOBJECT_GET_PROTOTYPE(thr->heap, val);
	} while (--sanity > 0);
	return 0; /* the general path throws the RangeError */
}

/* GETVAR / PUTVAR: a variable of an enclosing function (a closure variable,
 * a module-level variable), resolved as duk__get_identifier_reference()
 * resolves it — the running function's own registers by name, then each
 * enclosing declarative environment, innermost first: its registers while
 * its function still runs, its properties once it has returned — but
 * without the value-stack round trip of duk__getvar_helper(). Returns the
 * variable's value slot, or NULL to decline: an object environment (the
 * global object, `with`) on the way, whose lookups can run a Proxy trap or
 * a getter, or a name found nowhere (the ReferenceError). *out_writable
 * tells a write whether the binding is mutable. Nothing here has a side
 * effect, so declining and starting the general path over is safe. */
/* The object environment of the global object (not a `with`, whose object
 * is looked up with its `this`): a data property found along the global
 * object's chain, as duk_hobject_hasprop_raw() then duk_hobject_getprop()
 * find it, through the same declining lookup as GETPROP. Reads only: a
 * write to a global may have to create the property, so *out_writable is 0. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_tval *duk__minode_var_in_global(duk_hthread *thr,
                                                                duk_hobject *env,
                                                                duk_hstring *name,
                                                                duk_bool_t *out_writable) {
	duk_hobjenv *objenv = (duk_hobjenv *) env;
	duk_tval tv_target;
	duk_tval tv_name;
	duk_tval *tv_val;

	if (DUK_HOBJECT_GET_CLASS_NUMBER(env) != DUK_HOBJECT_CLASS_OBJENV || objenv->has_this || objenv->target == NULL) {
		return NULL;
	}
	DUK_TVAL_SET_OBJECT(&tv_target, objenv->target);
	DUK_TVAL_SET_STRING(&tv_name, name);
	if (!duk__minode_getprop_lookup(thr, &tv_target, &tv_name, &tv_val)) {
		return NULL;
	}
	*out_writable = 0;
	return tv_val; /* NULL when not found: the general path's ReferenceError */
}

DUK_LOCAL DUK_ALWAYS_INLINE duk_tval *duk__minode_var_lookup(duk_hthread *thr,
                                                             duk_activation *act,
                                                             duk_hstring *name,
                                                             duk_bool_t *out_writable) {
	duk_hobject *env = act->lex_env;
	duk_tval *tv;
	duk_uint_t attrs;
	duk_uint_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;

	*out_writable = 1; /* registers are mutable bindings */
	if (env == NULL) {
		/* Delayed environment: the function's own registers first. */
		duk_hobject *func = DUK_ACT_GET_FUNC(act);
		duk_hobject *varmap;
		if (func == NULL || !DUK_HOBJECT_IS_COMPFUNC(func)) {
			return NULL;
		}
		varmap = duk_hobject_get_varmap(thr, func);
		if (varmap != NULL) {
			tv = duk_hobject_find_entry_tval_ptr(thr->heap, varmap, name);
			if (tv != NULL) {
				return (duk_tval *) (void *) ((duk_uint8_t *) thr->valstack + act->bottom_byteoff) +
				       (duk_size_t) DUK_TVAL_GET_NUMBER(tv);
			}
		}
		env = DUK_HCOMPFUNC_GET_LEXENV(thr->heap, (duk_hcompfunc *) func);
		if (env == NULL) {
			env = thr->builtins[DUK_BIDX_GLOBAL_ENV];
		}
	}
	while (env != NULL) {
		duk_hdecenv *decenv;
		if (DUK_HOBJECT_GET_CLASS_NUMBER(env) != DUK_HOBJECT_CLASS_DECENV) {
			return duk__minode_var_in_global(thr, env, name, out_writable);
		}
		decenv = (duk_hdecenv *) env;
		if (decenv->thread != NULL) { /* scope still open: its registers */
			tv = duk_hobject_find_entry_tval_ptr(thr->heap, decenv->varmap, name);
			if (tv != NULL) {
				return (duk_tval *) (void *) ((duk_uint8_t *) decenv->thread->valstack + decenv->regbase_byteoff +
				                              sizeof(duk_tval) * (duk_size_t) DUK_TVAL_GET_NUMBER(tv));
			}
		}
		tv = duk_hobject_find_entry_tval_ptr_and_attrs(thr->heap, env, name, &attrs);
		if (tv != NULL) {
			*out_writable = (attrs & DUK_PROPDESC_FLAG_WRITABLE) != 0;
			return tv;
		}
		if (DUK_UNLIKELY(sanity-- == 0)) {
			return NULL;
		}
		env = DUK_HOBJECT_GET_PROTOTYPE(thr->heap, env);
	}
	return NULL;
}

/* IFTRUE / IFFALSE: the condition of an `if` or a loop is most often a
 * boolean already (the result of a comparison); test it in line before
 * calling duk_js_toboolean(), which is not inlined into the executor. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_toboolean(duk_tval *tv) {
	return DUK_TVAL_IS_BOOLEAN(tv) ? DUK_TVAL_GET_BOOLEAN(tv) : duk_js_toboolean(tv);
}
