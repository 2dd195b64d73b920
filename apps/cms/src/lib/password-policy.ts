import { ZxcvbnFactory } from '@zxcvbn-ts/core'
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common'

/** Characters a password needs at least (Payload's own minimum is 3). */
export const MIN_PASSWORD_LENGTH = 12
/**
 * zxcvbn's score (0–4) a password needs at least: 3 is "safely unguessable" (about 10^8 guesses);
 * below it the password is, or is built from, entries of the common and breached password lists
 * @zxcvbn-ts/language-common ships (`password1234`, `iloveyou12345`, `qwertyuiop12` score 1).
 */
export const MIN_PASSWORD_SCORE = 3

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs })

/** Why a new password may not be used (a message for the password field), or null. */
export async function passwordProblem(password: string, userInputs: string[] = []): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`
  // Only the first 100 characters are rated: zxcvbn's matching grows with the length.
  const result = await zxcvbn.checkAsync(password.slice(0, 100), userInputs)
  if (result.score >= MIN_PASSWORD_SCORE) return null
  return 'This password is too easy to guess: it is, or is built from, a common or breached password. Add unrelated words.'
}
