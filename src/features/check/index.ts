export { checkContent, checkContentDir, type CheckReport, type ContentFile } from './check-content.ts';
export { formatReport, githubAnnotations } from './report.ts';
export type { Problem, ProblemCode } from '../../model/problem.ts';
