// internalBinding('http'): the parser and the serializer, for lib JS.
//
// What: the thin Duktape face of parser.hpp and head_writer.hpp, in three
// files: http_parser_binding.cpp (HTTPParser, JS-driven), http_consume.cpp
// (the server's fast path: the parser reads the socket), and
// http_head_binding.cpp (storeHeader, headerKey and the header checks).
// This file assembles the binding object and its tables.
// Interface (JS): HTTPParser (with REQUEST and RESPONSE), storeHeader,
// headerKey, checkIsHttpToken, checkInvalidHeaderChar, STATUS_CODES,
// METHODS, maxHeaderSize.
// Read first: parser.hpp, head_writer.hpp, http_binding_internal.hpp.
// Chapter: chapters/05-http.md.
#include "http/http_binding.hpp"

#include <cstring>

#include "engine/binding.hpp"
#include "http/http_binding_internal.hpp"
#include "http/parser.hpp"
#include "http/status_codes.hpp"

#if __has_include("buffer/buffer_binding.hpp")
#include "buffer/buffer_binding.hpp"
#define MINODE_HTTP_HAS_BUFFER 1
#endif

namespace minode::http::detail {

void push_bytes(duk_context* ctx, const char* data, std::size_t len) {
#ifdef MINODE_HTTP_HAS_BUFFER
  buffer::push_buffer(ctx, data, len);
#else
  void* p = duk_push_fixed_buffer(ctx, len);  // until src/buffer exists
  if (len != 0) std::memcpy(p, data, len);
  duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_NODEJS_BUFFER);
  duk_remove(ctx, -2);
#endif
}

namespace {

void put_tables(duk_context* ctx) {
  duk_push_object(ctx);
  for_each_status(
      [](int code, const char* phrase, void* c) {
        auto* cx = static_cast<duk_context*>(c);
        duk_push_string(cx, phrase);
        duk_put_prop_index(cx, -2, static_cast<duk_uarridx_t>(code));
      },
      ctx);
  duk_put_prop_string(ctx, -2, "STATUS_CODES");
  duk_push_array(ctx);
  for_each_method(
      [](const char* name, void* c) {
        auto* cx = static_cast<duk_context*>(c);
        duk_push_string(cx, name);
        duk_put_prop_index(cx, -2, static_cast<duk_uarridx_t>(duk_get_length(cx, -2)));
      },
      ctx);
  duk_put_prop_string(ctx, -2, "METHODS");
  duk_push_uint(ctx, static_cast<duk_uint_t>(ParserLimits{}.max_header_size));
  duk_put_prop_string(ctx, -2, "maxHeaderSize");
}

void init(duk_context* ctx) {
  put_parser_class(ctx);
  put_head_functions(ctx);
  put_end_functions(ctx);
  put_tables(ctx);
}

}  // namespace
}  // namespace minode::http::detail

namespace minode::http {

void register_http_bindings() { engine::register_binding("http", detail::init); }

}  // namespace minode::http