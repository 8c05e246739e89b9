// `npm run analyze` (also part of `npm run build`): custom-elements.json from the JSDoc of the
// public modules (the element, its registration and its events), for editors, Storybook and docs.
export default {
  globs: ['src/transcript-player.ts', 'src/define.ts', 'src/events.ts', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements").
  packagejson: false,
  plugins: [privateMembersOut(), documentedEventsOnly()],
};

/** Leaves out `#private` and `private` members, which are not API. */
function privateMembersOut() {
  return {
    name: 'private-members-out',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => member.privacy !== 'private' && !member.name.startsWith('#'),
          );
        }
      }
    },
  };
}

/**
 * The analyzer also reports `dispatchEvent(new TranscriptErrorEvent('captions', ...))` as an event
 * named "captions"; the element's events are the ones its JSDoc `@fires` documents.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({customElementsManifest}) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement || !declaration.events) continue;
          declaration.events = declaration.events.filter((event) => event.name?.startsWith('transcript-'));
        }
      }
    },
  };
}
