// Line-preserving text edits over a parsed source: the engine of the pre-pass.
//
// What: an Edits object holds the original source and a list of replacement
// items, each covering a range [start, end) of it (zero-length items are
// insertions). emit(s, e) returns the text of [s, e) with every outermost item
// inside the range replaced by item.render(); a render function builds its
// text by calling emit() on the child ranges it keeps, so nested edits compose
// (a?.b ?? c lowers its ?. inside its ??).
// Interface:
//   var ed = new Edits(source);
//   ed.replace(node.start, node.end, function () { return '...' + ed.emit(...) });
//   ed.insert(pos, 'text');  ed.emit(0, source.length) -> lowered text
//   ed.pad(text, s, e) adds the newlines of source[s, e) that text lacks.
// Invariants: items never partially overlap (they follow the AST, so they
// nest or are disjoint); a render keeps the number of newlines of its range
// (pad() is the safety net), which keeps every line of user code on the line
// it was written on: error stacks then need no source map.
// Read first: prepass.js (who registers the items).
'use strict';

function countNewlines(text) {
  var n = 0, i = -1;
  while ((i = text.indexOf('\n', i + 1)) !== -1) n++;
  return n;
}

function newlines(n) {
  var s = '';
  while (n-- > 0) s += '\n';
  return s;
}

function Edits(source) {
  this.src = source;
  this.items = [];
  this.sorted = true;
}

// Registers a replacement of source[start, end) by render().
Edits.prototype.replace = function (start, end, render) {
  this.items.push({ start: start, end: end, render: render, seq: this.items.length });
  this.sorted = false;
};

// Registers an insertion of a fixed text (or a function) at source[pos]. An
// insertion belongs to the range that starts at pos, or with after = true to
// the range that ends there (text appended to a node).
Edits.prototype.insert = function (pos, text, after) {
  this.replace(pos, pos, typeof text === 'function' ? text : function () { return text; });
  this.items[this.items.length - 1].after = !!after;
};

// Whether emit(s, e) renders the item (zero-length ones sit on a boundary).
Edits.prototype.owns = function (it, s, e) {
  if (it.start !== it.end) return it.end <= e;
  if (it.after) return s < it.start && it.start <= e;
  return it.start < e || (it.start === e && e === this.src.length);
};

Edits.prototype.sort = function () {
  // By start; at equal starts insertions first, then outer ranges first.
  this.items.sort(function (a, b) {
    if (a.start !== b.start) return a.start - b.start;
    var az = a.end === a.start, bz = b.end === b.start;
    if (az !== bz) return az ? -1 : 1;
    if (a.end !== b.end) return b.end - a.end;
    return a.seq - b.seq;
  });
  this.sorted = true;
};

// Index of the first item whose start >= pos (binary search).
Edits.prototype.firstAt = function (pos) {
  var lo = 0, hi = this.items.length;
  while (lo < hi) {
    var mid = (lo + hi) >> 1;
    if (this.items[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
};

// The text of source[s, e) with the outermost items inside it rendered.
Edits.prototype.emit = function (s, e) {
  if (!this.sorted) this.sort();
  var items = this.items, out = '', pos = s;
  for (var i = this.firstAt(s); i < items.length && items[i].start <= e; i++) {
    var it = items[i];
    // Skip items nested in an earlier one, and the item being rendered (a
    // render may emit its own range: wrap(x) renders as 'f(' + text(x) + ')').
    if (it.start < pos || it.active || !this.owns(it, s, e)) continue;
    it.active = true;
    out += this.src.slice(pos, it.start) + it.render();
    it.active = false;
    pos = it.end;
  }
  return out + this.src.slice(pos, e);
};

Edits.prototype.text = function (node) {
  return this.emit(node.start, node.end);
};

// Newlines of source[s, e) that text lacks, inserted before a trailing ')'
// (inside our own parentheses: a newline there cannot trigger ASI).
Edits.prototype.pad = function (text, s, e) {
  var missing = countNewlines(this.src.slice(s, e)) - countNewlines(text);
  if (missing <= 0) return text;
  if (text.charAt(text.length - 1) === ')') {
    return text.slice(0, -1) + newlines(missing) + ')';
  }
  return text + newlines(missing);
};

// Just the newlines of source[s, e): what a removed range leaves behind.
Edits.prototype.newlinesOf = function (s, e) {
  return newlines(countNewlines(this.src.slice(s, e)));
};

module.exports = { Edits: Edits, countNewlines: countNewlines, newlines: newlines };
