import config from '@payload-config'
import { headers as requestHeaders } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React from 'react'

import { hasRole, isStaffUser } from '../../../../access/roles'
import { LanguageSwitch } from '../LanguageSwitch'
import { pickLanguage } from '../pickLanguage'
import { portalStrings } from '../strings'
import { SignInForm } from './SignInForm'

export const dynamic = 'force-dynamic'

/**
 * The partners' own way in: the product's look, in the partner's language (the browser's, or the
 * one chosen here), and straight to the portal after; partners never see the editors' admin.
 */
export default async function PartnerSignIn({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>
}) {
  const headers = await requestHeaders()
  const language = pickLanguage((await searchParams).lang, headers.get('accept-language') ?? '')
  const { user } = await (await getPayload({ config })).auth({ headers })
  if (isStaffUser(user) || hasRole(user, 'partner')) redirect(`/partners?lang=${language}`)
  const text = portalStrings[language]
  return (
    <main lang={language} className="sign-in">
      <header className="portal">
        <a className="brand" href={`/partners/login?lang=${language}`}>
          <svg viewBox="0 0 64 64" width="40" height="40" aria-hidden="true">
            <rect width="64" height="64" rx="14" fill="#0B5D4B" />
            <path d="M18 20h28v7H35.5v23h-7V27H18z" fill="#fff" />
          </svg>
          Talentregion
        </a>
        <LanguageSwitch language={language} />
      </header>
      <section className="sign-in__card">
        <h1>{text.signInTitle}</h1>
        <p>{text.signInIntro}</p>
        <SignInForm
          language={language}
          text={{
            email: text.email,
            password: text.password,
            signIn: text.signIn,
            signingIn: text.signingIn,
            failed: text.signInFailed,
          }}
        />
        <p>
          <a href="/admin/forgot">{text.forgot}</a>
        </p>
      </section>
    </main>
  )
}
