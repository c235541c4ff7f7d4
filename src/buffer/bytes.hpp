// Byte-range operations behind Buffer: search, repeated fill, compare, swap.
//
// What: the loops of buf.indexOf/lastIndexOf/includes, buf.fill with a
// multi-byte pattern, Buffer.compare and buf.swap16/32/64, in C++ (libc's
// memchr/memmem/memcmp where they apply).
// Interface: index_of_offset, index_of, index_of_byte, fill_repeat, compare,
// swap_bytes (below).
// Invariants: the search offset rules are Node's (src/node_buffer.cc
// IndexOfOffset): a negative offset counts from the end; indexOf from past
// the end finds nothing (an empty needle matches at the end); lastIndexOf
// from past the end searches the whole buffer.
// Read first: codec.hpp. Node doc: buffer.md § "buf.indexOf(value[, byteOffset][, encoding])".
#pragma once
#include <cstddef>
#include <cstdint>

namespace minode::buffer {

/// Node's IndexOfOffset: where a search starts in a buffer of `length`
/// bytes for an `offset` given by JS; -1 means "no match possible".
std::int64_t index_of_offset(std::size_t length, std::int64_t offset,
                             std::int64_t needle_length, bool forward);

/// Finds needle in hay from `offset` (JS semantics, see index_of_offset):
/// the first match at or after it (forward) or the last at or before it.
/// With `units16`, hay and needle are UTF-16 code units and only even byte
/// positions match (Node's ucs2 search). Returns the byte index or -1.
std::int64_t index_of(const std::uint8_t* hay, std::size_t hay_len, const std::uint8_t* needle,
                      std::size_t needle_len, std::int64_t offset, bool forward, bool units16);

/// Finds the byte value (JS number, taken modulo 256) from offset; -1 if absent.
std::int64_t index_of_byte(const std::uint8_t* hay, std::size_t hay_len, std::uint8_t value,
                           std::int64_t offset, bool forward);

/// Fills dst[0, len) with the pattern repeated (the last copy may be cut
/// short). pattern must not be empty; it may alias the start of dst.
void fill_repeat(std::uint8_t* dst, std::size_t len, const std::uint8_t* pattern,
                 std::size_t pattern_len);

/// Compares two byte ranges as Buffer.compare does: -1, 0 or 1, a shorter
/// range sorting first when it is a prefix of the other.
int compare(const std::uint8_t* a, std::size_t a_len, const std::uint8_t* b, std::size_t b_len);

/// Reverses the byte order of each `width`-byte group (2, 4 or 8) in place;
/// len must be a multiple of width.
void swap_bytes(std::uint8_t* data, std::size_t len, int width);

}  // namespace minode::buffer
