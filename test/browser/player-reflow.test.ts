// The control bar at 320 and 280 px, with 200% text (issue 11, points 3 and 5): nothing clipped
// or shifted while tabbing, every control and menu item at least 24 px. Helpers: player-helpers.ts.
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {
  bar,
  before,
  controls,
  focused,
  menuOf,
  MENUS,
  nameOf,
  player,
  playAndPause,
  press,
  q,
  slotted,
  tab,
  tabStops,
  tabTo,
} from './player-helpers.js';
import {until} from './helpers.js';

describe('the control bar at 320 px', () => {
  // 320 px is the element's width on a 320 px wide page without margins, 280 px with the demo's.
  for (const {width, text} of [
    {width: 320, text: '100%'},
    {width: 280, text: '100%'},
    {width: 280, text: '200%'},
  ]) {
    it(`clips no control and shifts nothing while tabbing, ${width} px wide, ${text} text`, async () => {
      document.documentElement.style.fontSize = text;
      const element = await player(slotted(`style="width: ${width}px"`));
      await playAndPause(element);
      const host = q(element, '.player-host').getBoundingClientRect();
      const box = bar(element).getBoundingClientRect();
      expect(box.width).to.be.closeTo(width, 0.5);
      const clipped = controls(element)
        .map((control) => ({name: nameOf(control), rect: control.getBoundingClientRect()}))
        .filter(({rect}) => rect.left < box.left - 0.5 || rect.right > box.right + 0.5 || rect.right > host.right + 0.5)
        .map(({name, rect}) => `${name} at ${Math.round(rect.left - box.left)}-${Math.round(rect.right - box.left)}`);
      expect(clipped, `controls past the bar's ${Math.round(box.width)} px`).to.deep.equal([]);

      const scrollers = [q(element, '.player-host'), q(element, '.video-js'), bar(element)];
      const shifted = () =>
        Math.abs(q(element, '.video-js').getBoundingClientRect().left - host.left) > 0.5 ||
        scrollers.some((node) => node.scrollLeft !== 0 || node.scrollTop !== 0);
      const stops = await tabStops(element);
      expect(stops.length, `Tab stops ${stops.map(nameOf).join(' → ')}`).to.be.at.least(7);
      // tabStops ends on the first stop past the player; walk again, checking after each.
      before.focus();
      for (let i = 0; i < stops.length + 1; i++) {
        await tab(element);
        expect(shifted(), `the video shifted with focus on ${nameOf(focused(element))}`).to.be.false;
      }
      // An open menu fits inside the player, and moving through it shifts nothing either.
      const rate = menuOf(element, '.vjs-playback-rate');
      await tabTo(element, rate.button);
      await sendKeys({press: 'Enter'});
      await until(() => rate.menu.contains(focused(element)), 'focus in the speed menu');
      const menu = rate.menu.querySelector('.vjs-menu-content')!.getBoundingClientRect();
      expect(menu.top, 'the menu top inside the player').to.be.at.least(host.top - 0.5);
      expect(menu.right, 'the menu inside the player').to.be.at.most(host.right + 0.5);
      for (let i = 0; i < rate.items().length; i++) {
        await press(element, 'ArrowDown');
        expect(shifted(), `the video shifted with focus on ${focused(element)?.textContent}`).to.be.false;
      }
      await sendKeys({press: 'Escape'});
    });
  }
});

describe('target size of the controls', () => {
  for (const width of [800, 280]) {
    it(`makes every control and menu item at least 24 px in both directions, ${width} px wide`, async () => {
      const element = await player(slotted(`style="width: ${width}px"`));
      await playAndPause(element);
      const small: string[] = [];
      const check = (name: string, node: Element) => {
        const {width: w, height: h} = node.getBoundingClientRect();
        if (w < 24 || h < 24) small.push(`${name} ${w.toFixed(1)}x${h.toFixed(1)}`);
      };
      for (const control of controls(element)) {
        if (control.matches('.vjs-time-control, .vjs-spacer')) continue;
        check(nameOf(control), control.matches('.vjs-volume-panel') ? control.firstElementChild! : control);
      }
      for (const selector of MENUS) {
        const {button, menu, items} = menuOf(element, selector);
        await tabTo(element, button);
        await sendKeys({press: 'Enter'});
        await until(() => menu.contains(focused(element)), `focus in the ${selector} menu`);
        for (const item of items()) check(`${selector} "${item.textContent?.trim()}"`, item);
        await sendKeys({press: 'Escape'});
        await until(() => !menu.classList.contains('vjs-lock-showing'), `the ${selector} menu to close`);
      }
      expect(small, 'controls under 24 px').to.deep.equal([]);
    });
  }
});
