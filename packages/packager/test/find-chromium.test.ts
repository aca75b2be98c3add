import { describe, expect, test } from 'vitest';
import { findChromium, launchChromium, SKIP_SYSTEM_CHROMIUM } from '@dlis/packager/chromium';

describe('findChromium', () => {
  test('CHROMIUM_PATH wins when it is executable', async () => {
    const found = await findChromium({ CHROMIUM_PATH: process.execPath });
    expect(found).toMatchObject({ executablePath: process.execPath, source: 'CHROMIUM_PATH' });
    expect(found.args).toContain('--no-sandbox');
  });

  test('a CHROMIUM_PATH that is not executable is a clear error, not a fallback', async () => {
    await expect(findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).rejects.toMatchObject({
      code: 'PACKAGE_E_CHROMIUM_MISSING',
      message: expect.stringContaining('/nonexistent/chromium'),
    });
  });

  test(`${SKIP_SYSTEM_CHROMIUM}=1: the Chromium shipped by @sparticuz/chromium, which starts and prints`, async () => {
    const env = { ...process.env, CHROMIUM_PATH: '', [SKIP_SYSTEM_CHROMIUM]: '1' };
    const found = await findChromium(env);
    expect(found.source).toBe('npm');
    const browser = await launchChromium(env);
    try {
      const page = await browser.newPage();
      await page.setContent('<h1>Bonjour</h1>');
      expect(await page.locator('h1').textContent()).toBe('Bonjour');
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });

  test('a Chromium that cannot start gives PACKAGE_E_CHROMIUM_START with the libnss3 hint', async () => {
    const error = await launchChromium({ ...process.env, CHROMIUM_PATH: '/bin/false' }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'PACKAGE_E_CHROMIUM_START' });
    expect((error as { hint: string }).hint).toContain('libnss3');
  });
});
