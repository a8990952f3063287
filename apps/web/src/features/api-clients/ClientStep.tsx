import type { ReactNode } from "react";
import { ConfirmStep } from "../../components/ConfirmStep";
import { clientHeadingId } from "./labels";
import type { ApiClientRow } from "./types";

/** What the step of a client gets: back to the button (`onCancel`), or done with what the hub answered. */
export interface ClientStepProps<R> {
  client: ApiClientRow;
  onCancel: () => void;
  onDone: (result: R) => Promise<void>;
}

/**
 * A client's button ("Geheim vernieuwen", "Intrekken"), described by the card's heading, that gives way to
 * its step. Cancelling gives the button back with focus; once done, the page's message takes over.
 */
export function ClientStep<R>({
  client,
  action,
  label,
  danger = false,
  onDone,
  children,
}: {
  client: ApiClientRow;
  /** The button's id: `<action>-<client id>-button`. */
  action: string;
  label: string;
  danger?: boolean;
  onDone: (result: R) => Promise<void>;
  children: (step: ClientStepProps<R>) => ReactNode;
}) {
  return (
    <ConfirmStep
      buttonId={`${action}-${client.id}-button`}
      label={label}
      describedBy={clientHeadingId(client)}
      danger={danger}
    >
      {(close) =>
        children({
          client,
          onCancel: () => close(),
          onDone: async (result) => {
            close(null);
            await onDone(result);
          },
        })
      }
    </ConfirmStep>
  );
}
