import type { CollectionConfig } from 'payload'

import { jobSources } from '@talentregion/shared/jobSources'
import { locales } from '@talentregion/shared/locales'

import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isStaff } from '../access/isStaff'
import { nobody } from '../access/nobody'
import { visibleJobs } from '../access/visibleJobs'
import { rebuildAfterChange } from '../hooks/rebuildSite'
import { adminText } from '../i18n/adminText'

/** What the feed gives: shown to editors, changed only by the next sync. */
const fromFeed = { readOnly: true } as const

/**
 * Open positions of the employers we profile, read from the public job feeds by the job sync
 * (`src/jobFeeds/`). One document per ad, keyed by its source and the source's id; an ad that
 * closes at the source is deleted. Editors can only hide a job from the site.
 */
export const Jobs: CollectionConfig = {
  slug: 'jobs',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'title',
    defaultColumns: ['title', 'employer', 'place', 'deadline', 'source', 'hidden'],
    group: adminText('group.content'),
    listSearchableFields: ['title', 'place'],
  },
  defaultSort: '-publishedAt',
  access: { read: visibleJobs, create: nobody, update: isStaff, delete: nobody },
  // Only the editors' "hide" reaches here through the API: the sync writes with builds off and
  // queues one build for all it changed.
  hooks: { afterChange: [rebuildAfterChange] },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
    {
      // First, above what the feed gives: it is the one thing an editor can change here.
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      admin: { components: { Cell: '/components/HiddenJobCell#HiddenJobCell' } },
    },
    { name: 'title', type: 'text', required: true, admin: fromFeed },
    {
      name: 'employer',
      type: 'relationship',
      relationTo: 'employers',
      required: true,
      index: true,
      admin: fromFeed,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'source',
          type: 'select',
          required: true,
          options: [...jobSources],
          admin: fromFeed,
        },
        { name: 'sourceId', type: 'text', required: true, admin: fromFeed },
        {
          name: 'language',
          type: 'select',
          required: true,
          options: [...locales],
          admin: fromFeed,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'place', type: 'text', admin: fromFeed },
        { name: 'municipalityCode', type: 'text', admin: fromFeed },
        { name: 'region', type: 'text', admin: fromFeed },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'publishedAt', type: 'date', admin: fromFeed },
        { name: 'deadline', type: 'date', admin: fromFeed },
        { name: 'deadlineText', type: 'text', admin: fromFeed },
      ],
    },
    { name: 'expiresAt', type: 'date', admin: fromFeed },
    { name: 'extent', type: 'text', admin: fromFeed },
    { name: 'applyUrl', type: 'text', admin: fromFeed },
    { name: 'adUrl', type: 'text', required: true, admin: fromFeed },
    { name: 'description', type: 'textarea', admin: fromFeed },
    { name: 'orgNumber', type: 'text', index: true, admin: fromFeed },
    { name: 'sourceUpdatedAt', type: 'date', admin: fromFeed },
  ],
}
