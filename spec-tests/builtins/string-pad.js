// doc: ECMA-262 § "String.prototype.padStart ( maxLength [ , fillString ] )"
// padStart/padEnd repeat and truncate the filler to reach maxLength; they never shorten.
console.log('[' + '5'.padStart(3, '0') + '][' + 'abc'.padEnd(8, '12') + '][' + 'long'.padStart(2) + '][' + 'x'.padEnd(3) + ']');
// expect: [005][abc12121][long][x  ]
