// `node scripts/check-browsers.mjs [chromium] [firefox] [webkit]`: whether the browser tests can
// run in those engines (default: all three, or those in ENGINES), and what to install if not.
import {checkEngines, selectedEngines} from './browsers.mjs';

const named = process.argv.slice(2).join(',');
process.exit(checkEngines(selectedEngines(named || process.env.ENGINES)) ? 0 : 1);
