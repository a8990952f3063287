export type PossibleTypesResultData = {
  possibleTypes: {
    DossierItem: [
      "Action",
      "Assessment",
      "Evaluation",
      "Goal",
      "MeetingContribution",
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
      "MeetingContribution",
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
