// HeadWriter and the chunked framing. See head_writer.hpp.
#include "http/head_writer.hpp"

#include <strings.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "http/status_codes.hpp"

namespace minode::http {
namespace {

bool iequals(std::string_view a, const char* b) {
  std::size_t n = std::strlen(b);
  return a.size() == n && strncasecmp(a.data(), b, n) == 0;
}

bool is_word_char(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

void append_decimal(std::string& out, std::uint64_t v) {
  char buf[24];
  char* p = buf + sizeof buf;
  do {
    *--p = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  out.append(p, buf + sizeof buf - p);
}

}  // namespace

bool has_word(std::string_view value, std::string_view word) {
  if (word.empty() || value.size() < word.size()) return false;
  for (std::size_t i = 0; i + word.size() <= value.size(); ++i) {
    if (strncasecmp(value.data() + i, word.data(), word.size()) != 0) continue;
    bool left = i == 0 || !is_word_char(value[i - 1]);
    std::size_t end = i + word.size();
    bool right = end == value.size() || !is_word_char(value[end]);
    if (left && right) return true;
  }
  return false;
}

bool is_token(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
    if (!ok) return false;
  }
  return true;
}

bool has_invalid_value_char(std::string_view s) {
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c != '\t' && (c < 0x20 || c == 0x7f)) return true;
  }
  return false;
}

void HeadWriter::status_line(int code, std::string_view reason) {
  out_ += "HTTP/1.1 ";
  append_decimal(out_, static_cast<std::uint64_t>(code));
  out_ += ' ';
  if (reason.empty()) {
    const char* phrase = reason_phrase(code);
    out_ += phrase != nullptr ? phrase : "unknown";
  } else {
    out_ += reason;
  }
  out_ += "\r\n";
}

void HeadWriter::request_line(std::string_view method, std::string_view path) {
  out_ += method;
  out_ += ' ';
  out_ += path;
  out_ += " HTTP/1.1\r\n";
}

// Node's processHeader/matchHeader: six names change what finish() adds.
void HeadWriter::header(std::string_view name, std::string_view value) {
  out_ += name;
  out_ += ": ";
  out_ += value;
  out_ += "\r\n";
  switch (name.size()) {
    case 4:
      if (iequals(name, "date")) date_ = true;
      break;
    case 6:
      if (iequals(name, "expect")) expect_ = true;
      break;
    case 7:
      if (iequals(name, "trailer")) trailer_ = true;
      break;
    case 10:
      if (iequals(name, "connection")) {
        connection_ = true;
        if (has_word(value, "close")) conn_close_ = true;
        else conn_keep_ = true;
      } else if (iequals(name, "keep-alive")) {
        user_keep_alive_ = true;
      }
      break;
    case 14:
      if (iequals(name, "content-length")) {
        content_length_ = true;
        content_length_value_ = std::strtoll(std::string(value).c_str(), nullptr, 10);
      }
      break;
    case 17:
      if (iequals(name, "transfer-encoding")) {
        transfer_encoding_ = true;
        if (has_word(value, "chunked")) te_chunked_ = true;
      }
      break;
  }
}

// @anchor store-header
// Node's _storeHeader after the user's headers: Date, then Connection (and
// Keep-Alive), then how the body is delimited. The order matters to clients
// only a little, but matching Node byte for byte keeps diffs readable.
HeadResult HeadWriter::finish(const HeadOptions& o) {
  HeadResult r;
  r.chunked = te_chunked_;
  r.last = conn_close_;
  r.should_keep_alive = o.should_keep_alive || conn_keep_;
  r.expect = expect_;
  if (o.send_date && !date_) {
    out_ += "Date: ";
    out_ += http_date();
    out_ += "\r\n";
  }
  // 204 and 304 never carry a body: no zero chunk, and the connection
  // closes rather than confuse a proxy.
  if (r.chunked && (o.status_code == 204 || o.status_code == 304)) {
    r.chunked = false;
    r.should_keep_alive = false;
  }
  if (o.removed_connection) {
    r.last = true;
  } else if (!connection_) {
    bool send_keep_alive =
        r.should_keep_alive && (content_length_ || o.use_chunked_by_default || o.has_agent);
    if (send_keep_alive && !o.max_requests_reached) {
      out_ += "Connection: keep-alive\r\n";
      if (o.keep_alive_timeout_ms != 0 && !user_keep_alive_) {
        out_ += "Keep-Alive: timeout=";
        append_decimal(out_, o.keep_alive_timeout_ms / 1000);
        if (o.max_requests_per_socket > 0) {
          out_ += ", max=";
          append_decimal(out_, o.max_requests_per_socket);
        }
        out_ += "\r\n";
      }
    } else {
      r.last = true;
      out_ += "Connection: close\r\n";
    }
  }
  if (!content_length_ && !transfer_encoding_) {
    if (!o.has_body) {
      r.chunked = false;
    } else if (!o.use_chunked_by_default) {
      r.last = true;  // HTTP/1.0: the end of the connection ends the body
    } else if (!trailer_ && !o.removed_content_length && o.content_length >= 0) {
      out_ += "Content-Length: ";
      append_decimal(out_, static_cast<std::uint64_t>(o.content_length));
      out_ += "\r\n";
      r.content_length = o.content_length;
    } else if (!o.removed_transfer_encoding) {
      out_ += "Transfer-Encoding: chunked\r\n";
      r.chunked = true;
    } else {
      r.last = true;  // both removed by the user: only closing can end the body
    }
  }
  if (content_length_) r.content_length = content_length_value_;
  r.trailer_invalid = trailer_ && !r.chunked;
  out_ += "\r\n";
  return r;
}

void append_chunk(std::string& out, const char* data, std::size_t len) {
  if (len == 0) return;
  static const char kHex[] = "0123456789abcdef";
  char buf[20];
  char* p = buf + sizeof buf;
  std::size_t n = len;
  do {
    *--p = kHex[n & 15];
    n >>= 4;
  } while (n != 0);
  out.append(p, buf + sizeof buf - p);
  out += "\r\n";
  out.append(data, len);
  out += "\r\n";
}

void append_last_chunk(std::string& out, std::string_view trailers) {
  out += "0\r\n";
  out += trailers;
  out += "\r\n";
}

std::string format_http_date(std::time_t t) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", kDays[tm.tm_wday],
                tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

// @anchor date-cache
// One formatted date per second, like Node's utcDate() cache: the hello
// world answers thousands of requests a second with the same Date.
const std::string& http_date() {
  static std::string cached;
  static std::time_t cached_at = -1;
  std::time_t now = std::time(nullptr);
  if (now != cached_at) {
    cached = format_http_date(now);
    cached_at = now;
  }
  return cached;
}

}  // namespace minode::http
