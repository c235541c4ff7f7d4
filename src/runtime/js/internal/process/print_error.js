// Printing an uncaught error the way Node does:
//
//   /app/x.js:3
//   throw new Error('boom');
//   ^
//
//   Error: boom
//       at f (/app/x.js:3)
//       ...
//
//   Node.js v20.20.2
//
// The source line comes from the file named by the error's throw site
// (Duktape records err.fileName and err.lineNumber). Duktape has no column
// information, so the caret points at the start of the line.
// Interface: printError(err).
var binding = internalBinding('process');
var moduleFs = internalBinding('module_fs');

function sourceContext(err) {
  var file = err && err.fileName;
  var line = err && err.lineNumber;
  if (typeof file !== 'string' || typeof line !== 'number' || file.charAt(0) !== '/') return '';
  if (/\.(c|cc|cpp|h|hpp)$/.test(file)) return '';  // thrown by native code
  var text;
  try { text = moduleFs.readFile(file); } catch (e) { return ''; }
  var src = text.split('\n')[line - 1];
  if (src === undefined) return '';
  return file + ':' + line + '\n' + src + '\n^\n\n';
}

// Node prints an uncaught value with util.inspect (an Error's stack plus any
// extra properties in braces; a thrown string as is, anything else inspected).
function describe(err) {
  var isError = err !== null && typeof err === 'object' && typeof err.stack === 'string';
  var shown;
  try {
    shown = require('util').inspect(err);
  } catch (e) {
    shown = isError ? err.stack : String(err);
  }
  // Node prints a thrown string as it is, anything else inspected.
  // An error without frames (a SyntaxError from the compiler) prints as its
  // stack, not as inspect's bracketed `[SyntaxError: ...]`.
  if (isError && err.stack.indexOf('\n    at ') < 0) return err.stack;
  if (isError) return shown;
  return typeof err === 'string' ? err : shown;
}

function printError(err) {
  var text = sourceContext(err) + describe(err) + '\n\nNode.js ' + process.version + '\n';
  require('internal/process/stdio').writeText(2, text);
}

module.exports = { printError: printError };
