import { Alert, Heading, Paragraph } from "@utrecht/component-library-react";
import { RouterLink } from "./RouterLink";

/** A page the viewer may not use: its heading, why not (an info alert) and the way back to the cases. */
export function NotAllowedPage({ title, message }: { title: string; message: string }) {
  return (
    <>
      <Heading level={1}>{title}</Heading>
      <Alert type="info" className="rh-alert">
        <Paragraph>{message}</Paragraph>
      </Alert>
      <Paragraph>
        <RouterLink to="/">Terug naar Casussen</RouterLink>
      </Paragraph>
    </>
  );
}
