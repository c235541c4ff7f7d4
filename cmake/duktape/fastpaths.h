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
 * This file holds the property paths (GETPROP, GETPROPC, PUTPROP);
 *   fastpaths_ops.h the rest.
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
 * chunk's length a few times per chunk. (Its caller has checked that the
 * base is an object and the key a string.) */
DUK_LOCAL DUK_ALWAYS_INLINE duk_bool_t duk__minode_getprop_buflength(duk_hthread *thr,
                                                                     duk_hobject *obj,
                                                                     duk_hstring *key,
                                                                     duk_tval *tv_dst) {
	duk_hbufobj *h_bufobj;
	duk_int_t e_idx;
	duk_int_t h_idx;

	if (key != DUK_HTHREAD_STRING_LENGTH(thr) || !DUK_HOBJECT_IS_BUFOBJ(obj)) {
		return 0;
	}
	h_bufobj = (duk_hbufobj *) obj;
	if (!DUK_HBUFOBJ_HAS_VIRTUAL_INDICES(h_bufobj) || duk_hobject_find_entry(thr->heap, obj, key, &e_idx, &h_idx)) {
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
	return duk__minode_getprop_buflength(thr, obj, DUK_TVAL_GET_STRING(tv_key), tv_dst);
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
