import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {beforeEach, describe, expect, test} from 'vitest';
import {SyncController} from '../../src/controllers/sync-controller.js';
import type {RichCue} from '../../src/cues/types.js';
import {FakeMedia, FakeScheduler} from '../media/fakes.js';

/** A host that only keeps its controllers, so the test can connect and disconnect them. */
class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(): void {}
  requestUpdate(): void {}
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
}

const cue = (start: number, end: number, text = `${start}-${end}`): RichCue => ({
  id: '',
  start,
  end,
  text,
  source: text,
  content: [{type: 'text', text}],
});

// Two lines with a gap, then two that overlap: [0,2) [3,5) [6,9) [7,8).
const CUES = [cue(0, 2), cue(3, 5), cue(6, 9), cue(7, 8)];

let host: FakeHost;
let media: FakeMedia;
let scheduler: FakeScheduler;
let changes: number[][];
let ticks: number[];
let sync: SyncController;

beforeEach(() => {
  host = new FakeHost();
  media = new FakeMedia();
  scheduler = new FakeScheduler();
  changes = [];
  ticks = [];
  sync = new SyncController(
    host,
    {onActiveChange: (active) => changes.push([...active]), onTick: (time) => ticks.push(time)},
    scheduler,
  );
  sync.setCues(CUES);
});

function seek(time: number): void {
  media.currentTime = time;
  media.fire('seeked');
}

describe('SyncController', () => {
  test('registers itself with its host', () => {
    expect(host.controllers).toEqual([sync]);
  });

  test('keeps the cues it is given, sorted', () => {
    sync.setCues([CUES[2], CUES[0], CUES[1]]);
    expect(sync.cues.map((c) => c.start)).toEqual([0, 3, 6]);
  });

  describe('active set at a time (half-open [start, end))', () => {
    const tests = [
      {time: 0, active: [0]},
      {time: 1.999, active: [0]},
      {time: 2, active: []},
      {time: 3, active: [1]},
      {time: 6.5, active: [2]},
      {time: 7, active: [2, 3]},
      {time: 8, active: [2]},
      {time: 9, active: []},
    ];
    for (const {time, active} of tests) {
      test(`${time} s -> [${active.join(', ')}]`, () => {
        sync.attach(media);
        seek(time);
        expect(sync.active).toEqual(active);
      });
    }
  });

  test('tells only when the active set changes', () => {
    sync.attach(media);
    expect(changes).toEqual([[0]]);
    for (const time of [0.5, 1, 1.5]) seek(time);
    expect(changes).toEqual([[0]]);
    seek(2.5);
    seek(2.7);
    seek(3.1);
    expect(changes).toEqual([[0], [], [1]]);
  });

  test('ticks on every check, after the active set is settled', () => {
    const seen: Array<[number, number[]]> = [];
    sync = new SyncController(
      host,
      {onActiveChange: () => {}, onTick: (time) => seen.push([time, [...sync.active]])},
      scheduler,
    );
    sync.setCues(CUES);
    sync.attach(media);
    seek(3.5);
    seek(3.6);
    expect(seen).toEqual([
      [0, [0]],
      [3.5, [1]],
      [3.6, [1]],
    ]);
  });

  test('while playing, the clock switches the line at the boundary', () => {
    sync.attach(media);
    media.currentTime = 1.5;
    media.paused = false;
    media.fire('play');
    expect(scheduler.timers.size).toBe(1);
    media.currentTime = 2;
    scheduler.runTimers();
    expect(sync.active).toEqual([]);
    expect(changes.at(-1)).toEqual([]);
  });

  test('without media, check() shows the time it is given', () => {
    sync.check(3.2);
    expect(sync.active).toEqual([1]);
    sync.check(0.5);
    expect(changes).toEqual([[1], [0]]);
  });

  test('reset() forgets the active set quietly; the next check tells again', () => {
    sync.attach(media);
    seek(3.5);
    sync.reset();
    expect(sync.active).toEqual([]);
    expect(changes).toEqual([[0], [1]]);
    sync.check();
    expect(changes).toEqual([[0], [1], [1]]);
  });

  test('new cues replace the old and the active set starts empty', () => {
    sync.attach(media);
    seek(3.5);
    sync.setCues([cue(3, 4, 'other')]);
    expect(sync.active).toEqual([]);
    sync.check();
    expect(sync.active).toEqual([0]);
    expect(sync.cues[0].text).toBe('other');
  });

  test('attach(undefined) and disconnecting stop listening to the media', () => {
    sync.attach(media);
    sync.attach(undefined);
    seek(3.5);
    expect(changes).toEqual([[0]]);

    sync.attach(media);
    for (const controller of host.controllers) controller.hostDisconnected?.();
    seek(6.5);
    expect(sync.active).toEqual([1]);
    for (const controller of host.controllers) controller.hostConnected?.();
    expect(sync.active).toEqual([2]);
  });

  test('a new media element replaces the old one', () => {
    const other = new FakeMedia();
    sync.attach(media);
    sync.attach(other);
    seek(3.5);
    expect(sync.active).toEqual([0]);
    other.currentTime = 6.5;
    other.fire('seeked');
    expect(sync.active).toEqual([2]);
  });
});
