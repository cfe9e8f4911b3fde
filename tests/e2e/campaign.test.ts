import fs from 'node:fs'

import type { Snapshot } from '@talentregion/shared/schemas/snapshot'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'

import { axeViolations, launchBrowser, openContext } from './helpers/browser'

const baseUrl = inject('baseUrl')
const snapshot = JSON.parse(fs.readFileSync(inject('snapshotFile'), 'utf8')) as Snapshot
const running = snapshot.campaigns.find((campaign) => !campaign.ended)!
const ended = snapshot.campaigns.find((campaign) => campaign.ended)!
const code = snapshot.placements.find((placement) => placement.campaign === running.id)!.code
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

describe('campaign landing pages on the static site', () => {
  test('the landing pages have no axe-core (WCAG 2.1 AA) violations', async () => {
    const { context } = await openContext(browser, baseUrl, { bypassCSP: true })
    const page = await context.newPage()
    for (const path of [
      `/sv/kampanjer/${running.translations.sv!.slug}/`,
      `/nb/kampanjer/${ended.translations.nb!.slug}/`,
    ]) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' })
      expect(await axeViolations(page)).toEqual([])
    }
    await context.close()
  })

  test.each([
    [360, 800],
    [1280, 800],
  ])(
    'at %i×%i the hero’s action is on the first screen in every language',
    async (width, height) => {
      const { context } = await openContext(browser, baseUrl)
      const page = await context.newPage()
      await page.setViewportSize({ width, height })
      for (const [locale, text] of Object.entries(running.translations)) {
        await page.goto(
          `${baseUrl}/${locale}/${locale === 'en' ? 'campaigns' : 'kampanjer'}/${text.slug}/`,
        )
        const box = await page.locator('.hero__actions .button').boundingBox()
        expect(box, locale).not.toBeNull()
        expect(box!.y + box!.height, locale).toBeLessThanOrEqual(height)
        expect(await page.evaluate(() => scrollY)).toBe(0)
      }
      await context.close()
    },
  )

  test('running campaigns are in every language’s menu; ended ones are not', async () => {
    for (const [locale, text] of Object.entries(running.translations)) {
      const html = await (await fetch(`${baseUrl}/${locale}/`)).text()
      const menu = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? ''
      expect(menu, locale).toContain(`>${text.menuLabel || text.title}<`)
      for (const gone of Object.values(ended.translations))
        expect(menu, locale).not.toContain(gone.slug)
    }
  })

  test('the thank-you page offers open positions, stories and the next event', async () => {
    const { context } = await openContext(browser, baseUrl, { bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/nb/kampanjer/${running.translations.nb!.slug}/takk/`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Takk! Vi har fått meldingen din',
    )
    const jobs = page.getByRole('link', { name: /Ledige stillinger/ })
    expect(await jobs.textContent()).toMatch(/\d+ ledige? stillinger?/)
    expect(await page.getByRole('heading', { name: 'Neste arrangement' }).count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  test('an ended campaign shows its follow-up at the same address', async () => {
    const html = await (
      await fetch(`${baseUrl}/sv/kampanjer/${ended.translations.sv!.slug}/`)
    ).text()
    expect(html).toContain(ended.translations.sv!.followUp.heading)
    expect(html).not.toContain('name="consent"')
  })

  test('with JavaScript off, a code’s own page still lands on a real page', async () => {
    const { context } = await openContext(browser, baseUrl, { javaScriptEnabled: false })
    const page = await context.newPage()
    // The page a static host without language rules serves for the code.
    await page.goto(`${baseUrl}/q/${code.toLowerCase()}/index.html`)
    await page.waitForURL(/\/kampanjer\//)
    expect(new URL(page.url()).searchParams.get('utm_content')).toBe(code)
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1)
    await context.close()
  })

  test('with JavaScript on, that page picks the browser’s language', async () => {
    const { context } = await openContext(browser, baseUrl, { locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/q/${code}/index.html`)
    await page.waitForURL(/\/en\/campaigns\//)
    await context.close()
  })

  test('a form that cannot reach the CMS says so, and the page keeps working', async () => {
    const { context } = await openContext(browser, baseUrl, { locale: 'sv-SE' })
    const page = await context.newPage()
    // The test site's CMS address points nowhere: exactly the "endpoint is down" case.
    await context.route(/\/api\/(leads|visits)/, (route) => route.abort('connectionrefused'))
    await page.goto(`${baseUrl}/sv/kampanjer/${running.translations.sv!.slug}/?utm_content=${code}`)
    await page.getByLabel('Namn').fill('Test Person')
    await page.getByLabel('E-post').fill('test@example.se')
    await page.getByLabel(/Jag samtycker/).check()
    await page.getByRole('button', { name: 'Skicka' }).click()
    await expect
      .poll(() => page.locator('[data-form-status]').textContent(), { timeout: 10_000 })
      .toBe('Vi kunde inte skicka formuläret. Kontrollera anslutningen och försök igen.')
    expect(await page.getByLabel('Namn').inputValue()).toBe('Test Person')
    await context.close()
  })
})
