// doc: ECMA-262 § "String.prototype.matchAll ( regexp )"
// matchAll yields every match with its groups and index; a non-global RegExp throws.
var out = [];
var it = 'k1=v1;k2=v2'.matchAll(/(\w+)=(\w+)/g);
var step;
while (!(step = it.next()).done) out.push(step.value[1] + ':' + step.value[2] + '@' + step.value.index);
console.log(out.join(' '));
try { 'x'.matchAll(/x/); } catch (e) { console.log(e.name); }
// expect: k1:v1@0 k2:v2@6
// expect: TypeError
