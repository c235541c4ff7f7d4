// internalBinding('net'): the methods of a listening handle (the server
// half of Node's tcp_wrap.cc / pipe_wrap.cc): bind, bind6, listen, and the
// onconnection(err, clientHandle) callback.
#include <cerrno>
#include <string>

#include "loop/loop.hpp"
#include "net/net_binding_internal.hpp"

namespace minode::net::detail {
namespace {

HandleWrap* server_wrap(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  return (w != nullptr && w->server) ? w : nullptr;
}

// bind(address, port) / bind6(address, port, flags) / bind(path): magic 6
// marks bind6. On a connection handle it binds the local end before connect.
duk_ret_t bind(duk_context* ctx) {
  const char* addr = duk_require_string(ctx, 0);
  HandleWrap* w = this_wrap(ctx);  // a server, or a client binding its local end
  if (w == nullptr) { duk_push_int(ctx, -EINVAL); return 1; }
  bool v6 = duk_get_current_magic(ctx) == 6;
  int port = w->kind == Kind::kTcp ? duk_require_int(ctx, 1) : 0;
  unsigned flags = v6 ? duk_get_uint_default(ctx, 2, 0) : 0;
  int err;
  {
    Endpoint ep;
    ep.address = addr;
    ep.port = static_cast<std::uint16_t>(port);
    ep.family = w->kind == Kind::kPipe ? Family::kUnix : v6 ? Family::kIPv6 : Family::kIPv4;
    err = w->server ? w->server->bind(ep, flags) : w->stream->bind(ep);
  }
  duk_push_int(ctx, err);
  return 1;
}

// listen(backlog): each connection arrives as onconnection(0, client).
duk_ret_t listen(duk_context* ctx) {
  int backlog = duk_get_int_default(ctx, 0, Server::kDefaultBacklog);
  HandleWrap* w = server_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EINVAL); return 1; }
  int err = w->server->listen(backlog, [w](int status, std::shared_ptr<Stream> conn) {
    duk_context* c = w->ctx;
    w->self.push();
    if (!duk_get_prop_string(c, -1, "onconnection") || !duk_is_function(c, -1)) {
      duk_pop_2(c);
      if (conn) conn->close();
      return;
    }
    duk_swap_top(c, -2);  // [fn this]
    duk_push_int(c, status);
    if (conn) push_new_handle(c, w->kind, std::move(conn));
    else duk_push_undefined(c);
    engine::make_callback(c, 2);
  });
  duk_push_int(ctx, err);
  return 1;
}

}  // namespace

void put_server_methods(duk_context* ctx, duk_idx_t idx) {
  idx = duk_normalize_index(ctx, idx);
  duk_push_c_function(ctx, bind, 3);
  duk_set_magic(ctx, -1, 4);
  duk_put_prop_string(ctx, idx, "bind");
  duk_push_c_function(ctx, bind, 3);
  duk_set_magic(ctx, -1, 6);
  duk_put_prop_string(ctx, idx, "bind6");
  duk_push_c_function(ctx, listen, 1);
  duk_put_prop_string(ctx, idx, "listen");
}

}  // namespace minode::net::detail
