// Every line in the DOM with content-visibility vs @lit-labs/virtualizer, 10,000 lines, on the
// prototype in bench/lines-prototype.js. Called by scripts/bench.mjs with its helpers.
export async function layoutComparison({openBench, log, ms, mb, table, tasksText}) {
  const rows = [];
  for (const mode of ['contain', 'virtual']) {
    const bench = await openBench();
    try {
      const before = await bench.heap();
      const result = await bench.page.evaluate((options) => window.bench.lines(options), {mode, count: 10000, seconds: 36000});
      const after = await bench.heap();
      rows.push({mode, ...result, heap: after - before});
      log(`lines ${mode}: ready ${ms(result.ready, 0)}, painted ${ms(result.painted, 0)}, ${result.inDom} lines in the DOM, find ${result.found}`);
    } finally {
      await bench.close();
    }
  }
  return table(
    ['10,000 lines', 'rendered (updateComplete)', 'first lines painted', 'long tasks', 'heap growth', 'lines in the DOM', 'reveal + focus line 9000', 'find-in-page finds a far line'],
    rows.map((row) => [
      row.mode === 'contain' ? 'all lines, content-visibility: auto' : '@lit-labs/virtualizer 2.1.1',
      ms(row.ready, 0),
      ms(row.painted, 0),
      tasksText(row.longTasks),
      mb(row.heap),
      String(row.inDom),
      `${ms(row.reveal, 0)}${row.focused ? '' : ' (not focused)'}`,
      row.found ? 'yes' : 'no',
    ]),
  );
}
