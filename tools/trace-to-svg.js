// trace-to-svg: draws a `minode --trace-loop=FILE.json` trace as an SVG timeline.
//
// What: reads the Chrome trace-event JSON that the loop tracer writes
// (src/loop/trace.hpp) and prints an SVG: one row per loop phase (plus one
// for the main script's tick drain), a box per callback (timer, immediate,
// nextTick, signal...), a bracket under each nextTick/microtask drain, the
// poll phase's waits, and a dashed line where each loop iteration starts.
// Usage:
//   minode --trace-loop=trace.json script.js
//   node tools/trace-to-svg.js trace.json [--title TEXT] > timeline.svg
//   (build/minode tools/trace-to-svg.js ... works too)
// Interface: argv FILE [--title TEXT]; the SVG goes to stdout; exit 1 with a
//   message on stderr for a missing or malformed trace.
// Invariants: the x axis is *ordinal*: boxes appear in the order things ran,
//   each wide enough for its label, so a 5 us callback and a 10 ms wait are
//   both readable; real durations are in each box's tooltip (<title>).
//   The output depends only on the trace, so the same trace gives the same SVG.
// Read first: src/loop/trace.cpp (the event format). Used by:
//   chapters/02-event-loop.md (chapters/img/loop-mix.svg).
'use strict';

var path = require('path');

// ---- Reading the trace ------------------------------------------------------

// The file's text, with `fs`. A minode built without a working `fs` (the
// layer is newer than this tool) falls back on the CommonJS loader, which
// reads the file for us when handed a module whose _compile keeps the source.
function readText(file) {
  var fs = null;
  try { fs = require('fs'); } catch (e) { fs = null; }
  if (fs !== null && typeof fs.readFileSync === 'function') {
    try {
      return fs.readFileSync(file, 'utf8');
    } catch (err) {
      if (err.code) throw err;  // ENOENT and friends: a real answer
    }
  }
  var text = null;
  require('module')._extensions['.js']({ _compile: function (src) { text = src; } }, file);
  return text;
}

// The events. Chrome's "JSON Array Format" lets the closing ']' be omitted,
// and the tracer omits it (so that a process.exit() mid-run still leaves a
// valid file), so it is added here when missing.
function readTrace(file) {
  var text = String(readText(file)).replace(/^\uFEFF/, '').trim();
  if (text.charAt(text.length - 1) !== ']') text = text.replace(/,\s*$/, '') + '\n]';
  var events = JSON.parse(text);
  if (!Array.isArray(events)) throw new Error('not a trace-event array');
  return events;
}

// ---- Turning events into boxes ----------------------------------------------

// Rows, top to bottom: what ran after the main script, before the loop
// (its nextTicks and microtasks), then the phases in the order Node's
// documentation lists them (libuv >= 1.45 runs timers at the *end* of an
// iteration: follow the x axis).
var ROWS = ['main', 'timers', 'pending', 'idle', 'prepare', 'poll', 'check', 'close'];
var ROW_LABEL = {
  main: 'after script', timers: 'timers', pending: 'pending', idle: 'idle',
  prepare: 'prepare', poll: 'poll', check: 'check', close: 'close'
};
// Position of each phase within one iteration (see Loop::run).
var RANK = { pending: 1, idle: 2, prepare: 3, poll: 4, check: 5, close: 6, timers: 7 };

var PAD = 6;          // space around a phase's contents
var EMPTY_PHASE = 16; // width of a phase that ran no callbacks
var WAIT_W = 92;      // width of a poll wait
var MICRO_W = 70;     // width of a drain that ran only microtasks
var CHAR_W = 6.3;     // approximate width of a character at font-size 11
var SUB_W = 5.3;      // ... at font-size 9

// Wide enough for the function's name and, below it, "kind · file:line".
function boxWidth(name, sub) {
  return Math.max(84, Math.round(Math.max(name.length * CHAR_W, sub.length * SUB_W)) + 14);
}

function subLabel(box) {
  return box.kind + (box.site ? ' \u00b7 ' + box.site : '');
}

function us(n) {
  return n >= 1000 ? (n / 1000).toFixed(1) + ' ms' : Math.round(n) + ' us';
}

// Walks the events in order and lays them out. Returns
// { phases, boxes, drains, waits, iterations, width, t0 }.
function layout(events) {
  var t0 = events.length > 0 ? events[0].ts : 0;
  var x = 0;
  var phase = null;      // the phase being drawn: { row, x0, x1, t0, t1, iteration }
  var stack = [];        // open callbacks
  var drainFrom = null;  // x where the current run of nextTicks began
  var polls = 0;
  var out = { phases: [], boxes: [], drains: [], waits: [], iterations: [], t0: t0 };
  var lastIteration = null;
  var pendingWait = null;

  function row() { return phase !== null ? phase.row : 'main'; }

  function iterationOf(name) {
    var r = RANK[name];
    if (r < 4) return polls;        // before this iteration's poll
    if (r === 4) return polls++;    // poll itself
    return polls - 1;               // after it; -1: the timers run() runs first
  }

  events.forEach(function (ev) {
    if (pendingWait !== null) {     // a wait lasts until the next event
      pendingWait.slept = ev.ts - pendingWait.ts;
      pendingWait = null;
    }
    if (ev.cat === 'phase' && ev.ph === 'B') {
      var it = iterationOf(ev.name);
      if (it !== lastIteration) {
        x += 10;
        out.iterations.push({ x: x - 5, iteration: it });
        lastIteration = it;
      }
      phase = { row: ev.name, x0: x, t0: ev.ts, iteration: it };
      x += PAD;
      drainFrom = null;
    } else if (ev.cat === 'phase' && ev.ph === 'E') {
      if (phase === null) return;
      if (x - phase.x0 <= PAD) x = phase.x0 + EMPTY_PHASE; else x += PAD;
      phase.x1 = x;
      phase.t1 = ev.ts;
      out.phases.push(phase);
      phase = null;
      x += 4;
    } else if (ev.ph === 'B') {  // a callback: name is "<kind> <function>"
      var space = ev.name.indexOf(' ');
      var kind = ev.cat;
      var name = space >= 0 ? ev.name.slice(space + 1) : ev.name;
      if (kind === 'tick') { if (drainFrom === null) drainFrom = x; } else drainFrom = null;
      var site = ev.args && ev.args.site ? path.basename(ev.args.site) : '';
      stack.push({ kind: kind, name: name, site: site, row: row(), x0: x, t0: ev.ts,
                   depth: stack.length });
    } else if (ev.ph === 'E' && ev.cat === 'callback') {
      var box = stack.pop();
      if (box === undefined) return;
      box.x1 = Math.max(x, box.x0 + boxWidth(box.name, subLabel(box)));
      box.t1 = ev.ts;
      out.boxes.push(box);
      x = box.x1 + 4;
    } else if (ev.ph === 'i' && ev.cat === 'ticks') {
      var a = ev.args || {};
      var from = drainFrom !== null ? drainFrom : x;
      if (a.microtasks && from === x) x += MICRO_W;  // nothing drawn yet: make room
      out.drains.push({ row: row(), x0: from, x1: x - 4, ticks: a.ticks || 0,
                        microtasks: !!a.microtasks });
      drainFrom = null;
      x += 4;
    } else if (ev.ph === 'i' && ev.cat === 'poll') {
      pendingWait = { row: row(), x0: x, x1: x + WAIT_W, ts: ev.ts,
                      timeout: ev.args ? ev.args.timeout_ms : -1, slept: 0 };
      out.waits.push(pendingWait);
      x += WAIT_W + 4;
    }
  });
  if (phase !== null) { phase.x1 = x; phase.t1 = phase.t0; out.phases.push(phase); }
  out.width = x + 10;
  return out;
}

// ---- Drawing ----------------------------------------------------------------

var LEFT = 104;     // row labels
var TOP = 58;       // title and iteration labels
var ROW_H = 50;
var BOX_H = 30;
var COLORS = {
  timer: '#f4a261', immediate: '#2a9d8f', tick: '#e9c46a', signal: '#8ecae6',
  other: '#b8c0ff', wait: '#e5e5e5', drain: '#7b2cbf', phase: '#eef2f7'
};

function esc(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function rowY(name) {
  var i = ROWS.indexOf(name);
  return TOP + (i < 0 ? 0 : i) * ROW_H;
}

function render(lay, title) {
  var width = LEFT + lay.width + 20;
  var height = TOP + ROWS.length * ROW_H + 64;
  var s = [];
  function X(x) { return LEFT + x; }
  s.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height +
         '" viewBox="0 0 ' + width + ' ' + height + '" font-family="sans-serif" font-size="11">');
  s.push('<rect width="100%" height="100%" fill="white"/>');
  s.push('<text x="10" y="20" font-size="14" font-weight="bold">' + esc(title) + '</text>');
  // Row labels and guide lines.
  ROWS.forEach(function (r) {
    var y = rowY(r);
    s.push('<line x1="' + LEFT + '" y1="' + (y + ROW_H - 4) + '" x2="' + (width - 10) +
           '" y2="' + (y + ROW_H - 4) + '" stroke="#ddd"/>');
    s.push('<text x="10" y="' + (y + 24) + '" font-weight="bold" fill="#333">' +
           esc(ROW_LABEL[r]) + '</text>');
  });
  // Iteration boundaries.
  lay.iterations.forEach(function (it) {
    var label = it.iteration < 0 ? 'run() starts: timers' : 'iteration ' + it.iteration;
    s.push('<line x1="' + X(it.x) + '" y1="' + (TOP - 14) + '" x2="' + X(it.x) + '" y2="' +
           (TOP + ROWS.length * ROW_H) + '" stroke="#888" stroke-dasharray="4 3"/>');
    s.push('<text x="' + (X(it.x) + 4) + '" y="' + (TOP - 18) + '" fill="#555">' +
           esc(label) + '</text>');
  });
  // Phases: a light band where the loop was in that phase.
  lay.phases.forEach(function (p) {
    s.push('<rect x="' + X(p.x0) + '" y="' + (rowY(p.row) + 4) + '" width="' + (p.x1 - p.x0) +
           '" height="' + (ROW_H - 12) + '" rx="3" fill="' + COLORS.phase +
           '" stroke="#9fb3c8"><title>' + esc(p.row + ' phase, ' + us(p.t1 - p.t0)) +
           '</title></rect>');
  });
  // Poll waits.
  lay.waits.forEach(function (w) {
    var y = rowY(w.row) + 10;
    var what = w.timeout < 0 ? 'wait for I/O' : 'wait ' + w.timeout + ' ms';
    s.push('<rect x="' + X(w.x0) + '" y="' + y + '" width="' + (w.x1 - w.x0) + '" height="' +
           BOX_H + '" fill="' + COLORS.wait + '" stroke="#999" stroke-dasharray="3 2"><title>' +
           esc('poll blocked ' + us(w.slept) + ' (timeout ' + w.timeout + ' ms)') +
           '</title></rect>');
    s.push('<text x="' + (X(w.x0) + 6) + '" y="' + (y + 19) + '" fill="#444">' + esc(what) +
           '</text>');
  });
  // Callbacks.
  lay.boxes.forEach(function (b) {
    var y = rowY(b.row) + 8 + b.depth * 4;
    var fill = COLORS[b.kind] || COLORS.other;
    s.push('<rect x="' + X(b.x0) + '" y="' + y + '" width="' + (b.x1 - b.x0) + '" height="' +
           BOX_H + '" rx="4" fill="' + fill + '" stroke="#333"><title>' +
           esc(b.kind + ' ' + b.name + (b.site ? ' (scheduled at ' + b.site + ')' : '') +
               ', ' + us(b.t1 - b.t0)) + '</title></rect>');
    s.push('<text x="' + (X(b.x0) + 6) + '" y="' + (y + 13) + '">' + esc(b.name) + '</text>');
    s.push('<text x="' + (X(b.x0) + 6) + '" y="' + (y + 25) + '" font-size="9" fill="#333">' +
           esc(subLabel(b)) + '</text>');
  });
  // Drains: a bracket under the nextTicks (and microtasks) they ran.
  lay.drains.forEach(function (d) {
    var y = rowY(d.row) + 8 + BOX_H + 3;
    var label = d.ticks > 0 ? d.ticks + ' nextTick' + (d.ticks === 1 ? '' : 's') : '';
    if (d.microtasks) label += (label ? ' + ' : '') + 'microtasks';
    s.push('<path d="M' + X(d.x0) + ' ' + (y - 3) + ' V' + y + ' H' + X(d.x1) + ' V' + (y - 3) +
           '" fill="none" stroke="' + COLORS.drain + '" stroke-width="2"><title>' +
           esc('tick drain: ' + label) + '</title></path>');
    s.push('<text x="' + (X(d.x0) + 2) + '" y="' + (y + 10) + '" font-size="9" fill="' +
           COLORS.drain + '">' + esc('drain: ' + label) + '</text>');
  });
  // Legend.
  var ly = TOP + ROWS.length * ROW_H + 16;
  var lx = 10;
  [['timer', 'timer callback'], ['immediate', 'immediate'], ['tick', 'nextTick'],
   ['wait', 'poll waiting'], ['phase', 'phase ran']].forEach(function (e) {
    s.push('<rect x="' + lx + '" y="' + ly + '" width="14" height="12" fill="' + COLORS[e[0]] +
           '" stroke="#333"/><text x="' + (lx + 18) + '" y="' + (ly + 10) + '">' + esc(e[1]) +
           '</text>');
    lx += 28 + e[1].length * CHAR_W;
  });
  s.push('<path d="M' + lx + ' ' + ly + ' V' + (ly + 8) + ' H' + (lx + 18) + ' V' + ly +
         '" fill="none" stroke="' + COLORS.drain + '" stroke-width="2"/><text x="' + (lx + 24) +
         '" y="' + (ly + 10) + '">drain: the nextTicks and microtasks run after a callback</text>');
  s.push('<text x="10" y="' + (ly + 32) + '" fill="#555">Left to right in the order things ran;' +
         ' widths are not to scale (hover a box for its real duration).</text>');
  s.push('</svg>');
  return s.join('\n') + '\n';
}

// ---- Command line -------------------------------------------------------------

function main(argv) {
  var file = null;
  var title = null;
  for (var i = 0; i < argv.length; i++) {
    if (argv[i] === '--title') title = argv[++i];
    else if (file === null) file = argv[i];
  }
  if (file === null) {
    process.stderr.write('usage: trace-to-svg.js TRACE.json [--title TEXT] > out.svg\n');
    return 2;
  }
  var events;
  try {
    events = readTrace(path.resolve(file));
  } catch (err) {
    process.stderr.write('trace-to-svg: ' + file + ': ' + err.message + '\n');
    return 1;
  }
  process.stdout.write(render(layout(events), title || 'minode --trace-loop ' + path.basename(file)));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
