import '@fontsource-variable/source-sans-3/wght.css'
import '@fontsource-variable/source-serif-4/wght.css'
import React from 'react'

import './partners.css'

export const metadata = {
  title: 'Partner toolkits · Talentregion',
  robots: { index: false, follow: false },
}

/**
 * The partner portal's own document: plain HTML, the public site's typefaces (served from here)
 * and one stylesheet, no admin bundle.
 */
export default function PartnersLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nb">
      <body>{children}</body>
    </html>
  )
}
