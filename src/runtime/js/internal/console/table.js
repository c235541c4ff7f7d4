// console.table: Node's box-drawn tables.
//
// What: turns tabular data (an array or object of rows, a Map, a Set) into
// columns of util.inspect'ed cells and draws them with box characters,
// padding each cell on the right as Node v20's lib/internal/cli_table.js does.
// Interface: addTo(ConsolePrototype) defines console.table(data[, properties]).
// Invariants: primitives at the top level print through console.log; cell
// text is inspected with depth 0 (objects with more than 2 keys: depth -1),
// maxArrayLength 3, on one line.
// Node doc: api/console.md § "console.table(tabularData[, properties])".
var util = require('util');

var CH = {
  middleMiddle: '\u2500', rowMiddle: '\u253c', topRight: '\u2510', topLeft: '\u250c',
  leftMiddle: '\u251c', topMiddle: '\u252c', bottomRight: '\u2518', bottomLeft: '\u2514',
  bottomMiddle: '\u2534', rightMiddle: '\u2524', left: '\u2502 ', right: ' \u2502',
  middle: ' \u2502 '
};

function repeat(s, n) { return n > 0 ? new Array(Math.floor(n) + 1).join(s) : ''; }

function renderRow(row, widths) {
  var out = CH.left;
  for (var i = 0; i < row.length; i++) {
    out += row[i] + repeat(' ', widths[i] - row[i].length);  // v20 left-aligns cells
    if (i !== row.length - 1) out += CH.middle;
  }
  return out + CH.right;
}

// head: column titles; columns: arrays of cell strings (sparse allowed).
function render(head, columns) {
  var widths = head.map(function (h) { return h.length; });
  var longest = 0;
  columns.forEach(function (c) { if (c.length > longest) longest = c.length; });
  var rows = [];
  for (var i = 0; i < head.length; i++) {
    for (var j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      var value = Object.prototype.hasOwnProperty.call(columns[i], j) ? columns[i][j] : '';
      rows[j][i] = value;
      if (value.length > widths[i]) widths[i] = value.length;
    }
  }
  var divider = widths.map(function (w) { return repeat(CH.middleMiddle, w + 2); });
  var out = CH.topLeft + divider.join(CH.topMiddle) + CH.topRight + '\n' +
    renderRow(head, widths) + '\n' +
    CH.leftMiddle + divider.join(CH.rowMiddle) + CH.rightMiddle + '\n';
  rows.forEach(function (r) { out += renderRow(r, widths) + '\n'; });
  return out + CH.bottomLeft + divider.join(CH.bottomMiddle) + CH.bottomRight;
}

function cell(v) {
  var depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
    Object.keys(v).length > 2 ? -1 : 0;
  return util.inspect(v, { depth: depth, maxArrayLength: 3, breakLength: Infinity });
}

function indexColumn(n) {
  var out = [];
  for (var i = 0; i < n; i++) out.push(cell(i));
  return out;
}

function fromEntries(data, isMap) {
  var keys = [];
  var values = [];
  data.forEach(function (v, k) {
    if (isMap) keys.push(cell(k));
    values.push(cell(v));
  });
  if (isMap) return render(['(iteration index)', 'Key', 'Values'], [indexColumn(values.length), keys, values]);
  return render(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
}

function fromRows(data, properties) {
  var map = Object.create(null);
  var order = [];
  var hasPrimitives = false;
  var valuesColumn = [];
  var indexKeys = Object.keys(data);
  for (var i = 0; i < indexKeys.length; i++) {
    var item = data[indexKeys[i]];
    var primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = cell(item);
      continue;
    }
    var keys = properties || Object.keys(item);
    for (var k = 0; k < keys.length; k++) {
      var key = keys[k];
      if (map[key] === undefined) { map[key] = []; order.push(key); }
      var own = !primitive && Object.prototype.hasOwnProperty.call(item, key);
      map[key][i] = own ? cell(item[key]) : '';
    }
  }
  var head = order.slice();
  var columns = order.map(function (key) { return map[key]; });
  if (hasPrimitives) { head.push('Values'); columns.push(valuesColumn); }
  head.unshift('(index)');
  columns.unshift(indexKeys);
  return render(head, columns);
}

function addTo(proto) {
  proto.table = function table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      var errors = require('internal/errors');
      throw new errors.codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (data === null || typeof data !== 'object') return this.log(data);
    if (typeof Map === 'function' && data instanceof Map) return this.log(fromEntries(data, true));
    if (typeof Set === 'function' && data instanceof Set) return this.log(fromEntries(data, false));
    return this.log(fromRows(data, properties));
  };
}

module.exports = { addTo: addTo, render: render };
