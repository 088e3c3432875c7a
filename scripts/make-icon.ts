// Renders build/icon.png (512×512, the source electron-builder turns into .ico/.icns/.png sets) in Chromium,
// so the icon can be remade from this file: `node --import tsx scripts/make-icon.ts`.
import { chromium } from 'playwright-core';

const html = `<!doctype html><html><body style="margin:0">
<div style="width:512px;height:512px;border-radius:96px;background:#3b5bdb;display:flex;flex-direction:column;
  align-items:center;justify-content:center;color:white;font-family:'NanumMyeongjo','Batang',serif">
  <div style="font-size:300px;font-weight:800;line-height:1">法</div>
  <div style="font-size:64px;font-family:'NanumGothic',sans-serif;font-weight:700;letter-spacing:4px">LexDesk</div>
</div></body></html>`;

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(html);
await page.screenshot({ path: 'build/icon.png', omitBackground: true });
await browser.close();
console.log('build/icon.png');
