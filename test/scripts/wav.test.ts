import {describe, expect, it} from 'vitest';

import {readWav, writeWav} from '../../scripts/media/wav.mjs';

describe('wav', () => {
  it('round-trips 16-bit mono PCM', () => {
    const samples = Int16Array.from([0, 1, -1, 32767, -32768, 1234]);
    const bytes = writeWav(samples, 32000);
    expect(bytes.length).toBe(44 + 12);
    expect(readWav(bytes)).toEqual({sampleRate: 32000, samples});
  });

  it('refuses what is not 16-bit mono WAVE', () => {
    expect(() => readWav(new TextEncoder().encode('RIFF....AVI LIST'))).toThrow(/Not a WAVE/);
    const stereo = writeWav(new Int16Array(4), 8000);
    new DataView(stereo.buffer).setUint16(22, 2, true);
    expect(() => readWav(stereo)).toThrow(/2 ch/);
  });
});
