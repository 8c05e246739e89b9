// Where to find Chromium and how to start it on a machine without a GPU, sandbox or network.
import {existsSync} from 'node:fs';
import {Launcher} from 'chrome-launcher';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** The browser to use: CHROME_PATH, else one chrome-launcher finds, else undefined. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  try {
    return Launcher.getInstallations()[0];
  } catch {
    return undefined;
  }
}
