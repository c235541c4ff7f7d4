// internal/util/inspect_colors: the util.inspect.colors table.
//
// What: ANSI SGR codes, each [set, reset], with Node's names and aliases
// (grey = gray, faint = dim, ...). Aliases are non-enumerable accessors, as in Node.
// Interface: makeColors() -> a fresh null-prototype table.
// Node doc: api/util.md § "Customizing util.inspect colors"

'use strict';

var defaultFG = 39;
var defaultBG = 49;

var table = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27], ['hidden', 8, 28],
  ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, defaultFG], ['red', 31, defaultFG], ['green', 32, defaultFG],
  ['yellow', 33, defaultFG], ['blue', 34, defaultFG], ['magenta', 35, defaultFG],
  ['cyan', 36, defaultFG], ['white', 37, defaultFG],
  ['bgBlack', 40, defaultBG], ['bgRed', 41, defaultBG], ['bgGreen', 42, defaultBG],
  ['bgYellow', 43, defaultBG], ['bgBlue', 44, defaultBG], ['bgMagenta', 45, defaultBG],
  ['bgCyan', 46, defaultBG], ['bgWhite', 47, defaultBG],
  ['framed', 51, 54], ['overlined', 53, 55],
  ['gray', 90, defaultFG], ['redBright', 91, defaultFG], ['greenBright', 92, defaultFG],
  ['yellowBright', 93, defaultFG], ['blueBright', 94, defaultFG],
  ['magentaBright', 95, defaultFG], ['cyanBright', 96, defaultFG],
  ['whiteBright', 97, defaultFG],
  ['bgGray', 100, defaultBG], ['bgRedBright', 101, defaultBG],
  ['bgGreenBright', 102, defaultBG], ['bgYellowBright', 103, defaultBG],
  ['bgBlueBright', 104, defaultBG], ['bgMagentaBright', 105, defaultBG],
  ['bgCyanBright', 106, defaultBG], ['bgWhiteBright', 107, defaultBG]
];

var aliases = [
  ['gray', 'grey'], ['gray', 'blackBright'], ['bgGray', 'bgGrey'],
  ['bgGray', 'bgBlackBright'], ['dim', 'faint'], ['strikethrough', 'crossedout'],
  ['strikethrough', 'strikeThrough'], ['strikethrough', 'crossedOut'],
  ['hidden', 'conceal'], ['inverse', 'swapColors'], ['inverse', 'swapcolors'],
  ['doubleunderline', 'doubleUnderline']
];

function defineAlias(colors, target, alias) {
  Object.defineProperty(colors, alias, {
    get: function () { return this[target]; },
    set: function (value) { this[target] = value; },
    configurable: true,
    enumerable: false
  });
}

function makeColors() {
  var colors = Object.create(null);
  for (var i = 0; i < table.length; i++) colors[table[i][0]] = [table[i][1], table[i][2]];
  for (var j = 0; j < aliases.length; j++) defineAlias(colors, aliases[j][0], aliases[j][1]);
  return colors;
}

module.exports = { makeColors: makeColors };
