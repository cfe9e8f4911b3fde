import type { CollectionConfig } from 'payload'

import { redirectTargetProblem } from '@talentregion/shared/redirects'

import { anyone } from '../access/anyone'
import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { isStaff } from '../access/isStaff'
import { rebuildAfterChange, rebuildAfterDelete } from '../hooks/rebuildSite'
import { adminText } from '../i18n/adminText'

const pathField = (name: 'from' | 'to', description: string) => ({
  name,
  type: 'text' as const,
  required: true,
  admin: { description },
  validate: (value: unknown) => {
    const problem = redirectTargetProblem(typeof value === 'string' ? value : '')
    return problem ? `The path ${problem}.` : true
  },
})

/**
 * Short, printable addresses (/jobb, /flytt) that lead to a page of the site. Checked when
 * saved (paths of this site only) and again at build (no loops, no hiding an existing page).
 */
export const Redirects: CollectionConfig = {
  slug: 'redirects',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'from',
    defaultColumns: ['from', 'to'],
    group: adminText('group.campaigns'),
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { afterChange: [rebuildAfterChange], afterDelete: [rebuildAfterDelete] },
  fields: [
    pathField('from', 'The short address, e.g. /jobb'),
    pathField('to', 'A page of this site, e.g. /nb/arbeidsgivere/'),
  ],
}
