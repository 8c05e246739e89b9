// video.js's dist build is a UMD whose factory reads `window` and `document` as soon as it runs,
// and esbuild runs a bundled CommonJS module where it is first imported: at import time. A server
// importing the npm entries (frameworks import components to render a page) would throw there.
// For the npm entries this plugin puts a stand-in in front of video.js that runs the factory on
// first use (the first player made), which only happens in a browser. The single-file bundle does
// not use it: nothing imports that file on a server, and it keeps its bytes.
const VIDEO_JS = 'video.js/dist/alt/video.core.novtt.js';
const NAMESPACE = 'lazy-video-js';

/** @type {import('esbuild').Plugin} */
export const lazyVideoJsPlugin = {
  name: 'lazy-video-js',
  setup(build) {
    // Our import goes to the stand-in; the stand-in's require() reaches the real file.
    build.onResolve({filter: /^video\.js\/dist\/alt\/video\.core\.novtt\.js$/}, (args) =>
      args.kind === 'import-statement'
        ? {path: VIDEO_JS, namespace: NAMESPACE, pluginData: {resolveDir: args.resolveDir}}
        : undefined,
    );
    build.onLoad({filter: /.*/, namespace: NAMESPACE}, ({pluginData}) => ({
      resolveDir: pluginData.resolveDir,
      loader: 'js',
      // A function proxy: calling it or reading a property (videojs.getComponent…) loads video.js.
      contents: `let videojs;
const load = () => (videojs ??= require(${JSON.stringify(VIDEO_JS)}));
export default new Proxy(() => {}, {
  apply: (_, self, args) => Reflect.apply(load(), self, args),
  get: (_, key) => Reflect.get(load(), key),
  set: (_, key, value) => Reflect.set(load(), key, value),
  has: (_, key) => Reflect.has(load(), key),
});
`,
    }));
  },
};
