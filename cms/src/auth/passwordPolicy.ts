import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { message } from '../config/adminMessages'

/** ASVS 5.0 level 1: at least 12 characters, at least 64 allowed, no common passwords. */
export const passwordLength = { min: 12, max: 256 } as const

const strength = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary },
  graphs: common.adjacencyGraphs,
})

/** Why a password is refused, in the caller's language, or null when it may be used. */
export function passwordProblem(
  password: string,
  req?: Pick<PayloadRequest, 'i18n'>,
): string | null {
  if ([...password].length < passwordLength.min)
    return message(req, 'passwordTooShort', { min: passwordLength.min })
  if ([...password].length > passwordLength.max)
    return message(req, 'passwordTooLong', { max: passwordLength.max })
  // Score 3 means more than 10^8 guesses: beyond the common-password lists and their variants
  // (password123456, qwertyuiopas, aaaaaaaaaaaa).
  if (strength.check(password).score < 3) return message(req, 'passwordCommon')
  return null
}

/**
 * An APIError rather than a ValidationError: the admin shows its message as it is, so the editor
 * reads the rule, not "the following field is invalid: password". Named outright, since a
 * minified build loses class names and Payload then answers "An unknown error occurred."
 */
class PasswordRefused extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'PasswordRefused'
  }
}

/** Checks every new password — account created, password changed or reset — before Payload hashes it. */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (typeof password !== 'string') return args
  const problem = passwordProblem(password, req)
  if (problem) throw new PasswordRefused(problem)
  return args
}
