import type { RelationType } from '../types'
import { cleanText } from '../_lib/text'

const VERBS: Record<RelationType, string> = {
  extends: 'extends',
  'builds-on': 'builds on',
  'maps-to': 'maps to',
  replaces: 'replaces',
  complements: 'complements',
  'takes-precedence': 'takes precedence over',
}

/**
 * @name relationSentence
 * @summary Say how one standard stands to another.
 *
 * @param fromName - The standard holding the link
 * @param relation - The kind of link
 * @param toName - The linked standard
 * @returns A sentence without final punctuation (an unknown relation reads "relates to")
 *
 * @example
 * relationSentence('ISO 27701', 'extends', 'ISO 27001') //=> 'ISO 27701 extends ISO 27001'
 * relationSentence('NIST CSF 2.0', 'builds-on', 'NIST CSF 1.1') //=> 'NIST CSF 2.0 builds on NIST CSF 1.1'
 * relationSentence('DORA', 'takes-precedence', 'NIS2') //=> 'DORA takes precedence over NIS2'
 */
export function relationSentence(fromName: string, relation: RelationType, toName: string): string {
  const verb = typeof relation === 'string' && Object.hasOwn(VERBS, relation) ? VERBS[relation] : 'relates to'
  return [cleanText(fromName), verb, cleanText(toName)].filter((part) => part.length > 0).join(' ')
}
