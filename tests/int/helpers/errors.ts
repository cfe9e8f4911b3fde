import { ValidationError } from 'payload'

/** The field errors a rejected operation reports, as `path: message` lines; [] if it succeeded. */
export async function fieldErrors(operation: Promise<unknown>): Promise<string[]> {
  try {
    await operation
    return []
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return error.data.errors.map(({ path, message }) => `${path}: ${message}`)
  }
}
