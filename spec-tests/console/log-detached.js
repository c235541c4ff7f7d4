// doc: console.md § "Console"
// The global console's methods work when called detached from the console object.
var log = console.log;
log('detached %s', 'ok');
// expect: detached ok
