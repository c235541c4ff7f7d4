// doc: ECMA-262 § "String.prototype.normalize ( [ form ] )"
// normalize leaves ASCII text unchanged in every form and rejects unknown forms with a RangeError.
console.log('plain ascii'.normalize(), 'abc'.normalize('NFD'), 'caf\u00e9'.normalize('NFC') === 'caf\u00e9');
try { 'a'.normalize('NFX'); } catch (e) { console.log(e.name + ': ' + e.message); }
// expect: plain ascii abc true
// expect: RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.
