# Wraps the app image in a Windows .msi (needs the WiX Toolset on the PATH).
# Called by `./mvnw -Pinstaller package` on Windows; arguments: APP_IMAGE DEST PROJECT_VERSION JDK_SETTINGS
# (the build JDK's `java -XshowSettings:properties -version` output, which names its home).
param([string]$Image, [string]$Dest, [string]$ProjectVersion, [string]$JdkSettings)
$ErrorActionPreference = "Stop"
$JavaHome = (Select-String -Path $JdkSettings -Pattern '^\s*java\.home = (.*)$').Matches[0].Groups[1].Value.Trim()
$JPackage = Join-Path $JavaHome "bin\jpackage.exe"
$Root = Resolve-Path "$PSScriptRoot\..\.."
$Version = $ProjectVersion -replace '-.*$', ''
New-Item -ItemType Directory -Force -Path $Dest | Out-Null
& $JPackage --type msi --app-image $Image --dest $Dest --name "Reading List" `
  --app-version $Version `
  --vendor "Reading List developers" `
  --copyright "Copyright 2026 The Reading List authors" `
  --description "Work through a catalog of technical articles, with notes" `
  --license-file "$Root\LICENSE" `
  --win-menu --win-menu-group "Reading List" --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid "6f1f3d4e-5a0b-4c59-9f1e-2f7c9d2b8a11"
if ($LASTEXITCODE -ne 0) { throw "jpackage failed with exit code $LASTEXITCODE" }
Get-ChildItem $Dest
