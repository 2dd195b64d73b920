import { revalidateOnChange, revalidateOnDelete, rememberLiveVersion, standardTags } from '../../../lib/revalidate-hooks'

/** What the site shows of the standard before a write, to tell which published fields changed. */
export const rememberLiveStandard = rememberLiveVersion('standards')

/** Its page, every comparison with it, and the lists only when a field they show changed (lib/revalidate-hooks). */
export const revalidateStandard = revalidateOnChange('standards', standardTags)

export const revalidateStandardDelete = revalidateOnDelete(standardTags)
