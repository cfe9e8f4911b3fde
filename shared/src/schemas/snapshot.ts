import { z } from 'zod'

import { campaignActions } from '../campaignActions'
import { employerSizes } from '../employer-sizes'
import { industries } from '../industries'
import { jobSources } from '../jobSources'
import { licences } from '../licences'
import { placementMedia } from '../placementMedia'
import { defaultLocale, locales, type Locale } from '../locales'
import { topics } from '../topics'
import { richTextSchema } from './richText'

/**
 * The content snapshot: everything the public site renders, exported from the CMS and checked
 * on both sides. Only published documents and public toolkits ever appear in it; a document
 * has an entry under `translations` only for the languages it is really written in.
 */
export const snapshotVersion = 1

const localeSchema = z.enum(locales)
const id = z.string().min(1)
const text = z.string().trim().min(1)
const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase a–z, 0–9 and hyphens')
const isoDate = z.iso.datetime({ offset: true })
const url = z.url({ protocol: /^https?$/ })

/** A value in some of the locales; a missing key is a translation not written yet. */
const translated = <T extends z.ZodType>(schema: T) => z.partialRecord(localeSchema, schema)

const mediaFile = z.object({
  path: z.string().regex(/^media\/[^/]+$/, 'media files live directly under media/'),
  width: z.int().positive(),
  height: z.int().positive(),
  bytes: z.int().nonnegative(),
  type: z.enum(['image/avif', 'image/webp', 'image/jpeg', 'image/png']),
})

export const mediaSchema = z.object({
  id,
  alt: translated(text),
  caption: translated(text),
  decorative: z.boolean(),
  credit: text,
  licence: z.enum(licences),
  focalX: z.number().min(0).max(100),
  focalY: z.number().min(0).max(100),
  original: mediaFile,
  sources: z.array(mediaFile),
  social: mediaFile.nullable(),
})

export const municipalitySchema = z.object({
  id,
  name: text,
  slug,
  region: text,
  country: z.enum(['NO', 'SE']),
})

export const storySchema = z.object({
  id,
  translations: translated(
    z.object({
      title: text,
      slug,
      excerpt: z.string(),
      body: richTextSchema.nullable(),
      personRole: z.string(),
      movedFrom: z.string(),
    }),
  ),
  heroImage: id.nullable(),
  personName: z.string(),
  municipality: id.nullable(),
  topics: z.array(z.enum(topics)),
  relatedEmployers: z.array(id),
  publishedAt: isoDate,
  updatedAt: isoDate,
})

export const employerSchema = z.object({
  id,
  name: text,
  slug,
  logo: id.nullable(),
  industry: z.enum(industries),
  size: z.enum(employerSizes).nullable(),
  municipalities: z.array(id),
  website: url.nullable(),
  careersUrl: url.nullable(),
  /** English is a working language there. Older snapshots have no such flag: they read as no. */
  englishAtWork: z.boolean().default(false),
  translations: translated(z.object({ description: richTextSchema.nullable() })),
  featuredStories: z.array(id),
  updatedAt: isoDate,
})

/**
 * An open position from a public job feed, for an employer in the snapshot. Its texts stay in
 * the language the ad is written in (`language`); `description` is sanitised HTML.
 */
export const jobSchema = z.object({
  id,
  employer: id,
  source: z.enum(jobSources),
  language: localeSchema,
  title: text,
  description: z.string(),
  place: z.string().nullable(),
  region: z.string().nullable(),
  publishedAt: isoDate.nullable(),
  deadline: isoDate.nullable(),
  deadlineText: z.string().nullable(),
  extent: z.string().nullable(),
  applyUrl: url.nullable(),
  adUrl: url,
})

export const eventSchema = z.object({
  id,
  translations: translated(z.object({ title: text, slug, description: richTextSchema.nullable() })),
  image: id.nullable(),
  startsAt: isoDate,
  endsAt: isoDate,
  timeZone: z.enum(['Europe/Oslo', 'Europe/Stockholm']),
  place: z.object({ name: text, address: z.string(), municipality: id.nullable() }),
  registrationUrl: url.nullable(),
  updatedAt: isoDate,
})

/** A file the site offers for download, copied under a content-hash name. */
const download = z.object({
  path: z.string().regex(/^files\/[^/]+$/, 'downloads live directly under files/'),
  bytes: z.int().nonnegative(),
  type: z.string().min(1),
})

/** An uploaded toolkit file: a logo, a font or a template. */
const toolkitFileSchema = download.extend({
  id,
  /** The name a downloaded copy gets. */
  filename: text,
  title: translated(text),
  licence: z.enum(licences),
  licenceNote: translated(text),
})

export const toolkitSchema = z.object({
  id,
  translations: translated(
    z.object({
      name: text,
      slug,
      description: z.string(),
      guidelines: richTextSchema.nullable(),
      /** The whole toolkit as one zip, with a README in this language. */
      zip: download,
    }),
  ),
  colours: z
    .array(
      z.object({
        name: translated(text),
        hex: z.string().regex(/^#[0-9A-F]{6}$/),
        cmyk: z.string().nullable(),
        pantone: z.string().nullable(),
        role: z.enum(['primary', 'accent', 'background', 'text']),
      }),
    )
    .min(1),
  typography: z.array(
    z.object({
      family: text,
      usage: z.enum(['heading', 'body']),
      weights: z.string(),
      fallback: z.string(),
      licenceNote: translated(text),
      /** Only files whose licence lets them be passed on… */
      files: z.array(toolkitFileSchema),
      /** …so the page can say when the font has to be licensed elsewhere. */
      filesWithheld: z.boolean(),
    }),
  ),
  logos: z.array(
    z.object({
      label: translated(text),
      background: z.enum(['light', 'dark']),
      file: toolkitFileSchema,
      /** The logo's own size, so its <img> holds its box before the file arrives. */
      width: z.int().positive(),
      height: z.int().positive(),
      /** PNG renditions made from the SVG, narrowest first. */
      renditions: z.array(
        download.extend({ width: z.int().positive(), height: z.int().positive() }),
      ),
    }),
  ),
  imageBank: z.array(id),
  templates: z.array(toolkitFileSchema),
  updatedAt: isoDate,
})

const heading = z.string()

/** The sections a campaign landing page is built from, in the editor's order. */
export const campaignBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('hero'), heading: text, text: z.string(), image: id.nullable() }),
  z.object({
    type: z.literal('keyFigures'),
    heading,
    figures: z.array(z.object({ value: text, label: text })).min(1),
  }),
  z.object({ type: z.literal('storyTeasers'), heading, stories: z.array(id) }),
  z.object({ type: z.literal('employerTeasers'), heading, employers: z.array(id) }),
  z.object({ type: z.literal('eventTeaser'), heading, event: id.nullable() }),
  z.object({
    type: z.literal('callToAction'),
    heading: text,
    text: z.string(),
    label: text,
    href: z.string().regex(/^(\/(?!\/)|https:\/\/)/, 'a path on this site or an https:// address'),
  }),
  z.object({
    type: z.literal('faq'),
    heading,
    items: z.array(z.object({ question: text, answer: text })).min(1),
  }),
  z.object({
    type: z.literal('interestForm'),
    heading: text,
    intro: z.string(),
    askPartnerProfession: z.boolean(),
    consent: text,
  }),
])

/**
 * What the campaign's hero button leads to. Older snapshots have none: the form where the page
 * has one, else open positions.
 */
const primaryActionSchema = z.object({
  type: z.enum(campaignActions),
  /** For open positions: the job list narrowed to this place (a municipality id) or industry. */
  municipality: id.nullable(),
  industry: z.enum(industries).nullable(),
  event: id.nullable(),
  href: z
    .string()
    .regex(/^(\/(?!\/)|https:\/\/)/, 'a path on this site or an https:// address')
    .nullable(),
})

export const campaignSchema = z.object({
  id,
  defaultLocale: localeSchema,
  primaryAction: primaryActionSchema.default({
    type: 'form',
    municipality: null,
    industry: null,
    event: null,
    href: null,
  }),
  startsOn: isoDate,
  endsOn: isoDate,
  /** Ended when the snapshot was made: the landing page shows the follow-up. */
  ended: z.boolean(),
  translations: translated(
    z.object({
      title: text,
      slug,
      description: z.string(),
      /** The campaign's name in the site's menu while it runs. */
      menuLabel: z.string().default(''),
      /** The hero button's words; empty: the site's words for the action. */
      actionLabel: z.string().default(''),
      blocks: z.array(campaignBlockSchema),
      followUp: z.object({ heading: z.string(), body: richTextSchema.nullable() }),
    }),
  ),
  updatedAt: isoDate,
})

/** A printed or shown placement: its code leads to its campaign (or a page of its own). */
export const placementSchema = z.object({
  code: z.string().regex(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/),
  medium: z.enum(placementMedia),
  /** Null when the campaign is unpublished or deleted: the code then leads home. */
  campaign: id.nullable(),
  target: z.string().nullable(),
})

export const redirectSchema = z.object({ from: z.string(), to: z.string() })

const colourSchema = z.object({
  name: translated(text),
  hex: z.string().regex(/^#[0-9A-Fa-f]{6}$/),
  role: z.enum(['primary', 'accent', 'background', 'text']),
})

export const graphicProfileSchema = z.object({
  toolkitId: id,
  colours: z.array(colourSchema).min(1),
  typography: z.array(
    z.object({ family: text, usage: z.enum(['heading', 'body']), fallback: z.string() }),
  ),
})

export const settingsSchema = z.object({
  translations: z.record(
    localeSchema,
    z.object({
      siteName: text,
      tagline: z.string(),
      footerText: z.string(),
      navigation: z.array(
        z.object({
          label: text,
          target: z.enum(['home', 'stories', 'employers', 'jobs', 'events', 'search', 'external']),
          url: url.nullable(),
        }),
      ),
      privacyStatement: richTextSchema.nullable(),
      accessibilityStatement: richTextSchema.nullable(),
    }),
  ),
  contact: z.object({
    organisation: z.string(),
    email: z.string(),
    phone: z.string(),
    address: z.string(),
  }),
  defaultSocialImage: id.nullable(),
  /** The story an editor chose to lead the home page; null: the newest leads. */
  homeStory: id.nullable().default(null),
})

export const snapshotSchema = z.object({
  version: z.literal(snapshotVersion),
  generatedAt: isoDate,
  defaultLocale: z.literal(defaultLocale),
  locales: z.array(localeSchema).min(1),
  settings: settingsSchema,
  /**
   * The CMS's public address: partners log in there, the interest form posts there and landing
   * pages report visits there. Null when the CMS is not reachable from the internet.
   */
  cmsUrl: url.nullable(),
  graphicProfile: graphicProfileSchema.nullable(),
  media: z.array(mediaSchema),
  municipalities: z.array(municipalitySchema),
  stories: z.array(storySchema),
  employers: z.array(employerSchema),
  // Older snapshots have no jobs; they read as none.
  jobs: z.array(jobSchema).default([]),
  events: z.array(eventSchema),
  toolkits: z.array(toolkitSchema),
  campaigns: z.array(campaignSchema),
  placements: z.array(placementSchema),
  redirects: z.array(redirectSchema),
})

export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotMedia = z.infer<typeof mediaSchema>
export type SnapshotMediaFile = z.infer<typeof mediaFile>
export type SnapshotStory = z.infer<typeof storySchema>
export type SnapshotEmployer = z.infer<typeof employerSchema>
export type SnapshotJob = z.infer<typeof jobSchema>
export type SnapshotEvent = z.infer<typeof eventSchema>
export type SnapshotMunicipality = z.infer<typeof municipalitySchema>
export type SnapshotToolkit = z.infer<typeof toolkitSchema>
export type SnapshotToolkitFile = z.infer<typeof toolkitFileSchema>
export type SnapshotDownload = z.infer<typeof download>
export type SnapshotCampaign = z.infer<typeof campaignSchema>
export type SnapshotCampaignBlock = z.infer<typeof campaignBlockSchema>
export type SnapshotCampaignAction = z.infer<typeof primaryActionSchema>
export type SnapshotPlacement = z.infer<typeof placementSchema>
export type SnapshotSettings = z.infer<typeof settingsSchema>
export type GraphicProfile = z.infer<typeof graphicProfileSchema>
export type { Locale }
