// internal/events/removal: the EventEmitter methods that remove and list
// listeners (removeListener/off, removeAllListeners, listeners, rawListeners,
// listenerCount, eventNames). Split out of events.js to keep files small.
//
// Interface: install(EventEmitter, shared) adds the methods to the prototype
//   (and EventEmitter.listenerCount); `shared` = { hasEventListener,
//   kShapeMode, arrayClone } from events.js.
// Invariants: see events.js (the _events data structure).
// Node doc: api/events.md § "emitter.removeListener(eventName, listener)"

'use strict';

var validators = require('internal/validators');

function install(EventEmitter, shared) {
  var hasEventListener = shared.hasEventListener;
  var kShapeMode = shared.kShapeMode;
  var arrayClone = shared.arrayClone;
  var proto = EventEmitter.prototype;

  function removeSingle(self, events, type, list, listener) {
    self._eventsCount -= 1;
    if (self[kShapeMode]) {
      events[type] = undefined;
    } else if (self._eventsCount === 0) {
      self._events = Object.create(null);
    } else {
      delete events[type];
      if (events.removeListener) self.emit('removeListener', type, list.listener || listener);
    }
  }

  function removeFromList(self, events, type, list, listener) {
    var position = -1;
    for (var i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return;
    list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) self.emit('removeListener', type, listener);
  }

  // @anchor remove-listener
  proto.removeListener = function removeListener(type, listener) {
    validators.validateFunction(listener, 'listener');
    if (!hasEventListener(this, type)) return this;
    var events = this._events;
    var list = events[type];
    if (list === listener || list.listener === listener) {
      removeSingle(this, events, type, list, listener);
    } else if (typeof list !== 'function') {
      removeFromList(this, events, type, list, listener);
    }
    return this;
  };
  proto.off = proto.removeListener;

  proto.removeAllListeners = function removeAllListeners(type) {
    if (!hasEventListener(this)) return this;
    var events = this._events;
    if (events.removeListener === undefined) {
      if (arguments.length === 0) {
        this._events = Object.create(null);
        this._eventsCount = 0;
      } else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) this._events = Object.create(null);
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }
    if (arguments.length === 0) {
      var keys = Reflect.ownKeys(events);
      for (var i = 0; i < keys.length; i++) {
        if (keys[i] !== 'removeListener') this.removeAllListeners(keys[i]);
      }
      this.removeAllListeners('removeListener');
      this._events = Object.create(null);
      this._eventsCount = 0;
      this[kShapeMode] = false;
      return this;
    }
    var listeners = events[type];
    if (typeof listeners === 'function') {
      this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
      for (var j = listeners.length - 1; j >= 0; j--) this.removeListener(type, listeners[j]);
    }
    return this;
  };

  function unwrapListeners(arr) {
    var ret = arrayClone(arr);
    for (var i = 0; i < ret.length; ++i) {
      var orig = ret[i].listener;
      if (typeof orig === 'function') ret[i] = orig;
    }
    return ret;
  }

  function listenersOf(target, type, unwrap) {
    if (!hasEventListener(target, type)) return [];
    var evlistener = target._events[type];
    if (typeof evlistener === 'function') {
      return unwrap ? [evlistener.listener || evlistener] : [evlistener];
    }
    return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
  }

  proto.listeners = function listeners(type) {
    return listenersOf(this, type, true);
  };
  proto.rawListeners = function rawListeners(type) {
    return listenersOf(this, type, false);
  };

  function listenerCount(type, listener) {
    var events = this._events;
    if (events === undefined) return 0;
    var evlistener = events[type];
    if (typeof evlistener === 'function') {
      if (listener != null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    }
    if (evlistener === undefined) return 0;
    if (listener == null) return evlistener.length;
    var matching = 0;
    for (var i = 0; i < evlistener.length; i++) {
      if (evlistener[i] === listener || evlistener[i].listener === listener) matching++;
    }
    return matching;
  }
  proto.listenerCount = listenerCount;

  EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
    return listenerCount.call(emitter, type);
  };

  proto.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
  };
}

module.exports = { install: install };
