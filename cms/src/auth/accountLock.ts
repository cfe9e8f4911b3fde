/** Whether an account's lock (Payload's `lockUntil`) is still in force. */
export const isLocked = (lockUntil: unknown): boolean =>
  typeof lockUntil === 'string' && new Date(lockUntil).getTime() > Date.now()
