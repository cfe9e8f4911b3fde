import config from '@payload-config'
import { headers as requestHeaders } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { hasRole, isStaffUser } from '../../../access/roles'
import { LanguageSwitch } from './LanguageSwitch'
import { loadToolkits } from './loadToolkits'
import { pickLanguage } from './pickLanguage'
import { SignOutButton } from './SignOutButton'
import { portalStrings } from './strings'
import { ToolkitSection } from './ToolkitSection'

export const dynamic = 'force-dynamic'

/**
 * The partner portal: every toolkit a logged-in partner (or editor) may see, partner-only ones
 * included, with downloads that go through the access-checked, counted download endpoint.
 */
export default async function PartnerPortal({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const headers = await requestHeaders()
  const payload = await getPayload({ config })
  // A locked account has no session any more (auth/sessionStrategy.ts): `user` is null then.
  const { user } = await payload.auth({ headers })
  const language = pickLanguage((await searchParams).lang, headers.get('accept-language') ?? '')
  if (!user || !(isStaffUser(user) || hasRole(user, 'partner')))
    redirect(`/partners/login?lang=${language}`)
  const text = portalStrings[language]
  const toolkits = await loadToolkits(payload, user, language)

  return (
    <main lang={language}>
      <header className="portal">
        <h1>{text.title}</h1>
        <div className="portal__tools">
          <LanguageSwitch language={language} />
          <SignOutButton language={language} label={text.signOut} />
        </div>
      </header>
      <p>{text.intro}</p>
      {toolkits.length === 0 && <p>{text.none}</p>}
      {toolkits.map((view) => (
        <ToolkitSection key={view.toolkit.id} view={view} language={language} />
      ))}
    </main>
  )
}
