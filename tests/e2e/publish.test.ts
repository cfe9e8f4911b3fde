import fs from 'node:fs'

import { t } from '@talentregion/shared/i18n'
import jsQR from 'jsqr'
import type { Browser, Page } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { readZip } from '../int/helpers/zip'
import { axeViolations, launchBrowser, openContext } from './helpers/browser'
import { startStack, type Stack } from './helpers/stack'

let stack: Stack
let browser: Browser
let admin: Page
let story: { id: number; slug: string }
/** What the browser refused under the admin's Content-Security-Policy, while the tests ran. */
const policyViolations: string[] = []

/** Opens the story in the admin and waits until its form is ready to take input. */
async function openStory(locale: 'nb' | 'sv') {
  await admin.goto(`${stack.cmsUrl}/admin/collections/stories/${story.id}?locale=${locale}`, {
    waitUntil: 'networkidle',
  })
  await admin.getByRole('button', { name: 'Publish changes' }).waitFor()
}

/** An editor's API token, from the CMS's login endpoint as any API client gets one. */
async function editorToken(): Promise<string> {
  const response = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(stack.login('editor')),
  })
  return ((await response.json()) as { token: string }).token
}

const publicPage = async (path: string) => (await fetch(`${stack.siteUrl}${path}`)).text()

beforeAll(async () => {
  stack = await startStack({ cmsPort: 3310, sitePort: 4410 })
  browser = await launchBrowser()
  const { context } = await openContext(browser, stack.cmsUrl, { locale: 'en-US' })
  admin = await context.newPage()
  admin.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text()))
      policyViolations.push(message.text())
  })
  const editor = stack.login('editor')
  await admin.goto(`${stack.cmsUrl}/admin/login`)
  await admin.locator('#field-email').fill(editor.email)
  await admin.locator('#field-password').fill(editor.password)
  await admin.getByRole('button', { name: 'Login' }).click()
  await admin.waitForURL(`${stack.cmsUrl}/admin`)
  const found = (await (
    await fetch(`${stack.cmsUrl}/api/stories?limit=1&sort=-publishedAt&locale=sv&depth=0`)
  ).json()) as {
    docs: { id: number; slug: string }[]
  }
  story = found.docs[0]!
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await stack?.stop()
})

describe('the admin under its own Content-Security-Policy', () => {
  test('every page carries a fresh nonce, and the admin works without a single violation', async () => {
    const policies = await Promise.all(
      [0, 1].map(async () =>
        (await fetch(`${stack.cmsUrl}/admin/login`)).headers.get('content-security-policy'),
      ),
    )
    const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1])
    expect(nonces[0]).toBeTruthy()
    expect(nonces[0]).not.toBe(nonces[1])
    expect(policies[0]).toContain("frame-ancestors 'none'")
    await openStory('nb')
    expect(policyViolations).toEqual([])
  })
})

describe('from Publish to live', () => {
  test('an editor changes a story’s Swedish title, publishes, and watches it go live', async () => {
    const title = `Ny svensk rubrik ${Date.now()}`
    await openStory('sv')
    await admin.locator('#field-title').fill(title)
    await admin.getByRole('button', { name: 'Publish changes' }).click()
    // The document itself shows the way to live, without a reload: first on its way, then live.
    const status = admin.locator('.site-status')
    const statusText = async () => (await status.textContent().catch(() => null)) ?? ''
    await expect.poll(statusText, { timeout: 30_000, interval: 200 }).toMatch(/^(Queued|Building)/)
    await expect.poll(statusText, { timeout: 120_000, interval: 500 }).toMatch(/^Live on the site/)
    const link = status.getByRole('link', { name: 'Open the page in Svenska' })
    const href = await link.getAttribute('href')
    expect(href).toBe(`${stack.siteUrl}/sv/berattelser/${story.slug}/`)
    expect(await publicPage(`/sv/berattelser/${story.slug}/`)).toContain(title)
    expect(await publicPage('/sv/berattelser/')).toContain(title)
  }, 180_000)

  test('a draft can be previewed with the site’s templates while the public site does not show it', async () => {
    const title = `Utkast som ikke er publisert ${Date.now()}`
    await openStory('nb')
    await admin.locator('#field-title').fill(title)
    await admin.getByRole('button', { name: 'Save draft' }).click()
    // Wait until the CMS has the draft (read as the editor, over REST).
    const token = await editorToken()
    await expect
      .poll(
        async () => {
          const response = await fetch(
            `${stack.cmsUrl}/api/stories/${story.id}?draft=true&locale=nb&depth=0`,
            {
              headers: { Authorization: `JWT ${token}` },
            },
          )
          return ((await response.json()) as { title: string }).title
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(title)
    await admin.goto(`${stack.cmsUrl}/api/site-preview/stories/${story.id}?locale=nb`)
    await admin.waitForURL(/\/api\/site-preview-files\/[0-9a-f]{32}\/nb\/historier\//, {
      timeout: 60_000,
    })
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    expect(await publicPage('/nb/historier/')).not.toContain(title)
    const anonymous = await fetch(admin.url())
    expect(anonymous.status).toBe(401)
  }, 180_000)
})

describe('a partner in the partner portal', () => {
  test('signs in on the portal’s own page, in Swedish when the browser asks, without the admin', async () => {
    const { context } = await openContext(browser, stack.cmsUrl, { locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${stack.cmsUrl}/partners`)
    await page.waitForURL(`${stack.cmsUrl}/partners/login?lang=sv`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Logga in som partner')
    expect(await axeViolations(page)).toEqual([])
    const partner = stack.login('partner')
    await page.getByLabel('E-postadress').fill(partner.email)
    await page.getByLabel('Lösenord').fill('fel lösenord helt enkelt')
    await page.getByRole('button', { name: 'Logga in' }).click()
    // Next.js keeps a route announcer with role="alert" too; the form's own message is this one.
    const refusal = page.locator('.sign-in__error')
    await refusal.waitFor()
    expect(await refusal.textContent()).toMatch(/^Inloggningen fungerade inte/)
    await page.getByLabel('Lösenord').fill(partner.password)
    await page.getByRole('button', { name: 'Logga in' }).click()
    await page.waitForURL(`${stack.cmsUrl}/partners?lang=sv`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Verktygslådor för partner',
    )
    expect(await axeViolations(page)).toEqual([])
    // A designer copies a colour code straight into their tool.
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stack.cmsUrl })
    const copyHex = page.getByRole('button', { name: /^Kopiera .+ HEX$/ }).first()
    await copyHex.click()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(/^#[0-9A-F]{6}$/)
    await expect
      .poll(() => page.locator('.copy-value__done').filter({ hasText: copied }).count())
      .toBe(1)
    expect(await page.locator('.contrast-table tbody tr').count()).toBeGreaterThan(1)
    // The specimen is set in the toolkit's own font file; each logo shows on light and on dark.
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.fonts].some(
            (font) => /^toolkit-/.test(font.family) && font.status === 'loaded',
          ),
        ),
      )
      .toBe(true)
    expect(await page.locator('.stages').first().locator('figcaption').allTextContents()).toEqual([
      'På ljus bakgrund',
      'På mörk bakgrund',
    ])
    // Asked from the portal page itself, with the partner's session cookie.
    const settings = await page.evaluate(
      async () => (await fetch('/api/globals/site-settings', { credentials: 'include' })).status,
    )
    expect(settings).toBe(403)
    await context.close()
  }, 120_000)

  test('logs in, sees the partner-only toolkit and downloads a partner-only file, which is counted', async () => {
    const { context } = await openContext(browser, stack.cmsUrl, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${stack.cmsUrl}/partners`)
    await page.waitForURL(/\/partners\/login/)
    const partner = stack.login('partner')
    await page.getByLabel('E-mail address').fill(partner.email)
    await page.getByLabel('Password').fill(partner.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(`${stack.cmsUrl}/partners?lang=en`)
    const kit = page.locator('article', { has: page.getByText('Partners only', { exact: true }) })
    const link = kit.getByRole('link', { name: /^Logo — light background \(SVG, / })
    const href = (await link.getAttribute('href'))!
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const data = fs.readFileSync(await download.path())
    expect(data.toString('utf8')).toMatch(/^<svg/)
    expect((await fetch(`${stack.cmsUrl}${href}`)).status).toBe(403)
    // The logo as a PNG, drawn at the width the link names.
    const png = kit.getByRole('link', { name: /^PNG 1024 px \(/ }).first()
    const [pngDownload] = await Promise.all([page.waitForEvent('download'), png.click()])
    const pngSize = await sharp(fs.readFileSync(await pngDownload.path())).metadata()
    expect([pngSize.format, pngSize.width]).toEqual(['png', 1024])
    // Everything in one zip, the partner-only logo and its PNGs included.
    const all = kit.getByRole('link', { name: /^Download the whole toolkit \(ZIP, about / })
    const [zipDownload] = await Promise.all([page.waitForEvent('download'), all.click()])
    expect(zipDownload.suggestedFilename()).toMatch(/-en\.zip$/)
    const entries = [...readZip(fs.readFileSync(await zipDownload.path())).keys()]
    expect(entries).toEqual(
      expect.arrayContaining([
        'README.txt',
        'colours/tokens.css',
        expect.stringMatching(/^logos\/[^/]+\.svg$/),
        expect.stringMatching(/^logos\/png\/[^/]+-1024\.png$/),
      ]),
    )
    await context.close()

    const token = await editorToken()
    const counts = (await (
      await fetch(`${stack.cmsUrl}/api/toolkit-downloads?depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { docs: { count: number; organisation: number | null; zip: boolean }[] }
    // The logo (as SVG and as PNG) and the zip, counted for the partner's company.
    expect(
      counts.docs
        .map((row) => [row.zip, row.count, typeof row.organisation])
        .sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      [false, 2, 'number'],
      [true, 1, 'number'],
    ])
  }, 120_000)
})

describe('a campaign in the street', () => {
  let placement: { id: number; code: string }
  let token: string

  beforeAll(async () => {
    token = await editorToken()
    const { docs } = (await (
      await fetch(`${stack.cmsUrl}/api/placements?depth=1&limit=100&locale=nb`)
    ).json()) as {
      docs: { id: number; code: string; medium: string; campaign: { defaultLocale: string } }[]
    }
    placement = docs.find(
      (doc) => doc.medium === 'billboard' && doc.campaign.defaultLocale === 'nb',
    )!
  })

  test('a Swedish phone opens /q/<code> and lands on the Swedish landing page with UTM parameters', async () => {
    const { context } = await openContext(browser, stack.siteUrl, { locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${stack.siteUrl}/q/${placement.code.toLowerCase()}`)
    const url = new URL(page.url())
    expect(url.pathname).toMatch(/^\/sv\/kampanjer\/[a-z0-9-]+\/$/)
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      utm_source: 'qr',
      utm_medium: 'billboard',
      utm_content: placement.code,
    })
    expect(await page.locator('html').getAttribute('lang')).toBe('sv')
    await context.close()
    // The landing page reported the visit for this placement, and nothing else about it.
    await expect
      .poll(
        async () => {
          const response = await fetch(
            `${stack.cmsUrl}/api/placement-visits?depth=0&where[placement][equals]=${placement.id}`,
            { headers: { Authorization: `JWT ${token}` } },
          )
          return ((await response.json()) as { docs: { count: number }[] }).docs[0]?.count ?? 0
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThanOrEqual(1)
  }, 60_000)

  test('the printed QR code (PNG) decodes to the short URL, which opens the same page', async () => {
    const png = Buffer.from(
      await (
        await fetch(`${stack.cmsUrl}/api/placements/${placement.id}/qr/png`, {
          headers: { Authorization: `JWT ${token}` },
        })
      ).arrayBuffer(),
    )
    const { data, info } = await sharp(png)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
    const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data
    expect(decoded).toBe(`${stack.siteUrl}/q/${placement.code}`)
    const { context } = await openContext(browser, stack.siteUrl, { locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(decoded!)
    expect(new URL(page.url()).pathname).toMatch(/^\/sv\/kampanjer\//)
    await context.close()
  }, 60_000)

  test('a visitor sends the interest form, and an editor finds the lead in the admin', async () => {
    const { context } = await openContext(browser, stack.siteUrl, { locale: 'sv-SE' })
    const page = await context.newPage()
    await page.goto(`${stack.siteUrl}/q/${placement.code}`)
    const name = `Eva Lindqvist ${Date.now()}`
    await page.getByLabel('Namn').fill(name)
    await page.getByLabel('E-post').fill('eva.lindqvist@example.se')
    await page.getByLabel('Partnerns yrke (valfritt)').fill('Sjuksköterska')
    await page.getByLabel(/Jag samtycker/).check()
    await page.getByRole('button', { name: 'Skicka' }).click()
    await page.waitForURL(/\/sv\/kampanjer\/[a-z0-9-]+\/tack\/$/, { timeout: 15_000 })
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Tack!')
    await context.close()
    await admin.goto(`${stack.cmsUrl}/admin/collections/leads`, { waitUntil: 'networkidle' })
    await expect.poll(() => admin.getByText(name).count(), { timeout: 15_000 }).toBeGreaterThan(0)
  }, 60_000)
})

/** A logged-in editor whose admin speaks the given language. */
async function editorIn(language: 'nb' | 'sv') {
  const { context } = await openContext(browser, stack.cmsUrl, {
    locale: language === 'sv' ? 'sv-SE' : 'nb-NO',
  })
  await context.addCookies([{ name: 'payload-lng', value: language, url: stack.cmsUrl }])
  const page = await context.newPage()
  const editor = stack.login('editor')
  await page.goto(`${stack.cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(editor.email)
  await page.locator('#field-password').fill(editor.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(`${stack.cmsUrl}/admin`)
  return page
}

const adminTexts = (language: 'nb' | 'sv' | 'en') =>
  JSON.parse(
    fs.readFileSync(new URL(`../../cms/src/i18n/${language}.json`, import.meta.url), 'utf8'),
  ) as Record<string, string>

describe('the admin in the editor’s language', () => {
  test.each(['nb', 'sv'] as const)(
    'no create view of our collections shows an English label (%s)',
    async (language) => {
      const page = await editorIn(language)
      const own = new Set(Object.values(adminTexts(language)))
      const english = Object.values(adminTexts('en')).filter((text) => !own.has(text))
      const collections = [
        'stories',
        'employers',
        'events',
        'municipalities',
        'campaigns',
        'placements',
        'redirects',
        'media',
        'toolkits',
        'files',
      ]
      const findings: string[] = []
      for (const collection of collections) {
        await page.goto(`${stack.cmsUrl}/admin/collections/${collection}/create`, {
          waitUntil: 'networkidle',
        })
        const labels = await page
          .locator('.field-label, .field-description, .tabs-field__tab-button, legend')
          .allTextContents()
        for (const raw of labels) {
          const label = raw
            .replace(/\s*\*\s*/, ' ')
            .replace(/—.*$/, '')
            .trim()
          if (!label) continue
          if (english.includes(label) || /^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/.test(label))
            findings.push(`${collection}: "${label}"`)
        }
      }
      expect(findings).toEqual([])
      await page.context().close()
    },
    120_000,
  )

  test('a Norwegian editor writes a new story with a new picture, publishes it and follows it to live', async () => {
    const page = await editorIn('nb')
    await page.goto(`${stack.cmsUrl}/admin/collections/stories/create?locale=nb`, {
      waitUntil: 'networkidle',
    })
    const title = `Fra Bergen til Gjøvik ${Date.now()}`
    await page.locator('#field-title').fill(title)
    await page.locator('#field-excerpt').fill('Hun flyttet for jobben og ble for innsjøen.')
    // The picture is uploaded from the story itself, with its alt text and credit.
    const photo = await sharp({
      create: { width: 1600, height: 1000, channels: 3, background: '#3a6b8c' },
    })
      .jpeg()
      .toBuffer()
    await page
      .locator('.field-type.upload')
      .first()
      .getByRole('button', { name: 'Opprett ny' })
      .click()
    await page
      .locator('.drawer__content input[type="file"]')
      .setInputFiles({ name: 'brygga-i-hamar.jpg', mimeType: 'image/jpeg', buffer: photo })
    const drawer = page.locator('.drawer__content', { has: page.locator('#field-credit') })
    const alt = `Brygga i Hamar en sommerkveld ${Date.now()}`
    await drawer.locator('#field-alt').fill(alt)
    await drawer.locator('#field-credit').fill('Kari Nordmann')
    await drawer.getByRole('button', { name: 'Lagre' }).click()
    await drawer.waitFor({ state: 'detached' })
    await page.locator('.field-type.upload', { hasText: 'brygga-i-hamar' }).waitFor()
    await page.getByRole('button', { name: 'Publiser', exact: true }).click()
    const status = page.locator('.site-status')
    await expect
      .poll(async () => (await status.textContent().catch(() => null)) ?? '', {
        timeout: 120_000,
        interval: 500,
      })
      .toMatch(/^Live på nettstedet/)
    const href = await status
      .getByRole('link', { name: 'Åpne siden på Norsk' })
      .getAttribute('href')
    expect(href).toMatch(new RegExp(`^${stack.siteUrl}/nb/historier/fra-bergen-til-gjovik-`))
    const live = await page.context().newPage()
    await live.goto(href!)
    expect(await live.getByRole('heading', { level: 1 }).textContent()).toBe(title)
    // The hero is the uploaded picture, optimised, loaded and described.
    const hero = live.getByRole('img', { name: alt })
    await expect
      .poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0)
    expect(await hero.getAttribute('src')).toMatch(/^\/media\/brygga-i-hamar-.+\.(webp|avif|jpg)$/)
    await page.context().close()
  }, 180_000)

  test('a Swedish editor translates with the Norwegian original beside each field, publishes and follows it to live', async () => {
    const token = await editorToken()
    const title = `Ny i Hamar ${Date.now()}`
    const created = (await (
      await fetch(`${stack.cmsUrl}/api/stories?locale=nb`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ _status: 'published', title, excerpt: 'Kort ingress på norsk.' }),
      })
    ).json()) as { doc: { id: number } }
    const page = await editorIn('sv')
    await page.goto(`${stack.cmsUrl}/admin/collections/stories/${created.doc.id}?locale=sv`, {
      waitUntil: 'networkidle',
    })
    const titleField = page.locator('.field-type.text', { has: page.locator('#field-title') })
    await expect.poll(() => titleField.locator('.source-text__body').textContent()).toBe(title)
    await titleField.getByRole('button', { name: 'Kopiera in och översätt' }).click()
    await expect.poll(() => page.locator('#field-title').inputValue()).toBe(title)
    const swedish = `Ny i Hamar på svenska ${Date.now()}`
    await page.locator('#field-title').fill(swedish)
    await page.getByRole('button', { name: 'Publicera ändringar' }).click()
    const status = page.locator('.site-status')
    await expect
      .poll(async () => (await status.textContent().catch(() => null)) ?? '', {
        timeout: 120_000,
        interval: 500,
      })
      .toMatch(/^Live på webbplatsen/)
    const href = await status
      .getByRole('link', { name: 'Öppna sidan på Svenska' })
      .getAttribute('href')
    expect(href).toMatch(new RegExp(`^${stack.siteUrl}/sv/berattelser/`))
    const live = await fetch(href!)
    expect(live.status).toBe(200)
    expect(await live.text()).toContain(swedish)
    await page.context().close()
  }, 180_000)
})

describe('from a scan to an action, on a 360×800 phone', () => {
  interface Placement {
    id: number
    code: string
    campaign: { endsOn: string }
  }
  const phone = { width: 360, height: 800 }
  const browserLocale = { nb: 'nb-NO', sv: 'sv-SE', en: 'en-GB' } as const
  let running: Placement[]
  let ended: Placement[]

  beforeAll(async () => {
    const { docs } = (await (
      await fetch(`${stack.cmsUrl}/api/placements?depth=1&limit=100&sort=createdAt`)
    ).json()) as { docs: Placement[] }
    const today = new Date().toISOString().slice(0, 10)
    running = docs.filter((doc) => doc.campaign.endsOn.slice(0, 10) >= today)
    ended = docs.filter((doc) => doc.campaign.endsOn.slice(0, 10) < today)
  })

  /** Whether the element is wholly on the first screen, with the page not scrolled. */
  const onFirstScreen = (page: Page, selector: string) =>
    page.evaluate((selector) => {
      const box = document.querySelector(selector)?.getBoundingClientRect()
      return scrollY === 0 && box !== undefined && box.top >= 0 && box.bottom <= innerHeight
    }, selector)

  // Every language with and without JavaScript, spread over the demo's running placements.
  test.each([
    ['nb', true],
    ['sv', false],
    ['en', true],
    ['nb', false],
    ['sv', true],
    ['en', false],
  ] as const)(
    '%s, JavaScript %s: the code opens the page, its hero leads to the form, three taps send it, next steps follow',
    async (locale, javaScriptEnabled) => {
      const index = ['nb', 'sv', 'en'].indexOf(locale) + (javaScriptEnabled ? 0 : 3)
      const placement = running[index % running.length]!
      const { context } = await openContext(browser, stack.siteUrl, {
        locale: browserLocale[locale],
        javaScriptEnabled,
      })
      context.setDefaultTimeout(15_000)
      const page = await context.newPage()
      await page.setViewportSize(phone)
      await page.goto(`${stack.siteUrl}/q/${placement.code}`)
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${locale}/`))
      const action = page.getByRole('link', { name: t(locale, 'campaign.action.form') })
      expect(await onFirstScreen(page, '.hero__actions .button')).toBe(true)

      await action.click() // tap 1
      await expect
        .poll(() =>
          page.evaluate(() => {
            const box = document.querySelector('#interest-heading')!.getBoundingClientRect()
            return box.top >= 0 && box.top < innerHeight
          }),
        )
        .toBe(true)
      await page.getByLabel(t(locale, 'lead.name')).fill(`Scan ${locale} ${javaScriptEnabled}`)
      await page.getByLabel(t(locale, 'lead.email')).fill('scan@example.no')
      await page.getByRole('checkbox').check() // tap 2
      await page.getByRole('button', { name: t(locale, 'lead.submit') }).click() // tap 3

      await page.waitForURL(/\/(takk|tack|thank-you)\/$/)
      expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/${locale}/`))
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        t(locale, 'thanks.title'),
      )
      for (const next of [t(locale, 'nav.jobs'), t(locale, 'nav.stories')])
        expect(await page.getByRole('link', { name: next }).count()).toBeGreaterThan(0)
      expect(await page.getByRole('heading', { name: t(locale, 'thanks.nextEvent') }).count()).toBe(
        1,
      )
      await context.close()
    },
    60_000,
  )

  test('every lead sent above is kept; those sent with JavaScript name the placement scanned', async () => {
    const token = await editorToken()
    const { docs } = (await (
      await fetch(`${stack.cmsUrl}/api/leads?depth=0&limit=100&where[name][like]=Scan`, {
        headers: { Authorization: `JWT ${token}` },
      })
    ).json()) as { docs: { name: string; placement: number | null }[] }
    // The code travels in the landing page's address; only a script can copy it into the form.
    const sent = (javaScript: boolean) =>
      docs
        .filter((lead) => lead.name.endsWith(String(javaScript)))
        .map((lead) => lead.placement ?? null)
    expect(sent(true).sort()).toEqual(
      ['nb', 'sv', 'en'].map((_, index) => running[index % running.length]!.id).sort(),
    )
    expect(sent(false)).toEqual([null, null, null])
  })

  test('an ended campaign’s code leads to its follow-up, whose next steps are on the first screen', async () => {
    expect(ended.length).toBeGreaterThan(0)
    for (const placement of ended) {
      const { context } = await openContext(browser, stack.siteUrl, { locale: 'sv-SE' })
      const page = await context.newPage()
      await page.setViewportSize(phone)
      await page.goto(`${stack.siteUrl}/q/${placement.code}`)
      expect(await onFirstScreen(page, '.campaign-follow-up .actions .button')).toBe(true)
      await context.close()
    }
  })
})
