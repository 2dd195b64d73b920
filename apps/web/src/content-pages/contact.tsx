import { Breadcrumbs } from '@versus/ui'
import { getSite, type SiteContent } from '@/lib/cms'
import { siteTitle } from '@/static-pages/page-meta'
import type { PageContent } from './content-page'

/**
 * /contact: the editors' address (the site global's `contactEmail`, else CONTACT_EMAIL; never a
 * hard-coded one), what to include, and the suggestion form for new comparisons.
 */
export async function contactPage(): Promise<PageContent> {
  const site = await getSite()
  const title = siteTitle('Contact the editors', site.name)
  const description = `How to reach the ${site.name} editors: corrections, questions and suggestions.`
  return {
    kind: 'page',
    meta: { title, description, canonical: '/contact', openGraph: { title, description, siteName: site.name, type: 'website' } },
    site,
    body: <ContactBody site={site} />,
  }
}

function ContactBody({ site }: { site: SiteContent }) {
  return (
    <article className="v-contact">
      <Breadcrumbs
        items={[
          { name: 'Home', path: '/' },
          { name: 'Contact', path: '/contact' },
        ]}
      />
      <h1 className="v-page-title">Contact the editors</h1>
      <div className="v-prose">
        {site.contactEmail ? (
          <p className="v-lead">
            Email <a href={`mailto:${site.contactEmail}`} data-contact-email="">{site.contactEmail}</a>. The editors read every
            message.
          </p>
        ) : (
          <p className="v-lead">No contact address is published yet. Please use the suggestion form below in the meantime.</p>
        )}
        <h2>Reporting an error</h2>
        <p>
          Include the address of the page, what is wrong, and the official source that says otherwise if you have it. We check
          every report against the source and correct the record; the page then shows a new review date.
        </p>
        <h2>Suggesting a comparison</h2>
        <p>
          No need to write: <a href="/suggest">suggest a comparison</a> with the form. No account is needed, and an email address
          is optional.
        </p>
        <h2>What we cannot do</h2>
        <p>
          We cannot advise on your organisation&apos;s obligations or certify anything. For that, read the official text and
          ask a qualified adviser or your certification body.
        </p>
      </div>
    </article>
  )
}
