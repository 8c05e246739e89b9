// `npm run analyze` (also part of `npm run build`): custom-elements.json from the JSDoc of the
// public modules (the element, its registration and its events), for editors, Storybook and docs.

/** @typedef {import('@custom-elements-manifest/analyzer').Plugin} Plugin */
/** @typedef {import('custom-elements-manifest/schema').Package} Package */

// The analyzer's Config declares `plugins` as functions; it takes plugin objects, as its README shows.
/** @type {Omit<import('@custom-elements-manifest/analyzer').Config, 'plugins'> & {plugins: Plugin[]}} */
export default {
  globs: ['src/transcript-player.ts', 'src/define.ts', 'src/events.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements").
  packagejson: false,
  plugins: [privateMembersOut(), documentedEventsOnly()],
};

/**
 * Every declaration in the manifest.
 * @param {Package} manifest
 */
function* declarations(manifest) {
  for (const module of manifest.modules) yield* module.declarations ?? [];
}

/**
 * Leaves out `#private` and `private` members, which are not API.
 * @returns {Plugin}
 */
function privateMembersOut() {
  return {
    name: 'private-members-out',
    packageLinkPhase({customElementsManifest}) {
      for (const declaration of declarations(customElementsManifest)) {
        if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
        declaration.members = declaration.members?.filter(
          (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
        );
      }
    },
  };
}

/**
 * The analyzer also reports `dispatchEvent(new TranscriptErrorEvent('captions', ...))` as an event
 * named "captions"; the element's events are the ones its JSDoc `@fires` documents.
 * @returns {Plugin}
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({customElementsManifest}) {
      for (const declaration of declarations(customElementsManifest)) {
        if (!('customElement' in declaration) || !declaration.customElement || !declaration.events) continue;
        declaration.events = declaration.events.filter((event) => event.name?.startsWith('transcript-'));
      }
    },
  };
}
