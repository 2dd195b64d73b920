import { Breadcrumbs } from '@versus/ui'
import { SuggestForm } from '@/components/suggest-form'
import { getSite, getSuggestPage } from '@/lib/cms'
import type { SuggestionField, SuggestionInput } from '@/lib/suggestions/validate'
import { siteTitle } from '@/static-pages/page-meta'
import type { PageContent } from './content-page'

/** What went wrong with a submission, shown above the form filled in as the visitor left it. */
export interface SuggestProblem {
  message: string
  input?: Partial<SuggestionInput>
  errors?: Partial<Record<SuggestionField, string>>
}

/** /suggest: the form on its own page (also what a refused submission answers with, `problem` set). */
export async function suggestPage(problem: SuggestProblem | null = null): Promise<PageContent> {
  const { site, standards } = await getSuggestPage()
  const title = siteTitle('Suggest a comparison', site.name)
  const description = 'Tell the Versus editors which standards you would like compared. No account needed.'
  return {
    kind: 'page',
    meta: { title, description, canonical: '/suggest', ...(problem ? { noindex: true } : {}) },
    site,
    body: (
      <article className="v-suggest-page">
        <Breadcrumbs
          items={[
            { name: 'Home', path: '/' },
            { name: 'Suggest a comparison', path: '/suggest' },
          ]}
        />
        <h1 className="v-page-title">Suggest a comparison</h1>
        <p className="v-lead">
          Missing a pair your team is weighing up? Tell us. An editor reads every suggestion; no account is needed.
        </p>
        {problem ? (
          <p className="v-alert" role="alert" id="suggest-problem">
            {problem.message}
          </p>
        ) : null}
        <SuggestForm idPrefix="suggest" standards={standards} input={problem?.input} errors={problem?.errors} />
        <p className="v-muted v-small">
          What you send is stored as plain text for the editors only. <a href="/about">Who edits Versus</a>.
        </p>
      </article>
    ),
  }
}

/** /suggest/thanks: where a filed suggestion lands (303 from the form's POST). */
export async function suggestThanksPage(): Promise<PageContent> {
  const site = await getSite()
  const title = siteTitle('Thank you for your suggestion', site.name)
  return {
    kind: 'page',
    meta: { title, description: 'Your suggestion reached the Versus editors.', canonical: '/suggest/thanks', noindex: true },
    site,
    body: (
      <article className="v-suggest-page">
        <Breadcrumbs
          items={[
            { name: 'Home', path: '/' },
            { name: 'Suggest a comparison', path: '/suggest' },
            { name: 'Thank you', path: '/suggest/thanks' },
          ]}
        />
        <h1 className="v-page-title">Thank you</h1>
        <p className="v-lead">Your suggestion reached the editors.</p>
        <div className="v-prose">
          <p>
            We read every suggestion and weigh it against what visitors ask for most. When we publish the comparison, it
            appears among <a href="/compare">the comparisons</a>. If you left an email address, we may write to ask what you
            need from it.
          </p>
          <p>
            <a href="/suggest">Suggest another</a> · <a href="/">Back to the home page</a>
          </p>
        </div>
      </article>
    ),
  }
}
