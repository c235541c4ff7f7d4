// internalBinding('http'): the HTTP parser and serializer for JavaScript.
//
// What: registers the 'http' binding (http_binding.cpp documents its JS
// interface): HTTPParser, storeHeader, STATUS_CODES, METHODS, maxHeaderSize.
// Read first: parser.hpp, head_writer.hpp. Chapter: chapters/05-http.md.
#pragma once

namespace minode::http {

/// Registers internalBinding('http'); called once from src/cli/layers.cpp.
void register_http_bindings();

}  // namespace minode::http
