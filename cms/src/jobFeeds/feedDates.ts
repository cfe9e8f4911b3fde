/**
 * A deadline as the feeds write it: an ISO date or time, or a Norwegian "15.12.2026"; anything
 * else ("Snarest", "Løpende") is kept as words.
 */
export function readDeadline(value: string | null | undefined): {
  deadline: string | null
  deadlineText: string | null
} {
  const text = value?.trim()
  if (!text) return { deadline: null, deadlineText: null }
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : norwegian
      ? [norwegian[3], norwegian[2]!.padStart(2, '0'), norwegian[1]!.padStart(2, '0')]
      : []
  const date = year ? new Date(`${year}-${month}-${day}T00:00:00Z`) : null
  if (!date || Number.isNaN(+date)) return { deadline: null, deadlineText: text }
  return { deadline: date.toISOString(), deadlineText: null }
}

/** A time the feed gives, as ISO, or null when it gives none or an unreadable one. */
export function isoTime(value: string | null | undefined): string | null {
  if (!value) return null
  const time = new Date(value)
  return Number.isNaN(+time) ? null : time.toISOString()
}
