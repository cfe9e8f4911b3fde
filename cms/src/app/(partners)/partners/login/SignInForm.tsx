'use client'
import React, { useState } from 'react'

interface Props {
  language: string
  text: { email: string; password: string; signIn: string; signingIn: string; failed: string }
}

/**
 * Signs in through the CMS's own login endpoint (with its rate limits and lockout) and goes to
 * the portal; a refusal is shown as the endpoint words it, in the page's language.
 */
export function SignInForm({ language, text }: Props) {
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function signIn(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setBusy(true)
    setError(null)
    const response = await fetch('/api/users/login', {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ email: form.get('email'), password: form.get('password') }),
    }).catch(() => null)
    if (response?.ok) {
      window.location.assign(`/partners?lang=${language}`)
      return
    }
    const body = (await response?.json().catch(() => null)) as {
      errors?: { message?: string }[]
    } | null
    setError(response?.status === 429 ? (body?.errors?.[0]?.message ?? text.failed) : text.failed)
    setBusy(false)
  }

  return (
    <form className="sign-in__form" onSubmit={(event) => void signIn(event)}>
      <label>
        {text.email}
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        {text.password}
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="sign-in__error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? text.signingIn : text.signIn}
      </button>
    </form>
  )
}
