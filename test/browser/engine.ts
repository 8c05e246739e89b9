/** The engine the tests run in, for the few places where engines differ by design. */
export const ENGINE: 'chromium' | 'firefox' | 'webkit' = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';
