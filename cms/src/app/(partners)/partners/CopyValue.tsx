'use client'
import React, { useState } from 'react'

/**
 * A colour code and the button that copies it, as on the public toolkit page: the value stays
 * selectable text, the button says for screen readers what it copies and then that it did.
 */
export function CopyValue({
  value,
  label,
  copied,
}: {
  value: string
  /** "Kopier Falurød HEX": what the button copies, for screen readers. */
  label: string
  /** "#8E2A1F er kopiert": what is announced once it has. */
  copied: string
}) {
  const [done, setDone] = useState(false)
  async function copy() {
    await navigator.clipboard.writeText(value)
    setDone(true)
    setTimeout(() => setDone(false), 2000)
  }
  return (
    <span className="copy-value">
      <code>{value}</code>
      <button type="button" className="copy-button" aria-label={label} onClick={() => void copy()}>
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <path fill="none" stroke="currentColor" strokeWidth="2" d="M9 9h10v12H9zM5 15H4V3h11v1" />
        </svg>
      </button>
      <span className="copy-value__done" role="status">
        {done ? copied : ''}
      </span>
    </span>
  )
}
