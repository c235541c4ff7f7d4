// http.STATUS_CODES and http.METHODS. See status_codes.hpp.
#include "http/status_codes.hpp"

#include <http_parser.h>

#include <algorithm>
#include <cstring>
#include <iterator>
#include <vector>

namespace minode::http {
namespace {

struct Status {
  int code;
  const char* phrase;
};

// Node v20's table, entry for entry (it differs from http-parser's list:
// 103, 418, 425 and 509 are Node's).
const Status kStatuses[] = {
    {100, "Continue"}, {101, "Switching Protocols"}, {102, "Processing"}, {103, "Early Hints"},
    {200, "OK"}, {201, "Created"}, {202, "Accepted"}, {203, "Non-Authoritative Information"},
    {204, "No Content"}, {205, "Reset Content"}, {206, "Partial Content"},
    {207, "Multi-Status"}, {208, "Already Reported"}, {226, "IM Used"},
    {300, "Multiple Choices"}, {301, "Moved Permanently"}, {302, "Found"},
    {303, "See Other"}, {304, "Not Modified"}, {305, "Use Proxy"},
    {307, "Temporary Redirect"}, {308, "Permanent Redirect"}, {400, "Bad Request"},
    {401, "Unauthorized"}, {402, "Payment Required"}, {403, "Forbidden"}, {404, "Not Found"},
    {405, "Method Not Allowed"}, {406, "Not Acceptable"},
    {407, "Proxy Authentication Required"}, {408, "Request Timeout"}, {409, "Conflict"},
    {410, "Gone"}, {411, "Length Required"}, {412, "Precondition Failed"},
    {413, "Payload Too Large"}, {414, "URI Too Long"}, {415, "Unsupported Media Type"},
    {416, "Range Not Satisfiable"}, {417, "Expectation Failed"}, {418, "I'm a Teapot"},
    {421, "Misdirected Request"}, {422, "Unprocessable Entity"}, {423, "Locked"},
    {424, "Failed Dependency"}, {425, "Too Early"}, {426, "Upgrade Required"},
    {428, "Precondition Required"}, {429, "Too Many Requests"},
    {431, "Request Header Fields Too Large"}, {451, "Unavailable For Legal Reasons"},
    {500, "Internal Server Error"}, {501, "Not Implemented"}, {502, "Bad Gateway"},
    {503, "Service Unavailable"}, {504, "Gateway Timeout"},
    {505, "HTTP Version Not Supported"}, {506, "Variant Also Negotiates"},
    {507, "Insufficient Storage"}, {508, "Loop Detected"}, {509, "Bandwidth Limit Exceeded"},
    {510, "Not Extended"}, {511, "Network Authentication Required"},
};

}  // namespace

const char* reason_phrase(int code) {
  // 63 entries, sorted: a binary search is plenty.
  auto it = std::lower_bound(std::begin(kStatuses), std::end(kStatuses), code,
                             [](const Status& s, int c) { return s.code < c; });
  return it != std::end(kStatuses) && it->code == code ? it->phrase : nullptr;
}

void for_each_status(void (*fn)(int, const char*, void*), void* arg) {
  for (const Status& s : kStatuses) fn(s.code, s.phrase, arg);
}

void for_each_method(void (*fn)(const char*, void*), void* arg) {
  std::vector<const char*> names;
#define MINODE_METHOD(num, name, string) names.push_back(#string);
  HTTP_METHOD_MAP(MINODE_METHOD)
#undef MINODE_METHOD
  std::sort(names.begin(), names.end(),
            [](const char* a, const char* b) { return std::strcmp(a, b) < 0; });
  for (const char* n : names) fn(n, arg);
}

}  // namespace minode::http
