// Every line in the DOM with content-visibility vs @lit-labs/virtualizer, 10,000 lines, on the
// prototype in bench/lines-prototype.js. Called by scripts/bench.mjs with its helpers.

/**
 * @param {{
 *   inPage: <T>(fn: (bench: import('../scripts/bench.mjs').BenchPage) => Promise<T>) => Promise<T>,
 *   log: (message: string) => void,
 *   ms: (value: number, digits?: number) => string,
 *   mb: (bytes: number) => string,
 *   table: (head: string[], rows: string[][]) => string,
 *   tasksText: (tasks: number[]) => string,
 * }} helpers
 */
export async function layoutComparison({inPage, log, ms, mb, table, tasksText}) {
  const rows = [];
  for (const mode of /** @type {const} */ (['contain', 'virtual'])) {
    const row = await inPage(async ({run, heap}) => {
      const before = await heap();
      const result = await run('lines', {mode, count: 10000, seconds: 36000});
      const after = await heap();
      return {mode, ...result, heap: after - before};
    });
    rows.push(row);
    log(
      `lines ${mode}: ready ${ms(row.ready, 0)}, painted ${ms(row.painted, 0)}, ${row.inDom} lines in the DOM, find ${row.found}`,
    );
  }
  return table(
    [
      '10,000 lines',
      'rendered (updateComplete)',
      'first lines painted',
      'long tasks',
      'heap growth',
      'lines in the DOM',
      'reveal + focus line 9000',
      'find-in-page finds a far line',
    ],
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
