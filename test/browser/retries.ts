// Every browser test gets one more try (web-test-runner.config.mjs: mocha's `retries`): on a
// shared two-core machine a media event or a WebDriver answer now and then comes later than any
// sane timeout, and a rerun of a whole engine costs minutes. A test that fails for a real reason
// fails both tries. So that a flaky test is still seen, each second try is said in the log.
beforeEach(function () {
  const test = this.currentTest as (Mocha.Test & {currentRetry(): number}) | undefined;
  if (test && test.currentRetry() > 0) console.warn(`RETRY: "${test.fullTitle()}" failed once and runs again`);
});
