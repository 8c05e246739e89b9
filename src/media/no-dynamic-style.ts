// Imported before video.js: it would otherwise inject <style> elements into document.head, which
// a strict Content Security Policy blocks and which cannot reach into our shadow root anyway.
declare global {
  interface Window {
    VIDEOJS_NO_DYNAMIC_STYLE?: boolean;
  }
}

window.VIDEOJS_NO_DYNAMIC_STYLE = true;

export {};
