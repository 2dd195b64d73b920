import { Breadcrumbs, Section } from '@versus/ui'
import { getSite } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import type { PageContent } from './content-page'

/**
 * /methodology: how every page is made, what an editor's override is, what a review date means, where
 * the cost and effort bands come from (#estimates, linked from every standard's card), and how
 * requirement overlap is counted. Pair pages link here ("how we count": #coverage). The figures quoted (weights, the
 * default strength) are the engine's (packages/engine/src/computeCoverage/README.md); keep them in
 * step when the engine's rules change.
 */
export async function methodologyPage(): Promise<PageContent> {
  const site = await getSite()
  const title = siteTitle('How we compare standards', site.name)
  const description =
    'How Versus builds comparison pages from one record per standard, what editors override, and how requirement overlap is counted.'
  return {
    kind: 'page',
    meta: { title, description, canonical: '/methodology', openGraph: { title, description, siteName: site.name, type: 'article' } },
    site,
    body: <MethodologyBody />,
  }
}

function MethodologyBody() {
  return (
    <article className="v-methodology">
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Methodology', path: '/methodology' },
        ]}
      />
      <h1 className="v-page-title">How we compare standards</h1>
      <p className="v-lead">
        Every fact about a standard lives in one record. Every comparison page is built from those records, so a standard
        says the same thing on every page it appears on.
      </p>
      <nav aria-label="On this page" className="v-toc">
        <ul>
          <li><a href="#records">One record per standard</a></li>
          <li><a href="#overrides">What editors override</a></li>
          <li><a href="#reviews">Reviews and dates</a></li>
          <li><a href="#estimates">Cost and effort estimates</a></li>
          <li><a href="#coverage">How requirement overlap is counted</a></li>
          <li><a href="#inferred">Inferred links</a></li>
          <li><a href="#editions">Editions</a></li>
          <li><a href="#sources">Sources and licences</a></li>
        </ul>
      </nav>

      <Section id="records" title="One record per standard">
        <div className="v-prose">
          <p>
            Editors write each standard once: its publisher, current edition, legal nature (law, directive, certifiable
            standard, framework…), who it applies to, effort, cost band, and the facts behind each aspect we compare. A
            comparison page puts two or more records side by side. The verdict, the key-differences table, the cards and
            the questions and answers are all derived from those records, in the same way on every page.
          </p>
          <p>
            When a record changes, every page that shows it is refreshed when the change is published. There is one page
            per pair, whichever order you type the names in; the other order redirects to it.
          </p>
          <p>
            Any two published standards have a page. Until an editor has reviewed a pair and published a comparison of it,
            its page is generated from the two records alone (and from published requirement mappings where they exist): it
            says so at the top, asks search engines not to index it, and is left out of the sitemap. Publishing the
            comparison turns the same address into the reviewed page.
          </p>
        </div>
      </Section>

      <Section id="overrides" title="What editors override">
        <div className="v-prose">
          <p>
            An editor may replace a generated verdict or a single cell of the key-differences table for one pair, when the
            generated text misses what matters for that pair. An override applies to that pair only; the
            standard&apos;s record, and every other page, keep the recorded value. When the record changes later, the
            override is flagged to the editors for review.
          </p>
        </div>
      </Section>

      <Section id="reviews" title="Reviews and dates">
        <div className="v-prose">
          <p>
            Every standard&apos;s page says when an editor last checked its record against the official text and other
            sources it lists, and who did (by the name they chose to show, or &ldquo;the Versus editors&rdquo;). A reviewed
            comparison says the same about the pair: the date an editor last read the whole page, verdict and overrides
            included. That date is also the page&apos;s &ldquo;date modified&rdquo; for search engines.
          </p>
          <p>
            A generated pair has no review of its own, and says so: it shows instead when each of the two records it is built
            from was last reviewed. Publishing a record for the first time records the publish as its first review; after
            that the date moves only when an editor reviews the record again, not with every small edit.
          </p>
        </div>
      </Section>

      <Section id="estimates" title="Cost and effort estimates">
        <div className="v-prose">
          <p>
            The cost band, complexity and implementation time on each standard are editors&apos; estimates for a typical
            mid-sized organisation starting from little, in its first year. They are not quotes and not survey results:
            your scope, size, sector and what you already have in place move them a long way.
          </p>
          <dl className="v-definitions">
            <dt>Cost band</dt>
            <dd>
              € under €10k, €€ €10k–€50k, €€€ €50k–€250k, €€€€ over €250k. It adds up what the standard itself makes
              you pay for: certification or assessment fees where there is an audit (a certification body, a qualified
              assessor), outside advice usually bought, tooling, and the staff time the requirements take. Fines and the
              cost of not complying are not included.
            </dd>
            <dt>Complexity</dt>
            <dd>
              Low, medium or high, from how much the standard asks for (the number and depth of its requirements), whether
              an external audit or a regulator checks it, and how many parts of an organisation have to take part.
            </dd>
            <dt>Implementation time</dt>
            <dd>
              The usual range in months from starting to being ready for certification, assessment or the legal deadline,
              as the standard&apos;s publisher, regulators and implementation guidance describe it.
            </dd>
          </dl>
          <p>
            Where a published source gives a figure (a regulator&apos;s impact assessment, a scheme&apos;s fee schedule), the
            standard&apos;s card links to it as &ldquo;cost source&rdquo; or &ldquo;effort source&rdquo;. Otherwise the band
            is our judgement from the standard&apos;s requirements, and you should treat it as an order of magnitude.
          </p>
        </div>
      </Section>

      <Section id="coverage" title="How requirement overlap is counted">
        <div className="v-prose">
          <p>
            Where a standard&apos;s requirements are catalogued (clauses, controls, articles), we answer the question
            &ldquo;we already comply with A; how much of B does that meet?&rdquo; requirement by requirement, in both
            directions, from published mapping sets. Each requirement of B gets one status, from the best evidence any
            mapping set gives for it:
          </p>
          <dl className="v-definitions">
            <dt>Covered</dt>
            <dd>
              A typed link says A&apos;s requirement equals or contains B&apos;s (or the set&apos;s author declares a
              group of links covers it together).
            </dd>
            <dt>Partly covered</dt>
            <dd>
              A typed link says the two overlap, or A&apos;s requirement is narrower. The gap note says what B asks for
              beyond A.
            </dd>
            <dt>Related</dt>
            <dd>
              An untyped link: the publisher says the two are related without saying how. We show these links but never
              count them as coverage. Many published crosswalks, including NIST&apos;s, are of this kind.
            </dd>
            <dt>Not covered</dt>
            <dd>
              A mapping set that examined every pair of requirements found nothing in A for it, or an editor recorded
              the gap explicitly.
            </dd>
            <dt>Unknown</dt>
            <dd>No mapping set says anything about it. Absence of a link is not evidence of a gap.</dd>
          </dl>
          <p>
            Counts are per requirement of B, so a requirement reached by many links still counts once. Headings (a clause
            that only groups others) are never counted. The score weighs a covered requirement 1, a partly covered one
            by the strength of its link (at most 0.9 for a narrower requirement, half that for an overlap; strength 6 of 10
            when the set gives none), and everything else 0, averaged over B&apos;s requirements.
          </p>
          <p>
            Every page names the mapping sets it counted, who published them, their licence and when they were reviewed.
            Draft and deprecated sets are never counted.
          </p>
        </div>
      </Section>

      <Section id="inferred" title="Inferred links">
        <div className="v-prose">
          <p>
            When no mapping set links two standards directly, we may show links inferred through a third one (for
            example A → NIST CSF 2.0 → B). They are labelled as inferred, never added to the figures above, and only a
            chain of equal or broader links can suggest coverage: anything through an overlap is shown as unknown.
            Confidence falls with every step.
          </p>
        </div>
      </Section>

      <Section id="editions" title="Editions">
        <div className="v-prose">
          <p>
            Catalogs and mappings belong to an edition (ISO/IEC 27001:2013 and :2022 are different catalogs). Pages show
            which edition each side uses and warn when a newer edition exists, with its transition deadline. Mappings
            carried from an older edition to a newer one through the publisher&apos;s transition table are marked as
            derived and left out of the figures until reviewed.
          </p>
        </div>
      </Section>

      <Section id="sources" title="Sources and licences">
        <div className="v-prose">
          <p>
            For standards whose text is copyrighted (ISO, PCI, UL) we publish only identifiers, official short titles and
            summaries we write ourselves. Public-domain texts (NIST publications, EU law) may be shown in full. Each mapping
            set links to where it was published, so every link on a page can be traced to who says so.
          </p>
        </div>
      </Section>
    </article>
  )
}
