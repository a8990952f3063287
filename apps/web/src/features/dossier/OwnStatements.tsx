import { Paragraph } from "@utrecht/component-library-react";
import { formatDateTime, isoDateTime } from "../../labels";
import type { DossierItemCard } from "./types";

type Statement = NonNullable<DossierItemCard["statements"]>[number];

/** Family members' own statements about an item ("Eigen verklaring van …"), in their words. */
export function OwnStatements({ statements }: { statements: readonly Statement[] }) {
  if (statements.length === 0) return null;
  return (
    <ul className="rh-statements">
      {statements.map((s) => (
        <li key={s.id} className="rh-statement">
          <figure className="rh-statement__figure">
            <figcaption className="rh-statement__caption">
              Eigen verklaring van {s.person.fullName}
            </figcaption>
            <blockquote className="rh-statement__quote">
              <Paragraph>{s.statement}</Paragraph>
            </blockquote>
          </figure>
          <p className="rh-statement__meta rh-muted">
            Vastgelegd door {s.recordedBy.name} op{" "}
            <time dateTime={isoDateTime(s.recordedAt)}>{formatDateTime(s.recordedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}
