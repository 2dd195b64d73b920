import Link from 'next/link'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { AdminViewFrame } from './admin-view-frame'

import { loadCompleteness } from '../endpoints/completeness'
import { loadCrosswalkGaps } from '../crosswalk/editorial-facts'
import { CrosswalkGapsSection } from './crosswalk-gaps'
import { isEditorOrAdmin } from '../access/isEditorOrAdmin'
import './editorial.scss'

/** /admin/completeness: every standard by completeness score, weakest first. */
export async function CompletenessView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  if (!isEditorOrAdmin(req.user)) redirect(`${req.payload.config.routes.admin}/login`)
  const [reports, gaps] = await Promise.all([loadCompleteness(req), loadCrosswalkGaps(req)])
  const admin = req.payload.config.routes.admin
  return (
    <AdminViewFrame initPageResult={initPageResult} params={params} searchParams={searchParams} className="versus-editorial-view">
        <h1>Completeness</h1>
        <p>
          Every standard (latest version, drafts included), weakest first: which fields are empty or thin, and which
          comparison sections that degrades.
        </p>
        <table>
          <thead>
            <tr>
              <th scope="col">Standard</th>
              <th scope="col">Score</th>
              <th scope="col">Empty or thin</th>
              <th scope="col">Degrades</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((report) => (
              <tr key={report.id} data-standard={report.slug}>
                <td>
                  <Link href={`${admin}/collections/standards/${report.id}`}>{report.name}</Link>
                </td>
                <td>{report.score}</td>
                <td>
                  {report.issues.length === 0 ? (
                    'Nothing'
                  ) : (
                    <ul>
                      {report.issues.map((issue) => (
                        <li key={issue.field}>{issue.message}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{report.sections.map((section) => section.label).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <CrosswalkGapsSection gaps={gaps} admin={admin} />
      </AdminViewFrame>
  )
}
