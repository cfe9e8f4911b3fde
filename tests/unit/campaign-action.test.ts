import type { Snapshot, SnapshotCampaignAction } from '@talentregion/shared/schemas/snapshot'
import { describe, expect, test } from 'vitest'

import { campaignAction, campaignNextEvent } from '../../site/src/lib/campaignAction'
import { Content } from '../../site/src/lib/content'
import { buildPages } from '../../site/src/lib/routes'
import { excludedFromSitemap } from '../../site/src/integrations/sitemap'

import { snapshotFixture } from '../fixtures/snapshot'

const before = new Date('2026-12-07T12:00:00.000Z')
const afterTheEvent = new Date('2027-02-07T12:00:00.000Z')

/** The fixture's campaign with this main action, its page able to post the form or not. */
function contentWith(
  action: Partial<SnapshotCampaignAction>,
  { cmsUrl = 'https://cms.example', actionLabel = '' } = {},
) {
  const snapshot: Snapshot = { ...snapshotFixture(), cmsUrl }
  const campaign = snapshot.campaigns[0]!
  campaign.primaryAction = { ...campaign.primaryAction, ...action }
  campaign.translations.nb!.actionLabel = actionLabel
  return { content: new Content(snapshot), campaign }
}

describe('the hero button of a campaign page', () => {
  test('the interest form: the button leads to the form on the same page', () => {
    const { content, campaign } = contentWith({ type: 'form' })
    expect(campaignAction(content, campaign, 'nb', before)).toEqual({
      href: '#interest',
      label: 'Meld interesse',
      toForm: true,
    })
  })

  test('the editors’ own words replace the site’s', () => {
    const { content, campaign } = contentWith({ type: 'form' }, { actionLabel: 'Ring meg' })
    expect(campaignAction(content, campaign, 'nb', before).label).toBe('Ring meg')
  })

  test('a form the page cannot send (no CMS address, or no form in that language) gives way to open positions', () => {
    const offline = contentWith({ type: 'form' }, { cmsUrl: null as unknown as string })
    expect(campaignAction(offline.content, offline.campaign, 'nb', before)).toMatchObject({
      href: '/nb/stillinger/',
      label: 'Se ledige stillinger',
      toForm: false,
    })
    const { content, campaign } = contentWith({ type: 'form' })
    expect(campaignAction(content, campaign, 'sv', before).href).toBe('/sv/jobb/')
  })

  test('open positions narrowed to the campaign’s municipality, else its industry, else all', () => {
    const place = contentWith({ type: 'jobs', municipality: 'p1' })
    expect(campaignAction(place.content, place.campaign, 'sv', before)).toEqual({
      href: '/sv/jobb/ort/hamar/',
      label: 'Se lediga jobb',
      toForm: false,
    })
    const industry = contentWith({ type: 'jobs', industry: 'energy' })
    expect(campaignAction(industry.content, industry.campaign, 'nb', before).href).toBe(
      '/nb/stillinger/bransje/energi/',
    )
    const none = contentWith({ type: 'jobs', industry: 'tourism-culture' })
    expect(campaignAction(none.content, none.campaign, 'en', before).href).toBe('/en/jobs/')
  })

  test('an event while it is ahead and written in the language; then the form', () => {
    const { content, campaign } = contentWith({ type: 'event', event: 'v1' })
    expect(campaignAction(content, campaign, 'nb', before)).toEqual({
      href: '/nb/arrangementer/jobbmesse/',
      label: 'Se arrangementet',
      toForm: false,
    })
    expect(campaignAction(content, campaign, 'nb', afterTheEvent).href).toBe('#interest')
    // The event has no Swedish page, and the Swedish campaign page has no form.
    expect(campaignAction(content, campaign, 'sv', before).href).toBe('/sv/jobb/')
  })

  test('a link on this site, or the form when the link is not safe', () => {
    const site = contentWith({ type: 'link', href: '/nb/arbeidsgivere/' })
    expect(campaignAction(site.content, site.campaign, 'nb', before)).toEqual({
      href: '/nb/arbeidsgivere/',
      label: 'Les mer',
      toForm: false,
    })
    const unsafe = contentWith({ type: 'link', href: 'javascript:alert(1)' })
    expect(campaignAction(unsafe.content, unsafe.campaign, 'nb', before).href).toBe('#interest')
  })

  test('the thank-you page offers the next event only while it is ahead', () => {
    const { content, campaign } = contentWith({ type: 'form' })
    expect(campaignNextEvent(content, campaign, 'nb', before)?.id).toBe('v1')
    expect(campaignNextEvent(content, campaign, 'nb', afterTheEvent)).toBeNull()
  })
})

describe('campaigns in the menu and on the home page', () => {
  test('a campaign runs from its first day until it has ended', () => {
    const snapshot = snapshotFixture()
    const running = (campaigns: Snapshot['campaigns'], now: Date) =>
      new Content({ ...snapshot, campaigns }).runningCampaignsIn('nb', now).map((c) => c.id)
    const campaign = snapshot.campaigns[0]!
    expect(running([campaign], before)).toEqual(['c1'])
    expect(running([campaign], new Date('2026-08-31T12:00:00.000Z'))).toEqual([])
    expect(running([{ ...campaign, ended: true }], before)).toEqual([])
  })
})

describe('the thank-you page after the interest form', () => {
  const pages = buildPages(snapshotFixture())

  test('exists in each language the campaign is written in, and stays out of the sitemap', () => {
    const thanks = pages.filter((page) => page.kind === 'campaignThanks')
    expect(thanks.map((page) => page.path)).toEqual([
      '/nb/kampanjer/flytt-til-innlandet/takk/',
      '/sv/kampanjer/flytta-till-innlandet/tack/',
    ])
    expect(thanks.every(excludedFromSitemap)).toBe(true)
  })
})
