import { chromium } from 'playwright-core'
const [, , ...urls] = process.argv
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
for (const spec of urls) {
  const [url, width, name, full] = spec.split('|')
  const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } })
  await page.goto(url!, { waitUntil: 'load' })
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: full === 'full' })
  await page.close()
}
await browser.close()
