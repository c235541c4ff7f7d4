// Byte-range operations (see bytes.hpp for the interface and invariants).
// Node's equivalents live in src/node_buffer.cc (IndexOfString,
// IndexOfBuffer, IndexOfNumber, Fill, Compare, Swap16/32/64).
#include "buffer/bytes.hpp"

#include <algorithm>
#include <cstring>

namespace minode::buffer {
namespace {

// Last position <= start (a byte index) where needle occurs; -1 if none.
std::int64_t search_backward(const std::uint8_t* hay, std::size_t hay_len,
                             const std::uint8_t* needle, std::size_t needle_len,
                             std::size_t start, std::size_t step) {
  if (needle_len > hay_len) return -1;
  std::size_t pos = std::min(start, hay_len - needle_len);
  pos -= pos % step;
  for (;;) {
    if (hay[pos] == needle[0] && std::memcmp(hay + pos, needle, needle_len) == 0) {
      return static_cast<std::int64_t>(pos);
    }
    if (pos < step) return -1;
    pos -= step;
  }
}

// First position >= start where needle occurs; with step 2 only even ones.
std::int64_t search_forward(const std::uint8_t* hay, std::size_t hay_len,
                            const std::uint8_t* needle, std::size_t needle_len,
                            std::size_t start, std::size_t step) {
  start += (step - start % step) % step;
  while (start + needle_len <= hay_len) {
    const void* hit = memmem(hay + start, hay_len - start, needle, needle_len);
    if (hit == nullptr) return -1;
    std::size_t pos = static_cast<std::size_t>(static_cast<const std::uint8_t*>(hit) - hay);
    if (pos % step == 0) return static_cast<std::int64_t>(pos);
    start = pos + 1;  // an odd match in a ucs2 search: look further
  }
  return -1;
}

}  // namespace

std::int64_t index_of_offset(std::size_t length, std::int64_t offset,
                             std::int64_t needle_length, bool forward) {
  auto len = static_cast<std::int64_t>(length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;  // counts back from the end
    if (forward || needle_length == 0) return 0;  // before the start: search all
    return -1;                                    // lastIndexOf before the start
  }
  if (offset + needle_length <= len) return offset;
  if (needle_length == 0) return len;  // empty needle past the end: the end
  if (forward) return -1;              // indexOf past the end: no match
  return len - 1;                      // lastIndexOf past the end: search all
}

std::int64_t index_of(const std::uint8_t* hay, std::size_t hay_len, const std::uint8_t* needle,
                      std::size_t needle_len, std::int64_t offset, bool forward, bool units16) {
  std::int64_t start = index_of_offset(hay_len, offset, static_cast<std::int64_t>(needle_len),
                                       forward);
  if (needle_len == 0) return start;  // as String#indexOf
  if (hay_len == 0 || start < 0) return -1;
  if (needle_len > hay_len) return -1;
  if (forward && needle_len + static_cast<std::size_t>(start) > hay_len) return -1;
  if (units16) {
    if (hay_len < 2 || needle_len < 2) return -1;
    needle_len -= needle_len % 2;
  }
  std::size_t step = units16 ? 2 : 1;
  auto from = static_cast<std::size_t>(start);
  return forward ? search_forward(hay, hay_len, needle, needle_len, from, step)
                 : search_backward(hay, hay_len, needle, needle_len, from, step);
}

std::int64_t index_of_byte(const std::uint8_t* hay, std::size_t hay_len, std::uint8_t value,
                           std::int64_t offset, bool forward) {
  std::int64_t start = index_of_offset(hay_len, offset, 1, forward);
  if (start < 0 || hay_len == 0) return -1;
  auto from = static_cast<std::size_t>(start);
  if (forward) {
    const void* hit = std::memchr(hay + from, value, hay_len - from);
    return hit == nullptr ? -1 : static_cast<const std::uint8_t*>(hit) - hay;
  }
  const void* hit = memrchr(hay, value, from + 1);
  return hit == nullptr ? -1 : static_cast<const std::uint8_t*>(hit) - hay;
}

void fill_repeat(std::uint8_t* dst, std::size_t len, const std::uint8_t* pattern,
                 std::size_t pattern_len) {
  std::size_t first = std::min(pattern_len, len);
  std::memmove(dst, pattern, first);
  // Double the filled prefix until the rest fits in one more copy.
  std::size_t done = first;
  while (done < len) {
    std::size_t chunk = std::min(done, len - done);
    std::memcpy(dst + done, dst, chunk);
    done += chunk;
  }
}

int compare(const std::uint8_t* a, std::size_t a_len, const std::uint8_t* b, std::size_t b_len) {
  std::size_t n = std::min(a_len, b_len);
  int r = n == 0 ? 0 : std::memcmp(a, b, n);
  if (r != 0) return r < 0 ? -1 : 1;
  return a_len < b_len ? -1 : a_len > b_len ? 1 : 0;
}

void swap_bytes(std::uint8_t* data, std::size_t len, int width) {
  auto w = static_cast<std::size_t>(width);
  for (std::size_t i = 0; i + w <= len; i += w) std::reverse(data + i, data + i + w);
}

}  // namespace minode::buffer
