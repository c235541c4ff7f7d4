/*
 * cmake/duktape/fastpaths.h: minode's fast paths for ten of Duktape's
 * bytecode instructions. cmake/DuktapeFastpaths.cmake pastes this file into
 * the build's copy of duktape.c just before the bytecode executor and makes
 * the executor's GETPROP, GETPROPC (a property read for a call), PUTPROP,
 * SEQ/SNEQ (=== and !==), INSTOF, GETVAR, PUTVAR and IFTRUE/IFFALSE try
 * these first.
 * -DMINODE_DUK_FASTPATHS=OFF builds Duktape exactly as packaged.
 *
 * What: `obj.name` and `obj.name = v` where obj is an ordinary object and
 *   name an ordinary string key (not an array index, not 'caller'): the key
 *   is looked up in each object's property table, nearest first, and a data
 *   property's value is copied straight from or to the register. Also an
 *   Array's elements and length, a Buffer's length, `x === y` for operands
 *   of one non-number type, `x instanceof F` with the built-in
 *   Symbol.hasInstance, and variables of enclosing functions.
 * Why: Duktape's general paths (duk_hobject_getprop(), duk_hobject_putprop(),
 *   duk_js_equals_helper(), duk_js_instanceof(), duk__getvar_helper()) serve
 *   every base type and exotic behaviour. For the common case they still
 *   copy both operands, push the key and the value onto the value stack,
 *   fill a whole property descriptor per object climbed and move the result
 *   back into the register: ~230 instructions around a table lookup that
 *   itself costs 20-60. A stream chunk or an HTTP request reads ~150
 *   properties (docs/performance.md, "Session 5").
 * Invariant: a fast path answers only where the general path gives the same
 *   result with no side effect, and declines (returns 0 or NULL) before
 *   changing anything otherwise: an accessor (a getter or setter is a call),
 *   an Array, arguments, String, buffer or Proxy object on the way (their
 *   virtual or trapped properties), an index key, a write that would add a
 *   property or meets a read-only one, a `with` scope. The executor then runs
 *   the general path from the start. A read that misses along the whole
 *   chain is `undefined`, as in the general path.
 * Read first: duk_hobject_getprop(), duk__get_own_propdesc_raw() and
 *   duk_hobject_putprop() in duktape.c (the general paths these mirror);
 *   src/engine/README.md, "Duktape configuration"; chapter 1, "Real world".
 */

/* The property a read of B[C] finds along the prototype chain: 1 with
 * *out_val the value slot (NULL: no such property, the value is undefined),
 * or 0 to decline. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_getprop_lookup(duk_hthread *thr,
                                                                  duk_tval *tv_obj,
                                                                  duk_tval *tv_key,
                                                                  duk_tval **out_val) {
	duk_hobject *curr;
	duk_hstring *key;
	duk_uint_t sanity = DUK_HOBJECT_PROTOTYPE_CHAIN_SANITY;

	if (!DUK_TVAL_IS_OBJECT(tv_obj) || !DUK_TVAL_IS_STRING(tv_key)) {
		return 0;
	}
	key = DUK_TVAL_GET_STRING(tv_key);
	if (DUK_HSTRING_HAS_ARRIDX(key) || key == DUK_HTHREAD_STRING_CALLER(thr)) {
		return 0; /* index keys: array parts; 'caller': E5 15.3.5.4's check */
	}
	curr = DUK_TVAL_GET_OBJECT(tv_obj);
	do {
		duk_int_t e_idx;
		duk_int_t h_idx;
		if (DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(curr)) {
			return 0;
		}
		if (duk_hobject_find_entry(thr->heap, curr, key, &e_idx, &h_idx)) {
			if (DUK_HOBJECT_E_SLOT_IS_ACCESSOR(thr->heap, curr, e_idx)) {
				return 0;
			}
			*out_val = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, curr, e_idx);
			return 1;
		}
		if (DUK_UNLIKELY(sanity-- == 0)) {
			return 0; /* the general path throws the RangeError */
		}
		curr = DUK_HOBJECT_GET_PROTOTYPE(thr->heap, curr);
	} while (curr != NULL);
	*out_val = NULL; /* not found: undefined */
	return 1;
}

/* buf.length of a Buffer (any typed array): the bufobj's virtual own property,
 * as duk__get_own_propdesc_raw() finds it (after the property table, which a
 * defineProperty() could have given an own 'length'). Byte streams read a
 * chunk's length a few times per chunk. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_getprop_buflength(duk_hthread *thr,
                                                                     duk_tval *tv_obj,
                                                                     duk_tval *tv_key,
                                                                     duk_tval *tv_dst) {
	duk_hobject *obj;
	duk_hbufobj *h_bufobj;
	duk_int_t e_idx;
	duk_int_t h_idx;

	if (!DUK_TVAL_IS_OBJECT(tv_obj) || !DUK_TVAL_IS_STRING(tv_key) ||
	    DUK_TVAL_GET_STRING(tv_key) != DUK_HTHREAD_STRING_LENGTH(thr)) {
		return 0;
	}
	obj = DUK_TVAL_GET_OBJECT(tv_obj);
	if (!DUK_HOBJECT_IS_BUFOBJ(obj)) {
		return 0;
	}
	h_bufobj = (duk_hbufobj *) obj;
	if (!DUK_HBUFOBJ_HAS_VIRTUAL_INDICES(h_bufobj) ||
	    duk_hobject_find_entry(thr->heap, obj, DUK_TVAL_GET_STRING(tv_key), &e_idx, &h_idx)) {
		return 0;
	}
	DUK_TVAL_SET_U32_UPDREF(thr, tv_dst, (duk_uint32_t) (h_bufobj->length >> h_bufobj->shift));
	return 1;
}

/* The exotic objects a byte stream meets on every chunk: arr[i] (Duktape's
 * own array fast path, which duk_hobject_getprop() tries first for any
 * object: an element in the array part), arr.length (a field of the array,
 * never in its property table) and buf.length. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_getprop_exotic(duk_hthread *thr,
                                                                  duk_tval *tv_obj,
                                                                  duk_tval *tv_key,
                                                                  duk_tval *tv_dst) {
	duk_hobject *obj;
	duk_tval *tv_val;

	if (!DUK_TVAL_IS_OBJECT(tv_obj)) {
		return 0;
	}
	obj = DUK_TVAL_GET_OBJECT(tv_obj);
	if (!DUK_TVAL_IS_STRING(tv_key)) {
		tv_val = duk__getprop_shallow_fastpath_array_tval(thr, obj, tv_key);
		if (tv_val == NULL) {
			return 0;
		}
		DUK_TVAL_SET_TVAL_UPDREF(thr, tv_dst, tv_val);
		return 1;
	}
	if (DUK_HOBJECT_HAS_EXOTIC_ARRAY(obj) && DUK_TVAL_GET_STRING(tv_key) == DUK_HTHREAD_STRING_LENGTH(thr)) {
		DUK_TVAL_SET_U32_UPDREF(thr, tv_dst, ((duk_harray *) obj)->length);
		return 1;
	}
	return duk__minode_getprop_buflength(thr, tv_obj, tv_key, tv_dst);
}

/* GETPROP: A = B[C]. Returns 0 when the general path must run. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_getprop_fast(duk_hthread *thr,
                                                                duk_tval *tv_obj,
                                                                duk_tval *tv_key,
                                                                duk_tval *tv_dst) {
	duk_tval *tv_val;
	if (!duk__minode_getprop_lookup(thr, tv_obj, tv_key, &tv_val)) {
		return duk__minode_getprop_exotic(thr, tv_obj, tv_key, tv_dst);
	}
	/* (The value is read before the register is overwritten: B may be A.) */
	if (tv_val != NULL) {
		DUK_TVAL_SET_TVAL_UPDREF(thr, tv_dst, tv_val);
	} else {
		DUK_TVAL_SET_UNDEFINED_UPDREF(thr, tv_dst);
	}
	return 1;
}

/* GETPROPC: A = B[C] for a call. Only a callable value is taken here; the
 * general path produces the "not callable" TypeError with its message. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_getpropc_fast(duk_hthread *thr,
                                                                 duk_tval *tv_obj,
                                                                 duk_tval *tv_key,
                                                                 duk_tval *tv_dst) {
	duk_tval *tv_val;
	if (!duk__minode_getprop_lookup(thr, tv_obj, tv_key, &tv_val) || tv_val == NULL ||
	    !duk_is_callable_tval(thr, tv_val)) {
		return 0;
	}
	DUK_TVAL_SET_TVAL_UPDREF(thr, tv_dst, tv_val);
	return 1;
}

/* arr.length = n for an integer n, as duk__handle_put_array_length() does it
 * when the array has an array part (which then holds every element, all
 * configurable): drop the elements from n up, then set the length. A
 * read-only length, a value that is not a fastint in 0..2^32-1 (the general
 * path has the RangeError and the conversions) or an array without an array
 * part declines. (`buf.length = 0` empties a stream's chunk list.) */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_put_array_length(duk_hthread *thr, duk_harray *a, duk_tval *tv_val) {
	duk_hobject *obj = (duk_hobject *) a;
	duk_int64_t v;
	duk_uint32_t new_len;
	duk_uint32_t i;

	if (!DUK_TVAL_IS_FASTINT(tv_val) || DUK_HARRAY_LENGTH_NONWRITABLE(a) || !DUK_HOBJECT_HAS_ARRAY_PART(obj)) {
		return 0;
	}
	v = DUK_TVAL_GET_FASTINT(tv_val);
	if (v < 0 || v > (duk_int64_t) 0xffffffffUL) {
		return 0;
	}
	new_len = (duk_uint32_t) v;
	if (new_len < a->length) {
		i = a->length < DUK_HOBJECT_GET_ASIZE(obj) ? a->length : DUK_HOBJECT_GET_ASIZE(obj);
		while (i > new_len) {
			i--;
			DUK_TVAL_SET_UNUSED_UPDREF(thr, DUK_HOBJECT_A_GET_VALUE_PTR(thr->heap, obj, i)); /* side effects */
		}
	}
	a->length = new_len;
	return 1;
}

/* PUTPROP: B[C] = A... (Duktape's operands: A the object, B the key, C the
 * value). Only an existing own, writable data property of an ordinary object
 * is written here; anything else (a new property, an inherited setter or
 * read-only property, an exotic object) declines to the general path. */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_putprop_fast(duk_hthread *thr,
                                                                duk_tval *tv_obj,
                                                                duk_tval *tv_key,
                                                                duk_tval *tv_val) {
	duk_hobject *obj;
	duk_hstring *key;
	duk_int_t e_idx;
	duk_int_t h_idx;
	duk_tval *tv_slot;

	if (!DUK_TVAL_IS_OBJECT(tv_obj)) {
		return 0;
	}
	obj = DUK_TVAL_GET_OBJECT(tv_obj);
	if (!DUK_TVAL_IS_STRING(tv_key)) {
		/* arr[i] = v: Duktape's own array fast path, which
		 * duk_hobject_putprop() tries first for any object. */
		return duk__putprop_shallow_fastpath_array_tval(thr, obj, tv_key, tv_val);
	}
	key = DUK_TVAL_GET_STRING(tv_key);
	if (DUK_HOBJECT_HAS_EXOTIC_ARRAY(obj) && key == DUK_HTHREAD_STRING_LENGTH(thr)) {
		return duk__minode_put_array_length(thr, (duk_harray *) obj, tv_val);
	}
	if (DUK_HSTRING_HAS_ARRIDX(key) || DUK_HOBJECT_HAS_EXOTIC_BEHAVIOR(obj) ||
	    !duk_hobject_find_entry(thr->heap, obj, key, &e_idx, &h_idx)) {
		return 0;
	}
	if ((DUK_HOBJECT_E_GET_FLAGS(thr->heap, obj, e_idx) & (DUK_PROPDESC_FLAG_ACCESSOR | DUK_PROPDESC_FLAG_WRITABLE)) !=
	    DUK_PROPDESC_FLAG_WRITABLE) {
		return 0;
	}
	tv_slot = DUK_HOBJECT_E_GET_VALUE_TVAL_PTR(thr->heap, obj, e_idx);
	DUK_TVAL_SET_TVAL_UPDREF(thr, tv_slot, tv_val);
	return 1;
}

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
