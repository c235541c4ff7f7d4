// Shared between the net binding's files (not a public interface).
//
// What: HandleWrap ties one JS handle object (made by internalBinding('net')
// .TCP or .Pipe) to its C++ Stream or Server. The JS object stores a
// pointer to its wrap in a hidden property; the wrap pins the JS object
// with an engine::Ref until the handle's close callback has run, so
// neither side can vanish while the other still refers to it.
// Invariants: wrap->stream or wrap->server is set, never both. After close
// the wrap is deleted and the JS object's pointer set to null; methods
// called on it then report EBADF instead of touching freed memory.
// Read first: net_binding.hpp (the JS interface), stream.hpp, server.hpp.
#pragma once
#include <memory>

#include "duktape.h"
#include "engine/binding.hpp"
#include "net/server.hpp"
#include "net/stream.hpp"

namespace minode::net::detail {

/// The C++ side of one JS handle.
struct HandleWrap {
  duk_context* ctx = nullptr;
  Kind kind = Kind::kTcp;
  bool lent = false;  ///< a read buffer is on the value stack (net_binding_stream.cpp)
  engine::Ref self;                ///< the JS handle object, pinned until closed
  std::shared_ptr<Stream> stream;  ///< a connection (type SOCKET)
  std::shared_ptr<Server> server;  ///< a listener (type SERVER)
  /// The loop handle behind this wrap (the Stream or the Server).
  loop::Handle* handle() const {
    return stream ? static_cast<loop::Handle*>(stream.get()) : server.get();
  }
};

/// The wrap of `this`, or nullptr once closed.
HandleWrap* this_wrap(duk_context* ctx);
/// The wrap of the JS handle at idx, or nullptr (closed, or not a handle).
/// For layers above that take over a connection's bytes in C++ (the HTTP
/// server's parser consumes the Stream: src/http/http_consume.cpp).
HandleWrap* wrap_at(duk_context* ctx, duk_idx_t idx);
/// Creates a JS handle of kind for an existing Stream (an accepted one);
/// leaves it on the stack.
HandleWrap* push_new_handle(duk_context* ctx, Kind kind, std::shared_ptr<Stream> stream);
/// Pushes a Buffer holding a copy of data[0, len).
void push_bytes(duk_context* ctx, const char* data, std::size_t len);
/// Pushes a Buffer over the first len bytes of the plain buffer at idx
/// (no copy).
void push_buffer_view(duk_context* ctx, duk_idx_t idx, std::size_t len);
/// The bytes of the Buffer/Uint8Array at idx, or nullptr.
const char* get_bytes(duk_context* ctx, duk_idx_t idx, std::size_t* len);
/// Fills the object at idx with {address, family, port} from ep.
void put_endpoint(duk_context* ctx, duk_idx_t idx, const Endpoint& ep);
/// Installs the stream methods (read, write, shutdown...) on the prototype at idx.
void put_stream_methods(duk_context* ctx, duk_idx_t idx, bool tcp);
/// Installs the server methods (bind, listen) on the prototype at idx.
void put_server_methods(duk_context* ctx, duk_idx_t idx);

}  // namespace minode::net::detail
