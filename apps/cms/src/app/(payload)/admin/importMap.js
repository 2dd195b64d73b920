import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SlugField as SlugField_69e8bb44ef80cad290ef5f5424db0ffd } from '../../../components/slug-field'
import { CompletenessField as CompletenessField_7e7b50cb487249574bf211a68cf4bb8b } from '../../../components/completeness-field'
import { PairOrderField as PairOrderField_7cc6efd49541110334bff63a25e91e6e } from '../../../components/pair-order-field'
import { GeneratedPanel as GeneratedPanel_24e2d0ad92668e56b0de854b8ad6c7c7 } from '../../../components/generated-panel'
import { CoveragePanel as CoveragePanel_3643315e2c8b54af3cdca141cfb496d9 } from '../../../components/coverage-panel'
import { VerdictStartButton as VerdictStartButton_e442cb88c9433ced62e4667d18d5b6ea } from '../../../components/start-from-generated'
import { VerdictStaleNotice as VerdictStaleNotice_80640fe2be1ea1f85c3c4e4293284147 } from '../../../components/stale-override-notice'
import { OverrideSideField as OverrideSideField_40aff5219a4cb6f86114b9e36e7b7319 } from '../../../components/override-side-field'
import { AspectStartButton as AspectStartButton_e442cb88c9433ced62e4667d18d5b6ea } from '../../../components/start-from-generated'
import { AspectStaleNotice as AspectStaleNotice_80640fe2be1ea1f85c3c4e4293284147 } from '../../../components/stale-override-notice'
import { YesNoCell as YesNoCell_f25c4cbce9e0077bdc230197f5062a63 } from '../../../components/yes-no-cell'
import { StaleCountCell as StaleCountCell_bb0c2255fe69dd62b37f1210462c0f65 } from '../../../components/stale-count-cell'
import { MappingGrid as MappingGrid_499a4433a07fdf0913238195cd473f9f } from '../../../components/MappingGrid'
import { AdminIcon as AdminIcon_8bef0612387f3983ee7a404fcef545d0 } from '../../../components/admin-graphics'
import { AdminLogo as AdminLogo_8bef0612387f3983ee7a404fcef545d0 } from '../../../components/admin-graphics'
import { EditorialNavLinks as EditorialNavLinks_5b63e3514b4f181e73404e804375e2db } from '../../../components/editorial-nav-links'
import { ImportNavLink as ImportNavLink_e2325a7a166eaefd66145c2a02798155 } from '../../../components/ImportView/nav-link'
import { EditorialDashboard as EditorialDashboard_d35a8d190f1b94d4661fa8777560f896 } from '../../../components/editorial-dashboard'
import { AdminA11y as AdminA11y_072345424c7b0a1960d5d857fa3e1ac5 } from '../../../components/admin-a11y'
import { SuggestionsView as SuggestionsView_01c2c2003e0e5a34e75ae8aaf7671889 } from '../../../components/suggestions-view'
import { CompletenessView as CompletenessView_9e3d212f628d9ec693cb5a12ad4a0ef8 } from '../../../components/completeness-view'
import { ImportView as ImportView_e0914430343acda479f6798b2a6c428e } from '../../../components/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/slug-field#SlugField": SlugField_69e8bb44ef80cad290ef5f5424db0ffd,
  "/components/completeness-field#CompletenessField": CompletenessField_7e7b50cb487249574bf211a68cf4bb8b,
  "/components/pair-order-field#PairOrderField": PairOrderField_7cc6efd49541110334bff63a25e91e6e,
  "/components/generated-panel#GeneratedPanel": GeneratedPanel_24e2d0ad92668e56b0de854b8ad6c7c7,
  "/components/coverage-panel#CoveragePanel": CoveragePanel_3643315e2c8b54af3cdca141cfb496d9,
  "/components/start-from-generated#VerdictStartButton": VerdictStartButton_e442cb88c9433ced62e4667d18d5b6ea,
  "/components/stale-override-notice#VerdictStaleNotice": VerdictStaleNotice_80640fe2be1ea1f85c3c4e4293284147,
  "/components/override-side-field#OverrideSideField": OverrideSideField_40aff5219a4cb6f86114b9e36e7b7319,
  "/components/start-from-generated#AspectStartButton": AspectStartButton_e442cb88c9433ced62e4667d18d5b6ea,
  "/components/stale-override-notice#AspectStaleNotice": AspectStaleNotice_80640fe2be1ea1f85c3c4e4293284147,
  "/components/yes-no-cell#YesNoCell": YesNoCell_f25c4cbce9e0077bdc230197f5062a63,
  "/components/stale-count-cell#StaleCountCell": StaleCountCell_bb0c2255fe69dd62b37f1210462c0f65,
  "/components/MappingGrid#MappingGrid": MappingGrid_499a4433a07fdf0913238195cd473f9f,
  "/components/admin-graphics#AdminIcon": AdminIcon_8bef0612387f3983ee7a404fcef545d0,
  "/components/admin-graphics#AdminLogo": AdminLogo_8bef0612387f3983ee7a404fcef545d0,
  "/components/editorial-nav-links#EditorialNavLinks": EditorialNavLinks_5b63e3514b4f181e73404e804375e2db,
  "/components/ImportView/nav-link#ImportNavLink": ImportNavLink_e2325a7a166eaefd66145c2a02798155,
  "/components/editorial-dashboard#EditorialDashboard": EditorialDashboard_d35a8d190f1b94d4661fa8777560f896,
  "/components/admin-a11y#AdminA11y": AdminA11y_072345424c7b0a1960d5d857fa3e1ac5,
  "/components/suggestions-view#SuggestionsView": SuggestionsView_01c2c2003e0e5a34e75ae8aaf7671889,
  "/components/completeness-view#CompletenessView": CompletenessView_9e3d212f628d9ec693cb5a12ad4a0ef8,
  "/components/ImportView#ImportView": ImportView_e0914430343acda479f6798b2a6c428e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
