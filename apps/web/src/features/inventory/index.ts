// Public surface of the inventory feature ("Beeld" and "Analyse"), used by the routes and the case layout.
export { AcuteSafetyBanner } from "./AcuteSafetyBanner";
export { AnalysePage } from "./AnalysePage";
export { BeeldPage } from "./BeeldPage";
