# Sourced by bench/hot-reload/measure.sh and bench/web-load/measure.sh:
#   make_web_site REPO WORK POSTS   -> WORK/site, a copy of samples/ContentGen.Web whose content
# folder (its own Content/) is the seeded Markdown corpus of bench/side-by-side.sh with POSTS posts;
# the repository's props and packages beside it, the generator and runtime by absolute path.
make_web_site() {
  local repo=$1 work=$2 posts=$3 site=$2/site
  dotnet build -c Release "$repo/bench/ContentGen.Benchmarks" -nologo -v:q >/dev/null
  dotnet "$repo/bench/ContentGen.Benchmarks/bin/Release/net10.0/ContentGen.Benchmarks.dll" corpus-md "$posts" "$work/corpus" >/dev/null
  mkdir -p "$site"
  (cd "$repo/samples/ContentGen.Web" && cp -r Pages Properties wwwroot ./*.cs "$site/")
  cp "$repo/Directory.Build.props" "$repo/Directory.Packages.props" "$work/"
  sed -e "s#\.\./\.\./src/#$repo/src/#g" \
      -e 's#<ContentGenContentDir>.*</ContentGenContentDir>#<ContentGenContentDir>Content/</ContentGenContentDir>#' \
      -e '/ContentGenArticle Include="..\/..\/seeds/d' \
      "$repo/samples/ContentGen.Web/ContentGen.Web.csproj" > "$site/ContentGen.Web.csproj"
  printf '{ "Site": { "BaseUrl": "http://127.0.0.1:5080/", "ContentDirectory": "Content" } }\n' > "$site/appsettings.json"
  cp -r "$work/corpus" "$site/Content"
}
