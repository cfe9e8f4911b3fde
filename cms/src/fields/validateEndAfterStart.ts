/** A date field that must not come before another date field of the same row. */
export const validateEndAfterStart =
  (startField: string) =>
  (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
    if (!value) return 'When does it end?'
    const start = siblingData[startField]
    if (typeof start === 'string' && new Date(value as string) < new Date(start))
      return 'The end is before the start: check the dates.'
    return true
  }
