// `npm run fuzz`: the parser's and the cue index's properties over 100,000+ generated inputs (six
// properties: 25,000 runs for four, 2,500 for the two with megabyte inputs), then the parse time
// of 1 MB worst-case inputs. FUZZ_SEED=<n> replays a run; the seed is printed first.
import {spawnSync} from 'node:child_process';

const seed = process.env.FUZZ_SEED ?? String((Math.random() * 2 ** 31) | 0);
const runs = process.env.FUZZ_RUNS ?? '25000';
console.log(`fuzz: seed ${seed}, ${runs} runs per property (replay with FUZZ_SEED=${seed})`);
const result = spawnSync('npx', ['vitest', 'run', 'test/cues/properties.test.ts', '--reporter=verbose'], {
  stdio: 'inherit',
  env: {...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs},
});
process.exitCode = result.status ?? 1;
