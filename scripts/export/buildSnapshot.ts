import fs from 'node:fs/promises'
import path from 'node:path'

import { defaultLocale, locales } from '@talentregion/shared/locales'
import { relationId } from '@talentregion/shared/relationId'
import { parseSnapshot } from '@talentregion/shared/schemas/parseSnapshot'
import { snapshotVersion, type Snapshot } from '@talentregion/shared/schemas/snapshot'

import { readCampaigns, readPlacements, keepExportedCampaignImages } from './campaigns'
import { keepExportedEmployerImages, readEmployer } from './employers'
import { keepExportedEventImages, readEvent } from './events'
import { asText, published } from './fields'
import { readJobs } from './jobs'
import { readGraphicProfile } from './graphicProfile'
import { exportMedia } from './media'
import { readMunicipality } from './municipalities'
import { keepExportedSettings, readSettings } from './settings'
import type { ContentSource } from './source'
import { keepExportedStoryImages, readStory } from './stories'
import type { UploadCache } from './uploadCache'
import { packToolkits, readToolkits } from './toolkits'

/**
 * Reads everything the public site shows from a content source, copies the media files it uses
 * (named by content hash, so they can be cached for ever) and writes a validated snapshot.json.
 * Relations to anything not exported (drafts, deleted documents, expired pictures) are dropped,
 * never left dangling.
 */
export async function buildSnapshot(
  source: ContentSource,
  outDir: string,
  /** Image files kept from earlier exports (see UploadCache); without it every one is read. */
  uploadCache: UploadCache | null = null,
): Promise<Snapshot> {
  const [storyDocs, employerDocs, eventDocs, placeDocs, jobDocs] = await Promise.all([
    source.findAll('stories', published),
    source.findAll('employers', published),
    source.findAll('events', published),
    source.findAll('municipalities'),
    // Access hides them from visitors already; said again for an export that reads as staff.
    source.findAll('jobs', { hidden: { not_equals: true } }),
  ])
  const wantedMedia = new Set<string>()
  const useImage = (value: unknown) => {
    const id = relationId(value)
    if (id) wantedMedia.add(id)
    return id
  }
  const ids = (docs: { id: string | number }[]) => new Set(docs.map((doc) => String(doc.id)))
  const exported = { stories: ids(storyDocs), employers: ids(employerDocs), events: ids(eventDocs) }

  const stories = storyDocs.map((doc) => readStory(doc, useImage, exported.employers))
  const employers = employerDocs.map((doc) => readEmployer(doc, useImage, exported.stories))
  const events = eventDocs.map((doc) => readEvent(doc, useImage))
  const jobs = readJobs(jobDocs, exported.employers)
  const { settings, leadConsent, graphicProfileToolkit } = await readSettings(source, useImage)
  const graphicProfile = await readGraphicProfile(source, graphicProfileToolkit)
  const today = new Date().toISOString().slice(0, 10)
  const campaigns = await readCampaigns(source, exported, useImage, leadConsent, today)
  const placements = await readPlacements(source, new Set(campaigns.map((item) => item.id)))
  const redirects = (await source.findAll('redirects')).map((doc) => ({
    from: asText(doc.from),
    to: asText(doc.to),
  }))

  await fs.rm(outDir, { recursive: true, force: true })
  await fs.mkdir(path.join(outDir, 'media'), { recursive: true })
  await fs.mkdir(path.join(outDir, 'files'), { recursive: true })
  const toolkitDrafts = await readToolkits(source, outDir, useImage)
  const { media, images } = await exportMedia(source, wantedMedia, today, outDir, uploadCache)
  for (const story of stories) keepExportedStoryImages(story, images)
  for (const employer of employers) keepExportedEmployerImages(employer, images)
  for (const event of events) keepExportedEventImages(event, images)
  keepExportedSettings(settings, images, exported.stories)
  for (const campaign of campaigns) keepExportedCampaignImages(campaign, images)
  const toolkits = await packToolkits(toolkitDrafts, media, outDir)

  const snapshot = parseSnapshot({
    version: snapshotVersion,
    generatedAt: new Date().toISOString(),
    defaultLocale,
    locales: [...locales],
    settings,
    cmsUrl: source.cmsUrl?.replace(/\/$/, '') ?? null,
    graphicProfile,
    media,
    municipalities: placeDocs.map(readMunicipality),
    stories,
    employers,
    jobs,
    events,
    toolkits,
    campaigns,
    placements,
    redirects,
  })
  await fs.writeFile(path.join(outDir, 'snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`)
  await uploadCache?.save()
  return snapshot
}
