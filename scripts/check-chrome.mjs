import {findChrome} from './chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  const wanted = process.env.CHROME_PATH ? `CHROME_PATH=${process.env.CHROME_PATH} does not exist. ` : '';
  console.error(
    `${wanted}The browser tests need Chrome or Chromium and none was found.\n` +
      'Install one (on Debian: apt-get install chromium) or set CHROME_PATH to its executable.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${chrome}`);
