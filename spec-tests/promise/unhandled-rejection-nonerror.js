// doc: cli.md § "`--unhandled-rejections=mode`"
// A rejection with a non-Error reason is reported as ERR_UNHANDLED_REJECTION quoting the reason.
Promise.reject('plain string');
// expect-exit: 1
// expect-stderr: /UnhandledPromiseRejection/
// expect-stderr: /The promise rejected with the reason "plain string"/
