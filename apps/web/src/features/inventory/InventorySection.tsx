import { Heading, Paragraph } from "@utrecht/component-library-react";
import type { ComponentType, ReactNode } from "react";
import type { PersonOption } from "../../components/ClassificationFields";
import type { BeeldSection } from "./BeeldNav";
import { FormDisclosure } from "./FormDisclosure";
import type { InventoryFormProps } from "./formParts";

/** What Beeld gives each of its sections. */
export interface BeeldSectionProps {
  caseId: string;
  persons: readonly PersonOption[];
  /** The viewer may record (RECORD_ITEM): the section has the button that opens its form. */
  canRecord: boolean;
}

export interface InventorySectionProps extends BeeldSectionProps {
  /** The section's heading: its id (the target of the in-page navigation) and title. */
  section: BeeldSection;
  /** What the section is about, under the heading. */
  intro: ReactNode;
  /** The form to record an item here, behind a button with its label. */
  record: { label: string; form: ComponentType<InventoryFormProps> };
  children: ReactNode;
}

/** A section of Beeld: heading, introduction, the button that opens its form, and its content. */
export function InventorySection(props: InventorySectionProps) {
  const { section, intro, caseId, persons, canRecord, record, children } = props;
  return (
    <section aria-labelledby={section.id} className="rh-section rh-inventory-section">
      <Heading level={3} id={section.id}>
        {section.label}
      </Heading>
      <Paragraph>{intro}</Paragraph>
      {canRecord ? <FormDisclosure {...record} caseId={caseId} persons={persons} /> : null}
      {children}
    </section>
  );
}
