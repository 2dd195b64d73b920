import { LivePreviewRefresh } from './live-preview-refresh'

/**
 * Shown on every page of an editor's preview (apps/web/src/app/draft): says plainly that this is
 * unpublished content and links out of it. `cmsOrigin` lets the CMS's live-preview panel reload the
 * page after each save; omit it to leave that out.
 */
export function DraftBanner({ exitHref, cmsOrigin }: { exitHref: string; cmsOrigin?: string }) {
  return (
    <aside className="v-draft-banner" aria-label="Preview" data-draft-banner="">
      <div className="v-container v-draft-banner__inner">
        <p>
          <strong>Preview — draft content.</strong> Visitors see the published version.
        </p>
        <a className="v-draft-banner__exit" href={exitHref}>
          Exit preview
        </a>
      </div>
      {cmsOrigin ? <LivePreviewRefresh cmsOrigin={cmsOrigin} /> : null}
    </aside>
  )
}
