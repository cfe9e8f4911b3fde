import type { PayloadRequest } from 'payload'

import { message } from '../config/adminMessages'

/** A date field that must not come before another date field of the same row. */
export const validateEndAfterStart =
  (startField: string) =>
  (
    value: unknown,
    { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest },
  ) => {
    if (!value) return message(req, 'endMissing')
    const start = siblingData[startField]
    if (typeof start === 'string' && new Date(value as string) < new Date(start))
      return message(req, 'endBeforeStart')
    return true
  }
