// Shared by buffer_binding.cpp and buffer_binding_ops.cpp (not an
// interface for other layers: they use buffer_binding.hpp).
//
// What: argument helpers and the table of byte-operation functions.
// Invariants: no helper here allocates C++ objects; a helper that throws
// (duk_require_*) does so before the caller has built any.
// Read first: buffer_binding.hpp.
#pragma once
#include <cstddef>
#include <cstdint>

#include "buffer/codec.hpp"
#include "duktape.h"
#include "engine/binding.hpp"

namespace minode::buffer::detail {

/// The bytes of the buffer (object) argument at idx; throws a TypeError
/// for anything else. Never null (an empty buffer gives a dummy pointer).
std::uint8_t* bytes_arg(duk_context* ctx, duk_idx_t idx, std::size_t* len);

/// The Encoding number at idx (utf8 if it is not a valid one).
Encoding encoding_arg(duk_context* ctx, duk_idx_t idx);

/// The integer at idx clamped to [0, max] (NaN and negatives give 0).
std::size_t clamp_arg(duk_context* ctx, duk_idx_t idx, std::size_t max);

/// Pushes a new Buffer of size bytes (zeroed or not); returns its data.
std::uint8_t* push_new_buffer(duk_context* ctx, std::size_t size, bool zero);

/// copy, compare, compareOffset, indexOf*, fill, swap, isUtf8, isAscii.
extern const engine::FunctionEntry kByteFunctions[];

}  // namespace minode::buffer::detail
