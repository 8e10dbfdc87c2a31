export { checkContent, checkContentDir, type CheckReport, type CheckSetup, type ContentFile } from './check-content.ts';
export { formatReport, githubAnnotations } from './report.ts';
export type { Problem, ProblemCode } from '../../model/problem.ts';
