import type {ClockMedia, ClockScheduler} from '../../src/media/media-clock.js';

/** A media element's clock-facing parts, moved by the test. */
export class FakeMedia extends EventTarget implements ClockMedia {
  currentTime = 0;
  paused = true;
  playbackRate = 1;
  ended = false;

  fire(type: string): void {
    this.dispatchEvent(new Event(type));
  }
}

/** Records every timer, frame and task; nothing runs until the test says so. */
export class FakeScheduler implements ClockScheduler {
  time = 0;
  /** Every delay ever passed to setTimeout, in order. */
  readonly delays: number[] = [];
  readonly timers = new Map<number, {callback: () => void; ms: number}>();
  readonly frames = new Map<number, () => void>();
  tasks: Array<() => void> = [];
  cleared = 0;
  #nextId = 1;

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.#nextId++;
    this.timers.set(id, {callback, ms});
    this.delays.push(ms);
    return id;
  }
  clearTimeout(handle: unknown): void {
    if (this.timers.delete(handle as number)) this.cleared++;
  }
  requestFrame(callback: () => void): unknown {
    const id = this.#nextId++;
    this.frames.set(id, callback);
    return id;
  }
  cancelFrame(handle: unknown): void {
    this.frames.delete(handle as number);
  }
  postTask(callback: () => void): void {
    this.tasks.push(callback);
  }

  /** The delays of the timers still pending. */
  get pending(): number[] {
    return [...this.timers.values()].map((t) => t.ms);
  }
  runTimers(): void {
    const due = [...this.timers];
    this.timers.clear();
    for (const [, {callback}] of due) callback();
  }
  runFrames(): void {
    const due = [...this.frames.values()];
    this.frames.clear();
    for (const callback of due) callback();
  }
  runTasks(): void {
    const due = this.tasks;
    this.tasks = [];
    for (const callback of due) callback();
  }
}
