// Reason phrases and methods: http.STATUS_CODES and http.METHODS.
//
// What: Node's STATUS_CODES table (lib/_http_server.js), kept in C++ so the
// serializer can write a default status line without asking JS, and
// exported to JS by the binding so there is one table.
// Interface: reason_phrase(404) is "Not Found" (nullptr if unknown);
// for_each_status / for_each_method walk the tables in order.
// Read first: nothing. Doc: api/http.md § "http.STATUS_CODES", § "http.METHODS".
#pragma once

namespace minode::http {

/// Node's reason phrase for code, or nullptr when Node has none.
const char* reason_phrase(int code);

/// Calls fn(code, phrase) for every entry of STATUS_CODES, in ascending order.
void for_each_status(void (*fn)(int code, const char* phrase, void* arg), void* arg);

/// Calls fn(name) for every method the parser accepts, sorted like http.METHODS.
/// (Node v20 also lists QUERY, which http-parser does not know.)
void for_each_method(void (*fn)(const char* name, void* arg), void* arg);

}  // namespace minode::http
