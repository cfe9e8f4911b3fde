import fs from 'node:fs'

import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { fileSize } from '@talentregion/shared/fileSize'

import { readZip } from '../int/helpers/zip'
import { axeViolations, launchBrowser, openContext } from './helpers/browser'

const baseUrl = inject('baseUrl')
const snapshot = JSON.parse(fs.readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot
const toolkit = snapshot.toolkits[0]!
const nb = toolkit.translations.nb!
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

async function open(options: { bypassCSP?: boolean } = {}) {
  const { context, foreignRequests } = await openContext(browser, baseUrl, {
    locale: 'nb-NO',
    ...options,
  })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl })
  const page = await context.newPage()
  return { page, context, foreignRequests }
}

describe("a partner's designer on the public toolkit page", () => {
  test('finds the toolkit from the footer and copies a colour’s HEX value', async () => {
    const { page, context, foreignRequests } = await open()
    await page.goto(`${baseUrl}/nb/`)
    await page.getByRole('link', { name: 'For partnere: verktøykasse' }).click()
    await page.getByRole('link', { name: nb.name }).click()
    await page.waitForURL(`${baseUrl}/nb/verktoykasser/${nb.slug}/`)
    const colour = toolkit.colours[0]!
    await page.getByRole('button', { name: `Kopier ${colour.name.nb} HEX` }).click()
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toBe(colour.hex)
    await expect
      .poll(() => page.getByRole('status').textContent(), { timeout: 10_000 })
      .toBe(`${colour.hex} er kopiert`)
    expect(foreignRequests).toEqual([])
    await context.close()
  })

  test('downloads the whole toolkit as one zip of the size the page shows, and lists it', async () => {
    const { page, context } = await open()
    await page.goto(`${baseUrl}/nb/verktoykasser/${nb.slug}/`)
    const link = page.getByRole('link', { name: /Last ned hele verktøykassen/ })
    expect(await link.textContent()).toContain(`ZIP · ${fileSize('nb', nb.zip.bytes)}`)
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    expect(download.suggestedFilename()).toBe(`${nb.slug}.zip`)
    const data = fs.readFileSync(await download.path())
    expect(data.byteLength).toBe(nb.zip.bytes)
    const zip = readZip(data)
    const names = [...zip.keys()]
    expect(names).toContain('README.txt')
    expect(names).toContain('colours/tokens.css')
    expect(names).toContain('colours/tokens.json')
    expect(names.filter((name) => name.startsWith('logos/') && name.endsWith('.svg'))).toHaveLength(
      toolkit.logos.length,
    )
    expect(names.filter((name) => name.startsWith('logos/png/'))).toHaveLength(
      toolkit.logos.length * 3,
    )
    expect(names.filter((name) => name.startsWith('images/'))).toHaveLength(
      toolkit.imageBank.length,
    )
    expect(names.filter((name) => name.startsWith('fonts/'))).toHaveLength(
      toolkit.typography.flatMap((type) => type.files).length,
    )
    expect(zip.get('README.txt')!.toString()).toContain(nb.name)
    await context.close()
  })

  test('the toolkit pages have no axe-core (WCAG 2.1 AA) violations', async () => {
    // axe-core is injected as an inline script, which the site's CSP rightly refuses.
    const { page, context } = await open({ bypassCSP: true })
    for (const path of ['/nb/verktoykasser/', `/nb/verktoykasser/${nb.slug}/`]) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      expect(await axeViolations(page)).toEqual([])
    }
    await context.close()
  })

  test('a logo opened on its own is served with a policy that blocks script', async () => {
    const response = await fetch(`${baseUrl}/${toolkit.logos[0]!.file.path}`)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/)
  })
})
