declare module 'video.js/dist/alt/video.core.novtt.js' {
  import videojs from 'video.js';
  export default videojs;
}

declare module '*.css' {
  const css: string;
  export default css;
}
