export { Dec, decimalString, moneyString } from './decimal.js';
export { type Calculator, decimalCalculator, numberCalculator } from './expr/calculator.js';
export { type ModelBindings, ModelEvaluation } from './expr/evaluate-model.js';
export { EvaluationError } from './expr/evaluation-error.js';
export * from './expr/expression.js';
export type { Figure, FigureKind, RowSet, Scope } from './expr/figure.js';
export { type FigureValue, figureValue } from './expr/figure-values.js';
export { buildModel, type Model } from './expr/model.js';
export { type FormulaAddresses, renderFormula } from './expr/render-formula.js';
export type { Position, Value } from './expr/value.js';
export { packageDataDirectory, readReferenceData } from './io/read-reference-data.js';
export { packageTemplatesDirectory, readTemplates, TEMPLATE_FILES } from './io/read-templates.js';
export { OutputExistsError, type OutputFile, writeFilesAtomically } from './io/write-files-atomically.js';
export { FIGURE_IDS, type FigureId, isFigureId } from './model/figure-ids.js';
export { describeIssue, InputError, type InputIssue } from './model/input-error.js';
export { parseTemplates, type TemplateText, type TemplateTexts } from './model/parse-templates.js';
export {
  type ParameterDefinition,
  parseReferenceData,
  type ReferenceConstant,
  type ReferenceData,
  type ReferenceTable,
} from './model/reference-data.js';
export {
  type ResolvedInputs,
  resolveInputs,
  type ScenarioParameters,
  type TierParameters,
} from './model/scenario-inputs.js';
export type { RawRecord, ScenarioInputs } from './model/scenario-inputs-types.js';
export { SCENARIO_PARAMETER_NAMES, type ScenarioParameterName } from './model/scenario-parameter-names.js';
export {
  type CompareOptionsSettings,
  type Comparison,
  compareOptions,
  type EvaluatedComparison,
  evaluateComparison,
} from './options/compare-options.js';
export { designInputs, type HostModel, hostModel } from './options/design-inputs.js';
export { explainFigure, type FeedingValue, type FigureExplanation } from './options/explain-figure.js';
export { type FigureEntry, figureCatalogue, findFigure } from './options/figure-catalogue.js';
export type { ListItemFigures } from './options/list-item-figures.js';
export { MAILBOX_FIGURE_IDS, type MailboxFigureId } from './options/mailbox-figure-ids.js';
export { OPTION_IDS, type OptionId } from './options/option-ids.js';
export type {
  LicenceResult,
  OptionResult,
  ProtectionResult,
  SiteVms,
  StorageResult,
  VmGroup,
} from './options/option-result.js';
export type { OptionWarning } from './options/option-warnings.js';
export {
  type FigureValues,
  figureOf,
  type OptionsEvaluation,
  optionFigures,
  optionsModel,
} from './options/options-model.js';
export { dealVms, type PlacementPlan, placeVms, type VmToPlace } from './options/placement.js';
export {
  type Failure,
  type LeftOutDesign,
  meets,
  type Recommendation,
  type RecommendationSearch,
  type Requirements,
  recommendDesigns,
} from './options/recommend.js';
export { SUMMARY_ROWS, type SummaryRow } from './options/summary-rows.js';
export { comparisonJson, detailsCsv, summaryCsv } from './output/comparison-csv.js';
export { type CsvFormat, type CsvFormatSettings, csvFormat, EXCEL_CSV } from './output/csv-format.js';
export { type SweepProgress, sweepCsvInWorkers } from './output/sweep-in-workers.js';
export { type CopyKind, type CopyLayout, copyLayout, type LayoutInputs } from './plan/copy-layout.js';
export { optionLayouts } from './plan/option-layout.js';
export { mailboxRoleFigures, mailboxRoleModel } from './sizing/mailbox-role-model.js';
export {
  type MailboxRoleInputs,
  type MailboxRoleResult,
  type MailboxServerSizing,
  type PlatformSizing,
  sizeMailboxRole,
  type TierSizing,
} from './sizing/size-mailbox-role.js';
export { sweep } from './sweep/sweep.js';
export type { SweepRow } from './sweep/sweep-rows.js';
