// internalBinding('http').installFastEnd: the server's res.end(body) in C++.
//
// What: installFastEnd(end, implicitHeader, storeHeader, STATUS_CODES,
// finishLater[, busyBits]) returns a native function that becomes
// OutgoingMessage.prototype.end. For the hello world's call -- a server's
// response (msg._httpState set), nothing written yet, end(a non-empty
// string) with no encoding or callback, the socket free to write to -- it
// does in one C++ call what the JS path does in five (end ->
// _implicitHeader -> writeHead -> _storeHeader -> finishSoon): the status
// line's checks, the head and body built and written straight to the
// socket (store_header, @anchor direct-write), the byte accounting and the
// 'finish' scheduling. Every other call (other arguments, a ClientRequest,
// a subclass that overrides _implicitHeader or _storeHeader, a socket that
// is busy, an invalid status) goes to `end`, the JS implementation,
// unchanged; so does a write the socket refuses.
// Invariants: nothing is changed on the message before the fast path is
// certain, except by steps the JS path would repeat identically (the head
// fields store_header sets) when a refused write falls back to it. The
// JS functions handed over are pinned for the life of the heap.
// Read first: internal/http/outgoing_body.js (end, finishSoon) and
// writeHeadImpl in js/_http_server.js: this file is their sum, step by step.
// Chapter: chapters/05-http.md § "Writing a response".
#include <cstdint>

#include "engine/binding.hpp"
#include "http/http_binding_internal.hpp"

namespace minode::http::detail {
namespace {

/// The JS functions installFastEnd was given (pinned) and their identities,
/// for one heap (engine::per_heap: a process has one, the unit tests several).
struct FastEnd {
  engine::Ref pins[5];
  void* general = nullptr;          // the JS end(chunk, encoding, callback)
  void* implicit_header = nullptr;  // ServerResponse.prototype._implicitHeader
  void* store_header = nullptr;     // OutgoingMessage.prototype._storeHeader
  void* status_codes = nullptr;     // http.STATUS_CODES (users may edit it)
  void* finish_later = nullptr;     // finishLater(msg): nextTick(onFinish, msg)
  std::uint32_t busy_bits = 0;      // kBusyBits in js/_http_server.js (0: none)
};

FastEnd& fast(duk_context* ctx) { return engine::per_heap<FastEnd>(ctx); }

// The value stack of fast_end, from its three arguments up.
constexpr duk_idx_t kChunk = 0, kThis = 3, kState = 4, kSocket = 5, kHandle = 6, kCode = 7,
                    kMessage = 8;

bool truthy_at(duk_context* ctx, duk_idx_t idx) {
  duk_dup(ctx, idx);
  bool v = duk_to_boolean(ctx, -1);
  duk_pop(ctx);
  return v;
}

// obj[name] is truthy.
template <std::size_t N>
bool truthy(duk_context* ctx, duk_idx_t obj, const char (&name)[N]) {
  duk_get_prop_literal_raw(ctx, obj, name, N - 1);
  bool v = duk_to_boolean(ctx, -1);
  duk_pop(ctx);
  return v;
}

// obj[name] is the heap object ptr (an identity test: ===).
template <std::size_t N>
bool is(duk_context* ctx, duk_idx_t obj, const char (&name)[N], void* ptr) {
  duk_get_prop_literal_raw(ctx, obj, name, N - 1);
  bool v = duk_is_object(ctx, -1) && duk_get_heapptr(ctx, -1) == ptr;
  duk_pop(ctx);
  return v;
}

// obj[name] === 0.
template <std::size_t N>
bool is_zero(duk_context* ctx, duk_idx_t obj, const char (&name)[N]) {
  duk_get_prop_literal_raw(ctx, obj, name, N - 1);
  bool v = duk_is_number(ctx, -1) && duk_get_number(ctx, -1) == 0;
  duk_pop(ctx);
  return v;
}

// Pushes obj[name] and tells whether it is an object.
template <std::size_t N>
bool push_object(duk_context* ctx, duk_idx_t obj, const char (&name)[N]) {
  duk_get_prop_literal_raw(ctx, obj, name, N - 1);
  return duk_is_object(ctx, -1);
}

// writableBusy(ws) in js/_http_server.js: corked, ending or destroyed, from
// ws.bits when the state keeps them as bits (their names are accessors
// then), else by name.
bool writable_busy(duk_context* ctx, duk_idx_t ws) {
  std::uint32_t mask = fast(ctx).busy_bits;
  if (mask != 0) {
    duk_get_prop_literal(ctx, ws, "bits");
    bool bits = duk_is_number(ctx, -1);
    bool busy = bits && (static_cast<std::uint32_t>(duk_to_uint32(ctx, -1)) & mask) != 0;
    duk_pop(ctx);
    if (bits) return busy;
  }
  return !is_zero(ctx, ws, "corked") || truthy(ctx, ws, "ending") || truthy(ctx, ws, "destroyed");
}

// directHandle(res) in js/_http_server.js: the response owns the socket
// and nothing waits in front of it. Pushes socket (kSocket) and its
// handle (kHandle).
bool socket_free(duk_context* ctx) {
  void* self = duk_get_heapptr(ctx, kThis);
  if (!push_object(ctx, kThis, "socket") || !is(ctx, kSocket, "_httpMessage", self)) return false;
  duk_get_prop_literal(ctx, kThis, "outputData");
  bool queued = duk_get_length(ctx, -1) != 0;
  duk_pop(ctx);
  if (queued || !push_object(ctx, kSocket, "_writableState")) return false;
  duk_idx_t ws = duk_get_top_index(ctx);
  bool busy = !is_zero(ctx, ws, "length") || writable_busy(ctx, ws);
  duk_pop(ctx);
  if (busy || truthy(ctx, kSocket, "connecting")) return false;
  duk_get_prop_literal(ctx, kSocket, "_httpState");
  bool detached = duk_is_null(ctx, -1);
  duk_pop(ctx);
  return !detached && push_object(ctx, kSocket, "_handle");
}

// What end(chunk) would find: a server's response with nothing written,
// whose head methods are the built-in ones. Pushes kState..kHandle.
bool fast_case(duk_context* ctx) {
  FastEnd& f = fast(ctx);
  if (!duk_is_string(ctx, kChunk) || duk_get_length(ctx, kChunk) == 0 ||
      !duk_is_undefined(ctx, 1) || !duk_is_undefined(ctx, 2)) {
    return false;
  }
  if (!push_object(ctx, kThis, "_httpState")) return false;
  if (truthy(ctx, kThis, "finished") || truthy(ctx, kThis, "_header")) return false;
  if (!is(ctx, kThis, "_implicitHeader", f.implicit_header) ||
      !is(ctx, kThis, "_storeHeader", f.store_header)) {
    return false;
  }
  return socket_free(ctx);
}

// writeHeadImpl's checks for writeHead(this.statusCode): pushes the code
// (kCode) and the reason phrase (kMessage); false when it would throw.
// *own_message: the phrase is the message's own, not STATUS_CODES'.
bool status_ok(duk_context* ctx, int* code, bool* own_message) {
  duk_get_prop_literal(ctx, kThis, "statusCode");
  if (!duk_is_number(ctx, kCode)) return false;
  double raw = duk_get_number(ctx, kCode);
  *code = duk_to_int32(ctx, kCode);  // statusCode |= 0
  if (*code < 100 || *code > 999) return false;
  duk_push_boolean(ctx, static_cast<double>(*code) != raw);
  duk_replace(ctx, kCode);  // kCode now: must statusCode be rewritten?
  duk_get_prop_literal(ctx, kThis, "statusMessage");
  *own_message = truthy_at(ctx, kMessage);
  if (*own_message) return !invalid_header_text(ctx, kMessage);
  duk_push_heapptr(ctx, fast(ctx).status_codes);
  // STATUS_CODES[code] by its key string: an index read of a plain object
  // converts the number to a string first (~800 instructions in all).
  char key[4] = {static_cast<char>('0' + *code / 100), static_cast<char>('0' + *code / 10 % 10),
                 static_cast<char>('0' + *code % 10), '\0'};
  duk_get_prop_lstring(ctx, -1, key, 3);
  if (!truthy_at(ctx, -1)) {
    duk_pop(ctx);
    duk_push_literal(ctx, "unknown");
  }
  duk_replace(ctx, kMessage);
  duk_pop(ctx);  // STATUS_CODES
  return true;
}

// writeHeadImpl's writes, now that the fast path is certain.
void commit_status(duk_context* ctx, int code, bool own_message) {
  if (!own_message) {
    duk_dup(ctx, kMessage);
    duk_put_prop_literal(ctx, kThis, "statusMessage");
  }
  if (duk_get_boolean(ctx, kCode)) {
    duk_push_int(ctx, code);
    duk_put_prop_literal(ctx, kThis, "statusCode");
  }
  if (code == 204 || code == 304 || code < 200) {
    duk_push_false(ctx);
    duk_put_prop_literal(ctx, kThis, "_hasBody");
  }
  if (truthy(ctx, kThis, "_expect_continue") && !truthy(ctx, kThis, "_sent100")) {
    duk_push_false(ctx);
    duk_put_prop_literal(ctx, kThis, "shouldKeepAlive");
  }
}

// Lays the stack out as store_header wants it, [msg, code, message, body,
// handle], with state and socket above: [.., state (5), socket (6)].
void stack_for_store(duk_context* ctx, int code) {
  duk_dup(ctx, kChunk);
  duk_dup(ctx, kThis);
  duk_replace(ctx, 0);  // this
  duk_replace(ctx, 3);  // chunk
  duk_push_int(ctx, code);
  duk_replace(ctx, 1);
  duk_dup(ctx, kMessage);
  duk_replace(ctx, 2);
  duk_dup(ctx, kHandle);
  duk_dup(ctx, kState);
  duk_dup(ctx, kSocket);
  duk_replace(ctx, 6);  // socket
  duk_replace(ctx, 5);  // state
  duk_replace(ctx, 4);  // handle
  duk_set_top(ctx, 7);
}

// The JS end(chunk) with this at 0 and chunk at 3 (store_header's layout).
duk_ret_t general_after_store(duk_context* ctx) {
  duk_push_heapptr(ctx, fast(ctx).general);
  duk_dup(ctx, 0);
  duk_dup(ctx, 3);
  duk_call_method(ctx, 1);
  return 1;
}

// _storeHeader's and end()'s bookkeeping after n bytes went to the socket
// (stack: [msg, code, message, body, handle, state, socket, n]).
void after_write(duk_context* ctx, double n) {
  constexpr duk_idx_t msg = 0, state = 5, socket = 6;
  duk_push_number(ctx, n);
  duk_put_prop_literal(ctx, msg, "_header");
  duk_push_true(ctx);
  duk_put_prop_literal(ctx, msg, "_headerSent");
  duk_get_prop_literal(ctx, socket, "_bytesDispatched");
  duk_push_number(ctx, duk_to_number(ctx, -1) + n);
  duk_put_prop_literal(ctx, socket, "_bytesDispatched");
  duk_pop(ctx);
  duk_get_prop_literal(ctx, socket, "_timeoutTimer");
  bool timer = !duk_is_null(ctx, -1);
  duk_pop(ctx);
  if (timer) {  // socket._unrefTimer(): writing is activity
    duk_get_prop_literal(ctx, socket, "_unrefTimer");
    duk_dup(ctx, socket);
    duk_call_method(ctx, 0);
    duk_pop(ctx);
  }
  // finishSoon(msg) (@anchor finish-after-request)
  const std::uint32_t* tick = engine::tick_info();
  duk_get_prop_literal(ctx, state, "finishing");
  bool free_slot = duk_is_null(ctx, -1);  // null: dispatching, and no response finished yet
  duk_pop(ctx);
  if (free_slot && tick[engine::kHasTickScheduled] == 0 &&
      tick[engine::kHasMicrotasks] == 0) {
    duk_dup(ctx, msg);
    duk_put_prop_literal(ctx, state, "finishing");
  } else {
    duk_push_heapptr(ctx, fast(ctx).finish_later);
    duk_dup(ctx, msg);
    duk_call(ctx, 1);
    duk_pop(ctx);
  }
  duk_push_true(ctx);
  duk_put_prop_literal(ctx, msg, "finished");
}

// this._finish()'s 'prefinish', when someone listens.
void maybe_prefinish(duk_context* ctx) {
  if (!push_object(ctx, 0, "_events")) return duk_pop(ctx);
  duk_get_prop_literal(ctx, -1, "prefinish");
  bool listened = !duk_is_undefined(ctx, -1);
  duk_pop_2(ctx);
  if (!listened) return;
  duk_get_prop_literal(ctx, 0, "emit");
  duk_dup(ctx, 0);
  duk_push_literal(ctx, "prefinish");
  duk_call_method(ctx, 1);
  duk_pop(ctx);
}

// @anchor fast-end
// res.end(chunk[, encoding][, callback]).
duk_ret_t fast_end(duk_context* ctx) {
  duk_push_this(ctx);
  int code = 0;
  bool own_message = false;
  if (!fast_case(ctx) || !status_ok(ctx, &code, &own_message)) {
    duk_set_top(ctx, kThis + 1);
    duk_push_heapptr(ctx, fast(ctx).general);
    duk_dup(ctx, kThis);
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    duk_dup(ctx, 2);
    duk_call_method(ctx, 3);
    return 1;
  }
  commit_status(ctx, code, own_message);
  stack_for_store(ctx, code);
  store_header(ctx);
  if (!duk_is_number(ctx, -1)) return general_after_store(ctx);  // refused: JS does it all
  after_write(ctx, duk_get_number(ctx, -1));
  maybe_prefinish(ctx);
  duk_dup(ctx, 0);
  return 1;
}

// installFastEnd(end, implicitHeader, storeHeader, STATUS_CODES, finishLater[, busyBits])
duk_ret_t install_fast_end(duk_context* ctx) {
  FastEnd& f = fast(ctx);
  void** slots[] = {&f.general, &f.implicit_header, &f.store_header, &f.status_codes,
                    &f.finish_later};
  for (duk_idx_t i = 0; i < 5; ++i) {
    if (!duk_is_object(ctx, i)) {
      engine::throw_error(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                          "installFastEnd: argument %d must be an object", static_cast<int>(i));
    }
    f.pins[i] = engine::Ref(ctx, i);
    *slots[i] = duk_get_heapptr(ctx, i);
  }
  f.busy_bits = duk_is_number(ctx, 5) ? static_cast<std::uint32_t>(duk_to_uint32(ctx, 5)) : 0;
  duk_push_c_function(ctx, fast_end, 3);
  duk_push_literal(ctx, "name");
  duk_push_literal(ctx, "end");
  duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE);
  return 1;
}

}  // namespace

void put_end_functions(duk_context* ctx) {
  static const engine::FunctionEntry kFunctions[] = {{"installFastEnd", install_fast_end, 6},
                                                     {nullptr, nullptr, 0}};
  engine::put_functions(ctx, duk_get_top_index(ctx), kFunctions);
}

}  // namespace minode::http::detail
