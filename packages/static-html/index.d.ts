import type { ReactElement } from 'react'

/** A complete HTML document ("<!DOCTYPE html><html>…") from a tree whose root is <html>. */
export function renderDocument(element: ReactElement): string

/** The text of a file a package exports, e.g. "@versus/ui/styles.css", resolved the way Node does. */
export function readPackageFile(specifier: string): string
