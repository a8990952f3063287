import {
  Button,
  Heading,
  Paragraph,
  Textbox,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useLazyQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import type { FormEvent } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Field } from "../../components/Field";
import { RouterLink } from "../../components/RouterLink";
import { extractFieldErrors, generalErrorMessages, messagesFor } from "../../errors";
import { casePath } from "../cases/caseContext";
import { FindByPartnerReferenceDocument } from "../../generated/graphql";

/**
 * "Zoek op eigen kenmerk": find a case by one of the viewer's organisation's own references (a student or client
 * number), exactly as it was attached. Needs FIND_BY_REFERENCE; finds only cases the organisation still sees.
 */
export function FindByReference() {
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState("");
  const [searched, setSearched] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [find, { data, error, loading }] = useLazyQuery(FindByPartnerReferenceDocument, {
    fetchPolicy: "network-only",
  });

  const fieldErrors = extractFieldErrors(error);
  const general = generalErrorMessages(error, ["reference"]);
  const found = searched !== null && !error ? (data?.partnerReferences ?? null) : null;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reference = text.trim();
    if (!reference) {
      setMissing(true);
      setSearched(null);
      focusField(formRef.current);
      return;
    }
    setMissing(false);
    setSearched(reference);
    try {
      const result = await find({ variables: { reference } });
      if (result.error) focusField(formRef.current);
    } catch {
      // The error is shown from the query's state; the field takes focus when it is the field's.
      focusField(formRef.current);
    }
  };

  return (
    <section aria-labelledby="find-by-reference-heading" className="rh-section">
      <Heading level={2} id="find-by-reference-heading" appearance="utrecht-heading-3">
        Zoek op eigen kenmerk
      </Heading>
      <form
        ref={formRef}
        role="search"
        aria-labelledby="find-by-reference-heading"
        className="rh-filter"
        noValidate
        onSubmit={(e) => void submit(e)}
      >
        <Field
          id="find-by-reference"
          label="Eigen kenmerk"
          description="Een kenmerk dat uw organisatie bij een gezinslid vastlegde, zoals een leerlingnummer."
          errors={missing ? ["Vul een kenmerk in."] : messagesFor(fieldErrors, "reference")}
        >
          {(control) => (
            <Textbox
              {...control}
              type="search"
              name="reference"
              autoComplete="off"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <div className="rh-filter__submit">
          <Button type="submit" appearance="secondary-action-button" busy={loading}>
            Zoek op kenmerk
          </Button>
        </div>
      </form>
      <ErrorAlert messages={general} heading="Er is niet gezocht." />
      <div role="status" aria-live="polite">
        {found && found.length === 0 ? (
          <Paragraph>Geen casus gevonden met het eigen kenmerk ‘{searched}’.</Paragraph>
        ) : null}
        {found && found.length > 0 ? (
          <>
            <Paragraph>
              {found.length === 1 ? "1 gezinslid" : `${found.length} gezinsleden`} met het eigen kenmerk ‘
              {searched}’:
            </Paragraph>
            <UnorderedList aria-label="Gevonden met eigen kenmerk">
              {found.map((r) => (
                <UnorderedListItem key={r.id}>
                  <RouterLink to={casePath(r.case.id)}>{r.case.title}</RouterLink>{" "}
                  <span className="rh-muted">({r.case.reference})</span> — {r.person.fullName}
                  {r.label ? <span className="rh-muted">, {r.label}</span> : null}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          </>
        ) : null}
      </div>
    </section>
  );
}

/** Focus the search field after a refused search (after React re-rendered). */
function focusField(form: HTMLFormElement | null) {
  window.setTimeout(() => form?.querySelector<HTMLElement>("input")?.focus(), 0);
}
