// doc: ECMA-262 § "Map Objects"
// "Maps must be implemented using either hash tables or other mechanisms that, on average, provide access times that are sublinear on the number of elements": 10,000 keys of each kind fill, find and empty in time.
// timeout: 10
var N = 10000, m = new Map(), objs = [], i, found = 0;
for (i = 0; i < N; i++) { objs.push({ i: i }); m.set('k' + i, i); m.set(i, i); m.set(objs[i], i); }
for (i = 0; i < N; i++) {
  if (m.get('k' + i) === i && m.get(i) === i && m.get(objs[i]) === i) found++;
}
console.log(m.size, found);
for (i = 0; i < N; i++) { m.delete('k' + i); m.delete(objs[i]); }
console.log(m.size, Array.from(m.keys()).slice(0, 3).join(','));
// expect: 30000 10000
// expect: 10000 0,1,2
