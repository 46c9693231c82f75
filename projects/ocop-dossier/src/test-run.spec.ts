// Set-up for the whole Karma run of this project (a spec file without specs: top-level hooks apply to all).
// Specs run in a random order; the seed is logged when the run ends, so an order-dependent failure can be
// replayed with KARMA_SEED=<seed> (karma.conf.cjs).
jasmine.getEnv().addReporter({
  jasmineDone: (result) => console.log(`jasmine seed ${result.order.seed}`),
});
