import type { NextRequest } from 'next/server'
import { suggestPage } from '@/content-pages/suggest'
import { getSuggestableSlugs } from '@/lib/cms'
import { fileSuggestion } from '@/lib/suggestions/file'
import { clientAddress, suggestionThrottle } from '@/lib/suggestions/rate-limit'
import { validateSuggestion } from '@/lib/suggestions/validate'
import { pageResponse } from '@/static-pages/respond'

/**
 * The "Suggest a comparison" form's POST target (components/suggest-form.tsx). Checks the form
 * (lib/suggestions/validate.ts), counts the client against the rate limit, files the suggestion in the
 * CMS server to server, and answers 303 to /suggest/thanks. A form that is wrong gets the form back with
 * the reasons (400); too many from one client a 429 with Retry-After; a CMS that cannot take it a 503.
 * Nothing in the form is run or rendered as markup: it is stored and shown as plain text.
 */
export const dynamic = 'force-dynamic'

/** A form this small never needs more; anything larger is refused before it is read. */
const MAX_BODY_BYTES = 16 * 1024

/** The fields as the visitor sent them, to fill the form in again. */
const echo = (form: URLSearchParams) => ({ a: form.get('a') ?? '', b: form.get('b') ?? '', message: form.get('message') ?? '', email: form.get('email') ?? '' })

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

async function readForm(request: NextRequest): Promise<URLSearchParams | null> {
  const type = request.headers.get('content-type') ?? ''
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) return null
  const length = Number(request.headers.get('content-length') ?? '0')
  if (length > MAX_BODY_BYTES) return null
  try {
    const text = type.toLowerCase().startsWith('application/x-www-form-urlencoded') ? await request.text() : null
    if (text !== null) return text.length > MAX_BODY_BYTES ? null : new URLSearchParams(text)
    const data = await request.formData()
    const form = new URLSearchParams()
    for (const [key, value] of data) if (typeof value === 'string') form.append(key, value)
    return form
  } catch {
    return null
  }
}

export async function POST(request: NextRequest): Promise<Response> {
  const form = await readForm(request)
  if (!form) return pageResponse(await suggestPage({ message: 'The form could not be read. Please fill it in again.' }), 400)
  const result = validateSuggestion(form, await getSuggestableSlugs())
  if (!result.ok) {
    // A bot that filled the hidden field is thanked and forgotten.
    if (result.spam) return seeOther('/suggest/thanks')
    return pageResponse(await suggestPage({ message: 'Please check the form.', input: result.input, errors: result.errors }), 400)
  }
  const wait = await suggestionThrottle().attempt(clientAddress(request.headers))
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60)
    return pageResponse(
      await suggestPage({
        message: `You have sent several suggestions in a short time. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        input: echo(form),
      }),
      429,
      { 'Retry-After': String(wait) },
    )
  }
  if ((await fileSuggestion(result.suggestion)) !== 'filed') {
    return pageResponse(
      await suggestPage({ message: 'Your suggestion could not be sent just now. Please try again in a few minutes.', input: echo(form) }),
      503,
      { 'Retry-After': '60' },
    )
  }
  return seeOther('/suggest/thanks')
}
