'use client'
import { useDocumentInfo } from '@payloadcms/ui'

/** In a placement's edit view: the QR code to preview and download for print. */
export function PlacementQrCodes() {
  const { id } = useDocumentInfo()
  if (!id) return <p>QR codes appear once the placement is saved.</p>
  const base = `/api/placements/${id}/qr`
  return (
    <div className="placement-qr">
      <img src={`${base}/svg`} alt="QR code" width={160} height={180} />
      <p>
        <a href={`${base}/svg`} download>
          SVG
        </a>
        {' · '}
        <a href={`${base}/png`} download>
          PNG (2400 px)
        </a>
        {' · '}
        <a href={`${base}/pdf`} download>
          PDF
        </a>
      </p>
    </div>
  )
}
