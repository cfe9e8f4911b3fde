import { ValidationError } from 'payload'

/** A rejected upload: an error on the `file` field that says what is wrong and how to fix it. */
export function uploadError(message: string, collection: string): ValidationError {
  return new ValidationError({ collection, errors: [{ path: 'file', message }] })
}
