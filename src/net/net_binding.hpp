// internalBinding('net'): the C++ half of require('net') (Node's
// tcp_wrap, pipe_wrap, stream_wrap and cares_wrap's lookup, in one).
//
// What: handle objects over stream.hpp / server.hpp, in the shape Node's
// lib/net.js expects of its handles, so net.js reads like Node's.
// Interface (JS):
//   new TCP(type) / new Pipe(type)      type: constants.SOCKET or .SERVER
//   handle.open(fd) bind(addr, port) bind6(addr, port, flags) bind(path)
//   handle.listen(backlog)               then handle.onconnection(err, client)
//   handle.connect(req, addr, port)     handle.connect(req, path)
//                                        then req.oncomplete(status, handle, req)
//   handle.readStart() readStop()        then handle.onread(nread, buffer)
//   handle.writeBuffer(req, buf) writev(req, bufs)   -> err; req.async,
//                                        req.bytes; later req.oncomplete(status)
//   handle.shutdown(req)                 then req.oncomplete(status)
//   handle.close(cb) reset(cb) ref() unref() hasRef()
//   handle.getsockname(out) getpeername(out) setNoDelay(b) setKeepAlive(b, s)
//   handle.getBytesRead() getBytesWritten() getWriteQueueSize() fd()
//   lookup(host, family, cb(err, address, family))   isIP(text)
//   errname(err) -> [code, message]     constants {SOCKET, SERVER, UV_EOF, ...}
// Invariants: errors are negative errno numbers, as Node's handles return;
// every callback runs through engine::make_callback.
// Read first: stream.hpp, server.hpp; then js/net.js. Node: src/tcp_wrap.cc,
// src/stream_wrap.cc. Chapter: chapters/04-sockets.md.
#pragma once

namespace minode::net {

/// Registers internalBinding('net').
void register_net_bindings();

}  // namespace minode::net
