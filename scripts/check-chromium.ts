// `node --import tsx scripts/check-chromium.ts`: which Chromium the toolkit will drive, and whether it starts.
// Exit 0: it starts; 2: found but cannot start (usually a missing system library); 3: none found.
import { findChromium, launchChromium } from '@dlis/packager/chromium';

try {
  const found = await findChromium();
  console.log(`Chromium (${found.source}): ${found.executablePath}`);
  const browser = await launchChromium();
  console.log(`Chromium ${browser.version()} starts.`);
  await browser.close();
} catch (error) {
  const { code, message, hint } = error as { code?: string; message?: string; hint?: string };
  console.error(`${message ?? String(error)}${hint ? `\n  hint: ${hint}` : ''}`);
  process.exitCode = code === 'PACKAGE_E_CHROMIUM_START' ? 2 : 3;
}
