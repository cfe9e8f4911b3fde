import type { CollectionConfig, PayloadRequest } from 'payload'

import { defaultLocale, locales } from '@talentregion/shared/locales'

import { hiddenFromPartners } from '../access/hiddenFromPartners'
import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin } from '../access/isAdmin'
import { isAdminField } from '../access/isAdminField'
import { roles } from '../access/roles'
import { message } from '../config/adminMessages'
import { endSessionsOnChange, notePasswordChange } from '../auth/endSessions'
import { login } from '../auth/login'
import { enforcePasswordPolicy } from '../auth/passwordPolicy'
import { sessionStrategy } from '../auth/sessionStrategy'
import { authCookies } from '../config/server'
import { adminText } from '../i18n/adminText'
import { inviteNewUser } from '../auth/inviteUser'
import { requireEmail } from '../auth/requireEmail'
import { resetMail } from '../email/resetMail'

/** People who log in: admins, editors and partner companies' designers. */
export const Users: CollectionConfig = {
  slug: 'users',
  admin: {
    hidden: hiddenFromPartners,
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role', 'employer'],
    group: adminText('group.administration'),
  },
  auth: {
    // Five wrong passwords lock the account for ten minutes; only an admin can unlock it sooner.
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: authCookies,
    strategies: [sessionStrategy],
    forgotPassword: {
      generateEmailSubject: (args) => resetMail(args).subject,
      generateEmailHTML: (args) => resetMail(args).html,
    },
  },
  endpoints: [login],
  hooks: {
    beforeOperation: [enforcePasswordPolicy, requireEmail],
    beforeChange: [notePasswordChange],
    afterChange: [endSessionsOnChange, inviteNewUser],
  },
  access: {
    admin: ({ req: { user } }) => Boolean(user),
    create: isAdmin,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'language',
      type: 'select',
      defaultValue: defaultLocale,
      options: [...locales],
      admin: { position: 'sidebar' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: [...roles],
      access: { create: isAdminField, update: isAdminField },
    },
    {
      name: 'employer',
      type: 'relationship',
      relationTo: 'employers',
      admin: {
        condition: (_, siblingData) => siblingData?.role === 'partner',
      },
      access: { create: isAdminField, update: isAdminField },
      validate: (
        value: unknown,
        { siblingData, req }: { siblingData: Partial<{ role: string }>; req: PayloadRequest },
      ) => (siblingData.role === 'partner' && !value ? message(req, 'partnerEmployer') : true),
    },
  ],
}
