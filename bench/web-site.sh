# Sourced by bench/hot-reload/measure.sh and bench/web-load/measure.sh:
#   make_web_site REPO WORK POSTS   -> WORK/site, a copy of samples/ContentGen.Web, beside
# WORK/ContentGen.Sample, a copy of the sample's content and data (the site's content folder, its
# typed authors and briefings: docs/site.md) with the seeded Markdown corpus of
# bench/side-by-side.sh (POSTS posts) added to its content folder, WORK/ContentGen.Sample/Content;
# the repository's props and packages beside them, the generator, runtime and seeds by absolute path.
make_web_site() {
  local repo=$1 work=$2 posts=$3 site=$2/site
  dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
  dotnet "$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll" corpus-md "$posts" "$work/corpus" >/dev/null
  mkdir -p "$site" "$work/ContentGen.Sample"
  (cd "$repo/samples/ContentGen.Web" && cp -r Pages Properties wwwroot ./*.cs "$site/")
  cp -r "$repo/samples/ContentGen.Sample/Content" "$repo/samples/ContentGen.Sample/Data" "$work/ContentGen.Sample/"
  cp -r "$work/corpus/." "$work/ContentGen.Sample/Content/"
  cp "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$work/"
  sed -e "s#\$(MSBuildThisFileDirectory)\.\./\.\./src/#$repo/src/#g" \
      -e "s#\.\./\.\./src/#$repo/src/#g" \
      -e "s#\.\./\.\./seeds/#$repo/seeds/#g" \
      "$repo/samples/ContentGen.Web/ContentGen.Web.csproj" > "$site/ContentGen.Web.csproj"
  printf '{ "Site": { "BaseUrl": "http://127.0.0.1:5080/" } }\n' > "$site/appsettings.json"
}
