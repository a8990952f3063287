import { Button, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { SelectField } from "../../components/SelectField";
import { DOMAIN_LABELS, DOSSIER_ITEM_KIND_LABELS, formatDayOf, label } from "../../labels";
import { BreakGlassForm } from "./BreakGlassForm";
import type { RedactedStub } from "./types";

export interface RedactedLineProps {
  caseId: string;
  /** How many items lie outside the viewer's grants (with the timeline's filter). */
  count: number;
  /** The first of them, as stubs (kind, domain, organisation, date). */
  stubs: readonly RedactedStub[];
  /** The viewer may open the whole case under break-glass. */
  canBreakGlassCase: boolean;
  onOpened: (message: string) => Promise<void>;
}

/** "35 items buiten uw toestemming": one line, in Dutch, with the right number. */
export function redactedCountText(count: number): string {
  return `${count} ${count === 1 ? "item" : "items"} buiten uw toestemming`;
}

/** "Observatie in Onderwijs, van Wijkteam Noord, 3 december 2026". */
export function stubText(stub: RedactedStub): string {
  return `${label(DOSSIER_ITEM_KIND_LABELS, stub.kind)} in ${label(DOMAIN_LABELS, stub.domain)}, van ${stub.authorOrganisation.name}, ${formatDayOf(stub.createdAt)}`;
}

const WHOLE_CASE = "hele-casus";

/**
 * What lies outside the viewer's consent, as one collapsed line under the visible items: unfolded it lists
 * what exists (never what it says) and offers break-glass as a secondary, explained action.
 */
export function RedactedLine({ caseId, count, stubs, canBreakGlassCase, onOpened }: RedactedLineProps) {
  const openable = stubs.filter((s) => s.viewerCan.includes("BREAK_GLASS"));
  const [asking, setAsking] = useState(false);
  const [target, setTarget] = useState(openable[0]?.id ?? WHOLE_CASE);
  if (count === 0) return null;
  const canBreakGlass = canBreakGlassCase || openable.length > 0;
  return (
    <details className="rh-redacted-line">
      <summary className="rh-redacted-line__summary">
        {redactedCountText(count)} <span className="rh-muted">(afgeschermd)</span>
      </summary>
      <div className="rh-redacted-line__body">
        <Paragraph>
          De inhoud van deze items valt buiten de toestemming of grondslag van uw organisatie. U ziet alleen
          dat ze bestaan: soort, leefgebied, organisatie en datum.
        </Paragraph>
        <ul className="rh-redacted-line__list">
          {stubs.map((stub) => (
            <li key={stub.id}>{stubText(stub)}</li>
          ))}
        </ul>
        {count > stubs.length ? (
          <Paragraph className="rh-muted">En nog {count - stubs.length} meer.</Paragraph>
        ) : null}
        {canBreakGlass ? (
          <div className="rh-redacted-line__break-glass">
            <Paragraph>
              Is er acute onveiligheid en kunt u niet wachten op toestemming? Dan kunt u noodtoegang vragen.
              Uw reden en alles wat u inziet worden vastgelegd en beoordeeld door de privacyfunctionaris.
            </Paragraph>
            {asking ? (
              <>
                <SelectField
                  id={`break-glass-target-${caseId}`}
                  label="Noodtoegang tot"
                  options={[
                    ...openable.map((stub) => ({ value: stub.id, label: stubText(stub) })),
                    ...(canBreakGlassCase ? [{ value: WHOLE_CASE, label: "De hele casus" }] : []),
                  ]}
                  value={target}
                  onChange={setTarget}
                />
                <BreakGlassForm
                  caseId={caseId}
                  itemId={target === WHOLE_CASE ? null : target}
                  onCancel={() => setAsking(false)}
                  onOpened={onOpened}
                />
              </>
            ) : (
              <Button appearance="secondary-action-button" onClick={() => setAsking(true)}>
                Noodtoegang vragen…
              </Button>
            )}
          </div>
        ) : null}
      </div>
    </details>
  );
}
