import type { CollectionConfig } from 'payload'

import { jobSources } from '@talentregion/shared/jobSources'

import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { adminText } from '../i18n/adminText'
import { syncJobFeedsEndpoint } from '../jobFeeds/syncEndpoint'

const shown = { readOnly: true } as const

/**
 * Each configured job feed's state, written by the job sync: where it stopped (so the next run
 * reads only what changed since), and what its last run read, matched, skipped and why.
 */
export const JobFeeds: CollectionConfig = {
  slug: 'job-feeds',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'name',
    defaultColumns: ['name', 'lastRunAt', 'outcome', 'read', 'matched', 'removed', 'skipped'],
    group: adminText('group.administration'),
    components: { beforeList: ['/components/SyncJobFeeds#SyncJobFeeds'] },
  },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  endpoints: [syncJobFeedsEndpoint],
  fields: [
    { name: 'source', type: 'select', required: true, unique: true, options: [...jobSources] },
    // The feed's name for the list and the page title ("NAV", "Arbetsförmedlingen").
    { name: 'name', type: 'text', admin: { hidden: true } },
    {
      type: 'row',
      fields: [
        {
          name: 'lastRunAt',
          type: 'date',
          admin: { ...shown, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'lastSuccessAt',
          type: 'date',
          admin: { ...shown, date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'outcome', type: 'select', options: ['ok', 'unchanged', 'failed'], admin: shown },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'read', type: 'number', admin: shown },
        { name: 'matched', type: 'number', admin: shown },
        { name: 'removed', type: 'number', admin: shown },
        { name: 'skipped', type: 'number', admin: shown },
      ],
    },
    { name: 'error', type: 'textarea', admin: shown },
    {
      // The last run's skipped items, at most a page of them: enough to see what goes wrong.
      name: 'skippedItems',
      type: 'array',
      admin: { ...shown, initCollapsed: true },
      fields: [
        { name: 'itemId', type: 'text' },
        { name: 'reason', type: 'text' },
      ],
    },
    // Where the feed stopped: NAV's page id and ETag, JobStream's last change time.
    { name: 'cursor', type: 'json', admin: { hidden: true } },
  ],
}
