import { Button } from "@utrecht/component-library-react";
import { useId } from "react";
import type { ComponentType } from "react";
import type { PersonOption } from "../../components/ClassificationFields";
import { StatusNotice } from "../../components/StatusNotice";
import { useDisclosure } from "../../components/useDisclosure";
import type { InventoryFormProps } from "./formParts";
import "./inventory.css";

export interface FormDisclosureProps {
  /** Text of the button, e.g. "Zelfredzaamheid scoren". */
  label: string;
  /** The form in the panel; when it is sent, the panel closes and shows its notice. */
  form: ComponentType<InventoryFormProps>;
  caseId: string;
  persons: readonly PersonOption[];
}

/**
 * A button that opens a form of Beeld or Analyse under it (`aria-expanded`), so a section shows its content
 * first. After the form is sent, the panel closes, a confirmation appears and focus returns to the button.
 */
export function FormDisclosure({ label, form: Form, caseId, persons }: FormDisclosureProps) {
  const { open, notice, buttonRef, toggle, close } = useDisclosure();
  const id = useId();
  return (
    <div className="rh-disclosure">
      <StatusNotice message={notice} className="rh-disclosure__status" />
      <Button
        ref={buttonRef}
        appearance={open ? "secondary-action-button" : "primary-action-button"}
        aria-expanded={open}
        aria-controls={id}
        onClick={toggle}
      >
        {label}
      </Button>
      <div id={id} hidden={!open} className="rh-disclosure__panel">
        {open ? (
          <Form caseId={caseId} persons={persons} label={label} onDone={close} onCancel={() => close()} />
        ) : null}
      </div>
    </div>
  );
}
