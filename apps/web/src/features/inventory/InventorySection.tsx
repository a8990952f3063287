import { Heading, Paragraph } from "@utrecht/component-library-react";
import type { ComponentType, ReactNode } from "react";
import type { PersonOption } from "../../components/ClassificationFields";
import { FormDisclosure } from "./FormDisclosure";
import type { InventoryFormProps } from "./formParts";

export interface InventorySectionProps {
  /** Id of the section's heading (also the target of the in-page navigation). */
  headingId: string;
  title: string;
  /** What the section is about, under the heading. */
  intro: ReactNode;
  caseId: string;
  persons: readonly PersonOption[];
  /** The form to record an item here, behind a button; null without RECORD_ITEM. */
  record: { panelId: string; label: string; form: ComponentType<InventoryFormProps> } | null;
  children: ReactNode;
}

/** A section of Beeld: heading, introduction, the button that opens its form, and its content. */
export function InventorySection({
  headingId,
  title,
  intro,
  caseId,
  persons,
  record,
  children,
}: InventorySectionProps) {
  return (
    <section aria-labelledby={headingId} className="rh-section rh-inventory-section">
      <Heading level={3} id={headingId}>
        {title}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {record ? (
        <FormDisclosure
          id={record.panelId}
          label={record.label}
          form={record.form}
          caseId={caseId}
          persons={persons}
        />
      ) : null}
      {children}
    </section>
  );
}
