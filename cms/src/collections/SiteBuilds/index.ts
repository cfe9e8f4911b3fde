import type { CollectionConfig, FieldHook, PayloadRequest } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import type { SiteBuild } from '../../payload-types'
import { buildCauses, buildSummary } from './hooks/buildSummary'
import { startBuildOrRollback } from './hooks/startBuildOrRollback'
import { adminText } from '../../i18n/adminText'
import { message } from '../../config/adminMessages'
import { defaultLocale } from '@talentregion/shared/locales'

/** Rebuild and roll back are choices of a new build; a build that exists only reports. */
const beingCreated = (data: Partial<{ createdAt: string }> | undefined) => !data?.createdAt

/** What a build reports appears once it exists; the form for a new one asks only what to do. */
const reported = (data: Partial<{ createdAt: string }> | undefined) => !beingCreated(data)

/** "12,3 s" in the admin's language; a dash while the build has not finished. */
const durationInSeconds: FieldHook<SiteBuild, string | undefined> = ({ siblingData, req }) => {
  const ms = (siblingData as Partial<SiteBuild>).durationMs
  if (typeof ms !== 'number') return '–'
  return new Intl.NumberFormat(req.i18n?.language ?? defaultLocale, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(ms / 1000)
}

const statuses = ['queued', 'running', 'succeeded', 'failed']

/**
 * The public site's builds: what started each one, how it went, and the release it made.
 * Creating one is "Rebuild now"; creating one with a release to roll back to makes that
 * release live again at once.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'createdAt',
    listSearchableFields: ['releaseId', 'error'],
    defaultColumns: ['createdAt', 'status', 'summary', 'duration', 'pages', 'releaseId'],
    group: adminText('group.administration'),
    components: { beforeListTable: ['/components/BuildsAutoRefresh#BuildsAutoRefresh'] },
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: isStaff, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [startBuildOrRollback] },
  fields: [
    {
      name: 'action',
      type: 'radio',
      required: true,
      defaultValue: 'build',
      options: ['build', 'rollback'],
      admin: { condition: beingCreated },
    },
    {
      name: 'rollbackTo',
      type: 'relationship',
      relationTo: 'site-builds',
      filterOptions: { status: { equals: 'succeeded' }, releaseId: { exists: true } },
      admin: { condition: (data) => beingCreated(data) && data?.action === 'rollback' },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: Partial<{ action: string }>; req: PayloadRequest },
      ) => (siblingData.action === 'rollback' && !value ? message(req, 'rollbackTarget') : true),
    },
    {
      name: 'confirmPageLoss',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        condition: (data) => beingCreated(data) && data?.action !== 'rollback',
      },
    },
    {
      name: 'status',
      type: 'select',
      options: statuses,
      defaultValue: 'queued',
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, condition: reported },
      hooks: { afterRead: [buildSummary] },
    },
    {
      name: 'cause',
      type: 'select',
      options: [...buildCauses],
      admin: { hidden: true },
    },
    {
      name: 'change',
      type: 'json',
      admin: { hidden: true },
    },
    {
      name: 'changes',
      type: 'number',
      defaultValue: 1,
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'startedAt',
      type: 'date',
      admin: {
        readOnly: true,
        condition: reported,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'finishedAt',
      type: 'date',
      admin: {
        readOnly: true,
        condition: reported,
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
      },
    },
    {
      name: 'durationMs',
      type: 'number',
      admin: { hidden: true },
    },
    {
      name: 'duration',
      type: 'text',
      virtual: true,
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
      hooks: { afterRead: [durationInSeconds] },
    },
    {
      name: 'pages',
      type: 'number',
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'releaseId',
      type: 'text',
      index: true,
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    // Which process built it (host, process id): with several CMS instances and workers, where
    // to look for its logs. A text area, so a long host name wraps instead of being cut off.
    {
      name: 'builtBy',
      type: 'textarea',
      admin: { readOnly: true, condition: reported, position: 'sidebar', rows: 2 },
    },
    {
      name: 'error',
      type: 'textarea',
      admin: { readOnly: true, condition: reported },
    },
    {
      name: 'log',
      type: 'textarea',
      admin: { readOnly: true, condition: reported },
    },
  ],
}
