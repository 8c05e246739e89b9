// Chromium only lets a media element seek when the server answers byte ranges with 206;
// @web/dev-server answers a Range request with 200 and the whole file, so seeking snaps to 0.
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import parseRange from 'range-parser';

/**
 * Koa middleware answering `Range:` requests for files under rootDir with 206 (one range) or
 * 416. Browsers send Range for media only, and every engine sends it from the first request, so
 * the media need no list of their own: the Content-Type is Koa's, by extension, as for any file.
 * @param {string} rootDir
 * @returns {import('koa').Middleware}
 */
export function rangeMiddleware(rootDir) {
  const root = resolve(rootDir);
  return async function serveRanges(ctx, next) {
    const header = ctx.get('Range');
    if (!header || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    const file = resolve(root, '.' + decodeURIComponent(ctx.path));
    if (file !== root && !file.startsWith(root + sep)) return next();
    let size;
    try {
      const info = await stat(file);
      if (!info.isFile()) return next();
      size = info.size;
    } catch {
      return next();
    }
    const ranges = parseRange(size, header, {combine: true});
    if (ranges === -1) {
      ctx.status = 416;
      ctx.set('Content-Range', `bytes */${size}`);
      return;
    }
    // A malformed header, another unit or several ranges: the whole file, as the server sends it.
    if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return next();
    const {start, end} = ranges[0];
    ctx.status = 206;
    ctx.type = extname(file);
    ctx.set('Accept-Ranges', 'bytes');
    ctx.set('Content-Range', `bytes ${start}-${end}/${size}`);
    ctx.length = end - start + 1;
    ctx.body = ctx.method === 'HEAD' ? null : createReadStream(file, {start, end});
  };
}
