import {readFileSync} from 'node:fs';
import postcss from 'postcss';
import {describe, expect, it} from 'vitest';

import {isUnusedSelector, pruneVideoJsCss} from '../../scripts/prune-video-js-css.mjs';

describe('pruneVideoJsCss', () => {
  const tests = [
    {
      name: 'keeps a rule for a component we have',
      input: '.video-js .vjs-control-bar{display:none}',
      output: '.video-js .vjs-control-bar{display:none}',
    },
    {
      name: 'drops a rule for an option we leave off',
      input: '.vjs-layout-small .vjs-duration{display:none}',
      output: '',
    },
    {
      name: 'keeps the selectors of a list that can match, as written',
      input: '.vjs-icon-play,.video-js .vjs-play-control .vjs-icon-placeholder{font-family:VideoJS}',
      output: '.video-js .vjs-play-control .vjs-icon-placeholder{font-family:VideoJS}',
    },
    {
      name: 'does not count what is inside :not()',
      input:
        '.video-js.vjs-live:not(.vjs-liveui) .vjs-seek-to-live-control,.video-js.vjs-liveui .vjs-live-control{display:none}',
      output: '.video-js.vjs-live:not(.vjs-liveui) .vjs-seek-to-live-control{display:none}',
    },
    {
      name: 'drops an icon-font glyph an SVG icon hides',
      input: '.video-js .vjs-play-control .vjs-icon-placeholder:before{content:"\\f101"}',
      output: '',
    },
    {
      name: 'keeps the glyph of the one placeholder that is not an SVG icon',
      input:
        '.video-js .vjs-audio-button+.vjs-menu .vjs-description-menu-item .vjs-menu-item-text .vjs-icon-placeholder:before{content:"\\f12e"}',
      output:
        '.video-js .vjs-audio-button+.vjs-menu .vjs-description-menu-item .vjs-menu-item-text .vjs-icon-placeholder:before{content:"\\f12e"}',
    },
    {
      name: 'drops an at-rule left empty',
      input: '@supports (display:grid){.vjs-text-track-settings .vjs-modal-dialog-content{display:grid}}',
      output: '',
    },
    {
      name: 'drops the icon font',
      input: '@font-face{font-family:VideoJS;src:url(data:x)}.vjs-menu li{margin:0}',
      output: '.vjs-menu li{margin:0}',
    },
    {
      name: 'leaves keyframes alone',
      input: '@keyframes vjs-spinner-show{to{visibility:visible}}',
      output: '@keyframes vjs-spinner-show{to{visibility:visible}}',
    },
    {name: "drops what only a document's <body> can match", input: 'body.vjs-full-window{overflow-y:auto}', output: ''},
  ];
  for (const {name, input, output} of tests) {
    it(name, () => expect(pruneVideoJsCss(input)).toBe(output));
  }

  it("keeps video.js's stylesheet valid and every rule that can match our player", () => {
    const source = readFileSync('node_modules/video.js/dist/video-js.min.css', 'utf8');
    const pruned = pruneVideoJsCss(source);
    expect(pruned.length).toBeLessThan(source.length / 2);
    const selectors: string[] = [];
    postcss.parse(pruned).walkRules((rule) => void selectors.push(...rule.selectors));
    expect(selectors.filter((selector) => isUnusedSelector(selector))).toEqual([]);
    for (const selector of [
      '.video-js .vjs-control-bar',
      '.vjs-menu-button-popup .vjs-menu',
      '.video-js .vjs-progress-holder',
      '.video-js .vjs-volume-panel',
      '.vjs-svg-icon:before',
      '.vjs-hidden',
      '.vjs-error .vjs-error-display .vjs-modal-dialog-content',
      '.video-js:not(.vjs-live) .vjs-live-control',
    ]) {
      expect(selectors).toContain(selector);
    }
  });
});
