import type { Access } from 'payload'

import { SUBMISSION_HEADER, verifySubmissionToken } from '../lib/site-submission'

/**
 * Create access for what visitors submit through the site: only a request carrying the site's
 * submission token (lib/site-submission.ts). Nobody else creates, signed in or not, so every row
 * went through the site's validation and rate limit.
 */
export const siteSubmission: Access = ({ req: { headers } }) => verifySubmissionToken(headers?.get(SUBMISSION_HEADER))
