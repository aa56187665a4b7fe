#!/usr/bin/env bash
# Build times of a policy repo against the packed PolicyKit package, next to the same sources built as a
# plain class library (PolicyKit's lib only: no generator, analyzers or artifacts task). Prints the median
# wall time of RUNS builds each for: a no-op build, and a build after editing one rule (a plain edit for
# the library). Usage: eng/measure-build.sh [RUNS]   (default 7; build servers stay warm between runs)
set -euo pipefail
runs=${1:-7}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet pack "$repo/src/PolicyKit/PolicyKit.csproj" -c Release -o "$work/feed" >/dev/null
version=$(basename "$work"/feed/PolicyKit.*.nupkg .nupkg | sed 's/^PolicyKit\.//')
cat >"$work/nuget.config" <<XML
<configuration><packageSources><add key="policykit-local" value="$work/feed" /></packageSources></configuration>
XML

# $1: folder, $2: extra PackageReference attributes
make_project() {
  mkdir -p "$work/$1"
  cp "$repo"/examples/ClusterPolicy/*.cs "$work/$1/"
  cat >"$work/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><LangVersion>latest</LangVersion></PropertyGroup>
  <ItemGroup><PackageReference Include="PolicyKit" Version="$version" $2 /></ItemGroup>
</Project>
XML
  dotnet build "$work/$1" >/dev/null
}
make_project policy ''
make_project plain 'ExcludeAssets="analyzers;build;buildTransitive"'

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
time_build() { local start; start=$(date +%s%N); dotnet build "$1" --no-restore >/dev/null; echo $(( ($(date +%s%N) - start) / 1000000 )); }

# Interleaved (policy, plain, policy, ...) so a change in the machine's load hits both alike.
toggle() { # one rule's level alternates, so every edit build compiles a real change
  local file="$work/$1/ClusterAuditPolicy.cs"
  if grep -q 'policy.Rule(Level.None, "events")' "$file"; then sed -i 's/policy.Rule(Level.None, "events")/policy.Rule(Level.Metadata, "events")/' "$file"
  else sed -i 's/policy.Rule(Level.Metadata, "events")/policy.Rule(Level.None, "events")/' "$file"; fi
}
declare -A noop edit
for _ in $(seq "$runs"); do
  for project in policy plain; do noop[$project]+="$(time_build "$work/$project") "; done
  for project in policy plain; do toggle "$project"; edit[$project]+="$(time_build "$work/$project") "; done
done
for project in policy plain; do
  echo "$project: no-op build $(tr ' ' '\n' <<<"${noop[$project]}" | grep . | median) ms, one-rule edit $(tr ' ' '\n' <<<"${edit[$project]}" | grep . | median) ms (median of $runs)"
done

# Where PolicyKit's share of those builds goes, independent of the machine's load: MSBuild's own timing of
# the PolicyKit targets in a no-op and an edit build, and the compiler's timing of PolicyKit's generator
# and analyzers (ReportAnalyzer) in the edit build.
echo "PolicyKit targets in a no-op build (MSBuild performance summary):"
dotnet build "$work/policy" --no-restore -clp:PerformanceSummary | grep -E '^ +[0-9]+ ms +_?PolicyKit' || true
toggle policy
echo "PolicyKit targets, generator and analyzers in a one-rule edit build:"
dotnet build "$work/policy" --no-restore -v:d -p:ReportAnalyzer=true -clp:PerformanceSummary >"$work/edit.log"
grep -E '^ +[0-9]+ ms +_?PolicyKit|^ +[0-9]+ ms +(CoreCompile|Csc) ' "$work/edit.log" || true
grep -E 'Total (analyzer|generator) execution time|PolicyKit\.(Generators|CodeFixes)' "$work/edit.log" | sed 's/^ *//' | sort -u || true
