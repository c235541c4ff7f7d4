// internalBinding('fs') plumbing (see fs_binding.hpp): how one operation
// becomes either a direct call or a thread-pool job. The operations
// themselves are in fs_binding_ops.cpp, fs.constants in fs_constants.cpp.
//
// Node does the same with FSReqCallback (src/node_file.cc): every binding
// function takes an optional `req`; without it the call is synchronous and
// a failure throws, with it the call goes to uv_fs_* with a callback.
#include "fs/fs_binding.hpp"

#include <cerrno>
#include <cstring>

#include "fs/fs_request.hpp"
#include "loop/loop.hpp"
#include "threadpool/threadpool.hpp"

#if __has_include("buffer/buffer_binding.hpp") && defined(MINODE_FS_HAS_BUFFER)
#include "buffer/buffer_binding.hpp"
#define MINODE_FS_PUSH_BUFFER 1
#endif

namespace minode::fs {
namespace {

duk_context* g_ctx = nullptr;  // the one heap; set by init()

void push_error(duk_context* ctx, const Req& r) {
  engine::push_errno_error(ctx, -r.err, r.syscall, r.error_has_path ? r.path.c_str() : nullptr,
                           r.error_has_dest ? r.dest.c_str() : nullptr);
}

// The loop thread, poll phase: deliver r's outcome to its callback.
// @anchor fs-complete
void complete(Req* r, int status) {
  duk_context* ctx = g_ctx;
  if (status == ECANCELED) r->err = -ECANCELED;
  r->callback.push();
  duk_push_undefined(ctx);
  duk_idx_t nargs = 1;
  if (r->err < 0) {
    push_error(ctx, *r);
  } else {
    duk_push_null(ctx);
    if (r->push != nullptr) {
      r->push(ctx, *r);
      nargs = 2;
    }
  }
  delete r;  // before the call: the callback may start new work; Refs die here
  engine::make_callback(ctx, nargs);
}

}  // namespace

// @anchor fs-dispatch
duk_ret_t dispatch(duk_context* ctx, Req* r, duk_idx_t cb_idx) {
  if (duk_is_function(ctx, cb_idx)) {
    r->callback = engine::Ref(ctx, cb_idx);
    threadpool::ThreadPool::default_pool().submit(
        loop::Loop::default_loop(), [r] { r->run(*r); }, [r](int status) { complete(r, status); });
    return 0;
  }
  r->run(*r);
  if (r->err < 0) {
    push_error(ctx, *r);
    delete r;  // before the throw (a longjmp): see fs_request.hpp
    return duk_throw(ctx);
  }
  duk_ret_t nret = 0;
  if (r->push != nullptr) {
    r->push(ctx, *r);
    nret = 1;
  }
  delete r;
  return nret;
}

void hold_buffer(duk_context* ctx, duk_idx_t idx, Req* r) {
  duk_size_t size = 0;
  r->data = static_cast<char*>(duk_require_buffer_data(ctx, idx, &size));
  r->size = size;
  r->keep = engine::Ref(ctx, idx);
}

void push_bytes(duk_context* ctx, const char* data, std::size_t len) {
#ifdef MINODE_FS_PUSH_BUFFER
  buffer::push_buffer(ctx, data, len);
#else
  void* p = duk_push_fixed_buffer(ctx, len);
  if (len > 0) std::memcpy(p, data, len);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
  duk_remove(ctx, -2);
#endif
}

namespace {

void init(duk_context* ctx) {
  g_ctx = ctx;
  put_operations(ctx, -1);
  duk_push_object(ctx);
  put_constants(ctx, -1);
  duk_put_prop_string(ctx, -2, "constants");
  duk_push_uint(ctx, static_cast<duk_uint_t>(threadpool::ThreadPool::default_pool().size()));
  duk_put_prop_string(ctx, -2, "threadpoolSize");
}

}  // namespace

void register_fs_bindings() { engine::register_binding("fs", init); }

}  // namespace minode::fs
