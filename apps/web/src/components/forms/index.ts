export { focusFirstInvalid, focusLater } from "./focus";
export { DateField, ReasonField, TextField, TextareaField } from "./fields";
export type { TextFieldProps, TextareaFieldProps } from "./fields";
export { MutationFormView } from "./MutationFormView";
export type { MutationFormViewProps } from "./MutationFormView";
export { useMutationForm } from "./useMutationForm";
export type { MutationForm, MutationFormOptions, SubmitRun } from "./useMutationForm";
