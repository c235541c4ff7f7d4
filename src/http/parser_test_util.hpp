// Test helper for the parser tests: a sink that records every event as one
// line of text, so a test compares a transcript, and feeders that split the
// input at every byte boundary.
#pragma once
#include <string>
#include <vector>

#include "http/parser.hpp"

namespace minode::http::test {

/// Records events as text: "begin", "head GET /x 1.1 ka=1 up=0 [Host=a]",
/// "body abc", "done [X-T=1]", "error HPE_...".
class Recorder : public ParserSink {
 public:
  std::vector<std::string> events;  ///< one line per event (body pieces merged)
  BodyAction action = BodyAction::kParse;  ///< what on_headers_complete returns

  void on_message_begin() override { events.push_back("begin"); }
  BodyAction on_headers_complete(const HeadMessage& h) override {
    std::string line = "head ";
    line += h.method.empty() ? std::to_string(h.status_code) + " " + h.status_message
                             : h.method + " " + h.url;
    line += " " + std::to_string(h.version_major) + "." + std::to_string(h.version_minor);
    line += h.should_keep_alive ? " ka=1" : " ka=0";
    line += h.upgrade ? " up=1" : " up=0";
    line += " " + pairs(h.raw_headers);
    events.push_back(line);
    return action;
  }
  void on_body(const char* data, std::size_t len) override {
    if (events.empty() || events.back().compare(0, 5, "body ") != 0) events.push_back("body ");
    events.back().append(data, len);
  }
  void on_message_complete(const std::vector<std::string>& trailers) override {
    events.push_back("done " + pairs(trailers));
  }
  void on_error(const ParseError& e) override {
    events.push_back(std::string("error ") + e.code);
    reason = e.reason;
    offset = e.bytes_parsed;
  }
  std::string reason;      ///< the last error's reason
  std::size_t offset = 0;  ///< the last error's bytes_parsed

  /// "[a=b c=d]" for a flat name/value list.
  static std::string pairs(const std::vector<std::string>& list) {
    std::string s = "[";
    for (std::size_t i = 0; i + 1 < list.size(); i += 2) {
      if (i) s += ' ';
      s += list[i] + "=" + list[i + 1];
    }
    return s + "]";
  }
};

/// Parses input in one piece; returns the transcript.
inline std::vector<std::string> parse_whole(const std::string& input,
                                            Parser::Kind kind = Parser::Kind::kRequest,
                                            ParserLimits limits = {}) {
  Recorder r;
  Parser p(kind, r, limits);
  p.execute(input.data(), input.size());
  return r.events;
}

/// Parses input split in two at `cut`; returns the transcript.
inline std::vector<std::string> parse_split(const std::string& input, std::size_t cut,
                                            Parser::Kind kind = Parser::Kind::kRequest) {
  Recorder r;
  Parser p(kind, r);
  std::size_t n = p.execute(input.data(), cut);
  if (n == cut && !p.failed()) p.execute(input.data() + cut, input.size() - cut);
  return r.events;
}

/// Parses input one byte at a time; returns the transcript.
inline std::vector<std::string> parse_bytewise(const std::string& input,
                                               Parser::Kind kind = Parser::Kind::kRequest) {
  Recorder r;
  Parser p(kind, r);
  for (char c : input) {
    if (p.failed() || p.upgraded()) break;
    p.execute(&c, 1);
  }
  return r.events;
}

}  // namespace minode::http::test
