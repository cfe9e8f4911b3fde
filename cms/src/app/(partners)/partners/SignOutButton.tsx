'use client'
import React from 'react'

/** Ends the session through the CMS's logout endpoint and returns to the portal's sign-in. */
export function SignOutButton({ language, label }: { language: string; label: string }) {
  async function signOut() {
    await fetch('/api/users/logout', { method: 'POST', credentials: 'include' }).catch(() => null)
    window.location.assign(`/partners/login?lang=${language}`)
  }
  return (
    <button type="button" className="sign-out" onClick={() => void signOut()}>
      {label}
    </button>
  )
}
