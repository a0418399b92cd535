export {
  isLate,
  keptRiskAnswerFlag,
  riskAnswerIn,
  type KeptRiskAnswerFlag,
  type RefusalTiming,
  type RiskAnswer,
} from './risk-answer';
