export { checkContent, checkContentDir, type CheckReport, type ContentFile } from './check-content';
export { formatReport, githubAnnotations } from './report';
export type { Problem, ProblemCode } from './problem';
