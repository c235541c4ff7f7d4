// assert/strict: strict assertion mode (`require('assert/strict')`).
// Interface: the same object as require('assert').strict, where equal,
// deepEqual, notEqual and notDeepEqual are the strict comparisons.
// Doc: api/assert.md § "Strict assertion mode".
'use strict';
module.exports = require('assert').strict;
