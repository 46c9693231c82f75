// Opening databases and spawning the API take seconds, not the default 5 s budget's milliseconds.
jasmine.DEFAULT_TIMEOUT_INTERVAL = 60_000;

// OCOP_TEST_TIMINGS=1 prints how long each top-level suite took, to see where the time goes.
if (process.env['OCOP_TEST_TIMINGS'] === '1') {
  let depth = 0;
  jasmine.getEnv().addReporter({
    suiteStarted: () => void depth++,
    suiteDone: (result) => {
      depth--;
      if (depth === 0) console.log(`\n[timing] ${result.fullName}: ${result.duration ?? '?'} ms`);
    },
  });
}
