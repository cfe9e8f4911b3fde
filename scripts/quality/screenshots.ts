import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { samplePages } from '@talentregion/site/samplePages'
import { chromium } from 'playwright-core'

import { buildSnapshot } from '../export/buildSnapshot'
import { localSource } from '../export/localSource'
import { openPayload } from '../lib/payload'
import { seed } from '../seed/seed'
import { createStaticServer } from '../serve/staticServer'
import { buildSite } from '../site/buildSite'
import { scriptArgs } from '../lib/args'

/**
 * `pnpm screenshots` — every template in every language at 360×800 and 1280×800, full length,
 * from the content in the database (the demo is added on a fresh one), built and served here:
 * nothing else needs to run. Writes PNGs and an index.html to look through.
 */
const { values } = parseArgs({
  args: scriptArgs(),
  options: {
    out: { type: 'string' },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
})
const widths = [360, 1280]

const { payload, dataDir } = await openPayload()
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'talentregion-screenshots-'))
const out = path.resolve(values.out ?? path.join(dataDir, 'screenshots'))
const server = createStaticServer({ root: () => path.join(work, 'site'), port: 0 })
const listening = new Promise((resolve) => server.once('listening', resolve))
try {
  if ((await payload.count({ collection: 'users' })).totalDocs === 0)
    await seed(payload, { dataDir })
  const snapshot = await buildSnapshot(localSource(payload), path.join(work, 'snapshot'))
  await listening
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  console.log('Building the site from the database…')
  await buildSite({
    snapshotDir: path.join(work, 'snapshot'),
    outDir: path.join(work, 'site'),
    siteUrl: base,
  })

  fs.mkdirSync(out, { recursive: true })
  const browser = await chromium.launch({ executablePath: values.chromium })
  const shots: { file: string; caption: string }[] = []
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 800 } })
    const tab = await context.newPage()
    for (const page of samplePages(snapshot)) {
      const file = `${page.template}-${page.locale ?? 'all'}-${width}.png`
      await tab.goto(`${base}${page.path}`, { waitUntil: 'networkidle' })
      // A full-length picture shows what a visitor sees after scrolling: lazy images load too.
      await tab.evaluate(async () => {
        const images = [...document.querySelectorAll('img')]
        for (const image of images) image.loading = 'eager'
        await Promise.all(images.map((image) => image.decode().catch(() => undefined)))
      })
      await tab.screenshot({ path: path.join(out, file), fullPage: true })
      shots.push({
        file,
        caption: `${page.template} · ${page.locale ?? 'all'} · ${width} px · ${page.path}`,
      })
    }
    await context.close()
  }
  await browser.close()
  const items = shots
    .map(
      ({ file, caption }) =>
        `<figure><a href="${file}"><img src="${file}" alt="" loading="lazy"></a><figcaption>${caption}</figcaption></figure>`,
    )
    .join('\n')
  fs.writeFileSync(
    path.join(out, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>Talentregion screenshots</title><style>body{font:14px system-ui;margin:1rem}main{display:grid;grid-template-columns:repeat(auto-fill,minmax(16rem,1fr));gap:1rem}img{width:100%;border:1px solid #ccc}</style><main>\n${items}\n</main>\n`,
  )
  console.log(`${shots.length} screenshots in ${out} (open index.html)`)
} finally {
  server.close()
  await payload.destroy()
  fs.rmSync(work, { recursive: true, force: true })
}
