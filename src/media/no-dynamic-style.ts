// Imported before video.js: it would otherwise inject <style> elements into document.head, which
// a strict Content Security Policy blocks and which cannot reach into our shadow root anyway.
// video.js reads `window.VIDEOJS_NO_DYNAMIC_STYLE`; in a page `window` is `globalThis`, and on a
// server, where there is no `window`, importing this must not throw.
declare global {
  var VIDEOJS_NO_DYNAMIC_STYLE: boolean | undefined;
}

globalThis.VIDEOJS_NO_DYNAMIC_STYLE = true;

export {};
