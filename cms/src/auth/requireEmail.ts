import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { message } from '../config/adminMessages'
import { emailConfigured } from '../email/smtp'

/** A reset link sent on request works for one hour, whatever the request asks for. */
export const resetLinkMs = 60 * 60 * 1000

/**
 * "Forgot password" says plainly when this server cannot send mail, instead of answering as
 * if a mail were on its way; and a reset link sent on request always expires within the hour
 * (invitations, made with the mail turned off here, set their own longer expiry).
 */
export const requireEmail: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args
  const { disableEmail } = args as { disableEmail?: boolean }
  if (disableEmail) return args
  if (!emailConfigured()) {
    throw new APIError(message(req, 'emailNotConfigured'), 503, undefined, true)
  }
  return { ...args, expiration: resetLinkMs }
}
