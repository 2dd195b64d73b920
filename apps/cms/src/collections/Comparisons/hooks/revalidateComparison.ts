import { comparisonTags, rememberLiveVersion, revalidateOnChange, revalidateOnDelete } from '../../../lib/revalidate-hooks'

/** What the site shows of the comparison before a write, to tell which published fields changed. */
export const rememberLiveComparison = rememberLiveVersion('comparisons')

/** Its page by pair key, the comparisons index only when a listed field changed (lib/revalidate-hooks). */
export const revalidateComparison = revalidateOnChange('comparisons', comparisonTags)

export const revalidateComparisonDelete = revalidateOnDelete(comparisonTags)
