import { Button, Heading, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { DOMAIN_LABELS, DOSSIER_ITEM_KIND_LABELS, formatDayOf, label } from "../../labels";
import { BreakGlassForm } from "./BreakGlassForm";
import { itemHeadingId } from "./navigation";
import type { DossierItemCard } from "./operations";

export interface RedactedItemCardProps {
  item: DossierItemCard;
  caseId: string;
  /** Break-glass was opened: show `message`, reload the timeline. */
  onOpened: (message: string) => Promise<void>;
}

/** A stub for an item outside the viewer's grants: that it exists, not what it says. */
export function RedactedItemCard({ item, caseId, onOpened }: RedactedItemCardProps) {
  const [open, setOpen] = useState(false);
  const headingId = itemHeadingId(item.id);
  const formId = `break-glass-${item.id}`;
  const canBreakGlass = item.viewerCan.includes("BREAK_GLASS");
  const buttonId = `${formId}-button`;

  return (
    <article className="rh-item rh-item--redacted" aria-labelledby={headingId}>
      <Heading level={3} id={headingId} tabIndex={-1} className="rh-item__heading">
        Afgeschermd: {label(DOSSIER_ITEM_KIND_LABELS, item.kind).toLowerCase()} in leefgebied{" "}
        {label(DOMAIN_LABELS, item.domain)}, van {item.authorOrganisation.name}, {formatDayOf(item.createdAt)}
      </Heading>
      <Paragraph className="rh-muted">
        De inhoud valt buiten de toestemming of grondslag van uw organisatie.
      </Paragraph>
      {canBreakGlass ? (
        <>
          <Button
            id={buttonId}
            appearance="secondary-action-button"
            hint="danger"
            aria-expanded={open}
            aria-controls={open ? formId : undefined}
            aria-describedby={headingId}
            onClick={() => setOpen(!open)}
          >
            Noodtoegang…
          </Button>
          {open ? (
            <div id={formId} className="rh-item__panel">
              <BreakGlassForm
                caseId={caseId}
                itemId={item.id}
                onCancel={() => {
                  setOpen(false);
                  window.setTimeout(() => document.getElementById(buttonId)?.focus(), 0);
                }}
                onOpened={onOpened}
              />
            </div>
          ) : null}
        </>
      ) : null}
    </article>
  );
}
