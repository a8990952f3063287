export type PossibleTypesResultData = {
  possibleTypes: {
    DossierItem: [
      "Action",
      "Assessment",
      "Evaluation",
      "Goal",
      "NetworkMember",
      "Note",
      "Observation",
      "Plan",
      "Problem",
      "Referral",
      "Result",
      "SafetyAssessment",
    ];
  };
};
const result: PossibleTypesResultData = {
  possibleTypes: {
    DossierItem: [
      "Action",
      "Assessment",
      "Evaluation",
      "Goal",
      "NetworkMember",
      "Note",
      "Observation",
      "Plan",
      "Problem",
      "Referral",
      "Result",
      "SafetyAssessment",
    ],
  },
};
export default result;
