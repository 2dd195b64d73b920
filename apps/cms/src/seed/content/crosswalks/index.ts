/**
 * Demo crosswalk content (issue 11) as crosswalk bundles: one file per catalog
 * edition and one per mapping set, each a full CrosswalkBundle. Catalog files
 * hold the edition and its requirements; set files hold one set and its rows.
 * Facts (ids, hierarchy, official short titles, which requirement maps to
 * which) come from the publishers; summaries, typed relationships of the
 * Versus editorial sets, strengths and gap notes are ours. ISO editions carry
 * ids, titles and our summaries only. Ids, titles, NIST text and NIST's rows
 * were extracted with scripts/crosswalk-facts/extract.mjs.
 */
import type { CrosswalkBundle } from '@versus/content'

import dora2022 from './dora-2022.json'
import gdpr2016 from './gdpr-2016.json'
import iso270012013 from './iso-27001-2013.json'
import iso270012013ToIso270012022 from './iso-27001-2013--iso-27001-2022.json'
import iso270012022 from './iso-27001-2022.json'
import nis22022 from './nis2-2022.json'
import nis22022ToIso270012022 from './nis2-2022--iso-27001-2022.json'
import nis22022ToNistCsf20 from './nis2-2022--nist-csf-2-0.json'
import nistCsf20 from './nist-csf-2-0.json'
import nistCsf20ToIso270012022 from './nist-csf-2-0--iso-27001-2022.json'
import nistSp80053R5 from './nist-sp-800-53-r5.json'
import nistSp80053R5ToIso270012022 from './nist-sp-800-53-r5--iso-27001-2022.json'

/**
 * JSON imports widen string unions to string; the test checks every value
 * against the unions, so the cast states what the test proves.
 */
const bundle = (json: unknown) => json as CrosswalkBundle

/** Catalogs first (editions before the sets that name them), then sets. */
export const crosswalkBundles: CrosswalkBundle[] = [
  bundle(iso270012022),
  bundle(iso270012013),
  bundle(nistCsf20),
  bundle(nistSp80053R5),
  bundle(nis22022),
  bundle(gdpr2016),
  bundle(dora2022),
  bundle(iso270012013ToIso270012022),
  bundle(nistCsf20ToIso270012022),
  bundle(nistSp80053R5ToIso270012022),
  bundle(nis22022ToIso270012022),
  bundle(nis22022ToNistCsf20),
]
