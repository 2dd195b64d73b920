import { articleTags, rememberLiveVersion, revalidateOnChange, revalidateOnDelete } from '../../../lib/revalidate-hooks'

/** What the site shows of the article before a write, to tell which published fields changed. */
export const rememberLiveArticle = rememberLiveVersion('articles')

/** Its page (old and new slug on a rename), the articles index only when a listed field changed. */
export const revalidateArticle = revalidateOnChange('articles', articleTags)

export const revalidateArticleDelete = revalidateOnDelete(articleTags)
