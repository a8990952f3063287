import { Button } from "@utrecht/component-library-react";
import { useState } from "react";
import { generalErrorMessages } from "../errors";
import { base64ToBytes, downloadBytes } from "./download";
import { ErrorAlert } from "./ErrorAlert";
import { NoticeAlert } from "./NoticeAlert";

/** A document the hub generated (a PDF), as the API returns it. */
export interface GeneratedDocument {
  fileName: string;
  mediaType: string;
  contentBase64: string;
}

export interface DocumentDownloadProps {
  /** Text of the button, e.g. "Download als PDF". */
  label: string;
  /** Fetch the document (each time anew: every hand-out is logged). */
  fetchDocument: () => Promise<GeneratedDocument | null | undefined>;
  /** The confirmation, given the file name. */
  done: (fileName: string) => string;
  /** The alert's heading when it failed, e.g. "Het gezinsplan is niet gedownload." */
  failure: string;
  primary?: boolean;
}

/** A button that fetches a generated document and offers it as a download, with a confirmation or error. */
export function DocumentDownload({
  label,
  fetchDocument,
  done,
  failure,
  primary = true,
}: DocumentDownloadProps) {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async () => {
    if (busy) return;
    setBusy(true);
    setNotice(null);
    setError(null);
    try {
      const document = await fetchDocument();
      if (!document) throw new Error("Geen document ontvangen.");
      downloadBytes(base64ToBytes(document.contentBase64), document.fileName, document.mediaType);
      setNotice(done(document.fileName));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="rh-family__download">
      <Button
        appearance={primary ? "primary-action-button" : "secondary-action-button"}
        busy={busy}
        onClick={() => void download()}
      >
        {label}
      </Button>
      <NoticeAlert message={notice} />
      <ErrorAlert messages={generalErrorMessages(error)} heading={failure} />
    </div>
  );
}
