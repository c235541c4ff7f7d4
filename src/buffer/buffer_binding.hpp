// internalBinding('buffer'), and the two calls other layers use to move
// bytes between C++ and JS.
//
// What: the JS-visible half of Buffer (src/buffer/js/buffer.js is the
// other) plus, for net/fs/http/child_process bindings:
//   push_buffer(ctx, data, len)   a new JS Buffer holding a copy of the bytes
//   get_bytes(ctx, idx, &len)     the bytes of a Buffer/TypedArray/DataView/
//                                 ArrayBuffer at idx, without copying
// Interface (JS, internalBinding('buffer')):
//   bufferPrototype                    the object Buffer.prototype is (made here,
//                                      so C++ can create Buffers before buffer.js runs)
//   createBuffer(size, zeroFill)       a new Buffer
//   createView(arrayBuffer, off, len)  a Buffer sharing an ArrayBuffer's memory
//   fromString(str, enc) / byteLengthUtf8(str)
//   slice(buf, enc, start, end) -> str   write(buf, str, enc, off, len) -> n
//   copy(src, dst, dstStart, srcStart, n)   compare(a, b)
//   compareOffset(a, b, tStart, sStart, tEnd, sEnd)
//   indexOfString / indexOfBuffer / indexOfNumber, fill, swap, isUtf8, isAscii
// (enc is the number of an Encoding, see codec.hpp.)
// Invariants: a Buffer is a Duktape Uint8Array whose prototype is
// bufferPrototype, so `instanceof Uint8Array` holds and Duktape's typed
// array fast paths apply. The bytes returned by get_bytes() stay valid
// only while the JS value is reachable and no JS runs (a GC or a resize
// could free them): copy them before calling back into JS.
// Read first: codec.hpp, bytes.hpp; then js/buffer.js.
// Node doc: buffer.md.
#pragma once
#include <cstddef>

#include "duktape.h"

namespace minode::buffer {

/// Registers internalBinding('buffer').
void register_buffer_bindings();

/// Pushes a new JS Buffer (a Uint8Array with Buffer.prototype) holding a
/// copy of data[0, len). len may be 0 (data may then be null). Costs one
/// allocation and one memcpy; usable before require('buffer') has run.
void push_buffer(duk_context* ctx, const char* data, std::size_t len);

/// The bytes of the Buffer, Uint8Array (any typed array), DataView or
/// ArrayBuffer at idx, without copying; *len receives the byte length.
/// Returns nullptr (and *len = 0) for anything else, strings included.
/// An empty view returns a non-null pointer with *len = 0.
const char* get_bytes(duk_context* ctx, duk_idx_t idx, std::size_t* len);

}  // namespace minode::buffer
