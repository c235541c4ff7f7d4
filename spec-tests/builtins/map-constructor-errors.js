// doc: ECMA-262 § "Map ( [ iterable ] )"
// Map must be called with new, and each item of its iterable must be an object.
try { Map(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map([1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Map(5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Map.prototype.get.call({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
// expect: TypeError: Constructor Map requires 'new'
// expect: TypeError: Iterator value 1 is not an entry object
// expect: TypeError: number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
// expect: TypeError: Method Map.prototype.get called on incompatible receiver #<Object>
