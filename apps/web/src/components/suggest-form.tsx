import type { SuggestionField, SuggestionInput } from '@/lib/suggestions/validate'
import { MAX_EMAIL, MAX_SUGGESTION_TEXT } from '@/lib/suggestions/validate'

export interface SuggestOption {
  slug: string
  shortName: string
}

/** Where the form posts (app/api/suggestions/route.ts). */
export const SUGGEST_ACTION = '/api/suggestions'

/**
 * "Suggest a comparison": a plain HTML form POSTing to the site, so it needs no JavaScript and no
 * account. Two standards from the list, or a few words, or both; an email only if the visitor wants
 * an answer. What comes back after an error (`input`, `errors`) is rendered as text, escaped by React.
 * `website` is a trap for bots, hidden from people and from assistive technology.
 */
export function SuggestForm({
  idPrefix,
  standards,
  input,
  errors = {},
  heading = null,
}: {
  idPrefix: string
  standards: SuggestOption[]
  input?: Partial<SuggestionInput>
  errors?: Partial<Record<SuggestionField, string>>
  heading?: string | null
}) {
  const id = (name: string) => `${idPrefix}-${name}`
  const described = (name: SuggestionField, hint?: string) =>
    [errors[name] ? id(`${name}-error`) : null, hint ?? null].filter(Boolean).join(' ') || undefined
  const options = [...standards].sort((p, q) => p.shortName.localeCompare(q.shortName, 'en', { numeric: true }))
  const select = (name: 'a' | 'b', label: string) => (
    <div className="v-filter">
      <label htmlFor={id(name)}>{label}</label>
      <select id={id(name)} name={name} defaultValue={input?.[name] ?? ''} aria-describedby={described('pair')}>
        <option value="">(none)</option>
        {options.map((option) => (
          <option key={option.slug} value={option.slug}>
            {option.shortName}
          </option>
        ))}
      </select>
    </div>
  )
  return (
    <form className="v-suggest" action={SUGGEST_ACTION} method="post" aria-label={heading ?? 'Suggest a comparison'} data-suggest-form="">
      {heading ? <h3>{heading}</h3> : null}
      {options.length >= 2 ? (
        <>
          <div className="v-suggest__pair">
            {select('a', 'First standard')}
            {select('b', 'Second standard')}
          </div>
          {errors.pair ? (
            <p className="v-suggest__error" id={id('pair-error')}>
              {errors.pair}
            </p>
          ) : null}
        </>
      ) : null}
      <div className="v-filter">
        <label htmlFor={id('message')}>{options.length >= 2 ? 'Or in your own words' : 'What would you like compared?'}</label>
        <textarea
          id={id('message')}
          name="message"
          maxLength={MAX_SUGGESTION_TEXT}
          defaultValue={input?.message ?? ''}
          aria-describedby={described('message', id('message-hint'))}
        />
        <p className="v-suggest__hint" id={id('message-hint')}>
          At most {MAX_SUGGESTION_TEXT} characters: a standard we do not list yet, or what you want the comparison to answer.
        </p>
        {errors.message ? (
          <p className="v-suggest__error" id={id('message-error')}>
            {errors.message}
          </p>
        ) : null}
      </div>
      <div className="v-filter">
        <label htmlFor={id('email')}>Your email (optional)</label>
        <input id={id('email')} type="email" name="email" maxLength={MAX_EMAIL} autoComplete="email" defaultValue={input?.email ?? ''} aria-describedby={described('email', id('email-hint'))} />
        <p className="v-suggest__hint" id={id('email-hint')}>
          Only if you would like an answer. We never publish it.
        </p>
        {errors.email ? (
          <p className="v-suggest__error" id={id('email-error')}>
            {errors.email}
          </p>
        ) : null}
      </div>
      <div className="v-suggest__trap" aria-hidden="true">
        <label htmlFor={id('website')}>Leave this empty</label>
        <input id={id('website')} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p>
        <button type="submit" className="v-button">
          Send suggestion
        </button>
      </p>
    </form>
  )
}
