#!/usr/bin/env bash
# Publishes a built site into the `gh-pages` branch, which GitHub Pages serves ("Deploy from a branch").
# The main site lives at the branch's root and each pull request's preview in `pr-<number>/`, so the two
# never overwrite each other.
#
#   publish-pages.sh main <dist>          the main site: replaces everything but the pr-*/ previews
#   publish-pages.sh preview <N> <dist>   pull request N's preview, in pr-N/
#   publish-pages.sh remove <N>           deletes pr-N/ (the pull request was closed)
#
# Needs a checkout with a token that may push (contents: write). Retries when another run pushed first.
set -euo pipefail
mode=$1
branch=gh-pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
remote=$(git remote get-url origin)

git config --global --add safe.directory '*'
# The checkout's credentials (actions/checkout keeps them in the repository's config), for clone and push.
header=$(git config --get-all "http.https://github.com/.extraheader" || true)
auth=()
[ -n "$header" ] && auth=(-c "http.https://github.com/.extraheader=$header")
if git ls-remote --exit-code --heads origin "$branch" >/dev/null; then
  git "${auth[@]}" clone --quiet --depth 1 --branch "$branch" "$remote" "$work/site"
else
  git init --quiet -b "$branch" "$work/site"
  git -C "$work/site" remote add origin "$remote"
fi
[ -n "$header" ] && git -C "$work/site" config "http.https://github.com/.extraheader" "$header"
git -C "$work/site" config user.name "github-actions[bot]"
git -C "$work/site" config user.email "41898282+github-actions[bot]@users.noreply.github.com"

apply() {
  case "$mode" in
    main)
      find "$work/site" -mindepth 1 -maxdepth 1 ! -name .git ! -name 'pr-*' -exec rm -rf {} +
      cp -R "$2/." "$work/site/"
      message="Publish the site from ${GITHUB_SHA:-main}"
      ;;
    preview)
      rm -rf "$work/site/pr-$2"
      mkdir -p "$work/site/pr-$2"
      cp -R "$3/." "$work/site/pr-$2/"
      message="Preview of pull request #$2"
      ;;
    remove)
      rm -rf "$work/site/pr-$2"
      message="Remove the preview of pull request #$2"
      ;;
    *)
      echo "unknown mode: $mode" >&2
      exit 2
      ;;
  esac
  # Pages would otherwise run Jekyll, which drops folders starting with _ (Astro's _astro/).
  touch "$work/site/.nojekyll"
  git -C "$work/site" add -A
  git -C "$work/site" diff --cached --quiet || git -C "$work/site" commit --quiet -m "$message"
}

apply "$@"
for attempt in 1 2 3 4 5; do
  if git -C "$work/site" push --quiet origin "$branch"; then exit 0; fi
  echo "Another run published first; trying again ($attempt)." >&2
  sleep $((attempt * 3))
  git -C "$work/site" fetch --quiet --depth 1 origin "$branch"
  git -C "$work/site" reset --quiet --hard "origin/$branch"
  apply "$@"
done
echo "Could not publish to $branch." >&2
exit 1
