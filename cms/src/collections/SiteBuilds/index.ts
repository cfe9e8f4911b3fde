import type { CollectionConfig, FieldHook } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { hiddenFromPartners } from '../../access/hiddenFromPartners'
import type { SiteBuild } from '../../payload-types'
import { startBuildOrRollback } from './hooks/startBuildOrRollback'

/** Rebuild and roll back are choices of a new build; a build that exists only reports. */
const beingCreated = (data: Partial<{ createdAt: string }> | undefined) => !data?.createdAt

/** What a build reports appears once it exists; the form for a new one asks only what to do. */
const reported = (data: Partial<{ createdAt: string }> | undefined) => !beingCreated(data)

/** "12,3 s" in the admin's language; a dash while the build has not finished. */
const durationInSeconds: FieldHook<SiteBuild, string | undefined> = ({ siblingData, req }) => {
  const ms = (siblingData as Partial<SiteBuild>).durationMs
  if (typeof ms !== 'number') return '–'
  return new Intl.NumberFormat(req.i18n?.language ?? 'nb', {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(ms / 1000)
}

const statuses = [
  { value: 'queued', label: { nb: 'I kø', sv: 'I kö', en: 'Queued' } },
  { value: 'running', label: { nb: 'Bygger', sv: 'Bygger', en: 'Building' } },
  { value: 'succeeded', label: { nb: 'Publisert', sv: 'Publicerad', en: 'Live' } },
  { value: 'failed', label: { nb: 'Feilet', sv: 'Misslyckades', en: 'Failed' } },
]

/**
 * The public site's builds: what started each one, how it went, and the release it made.
 * Creating one is "Rebuild now"; creating one with a release to roll back to makes that
 * release live again at once.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: {
    singular: { nb: 'Publisering', sv: 'Publicering', en: 'Site build' },
    plural: { nb: 'Publiseringer', sv: 'Publiceringar', en: 'Site builds' },
  },
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'trigger',
    defaultColumns: ['status', 'trigger', 'createdAt', 'duration', 'pages', 'releaseId'],
    group: { nb: 'Administrasjon', sv: 'Administration', en: 'Administration' },
    description: {
      nb: 'Nettstedet bygges av seg selv når noe publiseres. «Opprett ny» bygger på nytt nå, eller ruller tilbake til en tidligere versjon.',
      sv: 'Webbplatsen byggs av sig själv när något publiceras. ”Skapa ny” bygger om nu eller rullar tillbaka till en tidigare version.',
      en: 'The site rebuilds by itself when something is published. "Create new" rebuilds now, or rolls back to an earlier release.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: isStaff, create: isStaff, update: isAdmin, delete: isAdmin },
  hooks: { afterChange: [startBuildOrRollback] },
  fields: [
    {
      name: 'action',
      label: { nb: 'Handling', sv: 'Åtgärd', en: 'Action' },
      type: 'radio',
      required: true,
      defaultValue: 'build',
      options: [
        { value: 'build', label: { nb: 'Bygg nå', sv: 'Bygg nu', en: 'Rebuild now' } },
        { value: 'rollback', label: { nb: 'Rull tilbake', sv: 'Rulla tillbaka', en: 'Roll back' } },
      ],
      admin: { condition: beingCreated },
    },
    {
      name: 'rollbackTo',
      label: { nb: 'Rull tilbake til', sv: 'Rulla tillbaka till', en: 'Roll back to' },
      type: 'relationship',
      relationTo: 'site-builds',
      filterOptions: { status: { equals: 'succeeded' }, releaseId: { exists: true } },
      admin: { condition: (data) => beingCreated(data) && data?.action === 'rollback' },
      validate: (value: unknown, { siblingData }: { siblingData: Partial<{ action: string }> }) =>
        siblingData.action === 'rollback' && !value
          ? 'Choose the build whose release should go live again.'
          : true,
    },
    {
      name: 'confirmPageLoss',
      label: {
        nb: 'Bekreft at sider forsvinner',
        sv: 'Bekräfta att sidor försvinner',
        en: 'Confirm page loss',
      },
      type: 'checkbox',
      defaultValue: false,
      admin: {
        condition: (data) => beingCreated(data) && data?.action !== 'rollback',
        description: {
          nb: 'Publiser selv om mer enn en firedel av sidene forsvinner.',
          sv: 'Publicera även om mer än en fjärdedel av sidorna försvinner.',
          en: 'Publish even if more than a quarter of the pages would disappear.',
        },
      },
    },
    {
      name: 'status',
      label: { nb: 'Status', sv: 'Status', en: 'Status' },
      type: 'select',
      options: statuses,
      defaultValue: 'queued',
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'trigger',
      label: { nb: 'Årsak', sv: 'Orsak', en: 'Trigger' },
      type: 'text',
      admin: { readOnly: true, condition: reported },
    },
    {
      name: 'changes',
      label: { nb: 'Endringer', sv: 'Ändringar', en: 'Changes' },
      type: 'number',
      defaultValue: 1,
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'requestedBy',
      label: { nb: 'Startet av', sv: 'Startad av', en: 'Requested by' },
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'startedAt',
      label: { nb: 'Startet', sv: 'Startad', en: 'Started' },
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
      label: { nb: 'Ferdig', sv: 'Klar', en: 'Finished' },
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
      label: { nb: 'Varighet (ms)', sv: 'Tid (ms)', en: 'Duration (ms)' },
      type: 'number',
      admin: { hidden: true },
    },
    {
      name: 'duration',
      label: { nb: 'Varighet', sv: 'Tid', en: 'Duration' },
      type: 'text',
      virtual: true,
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
      hooks: { afterRead: [durationInSeconds] },
    },
    {
      name: 'pages',
      label: { nb: 'Sider', sv: 'Sidor', en: 'Pages' },
      type: 'number',
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'releaseId',
      label: { nb: 'Utgave', sv: 'Version', en: 'Release' },
      type: 'text',
      index: true,
      admin: { readOnly: true, condition: reported, position: 'sidebar' },
    },
    {
      name: 'error',
      label: { nb: 'Feil', sv: 'Fel', en: 'Error' },
      type: 'textarea',
      admin: { readOnly: true, condition: reported },
    },
    {
      name: 'log',
      label: { nb: 'Logg', sv: 'Logg', en: 'Log' },
      type: 'textarea',
      admin: { readOnly: true, condition: reported },
    },
  ],
}
