import type { Access } from 'payload'

import { publicEditionWhere } from '../crosswalk/visibility'

/** Editions: signed-in users read all; visitors every edition but drafts, of published standards. */
export const authenticatedOrPublicEdition: Access = ({ req: { user } }) => (user ? true : { and: publicEditionWhere() })
