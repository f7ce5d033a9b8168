// The built page in a real browser (Debian chromium via playwright-core) against the
// running service: paste a letter, see highlights and grade, apply a fix, upload a .docx.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '@helder/server';
import { LETTER, makeDocx } from '../packages/server/test/helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'];
const WEB_DIST = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

let running: RunningServer;
let context: BrowserContext;
let profile: string;
let page: Page;
const pageErrors: string[] = [];
const outbound: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error('Browsertests hebben /usr/bin/chromium nodig (apt-get install chromium).');
  if (!existsSync(WEB_DIST)) throw new Error('De pagina is niet gebouwd: voer eerst "pnpm build" uit.');
  running = await startServer({ port: 0, log: false, handleSignals: false, rateLimit: false });
  profile = mkdtempSync(join(tmpdir(), 'helder-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, viewport: { width: 1360, height: 900 }, acceptDownloads: true });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(running.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) outbound.push(r.url());
  });
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await running?.close();
});

async function gradeShown(): Promise<string> {
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="grade"]')?.textContent ?? ''));
  return (await page.textContent('[data-testid="grade"]'))!;
}

/** Wait until the page has checked exactly the text now in the editor. */
async function settled(): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.editor')?.classList.contains('busy'));
  await page.waitForTimeout(450);
  await page.waitForFunction(() => !document.querySelector('.editor')?.classList.contains('busy'));
}

describe('the staff page', () => {
  it('loads in Dutch with labelled controls and nothing from outside', async () => {
    await page.goto(running.url + '/');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const input = page.getByTestId('input');
    expect(await input.getAttribute('id')).toBe('input');
    expect(await page.locator('label[for="input"]').textContent()).toMatch(/brief/i);
    expect(await page.textContent('h1')).toBe('Helder');
  });

  it('shows highlights and a grade for a pasted letter', async () => {
    await page.getByTestId('input').fill(LETTER);
    const grade = await gradeShown();
    expect(grade).toMatch(/^\d+,\d$/);
    await settled();
    const marks = page.locator('mark[data-rule]');
    expect(await marks.count()).toBeGreaterThan(3);
    // Each mark covers text that is really in the letter, in the same place.
    const pieces = await marks.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    for (const piece of pieces) expect(LETTER).toContain(piece);
    expect(await page.locator('#heat .heat-cell').count()).toBeGreaterThan(3);
    expect(await page.locator('#counts li').count()).toBe(4);
    expect(await page.locator('#top li').count()).toBeGreaterThan(0);
  });

  it('explains a highlight when it is clicked', async () => {
    const mark = page.locator('mark[data-rule]').first();
    const box = (await mark.boundingBox())!;
    // The textarea lies over the marks: click through it at the mark's place.
    await page.mouse.click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
    const popover = page.locator('#popover');
    await popover.waitFor({ state: 'visible' });
    expect((await popover.textContent())!.length).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
  });

  it('reaches the explanation and its buttons with the keyboard (Alt+Enter, Escape)', async () => {
    const input = page.getByTestId('input');
    const offset = LETTER.indexOf('Indien') + 2;
    await input.focus();
    await input.evaluate((el, at) => (el as HTMLTextAreaElement).setSelectionRange(at, at), offset);
    await page.keyboard.press('Alt+Enter');
    await page.locator('#popover').waitFor({ state: 'visible' });
    expect(await page.evaluate(() => document.getElementById('popover')!.contains(document.activeElement))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await page.keyboard.press('Escape');
    await page.locator('#popover').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('input');
  });

  it('applies a fix in one click and checks again', async () => {
    const before = await page.getByTestId('input').inputValue();
    const marksBefore = await page.locator('mark[data-rule]').count();
    const button = page.locator('#findings [data-testid="apply-fix"]').first();
    const label = (await button.textContent())!;
    const replacement = /‘(.*)’/.exec(label)?.[1] ?? '';
    await button.click();
    await settled();
    const after = await page.getByTestId('input').inputValue();
    expect(after).not.toBe(before);
    expect(after).toContain(replacement);
    expect(await page.locator('mark[data-rule]').count()).toBeLessThan(marksBefore);
    expect(await gradeShown()).toMatch(/^\d+,\d$/);
  });

  it('switches a rule off for this session', async () => {
    const rule = await page.locator('mark[data-rule]').first().getAttribute('data-rule');
    // Switch it off from the explanation of its first mark.
    const box = (await page.locator(`mark[data-rule="${rule}"]`).first().boundingBox())!;
    await page.mouse.click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
    await page.locator('#popover').waitFor({ state: 'visible' });
    await page.locator('#popover button', { hasText: 'Regel uitzetten' }).first().click();
    await settled();
    expect(await page.locator('#off-card').isVisible()).toBe(true);
    expect(await page.locator('#off code').allTextContents()).toContain(rule);
    expect(await page.locator(`mark[data-rule="${rule}"]`).count()).toBe(0);
    // And back on.
    await page.locator('#off button').first().click();
    await settled();
    expect(await page.locator(`mark[data-rule="${rule}"]`).count()).toBeGreaterThan(0);
  });

  it('shows a B1 version with a diff', async () => {
    await page.getByTestId('input').fill(LETTER);
    await settled();
    await page.click('#tab-b1');
    await page.waitForFunction(() => !/Bezig/.test(document.querySelector('#b1-diff')?.textContent ?? 'Bezig'));
    const diffText = (await page.textContent('#b1-diff'))!;
    expect(diffText.length).toBeGreaterThan(100);
    const changes = await page.locator('#b1-diff ins, #b1-diff del').count();
    expect(changes).toBeGreaterThan(0);
    await page.waitForFunction(() => /Rapportcijfer \d+,\d → \d+,\d/.test(document.querySelector('#b1-summary')?.textContent ?? ''));
    await page.click('#tab-text');
  });

  it('keeps paragraphs, headings and list items when pasting from Word, drops formatting, runs no script', async () => {
    const html = `<html><head><style>p{color:red}</style><script>window.__pwned=1</script></head><body>
      <h1>Uw aanvraag</h1>
      <p class=MsoNormal><b>Beste</b> mevrouw De Vries,</p>
      <p class=MsoNormal>Wij hebben uw aanvraag <i>ontvangen</i>.<img src=x onerror="window.__pwned=2"></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>een kopie van uw paspoort</p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>een pasfoto</p>
      <ul><li>eerste punt</li><li>tweede punt</li></ul>
      <p>Met vriendelijke groet,</p></body></html>`;
    await page.getByTestId('input').fill('');
    await page.getByTestId('input').focus();
    await page.evaluate((h) => {
      const data = new DataTransfer();
      data.setData('text/html', h);
      data.setData('text/plain', 'plat');
      document.querySelector('textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    const value = await page.getByTestId('input').inputValue();
    expect(value).toBe(
      'Uw aanvraag\n\nBeste mevrouw De Vries,\n\nWij hebben uw aanvraag ontvangen.\n\n- een kopie van uw paspoort\n- een pasfoto\n\n- eerste punt\n- tweede punt\n\nMet vriendelijke groet,',
    );
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Web mail writes lines as <div>s and blank lines as <div><br></div>.
    await page.getByTestId('input').fill('');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/html', '<div dir="ltr"><div>Beste Jan,</div><div><br></div><div>Regel een<br>Regel twee</div><div><br></div><div><span style="color:red">Groet,</span></div></div>');
      document.querySelector('textarea')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(await page.getByTestId('input').inputValue()).toBe('Beste Jan,\n\nRegel een\nRegel twee\n\nGroet,');
  });

  it('never runs HTML that is part of a letter', async () => {
    const hostile = 'Indien u vragen heeft <img src=x onerror="window.__pwned=3"><script>window.__pwned=4</script> belt u ons. <b>vet</b>';
    await page.getByTestId('input').fill(hostile);
    await settled();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.backdrop img, .backdrop script, .backdrop b, #findings img, #findings b').count()).toBe(0);
  });

  it('opens an uploaded .docx and downloads it with comments', async () => {
    const docx = makeDocx(['Geachte heer Jansen,', 'Indien u vragen heeft, kunt u zich wenden tot ons.', 'Met vriendelijke groet,']);
    await page.setInputFiles('#file', { name: 'brief.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    await page.waitForFunction(() => (document.querySelector('textarea')?.value ?? '').startsWith('Geachte heer Jansen'));
    expect(await gradeShown()).toMatch(/^\d+,\d$/);
    expect(await page.locator('mark[data-rule]').count()).toBeGreaterThan(0);
    const downloadButton = page.locator('#download');
    expect(await downloadButton.isEnabled()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), downloadButton.click()]);
    expect(download.suggestedFilename()).toBe('brief-helder.docx');
    expect(await download.failure()).toBeNull();
  });

  it('raised no page errors and made no outbound requests', async () => {
    if (process.env.HELDER_SCREENSHOT) {
      await page.goto(running.url + '/');
      await page.getByTestId('input').fill(LETTER);
      await settled();
      const indien = page.locator('mark[data-rule]', { hasText: /^Indien$/ });
      const mark = (await indien.count()) ? indien.first() : page.locator('mark[data-rule]').nth(2);
      const box = (await mark.boundingBox())!;
      await page.mouse.click(box.x + Math.min(8, box.width / 2), box.y + box.height / 2);
      await page.locator('#popover').waitFor({ state: 'visible' });
      await page.screenshot({ path: fileURLToPath(new URL('../web/screenshot.png', import.meta.url)) });
    }
    expect(pageErrors).toEqual([]);
    expect(outbound).toEqual([]);
  });
});
