import { Alert, Paragraph, UnorderedList, UnorderedListItem } from "@utrecht/component-library-react";
import type { ReactNode } from "react";

export interface ErrorAlertProps {
  messages: readonly string[];
  heading?: string;
  children?: ReactNode;
}

/** An error Alert (role "alert") listing messages; renders nothing without messages. */
export function ErrorAlert({ messages, heading, children }: ErrorAlertProps) {
  if (messages.length === 0) return null;
  return (
    <Alert type="error" className="rh-alert">
      {heading ? <Paragraph className="rh-alert__heading">{heading}</Paragraph> : null}
      {messages.length === 1 ? (
        <Paragraph>{messages[0]}</Paragraph>
      ) : (
        <UnorderedList>
          {messages.map((message) => (
            <UnorderedListItem key={message}>{message}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {children}
    </Alert>
  );
}
