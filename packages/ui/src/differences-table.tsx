import type { DifferenceRow } from "@versus/engine";

/** A row neither standard has a value for (hand-built rows without `recorded` count as recorded unless both say "—"). */
export function isRecorded(row: DifferenceRow): boolean {
  return row.recorded ?? !(row.values[0] === "—" && row.values[1] === "—");
}

function markOf(row: DifferenceRow): {
  label: string;
  modifier: string;
  rowClass: string;
} {
  if (!isRecorded(row))
    return {
      label: "Not recorded",
      modifier: "unrecorded",
      rowClass: "is-unrecorded",
    };
  return row.same
    ? { label: "Same", modifier: "same", rowClass: "is-same" }
    : { label: "Different", modifier: "different", rowClass: "is-different" };
}

/**
 * One row per aspect, one column per standard. Each row says "Same",
 * "Different" or, when neither standard has a value, "Not recorded" in words
 * (never "Different" for two blanks); colour only repeats it. Nothing is
 * rendered when no row has a value. On narrow screens the rows
 * stack (each value labelled with its standard). No explicit ARIA table roles:
 * HTML forbids them on the parts of a native table (the Nu Html Checker rejects
 * them), and current Chromium and Firefox keep table semantics under display changes.
 */
export function DifferencesTable({
  rows,
  names,
  caption,
}: {
  rows: DifferenceRow[];
  names: [string, string];
  caption?: string;
}) {
  if (!rows.some(isRecorded)) return null;
  const captionId = "differences-caption";
  return (
    <div
      className="v-table-wrap"
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
    >
      <table className="v-diff">
        <caption id={captionId}>
          {caption ?? `Key differences between ${names[0]} and ${names[1]}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Aspect</th>
            <th scope="col">{names[0]}</th>
            <th scope="col">{names[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const mark = markOf(row);
            return (
              <tr key={row.aspect.slug} className={mark.rowClass}>
                <th scope="row">
                  <span className="v-diff__aspect">{row.aspect.name}</span>
                  <span className={`v-mark v-mark--${mark.modifier}`}>
                    {mark.label}
                  </span>
                </th>
                {row.values.map((value, side) => (
                  <td key={side} data-label={names[side]}>
                    {value}
                    {row.overridden[side] ? (
                      <span className="v-diff__note">
                        {" "}
                        (specific to this comparison)
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
