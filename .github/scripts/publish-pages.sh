#!/usr/bin/env bash
# Publishes a built site into the `gh-pages` branch, which GitHub Pages serves ("Deploy from a branch").
# The main site lives at the branch's root and each pull request's preview in `pr-<number>/`, so the two
# never overwrite each other.
#
#   publish-pages.sh main <dist>          the main site: replaces everything but the pr-*/ previews
#   publish-pages.sh preview <N> <dist>   pull request N's preview, in pr-N/ (only while N is open)
#   publish-pages.sh remove <N>           deletes pr-N/ (the pull request was closed)
#   publish-pages.sh sweep                only the sweep below
#
# Every publication also removes the previews of pull requests that are no longer open, so a preview
# published while its pull request was being closed does not stay for ever.
#
# No lock and no shared concurrency group (GitHub keeps one pending job per group and cancels the
# others): each run clones the branch, makes its change and pushes; when another run pushed first, the
# push is refused, and this run fetches the new tip, makes its change again on top of it and retries. So
# simultaneous publications all land, none overwrites another's.
#
# Needs a checkout with a token that may push (contents: write), and GH_TOKEN for the list of open pull
# requests (pull-requests: read). OPEN_PULLS_FILE, if set, names a file holding that list instead, one
# number a line (the tests use it; GitHub's API cannot be reached from them).
set -euo pipefail
mode=$1
branch=gh-pages
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
remote=$(git remote get-url origin)

# The checkout belongs to another user in the container: trust it, through the environment rather than a
# shared ~/.gitconfig that publications running at once would all try to write.
export GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0='*'
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

# The numbers of the open pull requests, one a line; fails (and nothing is swept) if they cannot be read.
open_pulls() {
  if [ -n "${OPEN_PULLS_FILE:-}" ]; then
    cat "$OPEN_PULLS_FILE"
  else
    gh api --paginate "repos/$GITHUB_REPOSITORY/pulls?state=open&per_page=100" --jq '.[].number'
  fi
}

# Removes pr-N/ of every pull request not in the open list. Asked again at every attempt: a pull request
# closed meanwhile is swept by the retry.
sweep() {
  local open
  if ! open=$(open_pulls); then
    echo "Could not list the open pull requests; no preview removed this time." >&2
    return 0
  fi
  for dir in "$work/site"/pr-*/; do
    [ -d "$dir" ] || continue
    local n=${dir%/}
    n=${n##*/pr-}
    if ! grep -qx "$n" <<<"$open"; then
      rm -rf "$work/site/pr-$n"
      swept+=("#$n")
    fi
  done
}

apply() {
  swept=()
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
    sweep)
      message="Remove the previews of closed pull requests"
      ;;
    *)
      echo "unknown mode: $mode" >&2
      exit 2
      ;;
  esac
  # A preview whose pull request closed while it was built is removed here too, never published.
  sweep
  [ ${#swept[@]} -gt 0 ] && message="$message; remove the previews of closed ${swept[*]}"
  # Pages would otherwise run Jekyll, which drops folders starting with _ (Astro's _astro/).
  touch "$work/site/.nojekyll"
  git -C "$work/site" add -A
  git -C "$work/site" diff --cached --quiet || git -C "$work/site" commit --quiet -m "$message"
}

apply "$@"
for attempt in 1 2 3 4 5 6 7 8; do
  if git -C "$work/site" push --quiet origin "$branch"; then
    echo "$message"
    exit 0
  fi
  echo "Another run published first; trying again on top of it ($attempt)." >&2
  sleep $((attempt * 2 + RANDOM % 3))
  git -C "$work/site" fetch --quiet --depth 1 origin "$branch"
  git -C "$work/site" reset --quiet --hard "origin/$branch"
  git -C "$work/site" clean --quiet -fdx
  apply "$@"
done
echo "Could not publish to $branch after 8 attempts." >&2
exit 1
