import {beforeEach, describe, expect, test} from 'vitest';
import {
  MediaClock,
  SPIN_LIMIT_MS,
  SPIN_WINDOW_MS,
  STALLED_RETRY_MS,
  DRIFT_ALLOWANCE,
  TIMER_LEAD_MS,
  timerDelay,
} from '../../src/media/media-clock.js';
import {FakeMedia, FakeScheduler} from './fakes.js';

// Cue boundaries every whole second.
const wholeSeconds = (t: number) => Math.floor(t) + 1;

let media: FakeMedia;
let scheduler: FakeScheduler;
let ticks: number[];
let boundaries: (t: number) => number;
let clock: MediaClock;

beforeEach(() => {
  media = new FakeMedia();
  scheduler = new FakeScheduler();
  ticks = [];
  boundaries = wholeSeconds;
  clock = new MediaClock(
    media,
    {nextBoundaryAfter: (t) => boundaries(t), onTick: (t) => ticks.push(t)},
    scheduler,
  );
});

function play(at: number, rate = 1): void {
  media.currentTime = at;
  media.playbackRate = rate;
  media.paused = false;
  media.fire('play');
}

describe('MediaClock', () => {
  test('start() reports the time once; a paused media arms nothing', () => {
    media.currentTime = 3.2;
    clock.start();
    expect(clock.running).toBe(true);
    expect(ticks).toEqual([3.2]);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.frames.size).toBe(0);
    expect(scheduler.tasks).toEqual([]);
  });

  test('start() twice listens once', () => {
    clock.start();
    clock.start();
    ticks = [];
    media.fire('seeked');
    expect(ticks).toHaveLength(1);
  });

  const events = ['play', 'playing', 'pause', 'seeking', 'seeked', 'ratechange', 'timeupdate', 'loadedmetadata', 'ended', 'emptied', 'waiting'];
  for (const type of events) {
    test(`ticks on ${type}`, () => {
      clock.start();
      media.currentTime = 7.25;
      ticks = [];
      media.fire(type);
      expect(ticks).toEqual([7.25]);
    });
  }

  describe('while playing, a timer aims at the next boundary', () => {
    const tests = [
      {at: 1, rate: 1, delay: timerDelay(1000)},
      {at: 1.5, rate: 1, delay: timerDelay(500)},
      {at: 1, rate: 2, delay: timerDelay(500)}, // 2x halves the wall time
      {at: 1.5, rate: 2, delay: timerDelay(250)},
      {at: 1, rate: 0.5, delay: timerDelay(2000)},
      {at: 1.99, rate: 1, delay: timerDelay(10)},
      {at: 1.98, rate: 2, delay: timerDelay(10)},
    ];
    for (const {at, rate, delay} of tests) {
      test(`t=${at} rate=${rate} -> ${delay} ms`, () => {
        clock.start();
        play(at, rate);
        expect(ticks.at(-1)).toBe(at);
        expect(scheduler.pending).toHaveLength(1);
        expect(scheduler.pending[0]).toBeCloseTo(delay, 6);
        expect(scheduler.tasks).toEqual([]);
      });
    }
  });

  test('the timer reports the time and aims at the following boundary', () => {
    clock.start();
    play(1.5);
    media.currentTime = 1.999;
    scheduler.runTimers();
    // 1 ms before the boundary: inside the spin window, so a task rather than a timer.
    expect(ticks.at(-1)).toBe(1.999);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.tasks).toHaveLength(1);
    media.currentTime = 2.0001;
    scheduler.runTasks();
    expect(ticks.at(-1)).toBe(2.0001);
    expect(scheduler.tasks).toEqual([]);
    expect(scheduler.pending).toHaveLength(1);
    expect(scheduler.pending[0]).toBeCloseTo(timerDelay((3 - 2.0001) * 1000), 6);
  });

  test('a long wait stops DRIFT_ALLOWANCE short and re-aims from a fresh reading', () => {
    clock.start();
    play(1, 2);
    expect(scheduler.pending[0]).toBeCloseTo(500 * (1 - DRIFT_ALLOWANCE), 6);
    // The media ran 2 % ahead of the wall clock meanwhile: the re-aimed wait is short and exact.
    media.currentTime = 1.969;
    scheduler.runTimers();
    expect(ticks.at(-1)).toBe(1.969);
    expect(scheduler.pending[0]).toBeCloseTo(15.5 - TIMER_LEAD_MS, 6);
  });

  test('no timer after the last boundary, but frames still run', () => {
    boundaries = () => Infinity;
    clock.start();
    play(50);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.tasks).toEqual([]);
    expect(scheduler.frames.size).toBe(1);
  });

  describe('within the spin window it posts a task instead of a timer', () => {
    const tests = [
      {at: 2 - SPIN_WINDOW_MS / 1000 + 0.0001, rate: 1},
      {at: 1.9995, rate: 1},
      {at: 1.999, rate: 2}, // 2 ms of media is 1 ms of wall time at 2x
      {at: 1.99, rate: 2}, // a 2 ms timer would be clamped to 4 ms and land late
    ];
    for (const {at, rate} of tests) {
      test(`t=${at} rate=${rate}`, () => {
        clock.start();
        play(at, rate);
        expect(scheduler.timers.size).toBe(0);
        expect(scheduler.tasks).toHaveLength(1);
      });
    }

    test('one task at a time, however many events arrive', () => {
      clock.start();
      play(1.9995);
      media.fire('timeupdate');
      media.fire('playing');
      expect(scheduler.tasks).toHaveLength(1);
    });
  });

  test('a spin that does not cross within SPIN_LIMIT_MS backs off to a STALLED_RETRY_MS timer', () => {
    clock.start();
    play(1.9995);
    let spins = 0;
    // The media time is stuck; wall time runs on 1 ms per task.
    while (scheduler.tasks.length && spins < 1000) {
      scheduler.time += 1;
      scheduler.runTasks();
      spins++;
    }
    expect(scheduler.tasks).toEqual([]);
    expect(spins).toBe(SPIN_LIMIT_MS + 1);
    expect(scheduler.pending).toEqual([STALLED_RETRY_MS]);

    // Still stuck: keep backing off rather than spinning.
    scheduler.time += STALLED_RETRY_MS;
    scheduler.runTimers();
    expect(scheduler.tasks).toEqual([]);
    expect(scheduler.pending).toEqual([STALLED_RETRY_MS]);

    // It moves again and crosses: the next boundary gets a normal timer.
    media.currentTime = 2.0005;
    scheduler.time += STALLED_RETRY_MS;
    scheduler.runTimers();
    expect(ticks.at(-1)).toBe(2.0005);
    expect(scheduler.pending[0]).toBeCloseTo(timerDelay(999.5), 6);

    // And the spin toward that boundary starts a fresh budget.
    media.currentTime = 2.9995;
    scheduler.runTimers();
    expect(scheduler.tasks).toHaveLength(1);
    expect(scheduler.timers.size).toBe(0);
  });

  test('a spin toward a new boundary gets its own budget', () => {
    // Two boundaries 1.5 ms apart.
    boundaries = (t) => (t < 2 ? 2 : t < 2.0015 ? 2.0015 : Infinity);
    clock.start();
    play(1.9995);
    // Reaching the first boundary takes most of the budget.
    for (let i = 0; i < SPIN_LIMIT_MS - 2; i++) {
      scheduler.time += 1;
      scheduler.runTasks();
    }
    expect(scheduler.tasks).toHaveLength(1);
    media.currentTime = 2.0001;
    scheduler.time += 1;
    scheduler.runTasks();
    expect(ticks.at(-1)).toBe(2.0001);
    // A few more tasks toward the second boundary must still spin.
    for (let i = 0; i < 5; i++) {
      scheduler.time += 1;
      scheduler.runTasks();
    }
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.tasks).toHaveLength(1);
  });

  test('pause cancels the timer and the frame', () => {
    clock.start();
    play(1);
    expect(scheduler.timers.size).toBe(1);
    expect(scheduler.frames.size).toBe(1);
    media.paused = true;
    media.currentTime = 1.2;
    media.fire('pause');
    expect(ticks.at(-1)).toBe(1.2);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.cleared).toBe(1);
    expect(scheduler.frames.size).toBe(0);
  });

  test('a spin task that runs after a pause arms nothing', () => {
    clock.start();
    play(1.9995);
    media.paused = true;
    media.fire('pause');
    scheduler.runTasks();
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.frames.size).toBe(0);
    expect(scheduler.tasks).toEqual([]);
  });

  const stops = [
    {name: 'ended', stop: () => ((media.ended = true), media.fire('ended'))},
    {name: 'playbackRate 0', stop: () => ((media.playbackRate = 0), media.fire('ratechange'))},
  ];
  for (const {name, stop} of stops) {
    test(`${name} stops the timer and the frames`, () => {
      clock.start();
      play(1);
      stop();
      expect(scheduler.timers.size).toBe(0);
      expect(scheduler.frames.size).toBe(0);
    });
  }

  test('ratechange re-arms the timer', () => {
    clock.start();
    play(1);
    expect(scheduler.pending).toEqual([timerDelay(1000)]);
    media.playbackRate = 2;
    media.fire('ratechange');
    expect(scheduler.pending).toHaveLength(1);
    expect(scheduler.pending[0]).toBeCloseTo(timerDelay(500), 6);
    expect(scheduler.cleared).toBe(1);
  });

  test('seeking re-aims the timer at the new position', () => {
    clock.start();
    play(1);
    media.currentTime = 4.75;
    media.fire('seeked');
    expect(scheduler.pending).toHaveLength(1);
    expect(scheduler.pending[0]).toBeCloseTo(timerDelay(250), 6);
  });

  test('frames tick while playing and stop when paused', () => {
    clock.start();
    play(1);
    ticks = [];
    for (const t of [1.016, 1.033, 1.05]) {
      media.currentTime = t;
      scheduler.runFrames();
      expect(scheduler.frames.size).toBe(1);
    }
    expect(ticks).toEqual([1.016, 1.033, 1.05]);

    media.paused = true;
    media.fire('pause');
    ticks = [];
    scheduler.runFrames();
    expect(ticks).toEqual([]);
    expect(scheduler.frames.size).toBe(0);
  });

  test('a frame that finds the media paused before its event neither ticks nor asks again', () => {
    clock.start();
    play(1);
    media.paused = true;
    ticks = [];
    scheduler.runFrames();
    expect(ticks).toEqual([]);
    expect(scheduler.frames.size).toBe(0);
  });

  test('only one frame is requested at a time', () => {
    clock.start();
    play(1);
    media.fire('timeupdate');
    media.fire('playing');
    expect(scheduler.frames.size).toBe(1);
  });

  test('stop() removes the listeners and cancels everything', () => {
    clock.start();
    play(1.9995);
    scheduler.runTasks();
    media.currentTime = 1.5;
    media.fire('seeked');
    expect(scheduler.timers.size).toBe(1);
    expect(scheduler.frames.size).toBe(1);

    clock.stop();
    expect(clock.running).toBe(false);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.frames.size).toBe(0);

    ticks = [];
    for (const type of events) media.fire(type);
    clock.check();
    scheduler.runTasks();
    expect(ticks).toEqual([]);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.frames.size).toBe(0);
  });

  test('a spin task or frame pending at stop() does nothing', () => {
    clock.start();
    play(1.9995);
    const frames = [...scheduler.frames.values()];
    expect(scheduler.tasks).toHaveLength(1);
    clock.stop();
    ticks = [];
    scheduler.runTasks();
    for (const frame of frames) frame();
    expect(ticks).toEqual([]);
    expect(scheduler.timers.size).toBe(0);
    expect(scheduler.frames.size).toBe(0);
  });

  test('it can start again after stop()', () => {
    clock.start();
    clock.stop();
    clock.start();
    play(1);
    expect(scheduler.pending).toEqual([timerDelay(1000)]);
  });

  describe('an engine whose currentTime moves in 40 ms steps (Firefox)', () => {
    /** Plays from 0.5 s, reading at each 5 ms of wall time through timeupdate (which keeps the run). */
    function playStepped(untilMs: number): number[] {
      clock.start();
      play(0.5);
      const reported: number[] = [];
      for (let wall = 0; wall <= untilMs; wall += 5) {
        scheduler.time = wall;
        media.currentTime = 0.5 + Math.floor(wall / 40) * 0.04;
        ticks = [];
        media.fire('timeupdate');
        reported.push(ticks[0]);
      }
      return reported;
    }

    test('reports the position between steps, and clock.time agrees', () => {
      const reported = playStepped(400);
      // At 0.5 + 0.215 s of true time currentTime still says 0.68; the listener hears 0.715.
      expect(media.currentTime).toBeCloseTo(0.9, 9);
      const at215 = reported[215 / 5];
      expect(at215).toBeGreaterThan(0.5 + 0.2);
      expect(at215).toBeLessThanOrEqual(0.5 + 0.215 + 1e-9);
      expect(clock.time).toBeCloseTo(0.9, 9);
    });

    test('a seek starts over from the value the media reports', () => {
      playStepped(400);
      media.currentTime = 3;
      media.fire('seeking');
      expect(ticks.at(-1)).toBe(3);
      expect(clock.time).toBe(3);
    });

    test('paused, it reports currentTime as it is', () => {
      playStepped(400);
      scheduler.time = 430;
      media.paused = true;
      media.fire('pause');
      expect(ticks.at(-1)).toBe(media.currentTime);
      expect(clock.time).toBe(media.currentTime);
    });
  });
});
