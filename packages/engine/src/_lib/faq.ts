import type { FaqSection } from '../model'
import type { FaqItem } from '../types'
import { arrayOr } from './normalize'
import { cleanParagraphs, cleanText } from './text'

/** Items with both a question and an answer, cleaned. */
export function cleanFaq(items: readonly FaqItem[] | null | undefined): FaqItem[] {
  const out: FaqItem[] = []
  for (const item of arrayOr(items)) {
    if (!item || typeof item !== 'object') continue
    const question = cleanText(item.question)
    const answer = cleanParagraphs(item.answer)
    if (question && answer) out.push({ question, answer })
  }
  return out
}

/** Pushes a section unless it has no items. */
export function pushSection(sections: FaqSection[], standard: string | null, heading: string, items: FaqItem[]): void {
  if (items.length > 0) sections.push({ standard, heading, items })
}
