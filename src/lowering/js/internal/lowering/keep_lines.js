// Makes Bublé's edits line-neutral, so lowered code keeps the user's lines.
//
// What: Bublé edits the source through MagicString (appendLeft, overwrite,
// remove, ...). Its inserted helper code is pretty-printed over several lines,
// and removing or overwriting a multi-line range drops newlines; either would
// move every later line. patch(MagicString) wraps the editing methods so that
// inserted text is flattened onto one line and a removed or overwritten range
// leaves its newlines behind. The build exposes MagicString from the Bublé
// bundle as buble.__MagicString (tools/fetch-transpiler.cmake).
// Interface: patch(MagicString) (idempotent).
// Invariants: Bublé's inserted code never contains line comments or relies on
// ASI (checked by spec-tests/language/*-line*.js), so flattening is safe.
// Read first: lowering.js; magic-string's README (the editing model).
'use strict';

function flat(content) {
  return content.indexOf('\n') === -1 ? content : content.replace(/\n[ \t]*/g, ' ');
}

// The maximal runs of [start, end) that contain no newline, as [s, e) pairs.
function runsWithoutNewlines(text, start, end) {
  var runs = [], s = start;
  for (var i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 10) {
      if (i > s) runs.push([s, i]);
      s = i + 1;
    }
  }
  return runs;
}

function wrapInsert(proto, name) {
  var orig = proto[name];
  proto[name] = function (index, content) {
    if (typeof index === 'string') return orig.call(this, flat(index));   // append(content)
    return orig.call(this, index, flat(content));
  };
}

function patch(MagicString) {
  if (!MagicString) throw new Error('lowering: the Bublé bundle does not expose MagicString');
  var proto = MagicString.prototype;
  if (proto.__minodeKeepLines) return;
  ['appendLeft', 'appendRight', 'prependLeft', 'prependRight', 'append', 'prepend'].forEach(function (n) {
    wrapInsert(proto, n);
  });
  var overwrite = proto.overwrite, remove = proto.remove, appendLeft = proto.appendLeft;
  // A range with newlines is edited run by run between them: the newline
  // characters stay unedited original text (so a later split or move of the
  // range still works, which an edited chunk with content would forbid).
  proto.remove = function (start, end) {
    if (this.original.slice(start, end).indexOf('\n') === -1) return remove.call(this, start, end);
    var runs = runsWithoutNewlines(this.original, start, end);
    for (var i = 0; i < runs.length; i++) remove.call(this, runs[i][0], runs[i][1]);
    return this;
  };
  proto.overwrite = function (start, end, content, options) {
    content = flat(content);
    if (this.original.slice(start, end).indexOf('\n') === -1) return overwrite.call(this, start, end, content, options);
    var runs = runsWithoutNewlines(this.original, start, end);
    if (!runs.length) return appendLeft.call(this, start, content);
    overwrite.call(this, runs[0][0], runs[0][1], content, options);
    for (var i = 1; i < runs.length; i++) remove.call(this, runs[i][0], runs[i][1]);
    return this;
  };
  proto.__minodeKeepLines = true;
}

module.exports = { patch: patch };
