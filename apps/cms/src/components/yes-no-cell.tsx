import type { DefaultCellComponentProps } from 'payload'

/** A checkbox column read as words: "Yes" / "No" rather than Payload's true/false chips. */
export function YesNoCell({ cellData }: DefaultCellComponentProps) {
  return <span>{cellData === true ? 'Yes' : 'No'}</span>
}
