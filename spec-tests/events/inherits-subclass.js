// doc: events.md § "Class: EventEmitter"
// A constructor made an EventEmitter with util.inherits and EventEmitter.call works like the base class.
var EventEmitter = require('events');
var util = require('util');
function Ticker() { EventEmitter.call(this); this.ticks = 0; }
util.inherits(Ticker, EventEmitter);
Ticker.prototype.tick = function () { this.ticks++; this.emit('tick', this.ticks); };
var t = new Ticker();
t.on('tick', function (n) { console.log('tick', n, this instanceof Ticker); });
t.tick();
t.tick();
console.log(t instanceof EventEmitter);
// expect: tick 1 true
// expect: tick 2 true
// expect: true
