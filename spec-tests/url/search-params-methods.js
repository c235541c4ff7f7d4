// doc: url.md § "Class: URLSearchParams"
// URLSearchParams keeps ordered pairs: get/getAll/has/set/delete/sort and size.
var p = new URLSearchParams('?b=2&a=1&b=3&c=%20x+y');
console.log(p.get('b'), p.getAll('b').join(','), p.has('a'), p.has('b', '3'), p.get('c'), p.get('z'), p.size);
p.set('b', 'only'); p.delete('a'); p.append('a', 'é&='); p.sort();
console.log(p.toString());
// expect: 2 2,3 true true  x y null 4
// expect: a=%C3%A9%26%3D&b=only&c=+x+y
