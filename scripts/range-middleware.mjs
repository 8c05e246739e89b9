// Chromium only lets a media element seek when the server answers byte ranges with 206;
// @web/dev-server answers a Range request with 200 and the whole file, so seeking snaps to 0.
import {createReadStream} from 'node:fs';
import {stat} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import parseRange from 'range-parser';

const MEDIA_TYPES = {
  '.mp4': 'video/mp4',
  '.m4a': 'audio/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.opus': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.wav': 'audio/wav',
};

/** Koa middleware answering `Range:` requests for media files under rootDir with 206. */
export function rangeMiddleware(rootDir) {
  const root = resolve(rootDir);
  return async function serveRanges(ctx, next) {
    const type = MEDIA_TYPES[extname(ctx.path).toLowerCase()];
    if (!type || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
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
    ctx.set('Accept-Ranges', 'bytes');
    ctx.type = type;
    const header = ctx.get('Range');
    const ranges = header ? parseRange(size, header, {combine: true}) : undefined;
    if (ranges === -1) {
      ctx.status = 416;
      ctx.set('Content-Range', `bytes */${size}`);
      return;
    }
    if (Array.isArray(ranges) && ranges.type === 'bytes' && ranges.length === 1) {
      const {start, end} = ranges[0];
      ctx.status = 206;
      ctx.set('Content-Range', `bytes ${start}-${end}/${size}`);
      ctx.length = end - start + 1;
      ctx.body = ctx.method === 'HEAD' ? null : createReadStream(file, {start, end});
      return;
    }
    ctx.status = 200;
    ctx.length = size;
    ctx.body = ctx.method === 'HEAD' ? null : createReadStream(file);
  };
}
