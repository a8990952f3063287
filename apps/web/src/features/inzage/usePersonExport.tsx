import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import type { ReactNode } from "react";
import { ErrorAlert } from "../../components/ErrorAlert";
import { NoticeAlert } from "../../components/NoticeAlert";
import { generalErrorMessages } from "../../errors";
import { toDate } from "../../labels";
import { downloadFile, localDate, prettyJson, slug } from "./download";
import { ExportPersonDataDocument } from "../../generated/graphql";

export interface ExportablePerson {
  id: string;
  fullName: string;
}

export interface PersonExport {
  /** Export everything held about the person and download it as `inzage-<naam>-<datum>.json`. */
  run: (person: ExportablePerson) => Promise<void>;
  /** The person whose export is under way. */
  busyId: string | null;
  /** Status and errors, to render near the buttons. */
  status: ReactNode;
}

/** Inzage (EXPORT_PERSON): `exportPersonData` as a JSON download. The export is logged as EXPORT. */
export function usePersonExport(): PersonExport {
  const [exportPersonData] = useMutation(ExportPersonDataDocument);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (person: ExportablePerson) => {
    if (busyId) return;
    setBusyId(person.id);
    setDone(null);
    setError(null);
    try {
      const result = await exportPersonData({ variables: { personId: person.id } });
      const data = result.data?.exportPersonData;
      if (!data) throw new Error("Geen gegevens ontvangen.");
      const day = localDate(toDate(data.generatedAt) ?? new Date());
      const fileName = `inzage-${slug(person.fullName)}-${day}.json`;
      downloadFile(prettyJson(data.json), fileName);
      setDone(`De inzage van ${person.fullName} is gedownload als ${fileName}.`);
    } catch (err) {
      setError(err);
    } finally {
      setBusyId(null);
    }
  };

  const status = (
    <>
      <NoticeAlert message={done} />
      <ErrorAlert messages={generalErrorMessages(error)} heading="De inzage is niet geëxporteerd." />
    </>
  );

  return { run, busyId, status };
}
