import type { Endpoint, PayloadRequest } from 'payload'

import { format, t } from '@talentregion/shared/i18n'
import { defaultLocale, isLocale, type Locale } from '@talentregion/shared/locales'
import { redirectTargetProblem } from '@talentregion/shared/redirects'
import { normaliseCode } from '@talentregion/shared/shortCodes'

import { siteUrl } from '../config/siteUrl'
import { clientKey, rateLimiter } from './rateLimit'

// Five forms per browser per ten minutes: plenty for a family, too few for a spam run. Twenty
// per address whatever the browser claims to be: a ceiling for one mobile operator's address.
const perClient = rateLimiter({ limit: 5, windowMs: 10 * 60 * 1000 })
const perNetwork = rateLimiter({ limit: 20, windowMs: 10 * 60 * 1000 })

type FieldError = { field: string; message: string }

// The answer page runs no script and loads nothing; only its inline style attribute is allowed.
const answerPageHeaders = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

/**
 * Back to the page the form is on: its path as the form sent it, when it is a path of this site
 * (browsers send only the origin as Referer to another site); else the referring page when it is
 * on the site, else the site's home in the form's language. Never another origin.
 */
function backLink(req: PayloadRequest, locale: Locale, page: string): string {
  const site = new URL(siteUrl)
  if (page && redirectTargetProblem(page) === null) return new URL(page, site).href
  try {
    const referer = new URL(req.headers.get('referer') ?? '')
    if (referer.origin === site.origin && referer.pathname !== '/') return referer.href
  } catch {
    // no referer, or not a URL
  }
  return new URL(`/${locale}/`, site).href
}

const limits = {
  name: 200,
  email: 254,
  phone: 40,
  profession: 200,
  partnerProfession: 200,
  message: 2000,
}

/** The site's thank-you page the form names, when it is a path of this site; else none. */
function thanksPage(thanks: string): string | null {
  return thanks && redirectTargetProblem(thanks) === null ? new URL(thanks, siteUrl).href : null
}

function respond(
  req: PayloadRequest,
  locale: Locale,
  status: number,
  {
    errors = [],
    page = '',
    thanks = '',
  }: { errors?: FieldError[]; page?: string; thanks?: string } = {},
): Response {
  const headers = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }
  if (req.headers.get('accept')?.includes('application/json'))
    return Response.json(status < 300 ? { ok: true } : { errors }, { status, headers })
  // Sent without JavaScript: on to the site's thank-you page, which offers the next steps.
  const next = status < 300 ? thanksPage(thanks) : null
  if (next) return new Response(null, { status: 303, headers: { ...headers, Location: next } })
  // Without JavaScript the browser lands here: a plain page that says what happened.
  const message =
    status < 300
      ? t(locale, 'lead.sent')
      : status === 429
        ? t(locale, 'lead.tooMany')
        : format(locale, 'lead.invalid', { fields: errors.map((error) => error.message).join(' ') })
  const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
  const html = `<!doctype html><html lang="${locale}"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escape(message)}</title><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><p>${escape(message)}</p><p><a href="${escape(backLink(req, locale, page))}">${escape(t(locale, 'lead.back'))}</a></p></body></html>`
  return new Response(html, {
    status,
    headers: { ...headers, ...answerPageHeaders, 'Content-Type': 'text/html; charset=utf-8' },
  })
}

/**
 * `POST /api/leads/submit`: the interest form on a campaign page posts here, from the static
 * site, with or without JavaScript. Honeypot, rate limit and validation come before anything is
 * stored; what is stored only editors can read.
 */
export const submitLead: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const form = new URLSearchParams((await req.text?.()) ?? '')
    const value = (
      name:
        | keyof typeof limits
        | 'locale'
        | 'campaign'
        | 'code'
        | 'consent'
        | 'website'
        | 'page'
        | 'thanks',
    ) => (form.get(name) ?? '').trim()
    const localeValue = value('locale')
    const locale: Locale = isLocale(localeValue) ? localeValue : defaultLocale
    const page = value('page')
    const thanks = value('thanks')
    if (!perNetwork(clientKey(req, 'network')) || !perClient(clientKey(req)))
      return respond(req, locale, 429, { page })
    // Bots fill every field, people never see this one: pretend all went well, keep nothing.
    if (value('website')) return respond(req, locale, 201, { page, thanks })

    const errors: FieldError[] = []
    if (!value('name')) errors.push({ field: 'name', message: t(locale, 'lead.nameMissing') })
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value('email')))
      errors.push({ field: 'email', message: t(locale, 'lead.emailInvalid') })
    if (value('consent') !== 'yes')
      errors.push({ field: 'consent', message: t(locale, 'lead.consentMissing') })
    for (const [field, max] of Object.entries(limits))
      if (value(field as keyof typeof limits).length > max)
        errors.push({ field, message: format(locale, 'lead.tooLong', { max }) })
    const campaign = value('campaign')
      ? await req.payload.findByID({
          collection: 'campaigns',
          id: value('campaign'),
          depth: 0,
          overrideAccess: false,
          disableErrors: true,
        })
      : null
    if (!campaign) errors.push({ field: 'campaign', message: t(locale, 'lead.campaignMissing') })
    if (errors.length > 0 || !campaign) return respond(req, locale, 400, { errors, page })

    const code = normaliseCode(value('code'))
    const placement = code
      ? (
          await req.payload.find({
            collection: 'placements',
            where: { code: { equals: code } },
            depth: 0,
            limit: 1,
          })
        ).docs[0]
      : undefined
    const settings = await req.payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
    await req.payload.create({
      collection: 'leads',
      data: {
        name: value('name'),
        email: value('email'),
        phone: value('phone') || undefined,
        profession: value('profession') || undefined,
        partnerProfession: value('partnerProfession') || undefined,
        message: value('message') || undefined,
        campaign: campaign.id,
        placement: placement?.id,
        locale,
        consentText: settings.leadConsent || t(locale, 'lead.consentDefault'),
      },
    })
    return respond(req, locale, 201, { page, thanks })
  },
}
