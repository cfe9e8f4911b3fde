/** Talentregion's mark: the same T on green as the public site's favicon. */
export function Icon() {
  return (
    <svg
      className="talentregion-icon"
      viewBox="0 0 64 64"
      width="18"
      height="18"
      aria-hidden="true"
    >
      <rect width="64" height="64" rx="14" fill="#0B5D4B" />
      <path d="M18 20h28v7H35.5v23h-7V27H18z" fill="#fff" />
    </svg>
  )
}
