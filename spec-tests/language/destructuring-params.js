// doc: language.md § "destructuring"
// Parameters and for-of heads can destructure.
function area({ w, h = 2 }, [scale] = [1]) { return w * h * scale; }
console.log(area({ w: 3 }), area({ w: 3, h: 3 }, [2]));
for (const [k, v] of new Map([['a', 1], ['b', 2]])) console.log(k + '=' + v);
for (const { n } of [{ n: 'x' }]) console.log(n);
// expect: 6 18
// expect: a=1
// expect: b=2
// expect: x
