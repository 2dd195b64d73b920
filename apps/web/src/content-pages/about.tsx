import { Breadcrumbs, Section } from '@versus/ui'
import { getSite, type SiteContent } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import type { PageContent } from './content-page'

/** /about: what the site is, who edits it, how to report an error. Reads only the site settings. */
export async function aboutPage(): Promise<PageContent> {
  const site = await getSite()
  const title = siteTitle(`About ${site.name}`, site.name)
  const description = `What ${site.name} is, who edits it, and how to tell us about an error.`
  return {
    kind: 'page',
    meta: { title, description, canonical: '/about', openGraph: { title, description, siteName: site.name, type: 'website' } },
    site,
    body: <AboutBody site={site} />,
  }
}

function AboutBody({ site }: { site: SiteContent }) {
  return (
    <article className="v-about">
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'About', path: '/about' },
        ]}
      />
      <h1 className="v-page-title">About {site.name}</h1>
      <p className="v-lead">
        {site.name} compares compliance standards and regulations side by side, so a team can see quickly what each one asks
        for, who it applies to, and how two of them fit together.
      </p>

      <Section id="what" title="What the site is">
        <div className="v-prose">
          <p>
            Each standard, law or scheme has one record, written once by an editor: its publisher and current edition, whether
            it is binding, where it applies, what it takes to implement, and how it answers the questions we compare. Every
            comparison page is built from those records, so a standard says the same thing wherever it appears.{' '}
            <a href="/methodology">How we compare standards</a> explains the rules, including how pages nobody has reviewed yet
            are labelled.
          </p>
          <p>
            We summarise; we do not reproduce copyrighted standards, and nothing here is legal advice. For what applies to your
            organisation, read the official text (each record links its sources) and ask a qualified adviser.
          </p>
        </div>
      </Section>

      <Section id="editors" title="Who edits it">
        <div className="v-prose">
          <p>
            A small editorial team writes and reviews the records and comparisons. Every standard and every reviewed comparison
            says when it was last reviewed and by whom; an editor who prefers not to be named appears as &ldquo;the{' '}
            {site.name} editors&rdquo;. We are not affiliated with ISO, IEC, the European Union, NIST, the PCI Security Standards
            Council or any other publisher whose work we describe.
          </p>
        </div>
      </Section>

      <Section id="errors" title="Found an error?">
        <div className="v-prose">
          <p>
            Tell us: the address of the page, what is wrong, and where the correct fact is published if you know.{' '}
            {site.contactEmail ? (
              <>
                Write to <a href={`mailto:${site.contactEmail}`}>{site.contactEmail}</a>.
              </>
            ) : (
              <>
                See <a href="/contact">how to reach us</a>.
              </>
            )}{' '}
            An editor checks the sources, corrects the record, and the page&apos;s review date moves when the fix is published.
            Every page that shows the record is corrected at the same time.
          </p>
          <p>
            Missing a comparison? <a href="/suggest">Suggest one</a>.
          </p>
        </div>
      </Section>
    </article>
  )
}
