// `npm start`: serves the demo with the same server set-up the browser tests use.
import {startDevServer} from '@web/dev-server';
import {devServerOptions} from './dev-server-config.mjs';

const port = Number(process.env.PORT) || 8000;
const server = await startDevServer({
  config: {...devServerOptions, port, hostname: '127.0.0.1', open: false, watch: false, clearTerminalOnReload: false},
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const address = server.server?.address();
const actualPort = typeof address === 'object' && address ? address.port : port;
console.log(`transcript-player demo: http://127.0.0.1:${actualPort}/`);
