import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Municipality } from '@talentregion/cms/types'
import { locales, type Locale } from '@talentregion/shared/locales'
import { relationKey } from '@talentregion/shared/relationId'
import { slugify } from '@talentregion/shared/slugify'
import type { Payload, RequestContext } from 'payload'

import { campaigns, type CampaignText } from './content/campaigns'
import { employers } from './content/employers'
import { events } from './content/events'
import { municipalities } from './content/municipalities'
import { settings } from './content/settings'
import { stories } from './content/stories'
import { toolkits } from './content/toolkits'
import { demoLogins } from './credentials'
import { scenePhoto, wordmarkPng, wordmarkSvg, type Scene } from './images'
import { lexical } from './lexical'
import { simplePdf } from './pdf'

const require = createRequire(import.meta.url)
const translations = locales.filter((locale): locale is Exclude<Locale, 'nb'> => locale !== 'nb')

// Seeding is not editing: hooks that notify or rebuild stay quiet.
const context: RequestContext = { seeding: true }

interface SeedOptions {
  dataDir: string
  log?: (message: string) => void
}

/**
 * Writes the demo content. Idempotent: every document is looked up by its natural key first and
 * left alone when it exists, so running it again adds only what is missing and overwrites no edit.
 */
export async function seed(
  payload: Payload,
  { dataDir, log = () => {} }: SeedOptions,
): Promise<void> {
  const places = new Map<string, Municipality>()
  for (const place of municipalities) {
    const found = await payload.find({
      collection: 'municipalities',
      where: { name: { equals: place.name } },
      limit: 1,
    })
    places.set(
      place.name,
      found.docs[0] ??
        (await payload.create({ collection: 'municipalities', data: place, context })),
    )
  }
  const placeId = (name: string) => {
    const place = places.get(name)
    if (!place) throw new Error(`Seed content names an unknown municipality "${name}".`)
    return place.id
  }
  log(`municipalities: ${places.size}`)

  async function image(
    key: string,
    make: () => Promise<Buffer>,
    alt: Record<Locale, string>,
    credit: string,
  ) {
    const name = `${key}.jpg`
    const found = await payload.find({
      collection: 'media',
      where: { filename: { equals: name } },
      limit: 1,
    })
    if (found.docs[0]) return found.docs[0].id
    const data = await make()
    const created = await payload.create({
      collection: 'media',
      locale: 'nb',
      data: { alt: alt.nb, credit, licence: 'owned' },
      file: {
        data,
        mimetype: name.endsWith('.png') ? 'image/png' : 'image/jpeg',
        name,
        size: data.byteLength,
      },
      context,
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'media',
        id: created.id,
        locale,
        data: { alt: alt[locale] },
        context,
      })
    }
    return created.id
  }
  const photo = (key: string, scene: Scene, seedNumber: number, alt: Record<Locale, string>) =>
    image(key, () => scenePhoto(scene, seedNumber), alt, 'Talentregion demo')

  async function file(
    key: string,
    data: Buffer,
    mimetype: string,
    title: Record<Locale, string>,
    audience: 'public' | 'partners',
    licence: 'owned' | 'ofl' = 'owned',
  ) {
    const found = await payload.find({
      collection: 'files',
      where: { filename: { equals: key } },
      limit: 1,
    })
    if (found.docs[0]) return found.docs[0].id
    const created = await payload.create({
      collection: 'files',
      locale: 'nb',
      data: { title: title.nb, audience, licence },
      file: { data, mimetype, name: key, size: data.byteLength },
      context,
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'files',
        id: created.id,
        locale,
        data: { title: title[locale] },
        context,
      })
    }
    return created.id
  }

  const employerIds = new Map<string, number>()
  for (const [index, employer] of employers.entries()) {
    const slug = slugify(employer.name)
    const found = await payload.find({
      collection: 'employers',
      where: { slug: { equals: slug } },
      limit: 1,
      draft: true,
    })
    if (found.docs[0]) {
      employerIds.set(employer.name, found.docs[0].id)
      continue
    }
    const logo = await image(
      `logo-${slug}`,
      () => wordmarkPng(employer.name, employer.colour),
      {
        nb: `Logo for ${employer.name}`,
        sv: `Logotyp för ${employer.name}`,
        en: `${employer.name} logo`,
      },
      employer.name,
    )
    const created = await payload.create({
      collection: 'employers',
      locale: 'nb',
      draft: false,
      data: {
        _status: 'published',
        name: employer.name,
        slug,
        logo,
        description: lexical(employer.description.nb),
        industry: employer.industry,
        municipalities: employer.municipalities.map(placeId),
        size: employer.size,
        website: employer.website,
        careersUrl: employer.careersUrl,
        country: employer.country,
        orgNumber: employer.orgNumber,
      },
      context,
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'employers',
        id: created.id,
        locale,
        data: { _status: 'published', description: lexical(employer.description[locale]) },
        context,
      })
    }
    employerIds.set(employer.name, created.id)
    log(`employer ${index + 1}/${employers.length}: ${employer.name}`)
  }
  const employerId = (name: string) => {
    const id = employerIds.get(name)
    if (id === undefined) throw new Error(`Seed content names an unknown employer "${name}".`)
    return id
  }

  const now = Date.now()
  for (const [index, story] of stories.entries()) {
    const slug = slugify(story.text.nb.title)
    const found = await payload.find({
      collection: 'stories',
      where: { slug: { equals: slug } },
      locale: 'nb',
      limit: 1,
      draft: true,
    })
    if (found.docs[0]) continue
    const heroImage = await photo(
      `story-${index + 1}-${story.scene}`,
      story.scene,
      1000 + index,
      story.imageAlt,
    )
    const created = await payload.create({
      collection: 'stories',
      locale: 'nb',
      draft: false,
      data: {
        _status: 'published',
        title: story.text.nb.title,
        excerpt: story.text.nb.excerpt,
        body: lexical(story.text.nb.body),
        heroImage,
        person: {
          name: story.person.name,
          role: story.person.role.nb,
          movedFrom: story.person.movedFrom.nb,
        },
        municipality: placeId(story.municipality),
        topics: story.topics,
        relatedEmployers: story.employers.map(employerId),
        publishedAt: new Date(now - story.daysAgo * 86_400_000).toISOString(),
      },
      context,
    })
    for (const locale of translations) {
      const text = story.text[locale]
      if (!text) continue
      await payload.update({
        collection: 'stories',
        id: created.id,
        locale,
        data: {
          _status: 'published',
          title: text.title,
          excerpt: text.excerpt,
          body: lexical(text.body),
          person: { role: story.person.role[locale], movedFrom: story.person.movedFrom[locale] },
        },
        context,
      })
    }
    for (const name of story.employers) {
      const employer = await payload.findByID({
        collection: 'employers',
        id: employerId(name),
        depth: 0,
        draft: true,
      })
      const featured = (employer.featuredStories ?? []).map(relationKey)
      if (!featured.includes(created.id) && featured.length < 3) {
        await payload.update({
          collection: 'employers',
          id: employer.id,
          data: { _status: 'published', featuredStories: [...featured, created.id] },
          context,
        })
      }
    }
    log(`story ${index + 1}/${stories.length}: ${story.text.nb.title}`)
  }

  for (const [index, event] of events.entries()) {
    const slug = slugify(event.title.nb)
    const found = await payload.find({
      collection: 'events',
      where: { slug: { equals: slug } },
      locale: 'nb',
      limit: 1,
      draft: true,
    })
    if (found.docs[0]) continue
    const eventImage = await photo(
      `event-${index + 1}-${event.scene}`,
      event.scene,
      3000 + index,
      event.imageAlt,
    )
    const created = await payload.create({
      collection: 'events',
      locale: 'nb',
      draft: false,
      data: {
        _status: 'published',
        title: event.title.nb,
        description: lexical(event.description.nb),
        image: eventImage,
        startsAt: event.startsAt,
        startsAt_tz: event.timeZone,
        endsAt: event.endsAt,
        endsAt_tz: event.timeZone,
        place: { ...event.place, municipality: placeId(event.place.municipality) },
        registrationUrl: event.registrationUrl,
      },
      context,
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'events',
        id: created.id,
        locale,
        data: {
          _status: 'published',
          title: event.title[locale],
          description: lexical(event.description[locale]),
        },
        context,
      })
    }
    log(`event ${index + 1}/${events.length}: ${event.title.nb}`)
  }

  for (const toolkit of toolkits) {
    const found = await payload.find({
      collection: 'toolkits',
      where: { slug: { equals: toolkit.slug } },
      locale: 'nb',
      limit: 1,
      draft: true,
    })
    if (found.docs[0]) continue
    const primary = toolkit.colours.find((colour) => colour.role === 'primary')?.hex ?? '#000000'
    const audience = toolkit.visibility
    const lightLogo = await file(
      `${toolkit.slug}-logo-light.svg`,
      Buffer.from(wordmarkSvg(toolkit.logoText, primary)),
      'image/svg+xml',
      {
        nb: 'Logo for lys bakgrunn',
        sv: 'Logotyp för ljus bakgrund',
        en: 'Logo for light backgrounds',
      },
      audience,
    )
    const darkLogo = await file(
      `${toolkit.slug}-logo-dark.svg`,
      Buffer.from(wordmarkSvg(toolkit.logoText, '#ffffff', 'none', primary)),
      'image/svg+xml',
      {
        nb: 'Logo for mørk bakgrunn',
        sv: 'Logotyp för mörk bakgrund',
        en: 'Logo for dark backgrounds',
      },
      audience,
    )
    const template = await file(
      `${toolkit.slug}-template.pdf`,
      simplePdf(toolkit.template.text),
      'application/pdf',
      toolkit.template.title,
      audience,
    )
    const fontFiles: number[] = []
    for (const type of toolkit.typography) {
      fontFiles.push(
        await file(
          path.basename(type.fontFile),
          fs.readFileSync(require.resolve(type.fontFile)),
          'font/woff2',
          {
            nb: `${type.family} (WOFF2)`,
            sv: `${type.family} (WOFF2)`,
            en: `${type.family} (WOFF2)`,
          },
          audience,
          'ofl',
        ),
      )
    }
    const imageBank: number[] = []
    for (const picture of toolkit.bank) {
      imageBank.push(
        await photo(
          `${toolkit.slug}-${picture.scene}-${picture.seed}`,
          picture.scene,
          picture.seed,
          picture.alt,
        ),
      )
    }
    const localizedParts = (locale: Locale) => ({
      name: toolkit.name[locale],
      description: toolkit.description[locale],
      guidelines: lexical(toolkit.guidelines[locale]),
    })
    const created = await payload.create({
      collection: 'toolkits',
      locale: 'nb',
      draft: false,
      data: {
        _status: 'published',
        ...localizedParts('nb'),
        slug: toolkit.slug,
        visibility: toolkit.visibility,
        colours: toolkit.colours.map((colour) => ({ ...colour, name: colour.name.nb })),
        typography: toolkit.typography.map(({ fontFile: _file, ...type }, i) => ({
          ...type,
          licenceNote: type.licenceNote.nb,
          fontFiles: [fontFiles[i]!],
        })),
        logos: [
          { label: 'Logo – lys bakgrunn', background: 'light', file: lightLogo },
          { label: 'Logo – mørk bakgrunn', background: 'dark', file: darkLogo },
        ],
        imageBank,
        templates: [template],
      },
      context,
    })
    for (const locale of translations) {
      const current = await payload.findByID({
        collection: 'toolkits',
        id: created.id,
        locale,
        depth: 0,
        draft: true,
      })
      await payload.update({
        collection: 'toolkits',
        id: created.id,
        locale,
        data: {
          _status: 'published',
          ...localizedParts(locale),
          colours: (current.colours ?? []).map((colour, i) => ({
            ...colour,
            name: toolkit.colours[i]?.name[locale] ?? colour.name,
          })),
          typography: (current.typography ?? []).map((type, i) => ({
            ...type,
            licenceNote: toolkit.typography[i]?.licenceNote[locale],
          })),
          logos: (current.logos ?? []).map((logo) => ({
            ...logo,
            label:
              logo.background === 'light'
                ? { sv: 'Logotyp – ljus bakgrund', en: 'Logo — light background' }[locale]
                : { sv: 'Logotyp – mörk bakgrund', en: 'Logo — dark background' }[locale],
          })),
        },
        context,
      })
    }
    log(`toolkit: ${toolkit.slug}`)
  }

  const pick = async (collection: 'stories' | 'employers' | 'events', limit: number) =>
    (await payload.find({ collection, limit, depth: 0, sort: 'createdAt' })).docs.map(
      (doc) => doc.id,
    )
  const layout = async (text: CampaignText, image: number) => [
    { blockType: 'hero' as const, heading: text.hero.heading, text: text.hero.text, image },
    {
      blockType: 'keyFigures' as const,
      heading: text.figures.heading,
      figures: text.figures.items,
    },
    {
      blockType: 'storyTeasers' as const,
      heading: text.storiesHeading,
      stories: await pick('stories', 3),
    },
    {
      blockType: 'employerTeasers' as const,
      heading: text.employersHeading,
      employers: await pick('employers', 3),
    },
    {
      blockType: 'eventTeaser' as const,
      heading: text.eventHeading,
      event: (await pick('events', 1))[0]!,
    },
    { blockType: 'callToAction' as const, ...text.cta },
    { blockType: 'faq' as const, heading: '', items: text.faq },
    {
      blockType: 'interestForm' as const,
      heading: text.form.heading,
      intro: text.form.intro,
      askPartnerProfession: true,
    },
  ]
  for (const campaign of campaigns) {
    const slug = slugify(campaign.text.nb.title)
    const found = await payload.find({
      collection: 'campaigns',
      where: { slug: { equals: slug } },
      locale: 'nb',
      limit: 1,
      draft: true,
    })
    if (found.docs[0]) continue
    const image = await photo(`campaign-${campaign.key}`, campaign.scene, 5000, campaign.imageAlt)
    const localized = async (locale: Locale) => ({
      _status: 'published' as const,
      title: campaign.text[locale].title,
      description: campaign.text[locale].description,
      layout: await layout(campaign.text[locale], image),
      followUp: {
        heading: campaign.text[locale].followUp.heading,
        body: lexical(campaign.text[locale].followUp.body),
      },
    })
    const created = await payload.create({
      collection: 'campaigns',
      locale: 'nb',
      draft: false,
      data: {
        ...(await localized('nb')),
        startsOn: campaign.startsOn,
        endsOn: campaign.endsOn,
        defaultLocale: campaign.defaultLocale,
      },
      context,
    })
    for (const locale of translations) {
      await payload.update({
        collection: 'campaigns',
        id: created.id,
        locale,
        data: await localized(locale),
        context,
      })
    }
    for (const placement of campaign.placements) {
      await payload.create({
        collection: 'placements',
        data: { ...placement, campaign: created.id },
        context,
      })
    }
    if (campaign.key === 'kongsvinger-hjem') {
      await payload.create({
        collection: 'redirects',
        data: { from: '/hjem', to: `/nb/kampanjer/${slug}/` },
        context,
      })
    }
    log(`campaign: ${campaign.text.nb.title}`)
  }

  const siteSettings = await payload.findGlobal({
    slug: 'site-settings',
    locale: 'nb',
    fallbackLocale: false,
  })
  if (!siteSettings.siteName) {
    const profile = await payload.find({
      collection: 'toolkits',
      where: { slug: { equals: 'innlandet-talenter' } },
      locale: 'nb',
      limit: 1,
    })
    const socialImage = await photo('site-social', 'lake', 4000, settings.socialImageAlt)
    const nb = settings.localized.nb
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'nb',
      data: {
        ...nb,
        privacyStatement: lexical(nb.privacyStatement),
        accessibilityStatement: lexical(nb.accessibilityStatement),
        navigation: settings.navigation.map((item) => ({
          target: item.target,
          label: item.label.nb,
        })),
        contact: settings.contact,
        defaultSocialImage: socialImage,
        graphicProfile: profile.docs[0]?.id,
      },
      context,
    })
    for (const locale of translations) {
      const current = await payload.findGlobal({ slug: 'site-settings', locale, depth: 0 })
      const text = settings.localized[locale]
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        data: {
          ...text,
          privacyStatement: lexical(text.privacyStatement),
          accessibilityStatement: lexical(text.accessibilityStatement),
          navigation: (current.navigation ?? []).map((item, i) => ({
            ...item,
            label: settings.navigation[i]?.label[locale] ?? item.label,
          })),
        },
        context,
      })
    }
    log('site settings')
  }

  for (const login of demoLogins(dataDir)) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: login.email } },
      limit: 1,
    })
    if (found.docs[0]) continue
    await payload.create({
      collection: 'users',
      data: {
        ...login,
        employer: login.role === 'partner' ? employerId('Raufoss Presisjon') : undefined,
      },
      context,
    })
    log(`user: ${login.email} (${login.role})`)
  }
}
