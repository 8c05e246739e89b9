// The player for keyboard users (issue 11, points 1, 2, 9): focus stays visible, Escape leaves a
// menu for its button, the controls work before the first play. Helpers: player-helpers.ts.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
  barShown,
  focused,
  isShown,
  menuOf,
  MENUS,
  nameOf,
  player,
  playAndPause,
  press,
  q,
  sleep,
  slotted,
  tabStops,
  tabTo,
} from './player-helpers.js';
import {until} from './helpers.js';

describe('the player for keyboard users', () => {
  it('keeps the control bar, and an open menu, visible while focus is in them, past 5 s idle while playing', async () => {
    const element = await player(slotted());
    const vjs = q(element, '.video-js');
    await element.media!.play();
    const rate = menuOf(element, '.vjs-playback-rate');
    await tabTo(element, rate.button);
    await sleep(5500);
    expect(element.media!.paused).to.be.false;
    expect(barShown(element), `the bar shows with focus on a button (${vjs.className})`).to.be.true;

    await sendKeys({press: 'Enter'});
    await until(() => rate.menu.contains(focused(element)), 'focus in the open menu');
    // Past video.js's 2 s and its 1 s fade.
    await sleep(3500);
    expect(barShown(element), `the bar shows with focus in a menu (${vjs.className})`).to.be.true;
    expect(isShown(rate.menu.querySelector('.vjs-menu-content')!), 'the menu shows').to.be.true;

    // Focus leaves the player: the bar hides again as usual.
    await sendKeys({press: 'Escape'});
    (focused(element) as HTMLElement | null)?.blur();
    await until(() => vjs.classList.contains('vjs-user-inactive'), 'the bar to hide once focus has left', 6000);
    element.media!.pause();
  });

  it('closes an open menu on Escape and returns focus to its menu button', async () => {
    const element = await player(slotted());
    await playAndPause(element);
    for (const selector of MENUS) {
      const {button, menu} = menuOf(element, selector);
      await tabTo(element, button);
      await sendKeys({press: 'Enter'});
      await until(() => menu.contains(focused(element)), `focus in the ${selector} menu`);
      await press(element, 'ArrowDown');
      await sendKeys({press: 'Escape'});
      await until(() => !menu.classList.contains('vjs-lock-showing'), `the ${selector} menu to close`);
      expect(getComputedStyle(menu).display, `the ${selector} menu is hidden`).to.equal('none');
      expect(nameOf(focused(element)), `focus after Escape in ${selector}`).to.equal(nameOf(button));
    }
  });

  it('offers the whole control bar before the first play: every control reachable, the speed settable', async () => {
    const element = await player(slotted());
    const media = element.media!;
    expect(barShown(element), 'the control bar shows before playing').to.be.true;
    const stops = (await tabStops(element)).map(nameOf);
    for (const control of [
      '.vjs-play-control',
      '.vjs-mute-control',
      '.vjs-progress-holder',
      '.vjs-playback-rate > button',
      '.vjs-chapters-button > button',
      '.vjs-subs-caps-button > button',
      '.vjs-fullscreen-control',
    ]) {
      expect(stops, `Tab stops at ${control}, in ${stops.join(' → ')}`).to.include(nameOf(q(element, control)));
    }
    const rate = menuOf(element, '.vjs-playback-rate');
    await tabTo(element, rate.button);
    await sendKeys({press: 'Enter'});
    await until(() => rate.menu.contains(focused(element)), 'focus in the speed menu');
    for (let i = 0; i < 8 && focused(element)?.textContent?.trim() !== '1.5x'; i++) await press(element, 'ArrowDown');
    await sendKeys({press: 'Enter'});
    await until(() => media.playbackRate === 1.5, 'the speed to be 1.5');
    expect(media.paused).to.be.true;
  });
});
