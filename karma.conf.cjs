// One Karma set-up for every Angular project: Debian's Chromium, headless, as root (hence --no-sandbox).
process.env.CHROME_BIN = process.env.CHROME_BIN || '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    // KARMA_SEED=<n> replays the order of a run whose specs failed (each run logs its seed first).
    client: {
      jasmine: { random: true, ...(process.env.KARMA_SEED ? { seed: process.env.KARMA_SEED } : {}) },
      clearContext: false,
    },
    reporters: ['progress'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Specs change the URL hundreds of times in a few seconds; past 200 history.pushState/replaceState
          // calls in 10 s Chromium silently ignores further ones ("Throttling navigation"), which made specs
          // fail or pass depending on the order they ran in.
          '--disable-ipc-flooding-protection',
        ],
      },
    },
    browsers: ['ChromeHeadlessCI'],
    singleRun: true,
    restartOnFileChange: false,
  });
};
