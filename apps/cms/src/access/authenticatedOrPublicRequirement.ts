import type { Access } from 'payload'

import { publicEditionWhere } from '../crosswalk/visibility'

/** Requirements: signed-in users read all; visitors those of editions they may read. */
export const authenticatedOrPublicRequirement: Access = ({ req: { user } }) => (user ? true : { and: publicEditionWhere('edition.') })
