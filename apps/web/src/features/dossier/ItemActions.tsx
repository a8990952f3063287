import { Button, ButtonGroup } from "@utrecht/component-library-react";
import { useState } from "react";
import { NoticeAlert } from "../../components/NoticeAlert";
import type { ItemAction } from "../../generated/graphql";
import { CorrectItemForm } from "./CorrectItemForm";
import { ItemHistory } from "./ItemHistory";
import type { PersonOption } from "./ItemFields";
import { itemHeadingId } from "./navigation";
import type { DossierItemCard } from "./types";
import { StatementForm } from "./StatementForm";

type Panel = "correct" | "statement" | "history";

const BUTTONS: { panel: Panel; action: ItemAction; label: string }[] = [
  { panel: "correct", action: "UPDATE", label: "Corrigeren" },
  { panel: "statement", action: "ADD_STATEMENT", label: "Eigen verklaring toevoegen" },
  { panel: "history", action: "READ_HISTORY", label: "Eerdere versies" },
];

export interface ItemActionsProps {
  item: DossierItemCard;
  persons: readonly PersonOption[];
  onReload: () => Promise<void>;
}

/**
 * The item's actions (`viewerCan`): each button opens its panel under the card (one at a time). The buttons
 * are described by the card's heading, so "Corrigeren" says which item.
 */
export function ItemActions({ item, persons, onReload }: ItemActionsProps) {
  const [open, setOpen] = useState<Panel | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const buttons = BUTTONS.filter((b) => item.viewerCan.includes(b.action));
  if (buttons.length === 0) return null;
  const panelId = `item-${item.id}-panel`;
  /** Close the panel (after saving with a message) and put focus back on its button. */
  const close = (message?: string) => {
    const button = `item-${item.id}-${open ?? "correct"}-button`;
    setOpen(null);
    setDone(message ?? null);
    window.setTimeout(() => document.getElementById(button)?.focus(), 0);
  };
  const toggle = (panel: Panel) => {
    setDone(null);
    setOpen(open === panel ? null : panel);
  };

  return (
    <div className="rh-item__actions">
      <ButtonGroup>
        {buttons.map((b) => (
          <Button
            key={b.panel}
            id={`item-${item.id}-${b.panel}-button`}
            appearance="secondary-action-button"
            aria-expanded={open === b.panel}
            aria-controls={open === b.panel ? panelId : undefined}
            aria-describedby={itemHeadingId(item.id)}
            onClick={() => toggle(b.panel)}
          >
            {b.label}
          </Button>
        ))}
      </ButtonGroup>
      <NoticeAlert message={done} />
      {open ? (
        <div id={panelId} className="rh-part">
          {open === "correct" ? (
            <CorrectItemForm item={item} persons={persons} onDone={close} onReload={onReload} />
          ) : null}
          {open === "statement" ? <StatementForm item={item} persons={persons} onDone={close} /> : null}
          {open === "history" ? <ItemHistory itemId={item.id} /> : null}
        </div>
      ) : null}
    </div>
  );
}
