import {describe, expect, test} from 'vitest';
import {COARSE_HOLD_MS, SteppedTime} from '../../src/media/stepped-time.js';

/** Reads every `everyMs` of wall time for `forMs`, from an engine whose time moves in `stepS` steps. */
function readStepped(stepped: SteppedTime, {stepS, everyMs, forMs, rate = 1, from = 10}: {stepS: number; everyMs: number; forMs: number; rate?: number; from?: number}) {
  const readings: Array<{wall: number; raw: number; true: number; read: number}> = [];
  for (let wall = 0; wall <= forMs; wall += everyMs) {
    const truth = from + (wall / 1000) * rate;
    const raw = stepS ? from + Math.floor((truth - from) / stepS + 1e-9) * stepS : truth;
    readings.push({wall, raw, true: truth, read: stepped.read(raw, wall, rate)});
  }
  return readings;
}

describe('SteppedTime', () => {
  test('a fine clock is read as it is', () => {
    const stepped = new SteppedTime();
    const readings = readStepped(stepped, {stepS: 0.004, everyMs: 1, forMs: 500});
    expect(stepped.coarse).toBe(false);
    for (const reading of readings) expect(reading.read).toBe(reading.raw);
  });

  for (const rate of [1, 2]) {
    test(`a clock in 40 ms steps at ${rate}x: found coarse, filled in to within a reading of the truth`, () => {
      const stepped = new SteppedTime();
      const readings = readStepped(stepped, {stepS: 0.04, everyMs: 1, forMs: 1000, rate});
      expect(stepped.coarse).toBe(true);
      // Once found (after three held steps), every reading is at most one reading behind the
      // true position, never ahead of it, and never more than one step ahead of currentTime.
      const after = readings.filter((r) => r.wall >= 200);
      for (const r of after) {
        expect(r.read).toBeLessThanOrEqual(r.true + 1e-9);
        expect(r.true - r.read).toBeLessThanOrEqual((1 / 1000) * rate + 1e-9);
        expect(r.read - r.raw).toBeLessThanOrEqual(0.04 + 1e-9);
      }
    });
  }

  test('never goes backwards within a run, and goes no further than one step past a held value', () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.04, everyMs: 2, forMs: 400});
    // The next frame is late: the value holds for 100 ms.
    const held = 10.4;
    const reads = [0, 20, 40, 60, 100].map((dt) => stepped.read(held, 402 + dt, 1));
    expect(reads).toEqual([...reads].sort((a, b) => a - b));
    expect(reads.at(-1)).toBeCloseTo(held + 0.04, 9);
  });

  test('a stall is not a step: held long, then moving on by little, leaves a fine clock fine', () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.002, everyMs: 1, forMs: 100});
    // Stalled for 200 ms at 10.1, then on by 2 ms.
    for (let wall = 101; wall <= 300; wall += 5) stepped.read(10.1, wall, 1);
    expect(stepped.read(10.102, 301, 1)).toBe(10.102);
    expect(stepped.coarse).toBe(false);
  });

  test(`a value held under ${COARSE_HOLD_MS} ms is not coarse`, () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.01, everyMs: 1, forMs: 500});
    expect(stepped.coarse).toBe(false);
  });

  test('reset() starts a new run: nothing is filled in until a step is seen again, but the engine stays coarse', () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.04, everyMs: 1, forMs: 300});
    stepped.reset();
    expect(stepped.coarse).toBe(true);
    // After a seek back: no step known yet, so readings pass through.
    expect(stepped.read(5, 1000, 1)).toBe(5);
    expect(stepped.read(5, 1020, 1)).toBe(5);
    expect(stepped.read(5.04, 1040, 1)).toBe(5.04);
    expect(stepped.read(5.04, 1060, 1)).toBeCloseTo(5.06, 9);
  });

  test('values that arrive late do not hold the estimate back; it never runs ahead of the truth', () => {
    // Firefox takes the position every ~40 ms and shows it a little later, some values 20 ms late.
    const stepped = new SteppedTime();
    const behind: number[] = [];
    // Sample i is taken at 40 i ms and shows at that time, or 20 ms later for every fifth.
    const showsAt = (i: number) => 40 * i + (i % 5 === 4 ? 20 : 0);
    let next = 0;
    let raw = 10;
    for (let wall = 0; wall <= 2000; wall += 1) {
      while (showsAt(next) <= wall) raw = 10 + (40 * next++) / 1000;
      const truth = 10 + wall / 1000;
      const read = stepped.read(raw, wall, 1);
      expect(read).toBeLessThanOrEqual(truth + 1e-9);
      if (wall > 200) behind.push(truth - read);
    }
    behind.sort((a, b) => a - b);
    // On time the estimate is exact; while a late value is awaited it stops one step past the
    // held one (a stall looks the same), so it trails by up to the delay, 20 ms, a tenth of the time.
    expect(behind[Math.floor(behind.length * 0.85)]).toBeLessThanOrEqual(0.001);
    expect(behind.at(-1)).toBeLessThanOrEqual(0.02 + 1e-9);
  });

  test('a media clock slower than the wall clock cannot keep the estimate ahead', () => {
    // Media runs at 0.999 of wall speed in 40 ms steps: the estimate may lead, but not grow its lead.
    const stepped = new SteppedTime();
    const leads: number[] = [];
    for (let wall = 0; wall <= 20000; wall += 2) {
      const truth = 10 + (wall / 1000) * 0.999;
      const raw = 10 + Math.floor((truth - 10) / 0.04) * 0.04;
      leads.push(stepped.read(raw, wall, 1) - truth);
    }
    expect(Math.max(...leads.slice(-500))).toBeLessThan(0.04);
    expect(Math.max(...leads.slice(-500))).toBeLessThanOrEqual(Math.max(...leads.slice(1000, 1500)) + 0.001);
  });

  test('one held step on a busy page is not enough to call a clock coarse', () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.001, everyMs: 1, forMs: 100});
    // The page was busy: the same value twice over 20 ms, then on by 30 ms.
    stepped.read(10.1, 101, 1);
    stepped.read(10.1, 121, 1);
    stepped.read(10.13, 131, 1);
    expect(stepped.coarse).toBe(false);
    expect(stepped.read(10.13, 140, 1)).toBe(10.13);
  });

  test('a clock found coarse is read as it is again once it moves in fine steps', () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.04, everyMs: 1, forMs: 300});
    expect(stepped.coarse).toBe(true);
    stepped.read(10.283, 302, 1);
    expect(stepped.coarse).toBe(false);
    expect(stepped.read(10.283, 310, 1)).toBe(10.283);
  });

  test("Firefox's tiny first move after play() keeps the clock coarse, and the grain is kept across a seek", () => {
    const stepped = new SteppedTime();
    readStepped(stepped, {stepS: 0.04, everyMs: 1, forMs: 300});
    stepped.reset();
    // Playing from 20 s: held 50 ms at the first reading, a move of 0.1 ms, then 40 ms steps.
    stepped.read(20, 1000, 1);
    stepped.read(20, 1050, 1);
    stepped.read(20.0001, 1051, 1);
    expect(stepped.coarse).toBe(true);
    expect(stepped.read(20.0001, 1071, 1)).toBeCloseTo(20.0201, 9);
  });
});
