#!/usr/bin/env bash
# Publishes a built site as a release the town's server can take (`partner-cities-deploy`): one commit of
# its own (no parent, so the branch holds only the newest release and stays small) on the `releases`
# branch, which the server fetches over HTTPS with no credentials.
#
#   publish-release.sh <dist> <checks> [remote]
#
# The commit's tree: site/ (the built site), checks.txt (what the server asks its nginx before keeping the
# release: `npm run -s release-checks`), MANIFEST.sha256 (the sha256 of every file of site/) and RELEASE
# (its id, the source commit, the base path, the manifest's digest). The commit message repeats the id and
# the digest as trailers, which the server checks the tree against. Without a remote, pushes to `origin`
# with the checkout's credentials (GitHub Actions). RELEASE_BRANCH names another branch.
set -euo pipefail
export LC_ALL=C
die() {
  echo "publish-release: $*" >&2
  exit 1
}
[ $# -ge 2 ] || die "usage: publish-release.sh <dist> <checks> [remote]"
dist=$1
checks=$2
branch=${RELEASE_BRANCH:-releases}
[ -f "$dist/index.html" ] || die "$dist has no index.html: nothing built, nothing published."
[ -s "$checks" ] || die "$checks is empty: the server would have nothing to check the release with."
# The first check is the home page in the default language: the site's base path.
base=$(awk 'NR == 1 { print $2 }' "$checks")
[[ $base == /*/ || $base == / ]] || die "$checks: the first line must check the home page (200 <base> <lang>)."

source_commit=${GITHUB_SHA:-$(git rev-parse HEAD)}
[[ $source_commit =~ ^[0-9a-f]{40}$ ]] || die "no source commit (GITHUB_SHA or a Git checkout)."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree=$work/tree
mkdir -p "$tree/site"
cp -R "$dist/." "$tree/site/"
# The manifest holds one name a line; the server serves regular files only.
if find "$tree/site" \( -name '*\\*' -o -name $'*\n*' \) -print | grep -q .; then
  die "a file name in $dist has a backslash or a line break."
fi
odd=$(find "$tree/site" ! -type f ! -type d -print)
[ -z "$odd" ] || die "not a regular file: ${odd//$tree\//}"
cp "$checks" "$tree/checks.txt"
(cd "$tree" && find site -type f -print0 | sort -z | xargs -0 sha256sum) > "$work/MANIFEST.sha256"
mv "$work/MANIFEST.sha256" "$tree/MANIFEST.sha256"
digest="sha256:$(sha256sum < "$tree/MANIFEST.sha256" | cut -d' ' -f1)"
id="$(date -u +%Y%m%dT%H%M%SZ)-${source_commit:0:12}"
cat > "$tree/RELEASE" <<RELEASE
id=$id
source=$source_commit
built=$(date -u +%Y-%m-%dT%H:%M:%SZ)
base=$base
digest=$digest
RELEASE

git -C "$tree" init -q -b "$branch"
git -C "$tree" add -A
git -C "$tree" -c user.name="github-actions[bot]" -c user.email="41898282+github-actions[bot]@users.noreply.github.com" \
  commit -q -m "Release $id" -m "The site built from $source_commit." \
  -m "Release: $id
Release-Digest: $digest
Source: $source_commit"

if [ $# -ge 3 ]; then
  remote=$3
  auth=()
else
  remote=$(git remote get-url origin)
  # The checkout's credentials (actions/checkout keeps them in the repository's config).
  header=$(git config --get-all "http.https://github.com/.extraheader" || true)
  auth=()
  [ -n "$header" ] && auth=(-c "http.https://github.com/.extraheader=$header")
fi
# The branch holds one release: the newest replaces the last (runs are queued, never concurrent).
git -C "$tree" "${auth[@]}" push -q --force "$remote" "HEAD:refs/heads/$branch"
echo "Published release $id ($digest) to $branch."
