// internalBinding('net') (see net_binding.hpp for the JS interface).
//
// This file builds the module: the TCP and Pipe constructors, the wrap
// bookkeeping every method shares, and the free functions (lookup, isIP,
// errname). The methods are in net_binding_stream.cpp (connections) and
// net_binding_server.cpp (listeners).
#include "net/net_binding.hpp"

#include <cerrno>
#include <cstring>
#include <string>

#include "engine/binding.hpp"
#include "loop/loop.hpp"
#include "net/net_binding_internal.hpp"
#include "net/resolver.hpp"

#if __has_include("buffer/buffer_binding.hpp")
#include "buffer/buffer_binding.hpp"
#define MINODE_NET_BUFFERS 1
#endif

namespace minode::net {
namespace detail {
namespace {

constexpr int kSocket = 0;
constexpr int kServer = 1;
const char* const kWrapKey = DUK_HIDDEN_SYMBOL("netwrap");

// The prototypes of TCP and Pipe handles (pinned for the process's life).
engine::Ref* g_proto[2] = {nullptr, nullptr};

HandleWrap* attach(duk_context* ctx, duk_idx_t obj, Kind kind, std::shared_ptr<Stream> stream,
                   std::shared_ptr<Server> server) {
  obj = duk_normalize_index(ctx, obj);
  auto* w = new HandleWrap();
  w->ctx = engine::main_context(ctx);  // never a coroutine's context (binding.hpp)
  w->kind = kind;
  w->stream = std::move(stream);
  w->server = std::move(server);
  w->self = engine::Ref(ctx, obj);
  duk_push_pointer(ctx, w);
  duk_put_prop_string(ctx, obj, kWrapKey);
  return w;
}

duk_ret_t construct(duk_context* ctx, Kind kind) {
  if (!duk_is_constructor_call(ctx)) {
    engine::throw_error(ctx, DUK_ERR_TYPE_ERROR, "ERR_ILLEGAL_CONSTRUCTOR", "Illegal constructor");
  }
  int type = duk_get_int_default(ctx, 0, kSocket);
  duk_push_this(ctx);
  loop::Loop& l = loop::Loop::default_loop();
  if (type == kServer) {
    attach(ctx, -1, kind, nullptr, Server::create(l, kind));
  } else {
    attach(ctx, -1, kind, Stream::create(l, kind), nullptr);
  }
  return 0;
}

duk_ret_t new_tcp(duk_context* ctx) { return construct(ctx, Kind::kTcp); }
duk_ret_t new_pipe(duk_context* ctx) { return construct(ctx, Kind::kPipe); }

// handle.close([cb]): cb runs in the close phase; then the wrap is freed.
duk_ret_t handle_close(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  if (w == nullptr || w->handle()->is_closing()) return 0;
  bool reset = duk_get_current_magic(ctx) == 1;
  auto cb = std::make_shared<engine::Ref>();
  if (duk_is_function(ctx, 0)) *cb = engine::Ref(ctx, 0);
  auto on_close = [w, cb] {
    duk_context* c = w->ctx;
    w->self.push();
    duk_push_pointer(c, nullptr);
    duk_put_prop_string(c, -2, kWrapKey);
    if (*cb) {
      cb->push();
      duk_swap_top(c, -2);  // [fn this]
      engine::make_callback(c, 0);
    } else {
      duk_pop(c);
    }
    delete w;
  };
  if (w->server) w->server->close(on_close);
  else if (reset) w->stream->reset(on_close);
  else w->stream->close(on_close);
  return 0;
}

duk_ret_t handle_ref(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  if (w == nullptr) return 0;
  if (duk_get_current_magic(ctx) == 1) w->handle()->unref(); else w->handle()->ref();
  return 0;
}

duk_ret_t handle_has_ref(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  duk_push_boolean(ctx, w != nullptr && w->handle()->has_ref());
  return 1;
}

duk_ret_t handle_getsockname(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  Endpoint ep;
  int err = w->server ? w->server->local_address(&ep) : w->stream->local_address(&ep);
  if (err == 0) put_endpoint(ctx, 0, ep);
  duk_push_int(ctx, err);
  return 1;
}

duk_ret_t handle_fd(duk_context* ctx) {
  HandleWrap* w = this_wrap(ctx);
  duk_push_int(ctx, w == nullptr ? -1 : w->server ? w->server->fd() : w->stream->fd());
  return 1;
}

duk_ret_t handle_open(duk_context* ctx) {
  int fd = duk_require_int(ctx, 0);
  HandleWrap* w = this_wrap(ctx);
  if (w == nullptr) { duk_push_int(ctx, -EBADF); return 1; }
  duk_push_int(ctx, w->server ? w->server->open(fd) : w->stream->open(fd));
  return 1;
}

void make_prototype(duk_context* ctx, duk_c_function ctor, const char* name, int slot) {
  duk_push_c_function(ctx, ctor, 1);
  duk_push_object(ctx);
  static const engine::FunctionEntry kCommon[] = {
      {"hasRef", handle_has_ref, 0}, {"fd", handle_fd, 0}, {"open", handle_open, 1},
      {nullptr, nullptr, 0}};
  engine::put_functions(ctx, -1, kCommon);
  if (slot == 0) {  // like Node's Pipe, ours has no address methods
    duk_push_c_function(ctx, handle_getsockname, 1);
    duk_put_prop_string(ctx, -2, "getsockname");
  }
  struct Magic { const char* name; duk_c_function fn; duk_idx_t nargs; int magic; };
  static const Magic kMagic[] = {{"close", handle_close, 1, 0}, {"reset", handle_close, 1, 1},
                                 {"ref", handle_ref, 0, 0}, {"unref", handle_ref, 0, 1}};
  for (const Magic& m : kMagic) {
    duk_push_c_function(ctx, m.fn, m.nargs);
    duk_set_magic(ctx, -1, m.magic);
    duk_put_prop_string(ctx, -2, m.name);
  }
  put_stream_methods(ctx, -1, slot == 0);
  put_server_methods(ctx, -1);
  g_proto[slot] = new engine::Ref(ctx, -1);
  duk_put_prop_string(ctx, -2, "prototype");
  duk_put_prop_string(ctx, -2, name);
}

}  // namespace

HandleWrap* this_wrap(duk_context* ctx) {
  duk_push_this(ctx);
  duk_get_prop_string(ctx, -1, kWrapKey);
  auto* w = static_cast<HandleWrap*>(duk_get_pointer(ctx, -1));
  duk_pop_2(ctx);
  return w;
}

HandleWrap* wrap_at(duk_context* ctx, duk_idx_t idx) {
  if (!duk_is_object(ctx, idx)) return nullptr;
  duk_get_prop_string(ctx, idx, kWrapKey);
  auto* w = static_cast<HandleWrap*>(duk_get_pointer(ctx, -1));
  duk_pop(ctx);
  return w;
}

HandleWrap* push_new_handle(duk_context* ctx, Kind kind, std::shared_ptr<Stream> stream) {
  duk_push_object(ctx);
  g_proto[kind == Kind::kTcp ? 0 : 1]->push();
  duk_set_prototype(ctx, -2);
  return attach(ctx, -1, kind, std::move(stream), nullptr);
}

void push_bytes(duk_context* ctx, const char* data, std::size_t len) {
#ifdef MINODE_NET_BUFFERS
  buffer::push_buffer(ctx, data, len);
#else
  void* p = duk_push_fixed_buffer(ctx, len);
  if (len > 0) std::memcpy(p, data, len);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
#endif
}

void push_buffer_view(duk_context* ctx, duk_idx_t idx, std::size_t len) {
  idx = duk_normalize_index(ctx, idx);
#ifdef MINODE_NET_BUFFERS
  // A Buffer is a Uint8Array with Buffer.prototype (buffer_binding.hpp);
  // take that prototype from a Buffer push_buffer() makes, once.
  static engine::Ref* proto = nullptr;
  if (proto == nullptr) {
    buffer::push_buffer(ctx, nullptr, 0);
    duk_get_prototype(ctx, -1);
    proto = new engine::Ref(ctx, -1);  // for the process's life, as g_proto
    duk_pop_2(ctx);
  }
  duk_push_buffer_object(ctx, idx, 0, len, DUK_BUFOBJ_UINT8ARRAY);
  proto->push();
  duk_set_prototype(ctx, -2);
#else
  duk_push_buffer_object(ctx, idx, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
#endif
}

const char* get_bytes(duk_context* ctx, duk_idx_t idx, std::size_t* len) {
#ifdef MINODE_NET_BUFFERS
  return buffer::get_bytes(ctx, idx, len);
#else
  if (!duk_is_buffer_data(ctx, idx)) { *len = 0; return nullptr; }
  duk_size_t n = 0;
  auto* p = static_cast<const char*>(duk_get_buffer_data(ctx, idx, &n));
  *len = n;
  return p != nullptr ? p : "";
#endif
}

void put_endpoint(duk_context* ctx, duk_idx_t idx, const Endpoint& ep) {
  idx = duk_normalize_index(ctx, idx);
  if (!duk_is_object(ctx, idx)) return;
  duk_push_string(ctx, ep.address.c_str());
  duk_put_prop_string(ctx, idx, "address");
  duk_push_string(ctx, family_name(ep.family));
  duk_put_prop_string(ctx, idx, "family");
  if (ep.family == Family::kUnix) return;
  duk_push_uint(ctx, ep.port);
  duk_put_prop_string(ctx, idx, "port");
}

}  // namespace detail

namespace {

// lookup(host, family, cb): cb(err, address, family) on the loop thread.
duk_ret_t lookup(duk_context* ctx) {
  const char* host = duk_require_string(ctx, 0);
  int family = duk_get_int_default(ctx, 1, 0);
  duk_require_function(ctx, 2);
  auto cb = std::make_shared<engine::Ref>(ctx, 2);
  resolve(loop::Loop::default_loop(), host, family, [ctx, cb](int status, std::vector<Endpoint> eps) {
    cb->push();
    duk_push_undefined(ctx);
    if (status == 0 && eps.empty()) status = kEaiNoname;
    duk_push_int(ctx, status);
    duk_push_string(ctx, status == 0 ? eps[0].address.c_str() : "");
    duk_push_int(ctx, status == 0 ? static_cast<int>(eps[0].family) : 0);
    engine::make_callback(ctx, 3);
  });
  return 0;
}

duk_ret_t is_ip(duk_context* ctx) {
  duk_push_int(ctx, duk_is_string(ctx, 0) ? parse_ip(duk_get_string(ctx, 0)) : 0);
  return 1;
}

// errname(err) -> [code, message]: the pieces of Node's error messages.
duk_ret_t errname(duk_context* ctx) {
  int err = -duk_require_int(ctx, 0);
  duk_push_array(ctx);
  if (-err == kEof || -err == kEaiNoname) {
    duk_push_string(ctx, -err == kEof ? "EOF" : "ENOTFOUND");
    duk_put_prop_index(ctx, -2, 0);
    duk_push_string(ctx, -err == kEof ? "end of file" : "unknown node or service");
    duk_put_prop_index(ctx, -2, 1);
    return 1;
  }
  duk_push_string(ctx, engine::errno_name(err));
  duk_put_prop_index(ctx, -2, 0);
  engine::push_errno_error(ctx, err, "");  // "CODE: message, " -> message
  duk_get_prop_string(ctx, -1, "message");
  std::string text = duk_get_string(ctx, -1);
  std::string::size_type colon = text.find(": ");
  std::string::size_type comma = text.rfind(", ");
  std::string msg = (colon != std::string::npos && comma != std::string::npos && comma > colon)
                        ? text.substr(colon + 2, comma - colon - 2) : text;
  duk_pop_2(ctx);
  duk_push_string(ctx, msg.c_str());
  duk_put_prop_index(ctx, -2, 1);
  return 1;
}

void init(duk_context* ctx) {
  detail::make_prototype(ctx, detail::new_tcp, "TCP", 0);
  detail::make_prototype(ctx, detail::new_pipe, "Pipe", 1);
  static const engine::FunctionEntry kFunctions[] = {
      {"lookup", lookup, 3}, {"isIP", is_ip, 1}, {"errname", errname, 1}, {nullptr, nullptr, 0}};
  engine::put_functions(ctx, -1, kFunctions);
  duk_push_object(ctx);
  duk_push_int(ctx, detail::kSocket);
  duk_put_prop_string(ctx, -2, "SOCKET");
  duk_push_int(ctx, detail::kServer);
  duk_put_prop_string(ctx, -2, "SERVER");
  duk_push_int(ctx, static_cast<int>(kEof));
  duk_put_prop_string(ctx, -2, "UV_EOF");
  duk_push_int(ctx, kEaiNoname);
  duk_put_prop_string(ctx, -2, "UV_EAI_NONAME");
  duk_push_int(ctx, kBindIPv6Only);
  duk_put_prop_string(ctx, -2, "UV_TCP_IPV6ONLY");
  duk_push_int(ctx, Server::kDefaultBacklog);
  duk_put_prop_string(ctx, -2, "DEFAULT_BACKLOG");
  duk_put_prop_string(ctx, -2, "constants");
}

}  // namespace

void register_net_bindings() { engine::register_binding("net", init); }

}  // namespace minode::net
