// Faults a real site meets, served on demand for the browser tests (test/browser/faults.test.ts):
// captions that never answer or answer late, a body cut off mid-way, media whose server stops
// sending, and captions re-encoded as UTF-16. Only the test runner's server has these routes.
//
//   /__faults/never/<anything>        never answers (the request stays open until the browser drops it)
//   /__faults/delay/<ms>/<file>       <file>, after <ms> milliseconds
//   /__faults/cut/<bytes>/<file>      headers for all of <file>, its first <bytes> bytes, then the connection drops
//   /__faults/stall/<bytes>/<file>    <file> (byte ranges too) up to offset <bytes>, then nothing until a release
//   /__faults/release                 lets every stalled response send the rest
//   /__faults/utf-16le/<file>         <file> as UTF-16 with a byte order mark (also utf-16be)
//
// <file> is a path under rootDir, such as captions/uprooting-isis.en.vtt.
import {readFile} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';

const PREFIX = '/__faults/';

const TYPES = {'.vtt': 'text/vtt', '.mp4': 'video/mp4', '.webm': 'video/webm', '.m4a': 'audio/mp4'};

/**
 * Koa middleware for the routes above.
 * @param {string} rootDir
 * @returns {import('koa').Middleware}
 */
export function faultMiddleware(rootDir) {
  const root = resolve(rootDir);
  /** Lets the stalled responses waiting now go on; later stalls wait for the next release. */
  /** @type {(value?: unknown) => void} */
  let release = () => {};
  let released = new Promise((resolve) => (release = resolve));

  /** @param {string} path */
  async function load(path) {
    const file = resolve(root, decodeURIComponent(path));
    if (!file.startsWith(root + sep)) throw new Error(`${path} is outside the served folder`);
    return {
      body: await readFile(file),
      type: TYPES[/** @type {keyof TYPES} */ (extname(file))] ?? 'application/octet-stream',
    };
  }

  return async function serveFaults(ctx, next) {
    if (!ctx.path.startsWith(PREFIX)) return next();
    const [kind, ...rest] = ctx.path.slice(PREFIX.length).split('/');
    const res = ctx.res;
    // The routes write the raw response themselves: Koa must not answer for them. (Its status
    // is what the test runner logs: not 404 for a request the browser dropped.)
    ctx.respond = false;
    ctx.status = 200;
    if (kind === 'release') {
      release();
      released = new Promise((resolve) => (release = resolve));
      res.writeHead(204, {'Cache-Control': 'no-store'}).end();
      return;
    }
    if (kind === 'never') return;
    const [arg, ...path] = kind.startsWith('utf-16') ? ['', ...rest] : rest;
    let file;
    try {
      file = await load(path.join('/'));
    } catch {
      ctx.status = 404;
      res.writeHead(404).end();
      return;
    }
    const headers = {'Content-Type': file.type, 'Cache-Control': 'no-store'};
    if (kind === 'delay') {
      await new Promise((resolve) => setTimeout(resolve, Number(arg)));
      if (!res.destroyed) res.writeHead(200, {...headers, 'Content-Length': file.body.length}).end(file.body);
    } else if (kind === 'cut') {
      res.writeHead(200, {...headers, 'Content-Length': file.body.length});
      // Let the first part reach the browser before the connection drops.
      res.write(file.body.subarray(0, Number(arg)), () => setTimeout(() => res.socket?.destroy(), 500));
    } else if (kind === 'stall') {
      await stall(ctx, file.body, headers, Number(arg), () => released);
    } else if (kind === 'utf-16le' || kind === 'utf-16be') {
      const encoded = Buffer.from('\uFEFF' + file.body.toString('utf8'), 'utf16le');
      if (kind === 'utf-16be') encoded.swap16();
      res.writeHead(200, {...headers, 'Content-Length': encoded.length}).end(encoded);
    } else {
      ctx.status = 404;
      res.writeHead(404).end();
    }
  };
}

/**
 * Answers a request for `body` (one byte range, or all of it) with headers for the whole answer,
 * sends what lies before offset `upTo`, and the rest only once `gate()` resolves.
 * @param {import('koa').Context} ctx
 * @param {Buffer} body
 * @param {Record<string, string>} headers
 * @param {number} upTo
 * @param {() => Promise<unknown>} gate
 */
async function stall(ctx, body, headers, upTo, gate) {
  const res = ctx.res;
  const range = /^bytes=(\d+)-(\d*)$/.exec(ctx.get('Range'));
  const start = range ? Number(range[1]) : 0;
  const end = range?.[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
  const wanted = body.subarray(start, end + 1);
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'Accept-Ranges': 'bytes',
    'Content-Length': wanted.length,
    ...(range ? {'Content-Range': `bytes ${start}-${end}/${body.length}`} : {}),
  });
  const before = Math.max(0, Math.min(wanted.length, upTo - start));
  res.write(wanted.subarray(0, before));
  if (before === wanted.length) {
    res.end();
    return;
  }
  const dropped = new Promise((resolve) => res.once('close', resolve));
  await Promise.race([gate(), dropped]);
  if (!res.destroyed) res.end(wanted.subarray(before));
}
