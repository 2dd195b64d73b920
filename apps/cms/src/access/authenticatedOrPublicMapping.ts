import type { Access } from 'payload'

import { publicSetWhere } from '../crosswalk/visibility'

/** Mappings: signed-in users read all; visitors only the rows of sets they may read. */
export const authenticatedOrPublicMapping: Access = ({ req: { user } }) => (user ? true : { and: publicSetWhere('set.') })
