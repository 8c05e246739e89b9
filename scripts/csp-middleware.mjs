// Serves the strict-CSP example with the policy as a real header (a <meta> policy is weaker:
// no reporting, and it only applies from where it is parsed), and keeps the violation reports
// Chromium sends, so a browser test can read them: GET /__csp-reports lists them, DELETE clears.
export const STRICT_CSP_PATHS = new Set(['/examples/csp.html']);
export const STRICT_CSP = "default-src 'self'";
const REPORTS_PATH = '/__csp-reports';

/**
 * Koa middleware: the strict policy for STRICT_CSP_PATHS and a store for its reports.
 * @returns {import('koa').Middleware}
 */
export function cspMiddleware() {
  /** @type {unknown[]} */
  let reports = [];
  return async function strictCsp(ctx, next) {
    if (ctx.path === REPORTS_PATH) {
      if (ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        const text = Buffer.concat(chunks).toString('utf8');
        try {
          reports.push(JSON.parse(text)['csp-report'] ?? JSON.parse(text));
        } catch {
          reports.push({unparsed: text});
        }
        ctx.status = 204;
      } else if (ctx.method === 'DELETE') {
        reports = [];
        ctx.status = 204;
      } else {
        ctx.body = reports;
      }
      return;
    }
    await next();
    if (STRICT_CSP_PATHS.has(ctx.path)) {
      ctx.set('Content-Security-Policy', `${STRICT_CSP}; report-uri ${REPORTS_PATH}`);
      // No cached copy without the header.
      ctx.set('Cache-Control', 'no-store');
    }
  };
}
