import { createHash } from 'node:crypto'

import { escapeMarkup } from '@talentregion/shared/escapeMarkup'

/**
 * An invented job ad, before it is written in either feed's format. Fixtures for the demo, the
 * tests and `bench:jobs` are made from these, so every feed page they serve has the feed's
 * real shape (fields as NAV's pam-stilling-feed and JobTech's JobStream send them).
 */
export interface FixtureAd {
  /** A stable name the ad's ids are made from. */
  name: string
  title: string
  employerName: string
  /** As the feed writes it; null where the ad names no organisation number. */
  orgNumber: string | null
  paragraphs: string[]
  place: string
  county: string
  /** Swedish municipality code (JobStream only). */
  municipalityCode?: string
  published: string
  /** A date (YYYY-MM-DD) or words ("Snarest"). */
  deadline: string
  applyUrl: string
  extent: 'Heltid' | 'Deltid'
  /** The ad's text as raw HTML instead of paragraphs (to test sanitising). */
  html?: string
}

/** A UUID-shaped id derived from a name, so fixtures are the same on every run. */
export function fixtureUuid(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

/** A numeric id like JobStream's ("31380149"), derived from a name. */
export function fixtureNumber(name: string): string {
  return String(
    20_000_000 +
      (parseInt(createHash('sha256').update(name).digest('hex').slice(0, 8), 16) % 9_000_000),
  )
}

const adHtml = (ad: FixtureAd) =>
  ad.html ?? ad.paragraphs.map((paragraph) => `<p>${escapeMarkup(paragraph)}</p>`).join('')

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value)

const monthAfter = (day: string) =>
  new Date(+new Date(`${day}T00:00:00Z`) + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

/** NAV's ad detail (`/api/v1/feedentry/{uuid}`) for an open ad. */
export function navEntry(ad: FixtureAd, changed: string) {
  const uuid = fixtureUuid(ad.name)
  return {
    uuid,
    status: 'ACTIVE',
    sistEndret: changed,
    ad_content: {
      uuid,
      published: `${ad.published}T00:00:00+01:00`,
      // NAV shows an ad until its deadline, or for a month when it has none.
      expires: `${isDate(ad.deadline) ? ad.deadline : monthAfter(ad.published)}T00:00:00+01:00`,
      updated: changed,
      workLocations: [
        {
          country: 'NORGE',
          address: null,
          city: ad.place.toLocaleUpperCase('nb'),
          postalCode: null,
          county: ad.county.toLocaleUpperCase('nb'),
          municipal: ad.place.toLocaleUpperCase('nb'),
        },
      ],
      contactList: [],
      title: ad.title,
      description: adHtml(ad),
      sourceurl: '',
      source: 'IMPORTAPI',
      applicationUrl: ad.applyUrl,
      applicationDue: isDate(ad.deadline) ? `${ad.deadline}T00:00:00` : ad.deadline,
      occupationCategories: [],
      categoryList: [],
      jobtitle: ad.title,
      link: `https://arbeidsplassen.example/stillinger/stilling/${uuid}`,
      employer: { name: ad.employerName, orgnr: ad.orgNumber, description: '', homepage: null },
      engagementtype: 'Fast',
      extent: ad.extent,
      starttime: 'Etter avtale',
      positioncount: '1',
      sector: 'Privat',
    },
  }
}

/** NAV's answer for an ad that closed: no content. */
export function navInactiveEntry(ad: FixtureAd, changed: string) {
  return { uuid: fixtureUuid(ad.name), status: 'INACTIVE', sistEndret: changed }
}

/** One item of a NAV feed page: a change to an ad. */
export function navItem(ad: FixtureAd, status: 'ACTIVE' | 'INACTIVE', changed: string) {
  const uuid = fixtureUuid(ad.name)
  return {
    id: uuid,
    url: `/api/v1/feedentry/${uuid}`,
    title: status === 'ACTIVE' ? ad.title : '...',
    content_text: 'Stillingsannonse',
    date_modified: changed,
    _feed_entry: {
      uuid,
      status,
      title: status === 'ACTIVE' ? ad.title : '...',
      businessName: status === 'ACTIVE' ? ad.employerName : '',
      municipal: ad.place.toLocaleUpperCase('nb'),
      sistEndret: changed,
    },
  }
}

/** A NAV feed page around its items (`next_id` null on the newest page). */
export function navPage(id: string, items: unknown[], nextId: string | null) {
  return {
    version: '1.0',
    title: 'Stillingsfeeden fra arbeidsplassen.no',
    home_page_url: 'https://arbeidsplassen.example',
    feed_url: `/api/v1/feed/${id}`,
    description: 'Feed med stillinger',
    next_url: nextId ? `/api/v1/feed/${nextId}` : null,
    id,
    next_id: nextId,
    items,
  }
}

/** An open ad as JobStream sends it, in its snapshot and its stream alike. */
export function jobStreamAd(ad: FixtureAd, changed: Date) {
  const id = fixtureNumber(ad.name)
  const text = ad.paragraphs.join('\n\n')
  return {
    id,
    external_id: null,
    original_id: null,
    label: [],
    webpage_url: `https://arbetsformedlingen.example/platsbanken/annonser/${id}`,
    logo_url: null,
    headline: ad.title,
    application_deadline: isDate(ad.deadline) ? `${ad.deadline}T23:59:59` : null,
    number_of_vacancies: 1,
    description: {
      text,
      text_formatted: adHtml(ad),
      company_information: null,
      needs: null,
      requirements: null,
      conditions: ad.extent,
    },
    employment_type: {
      concept_id: 'PFZr_Syz_cUq',
      label: 'Vanlig anställning',
      legacy_ams_taxonomy_id: '1',
    },
    working_hours_type: {
      concept_id: '6YE1_gAC_R2G',
      label: ad.extent,
      legacy_ams_taxonomy_id: '1',
    },
    employer: {
      phone_number: null,
      email: null,
      url: null,
      organization_number: ad.orgNumber,
      name: ad.employerName,
      workplace: ad.employerName,
    },
    application_details: {
      information: null,
      reference: null,
      email: null,
      via_af: false,
      url: ad.applyUrl,
      other: null,
    },
    workplace_address: {
      municipality: ad.place,
      municipality_code: ad.municipalityCode ?? null,
      region: ad.county,
      region_code: '20',
      country: 'Sverige',
      country_code: '199',
      street_address: null,
      postcode: null,
      city: ad.place,
      coordinates: [15.6, 60.6],
    },
    publication_date: `${ad.published}T08:00:00`,
    last_publication_date: isDate(ad.deadline) ? `${ad.deadline}T23:59:59` : null,
    removed: false,
    removed_date: null,
    source_type: 'VIA_PLATSBANKEN_DXA',
    timestamp: +changed,
  }
}

/** JobStream's record of an ad taken down. */
export function jobStreamRemoval(ad: FixtureAd, removed: Date) {
  return {
    id: fixtureNumber(ad.name),
    removed: true,
    removed_date: removed.toISOString().slice(0, 19),
    timestamp: +removed,
  }
}
