import { SelectField } from "../../components/SelectField";
import type { SelectFieldProps } from "../../components/SelectField";
import type { useDirectorOptions } from "./directorOptions";

export interface DirectorSelectFieldProps extends Omit<SelectFieldProps, "options" | "busy"> {
  /** The professionals to choose from, as `useDirectorOptions` gives them (busy while they load). */
  directors: Pick<ReturnType<typeof useDirectorOptions>, "options" | "loading">;
}

/** A choice of a casusregisseur or procesregisseur among the professionals with that role. */
export function DirectorSelectField({ directors, ...field }: DirectorSelectFieldProps) {
  return <SelectField {...field} options={directors.options} busy={directors.loading} />;
}
