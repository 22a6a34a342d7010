# Wraps the app image in a Windows .msi (needs the WiX Toolset: 3.14 is what the workflow uses).
# Called by `./mvnw -Pinstaller package` on Windows; arguments: APP_IMAGE DEST PROJECT_VERSION JDK_SETTINGS
# [BUILD_NUMBER]. JDK_SETTINGS is the build JDK's `java -XshowSettings:properties -version` output, which
# names its home; BUILD_NUMBER is the CI run number (-Dbuild.number=N; 0 for a local build).
#
# Versions. Windows Installer compares only the first three parts of a version, and the third may be
# at most 65535; a package whose version equals the installed one is refused ("Another version of this
# product is already installed"), because jpackage derives the product code from vendor, name and
# version. So every build, snapshot or release, is MAJOR.MINOR.<CI run number>: it only grows, and each
# build upgrades the one before it, a snapshot to the release included. The semantic version (1.0.0,
# 1.0.0-SNAPSHOT) is in the product's name, which is what Settings > Apps shows beside that number.
param(
  [Parameter(Mandatory)] [string]$Image,
  [Parameter(Mandatory)] [string]$Dest,
  [Parameter(Mandatory)] [string]$ProjectVersion,
  [Parameter(Mandatory)] [string]$JdkSettings,
  [string]$BuildNumber = "0"
)
$ErrorActionPreference = "Stop"

if ($ProjectVersion -notmatch '^(\d+)\.(\d+)\.(\d+)(-[0-9A-Za-z.-]+)?$') {
  throw "package.ps1: '$ProjectVersion' is not MAJOR.MINOR.PATCH[-QUALIFIER]"
}
$Major = [int]$Matches[1]
$Minor = [int]$Matches[2]
$Build = [int]$BuildNumber
if ($Major -gt 255 -or $Minor -gt 255 -or $Build -lt 0 -or $Build -gt 65535) {
  throw "package.ps1: an MSI version is at most 255.255.65535; $Major.$Minor.$Build is not"
}
$MsiVersion = "$Major.$Minor.$Build"
$ProductName = "Reading List $ProjectVersion"

$JavaHome = (Select-String -Path $JdkSettings -Pattern '^\s*java\.home = (.*)$').Matches[0].Groups[1].Value.Trim()
$JPackage = Join-Path $JavaHome "bin\jpackage.exe"
$Root = Resolve-Path "$PSScriptRoot\..\.."

# jpackage finds WiX on the PATH or in Program Files; say what to install before it fails less clearly.
$Wix = (Get-Command candle.exe, wix.exe -ErrorAction SilentlyContinue | Select-Object -First 1)
if (-not $Wix) {
  $Wix = Get-ChildItem -Path "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin\candle.exe", "$env:ProgramFiles\WiX Toolset v3*\bin\candle.exe" -ErrorAction SilentlyContinue | Select-Object -First 1
}
if (-not $Wix) {
  throw "package.ps1: the WiX Toolset is needed for the .msi (WiX 3.14 from https://github.com/wixtoolset/wix3/releases, or the windows-2022 runner image, which has it)"
}

New-Item -ItemType Directory -Force -Path $Dest | Out-Null
Get-ChildItem -Path $Dest -Filter *.msi -ErrorAction SilentlyContinue | Remove-Item -Force

# Per-user: no administrator needed. The install folder is %LOCALAPPDATA%\Programs\Reading List, the
# usual place for per-user programs, and not %LOCALAPPDATA%\Reading List, where the app keeps its cache
# (the instance lock and socket; see DataFolder.cacheFolder), which an uninstall must not touch. No
# folder chooser: a per-user install cannot write to the Program Files a user might pick there.
& $JPackage --type msi --app-image $Image --dest $Dest --name $ProductName `
  --app-version $MsiVersion `
  --vendor "Reading List developers" `
  --copyright "Copyright 2026 The Reading List authors" `
  --description "Work through a catalog of technical articles, with notes" `
  --license-file "$Root\LICENSE" `
  --about-url "https://coderssecret.com/category/backend" `
  --install-dir "Programs\Reading List" `
  --win-per-user-install `
  --win-menu --win-menu-group "Reading List" --win-shortcut `
  --win-upgrade-uuid "6f1f3d4e-5a0b-4c59-9f1e-2f7c9d2b8a11"
if ($LASTEXITCODE -ne 0) { throw "jpackage failed with exit code $LASTEXITCODE" }

# jpackage names it "<name>-<version>.msi"; the file a user downloads says the version and the architecture.
$Built = Get-ChildItem -Path $Dest -Filter *.msi | Select-Object -First 1
Move-Item -Force -Path $Built.FullName -Destination (Join-Path $Dest "reading-list-$ProjectVersion-x86_64.msi")
Write-Output "package.ps1: MSI version $MsiVersion ($ProductName)"
Get-ChildItem $Dest
