import { ImageResponse } from 'next/og'
import { getComparisonPage, getComparisonParams } from '@/lib/cms'

// next/og draws text with the Noto Sans file bundled in Next itself (read from disk, no network);
// only characters outside that font would make it fetch glyphs, so the text is kept to Latin.
export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'Two compliance standards compared side by side'

// Drawn once per published comparison at build time (and for a new one on first request), then kept
// like the page: the same tagged data requests refresh both when the CMS publishes.
export const revalidate = 300
export const dynamicParams = true

export function generateStaticParams() {
  return getComparisonParams()
}

const latin = (text: string) => text.replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '').trim()

const COLORS = {
  mandatory: { background: '#fde7e7', color: '#8b1a1a' },
  voluntary: { background: '#e3f3e8', color: '#14532d' },
} as const

export default async function Image({ params }: { params: Promise<{ pair: string }> }) {
  const { pair } = await params
  const result = await getComparisonPage(pair)
  const site = result.kind === 'ok' ? result.site.name : 'Versus'
  const headers = result.kind === 'ok' ? result.model.headers : null
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#f5f7fa',
          color: '#16191f',
        }}
      >
        <div style={{ display: 'flex', fontSize: 30, color: '#1d4ed8' }}>{latin(site)}</div>
        {headers ? (
          <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
            {headers.map((header, i) => (
              <div key={header.slug} style={{ display: 'flex', alignItems: 'center' }}>
                {i === 1 ? <div style={{ display: 'flex', fontSize: 56, color: '#4a5261', margin: '0 48px' }}>vs</div> : null}
                <div style={{ display: 'flex', flexDirection: 'column', width: 440 }}>
                  <div style={{ display: 'flex', fontSize: header.shortName.length > 12 ? 64 : 84, lineHeight: 1.05 }}>{latin(header.shortName)}</div>
                  <div style={{ display: 'flex', marginTop: 28 }}>
                    <div
                      style={{
                        display: 'flex',
                        fontSize: 30,
                        padding: '8px 22px',
                        borderRadius: 999,
                        ...COLORS[header.obligation === 'mandatory' ? 'mandatory' : 'voluntary'],
                      }}
                    >
                      {latin(header.obligationLabel)}
                    </div>
                  </div>
                  <div style={{ display: 'flex', marginTop: 18, fontSize: 26, color: '#4a5261' }}>
                    {latin(`${header.legalNatureLabel}, ${header.jurisdiction}`)}
                  </div>
                </div>
              </div>
            ))}
          </div>
        ) : (
          <div style={{ display: 'flex', fontSize: 72 }}>Compliance standards compared</div>
        )}
        <div style={{ display: 'flex', fontSize: 26, color: '#4a5261' }}>Key differences, cost, complexity and implementation</div>
      </div>
    ),
    size,
  )
}
