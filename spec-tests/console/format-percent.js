// doc: util.md § "`util.format(format[, ...args])`"
// '%%' prints a single percent sign when there are arguments to format.
console.log('%d%% done', 50);
console.log('100%%');
// expect: 50% done
// expect: 100%%
