# Builds the Windows installer (Henvis-<version>.msi) of Henvis. Run on Windows 10/11 x64 from the
# repository root in PowerShell:
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: a JDK 17+ (with jmods) first on PATH, Maven 3.8+, and WiX Toolset 3.x (candle.exe, light.exe
# on PATH; JDK 17's jpackage does not use WiX 4+). Output: target\packaging\Henvis-<version>.msi
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent (Split-Path -Parent $PSScriptRoot))

$version = (mvn -q -B help:evaluate "-Dexpression=project.version" -DforceStdout).Trim()
$numeric = $version.Split("-")[0]
$out = "target\packaging"

# 1. the shaded jar; on Windows it carries JavaFX's Windows libraries
mvn -B -q package -DskipTests
if ($LASTEXITCODE -ne 0) { throw "mvn package failed" }
Remove-Item -Recurse -Force -ErrorAction SilentlyContinue "$out\input", "$out\runtime", "$out\image"
New-Item -ItemType Directory -Force "$out\input" | Out-Null

# 2. keep only the SQLite library for Windows x64
java packaging\tools\TrimJar.java target\henvis.jar "$out\input\henvis.jar" Windows/x86_64
if ($LASTEXITCODE -ne 0) { throw "TrimJar failed" }

# 3. a runtime with only the modules Henvis needs (same list as packaging/linux/build.sh)
$modules = (jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$out\input\henvis.jar").Trim()
$modules = "$modules,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.management"
jlink --add-modules $modules --include-locales=da,en --strip-debug --no-man-pages --no-header-files `
  --compress=2 --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

# 4. the .msi: Henvis.exe opens the window (no console); henvis-cli.exe is the command line
#    (henvis-cli --version, henvis-cli match ...), a console launcher added beside it.
#    The upgrade UUID must never change: it lets a new .msi replace an installed older one.
jpackage --type msi --name Henvis --app-version $numeric --vendor "Henvis" `
  --description "Henvis: fællesskaber til borgere" `
  --input "$out\input" --main-jar henvis.jar --main-class dk.henvis.app.Launcher `
  --runtime-image "$out\runtime" --icon packaging\icons\henvis.ico `
  --java-options "-Dfile.encoding=UTF-8 -Dhenvis.packaged=true -XX:+UseSerialGC" `
  --add-launcher henvis-cli=packaging\windows\henvis-cli.properties `
  --win-menu --win-menu-group Henvis --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid 6f1d3a52-8c1e-4b7e-9a0e-4c2f5d8b9e17 `
  --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem "$out\*.msi"
