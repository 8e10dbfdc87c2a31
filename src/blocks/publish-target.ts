/**
 * Where a build is going: `production` (the live site, `npm run build:production`) or anywhere else (a
 * preview, a local build). The production build sets `PUBLISH_TARGET=production` for Astro; everything
 * else leaves it unset.
 */
export const publishTargetVariable = 'PUBLISH_TARGET';

export function isProductionBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env[publishTargetVariable] === 'production';
}

/** Stops a production build that is about to print an unconfirmed fact (the build's own check comes first). */
export function refuseUnconfirmedInProduction(where: string, env: Record<string, string | undefined> = process.env) {
  if (isProductionBuild(env)) {
    throw new Error(
      `${where}: fakt niepotwierdzony przez urząd w budowie produkcyjnej. / A fact the office has not confirmed, in a production build.`,
    );
  }
}
