// internalBinding('net'): the methods of a connection handle (Node's
// stream_wrap.cc and the connect half of tcp_wrap.cc / pipe_wrap.cc).
//
// Every completion (data read, connect, write, shutdown) calls back into
// JS through engine::make_callback, from the loop; a method itself never
// calls JS. Methods validate their arguments before creating anything
// that owns memory: a JS throw longjmps past C++ destructors.
#include <cerrno>
#include <memory>
#include <string>
#include <vector>

#include "net/net_binding_internal.hpp"

namespace minode::net::detail {
namespace {

using RefPtr = std::shared_ptr<engine::Ref>;

// Calls obj[name](args...) where obj is pinned by ref; the args are pushed
// by push_args. [..] -> [..]
template <typename PushArgs>
void call_method(duk_context* ctx, const engine::Ref& ref, const char* name, PushArgs push_args) {
  ref.push();
  if (!duk_get_prop_string(ctx, -1, name) || !duk_is_function(ctx, -1)) {
    duk_pop_2(ctx);
    return;
  }
  duk_swap_top(ctx, -2);  // [fn this]
  duk_idx_t before = duk_get_top(ctx);
  push_args();
  engine::make_callback(ctx, duk_get_top(ctx) - before);
}

// A StatusCallback that runs req.oncomplete(status, handle, req).
StatusCallback complete_req(HandleWrap* w, RefPtr req) {
  return [w, req](int status) {
    duk_context* ctx = w->ctx;
    call_method(ctx, *req, "oncomplete", [&] {
      duk_push_int(ctx, status);
      w->self.push();
      req->push();
    });
  };
}

HandleWrap* stream_wrap(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  return (w != nullptr && w->stream) ? w : nullptr;
}

// @anchor binding-read
// handle.readStart(): the Stream reads straight into a new Duktape buffer
// that lend() pushes (exactly the bytes waiting); deliver() then calls
// handle.onread(nread, Buffer over those bytes) and pops it. No copy.
duk_ret_t read_start(duk_context* ctx) {
  HandleWrap* w = stream_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  auto lend = [w](std::size_t size) {
    w->lent = true;  // on the value stack until deliver() pops it
    return static_cast<char*>(duk_push_buffer_raw(w->ctx, size, DUK_BUF_FLAG_NOZERO));
  };
  auto deliver = [w](long nread, const char* data) {
    duk_context* c = w->ctx;
    duk_idx_t lent = w->lent ? duk_get_top_index(c) : -1;
    w->lent = false;
    if (nread != 0) {
      call_method(c, w->self, "onread", [&] {
        duk_push_number(c, static_cast<double>(nread));
        if (nread > 0 && lent >= 0) push_buffer_view(c, lent, static_cast<std::size_t>(nread));
        else if (nread > 0) push_bytes(c, data, static_cast<std::size_t>(nread));
        else duk_push_undefined(c);
      });
    }
    if (lent >= 0) duk_remove(c, lent);
  };
  duk_push_int(ctx, w->stream->read_start(deliver, lend));
  return 1;
}

duk_ret_t read_stop(duk_context* ctx) {
  HandleWrap* w = stream_wrap(ctx);
  if (w != nullptr) w->stream->read_stop();
  duk_push_int(ctx, w == nullptr ? -EBADF : 0);
  return 1;
}

// connect(req, address, port) for TCP, connect(req, path) for Pipe.
duk_ret_t connect(duk_context* ctx) {
  duk_require_object(ctx, 0);
  const char* addr = duk_require_string(ctx, 1);
  HandleWrap* w = stream_wrap(ctx);
  int port = w != nullptr && w->kind == Kind::kTcp ? duk_require_int(ctx, 2) : 0;
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  int err;
  {
    Endpoint ep;
    ep.address = addr;
    ep.port = static_cast<std::uint16_t>(port);
    ep.family = w->kind == Kind::kPipe ? Family::kUnix
                                       : parse_ip(ep.address) == 6 ? Family::kIPv6 : Family::kIPv4;
    err = w->stream->connect(ep, complete_req(w, std::make_shared<engine::Ref>(ctx, 0)));
  }
  duk_push_int(ctx, err);
  return 1;
}

// After a write: a queued one borrowed the bytes (Ownership::kBorrow), so
// req.buffer keeps the Buffer (or the array of them) at idx 1 alive, and
// the pinned req keeps req.buffer, until req.oncomplete. Then sets
// req.bytes and req.async; returns err to JS.
duk_ret_t finish_write(duk_context* ctx, int rc, std::size_t bytes) {
  if (rc == 1) {
    duk_dup(ctx, 1);
    duk_put_prop_string(ctx, 0, "buffer");
  }
  duk_push_number(ctx, static_cast<double>(bytes));
  duk_put_prop_string(ctx, 0, "bytes");
  duk_push_boolean(ctx, rc == 1);
  duk_put_prop_string(ctx, 0, "async");
  duk_push_int(ctx, rc < 0 ? rc : 0);
  return 1;
}

duk_ret_t write_buffer(duk_context* ctx) {
  duk_require_object(ctx, 0);
  std::size_t len = 0;
  const char* data = get_bytes(ctx, 1, &len);
  if (data == nullptr) engine::throw_error(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "expected a Buffer");
  HandleWrap* w = stream_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  int rc;
  {
    Slice s{data, len};
    auto req = std::make_shared<engine::Ref>();  // pinned only if the write queues
    rc = w->stream->write(&s, 1, complete_req(w, req), Ownership::kBorrow);
    if (rc == 1) *req = engine::Ref(ctx, 0);
  }
  return finish_write(ctx, rc, len);
}

// writev(req, [buf, buf, ...]): one vectored write.
duk_ret_t writev(duk_context* ctx) {
  duk_require_object(ctx, 0);
  duk_size_t n = duk_get_length(ctx, 1);
  for (duk_size_t i = 0; i < n; ++i) {  // validate before allocating
    duk_get_prop_index(ctx, 1, static_cast<duk_uarridx_t>(i));
    std::size_t len = 0;
    bool ok = get_bytes(ctx, -1, &len) != nullptr;
    duk_pop(ctx);
    if (!ok) engine::throw_error(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", "expected Buffers");
  }
  HandleWrap* w = stream_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  int rc;
  std::size_t total = 0;
  {
    std::vector<Slice> slices(n);
    for (duk_size_t i = 0; i < n; ++i) {
      duk_get_prop_index(ctx, 1, static_cast<duk_uarridx_t>(i));
      slices[i].data = get_bytes(ctx, -1, &slices[i].len);  // the array keeps it alive
      total += slices[i].len;
      duk_pop(ctx);
    }
    auto req = std::make_shared<engine::Ref>();
    rc = w->stream->write(slices.data(), n, complete_req(w, req), Ownership::kBorrow);
    if (rc == 1) *req = engine::Ref(ctx, 0);
  }
  return finish_write(ctx, rc, total);
}

duk_ret_t shutdown(duk_context* ctx) {
  duk_require_object(ctx, 0);
  HandleWrap* w = stream_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -ENOTCONN); return 1; }
  int err = w->stream->shutdown(complete_req(w, std::make_shared<engine::Ref>(ctx, 0)));
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t getpeername(duk_context* ctx) {
  HandleWrap* w = stream_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  Endpoint ep;
  int err = w->stream->remote_address(&ep);
  if (err == 0) put_endpoint(ctx, 0, ep);
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t set_no_delay(duk_context* ctx) {
  HandleWrap* w = stream_wrap(ctx);
  duk_push_int(ctx, w == nullptr ? -EBADF : w->stream->set_no_delay(duk_to_boolean(ctx, 0)));
  return 1;
}

duk_ret_t set_keep_alive(duk_context* ctx) {
  bool on = duk_to_boolean(ctx, 0);
  auto delay = static_cast<unsigned>(duk_get_uint_default(ctx, 1, 0));
  HandleWrap* w = stream_wrap(ctx);
  duk_push_int(ctx, w == nullptr ? -EBADF : w->stream->set_keep_alive(on, delay));
  return 1;
}

// getBytesRead / getBytesWritten / getWriteQueueSize, by magic 0 / 1 / 2.
duk_ret_t counter(duk_context* ctx) {
  HandleWrap* w = stream_wrap(ctx);
  double v = 0;
  if (w != nullptr) {
    int which = duk_get_current_magic(ctx);
    v = which == 0 ? static_cast<double>(w->stream->bytes_read())
        : which == 1 ? static_cast<double>(w->stream->bytes_written())
                     : static_cast<double>(w->stream->write_queue_size());
  }
  duk_push_number(ctx, v);
  return 1;
}

}  // namespace

void put_stream_methods(duk_context* ctx, duk_idx_t idx, bool tcp) {
  static const engine::FunctionEntry kFunctions[] = {
      {"readStart", read_start, 0},      {"readStop", read_stop, 0},
      {"connect", connect, 3},           {"writeBuffer", write_buffer, 2},
      {"writev", writev, 2},             {"shutdown", shutdown, 1},
      {nullptr, nullptr, 0}};
  static const engine::FunctionEntry kTcpOnly[] = {
      {"getpeername", getpeername, 1},   {"setNoDelay", set_no_delay, 1},
      {"setKeepAlive", set_keep_alive, 2}, {nullptr, nullptr, 0}};
  idx = duk_normalize_index(ctx, idx);
  engine::put_functions(ctx, idx, kFunctions);
  if (tcp) engine::put_functions(ctx, idx, kTcpOnly);
  const char* names[] = {"getBytesRead", "getBytesWritten", "getWriteQueueSize"};
  for (int i = 0; i < 3; ++i) {
    duk_push_c_function(ctx, counter, 0);
    duk_set_magic(ctx, -1, i);
    duk_put_prop_string(ctx, idx, names[i]);
  }
}

}  // namespace minode::net::detail
