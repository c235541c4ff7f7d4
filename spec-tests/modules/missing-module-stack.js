// doc: errors.md § "`error.stack`"
// The stack of a MODULE_NOT_FOUND error starts with its (multi-line) message exactly once, then the frames.
try {
  require('./fixtures/absent');
} catch (e) {
  var lines = e.stack.split('\n');
  var firstFrame = 0;
  while (firstFrame < lines.length && !/^ {4}at /.test(lines[firstFrame])) firstFrame++;
  console.log(lines.slice(0, firstFrame).join('|').split(__filename).join('FILE'));
  console.log(e.stack.indexOf(e.message) === e.name.length + 2);
}
// expect: Error: Cannot find module './fixtures/absent'|Require stack:|- FILE
// expect: true
