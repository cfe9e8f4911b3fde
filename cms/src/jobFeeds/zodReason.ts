import type { z } from 'zod'

/** A zod failure in a line an editor can read: "ad_content.title: Too small…; employer: Required". */
export function zodReason(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`)
    .join('; ')
}
